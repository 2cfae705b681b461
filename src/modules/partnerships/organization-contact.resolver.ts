import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { AccountRole } from '../accounts/account.enums';
import { Organization } from '../organizations/organization.entity';
import { MembershipStatus } from '../organizations/organization.enums';
import { canSee } from '../organizations/organization.access';
import { OrganizationContact } from './partnership.types';

/**
 * `Organization.contact` (DESIGN §4: contacts stay hidden until a partnership request is
 * accepted): its own members and admins see it; so do members of an APPROVED organisation with an
 * ACCEPTED request with it, either direction. Everyone else, anonymous included, gets null.
 * Costs at most two statements per request whatever the page size (the viewer's organisation and
 * its partners, each one DataLoader batch).
 */
@Resolver(() => Organization)
export class OrganizationContactResolver {
  @FieldResolver(() => OrganizationContact, {
    nullable: true,
    description:
      "How to reach the organisation; null unless you are its member, an admin, or a member of an organisation it has an ACCEPTED partnership request with (while you may see its profile).",
  })
  async contact(@Root() organization: Organization, @Ctx() ctx: Context): Promise<OrganizationContact | null> {
    if (!(await mayContact(ctx, organization))) return null;
    return { name: organization.contactName, email: organization.contactEmail, phone: organization.contactPhone };
  }
}

async function mayContact(ctx: Context, organization: Organization): Promise<boolean> {
  const organizationId = organization.id;
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.role === AccountRole.ADMIN) return true;
  if (viewer.role !== AccountRole.MEMBER || viewer.organizationId == null) return false;
  if (viewer.organizationId === organizationId) return true;
  const [own, partners] = await Promise.all([
    ctx.loaders.organizationById.load(viewer.organizationId),
    ctx.loaders.acceptedPartnersByOrganization.load(viewer.organizationId),
  ]);
  // A partner that is since hidden from the viewer (suspended, withdrawn, now PRIVATE) keeps its contact to itself.
  return own?.membershipStatus === MembershipStatus.APPROVED && partners.has(organizationId) && canSee(viewer, organization, own);
}
