import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Organization } from '../organizations/organization.entity';
import { mayContact } from './partnership.access';
import { OrganizationContact } from './partnership.types';

/**
 * `Organization.contact` (docs/workflows.md: contacts stay hidden until a partnership request is
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
      'How to reach the organisation; null unless you are its member, an admin, or a member of an organisation it has an ACCEPTED partnership request with (while you may see its profile).',
  })
  async contact(@Root() organization: Organization, @Ctx() ctx: Context): Promise<OrganizationContact | null> {
    if (!(await mayContact(ctx, organization))) return null;
    return { name: organization.contactName, email: organization.contactEmail, phone: organization.contactPhone };
  }
}
