import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { forbidden } from '../../graphql/errors';
import type { Wording } from '../../graphql/language';
import type { Account } from '../accounts/account.entity';
import { AccountRole } from '../accounts/account.enums';
import type { Viewer } from '../accounts/viewer';
import type { Organization } from './organization.entity';
import { MembershipStatus, ProfileVisibility } from './organization.enums';

/** NOT_FOUND's message for an organisation that does not exist or that the caller may not see (the two are not told apart). */
export const NO_SUCH_ORGANIZATION: Wording = { en: 'There is no such organisation.', ko: '해당 기관이 없습니다.' };

/**
 * Who sees which organisation profile (issue 4; docs/workflows.md):
 * - anonymous: APPROVED organisations with a PUBLIC profile;
 * - a MEMBER of an APPROVED organisation: also APPROVED + MEMBERS profiles;
 * - a MEMBER always sees its own organisation, whatever its status or visibility;
 * - a PLANNER: every APPROVED organisation (PRIVATE included: planners assemble consortia from them);
 * - an ADMIN: everything.
 * The rule exists twice, as SQL for lists and as a predicate for single objects; the tests check both.
 *
 * An organisation the viewer may not see does not exist for it, on every path (issue 11): a field of
 * type Organization reads null (loadVisibleOrganization), and a mutation naming it answers exactly
 * what it answers for an id that does not exist (visibleOrganizationRows), so nothing, not even an
 * error message, tells a hidden organisation from an unknown id or one hidden state from another.
 */

const APPROVED = `'${MembershipStatus.APPROVED}'`;
const PUBLIC = `'${ProfileVisibility.PUBLIC}'`;
const MEMBERS = `'${ProfileVisibility.MEMBERS}'`;

export interface VisibilityClause {
  /** A boolean SQL condition on `alias`; null when the viewer sees everything. */
  sql: string | null;
  /** The value of `placeholder` when `sql` uses it (the viewer's organisation), else null. */
  organizationId: number | null;
}

/** The visibility rule as SQL over the organisation row `alias`; `placeholder` (`$4`, `:viewerOrganizationId`) stands for the viewer's organisation. */
export function visibilityClause(viewer: Viewer | null, alias: string, placeholder: string): VisibilityClause {
  if (viewer?.role === AccountRole.ADMIN) return { sql: null, organizationId: null };
  if (viewer?.role === AccountRole.PLANNER) return { sql: `${alias}.membership_status = ${APPROVED}`, organizationId: null };
  const anonymous = `(${alias}.membership_status = ${APPROVED} AND ${alias}.visibility = ${PUBLIC})`;
  if (viewer?.organizationId == null) return { sql: anonymous, organizationId: null };
  // Whether the member's own organisation is approved is read in the same statement, so the
  // number of statements per request does not change with who asks.
  const ownApproved = `EXISTS (SELECT 1 FROM organization viewer_org WHERE viewer_org.id = ${placeholder} AND viewer_org.membership_status = ${APPROVED})`;
  return {
    sql: `(${alias}.id = ${placeholder} OR ${anonymous} OR (${alias}.membership_status = ${APPROVED} AND ${alias}.visibility = ${MEMBERS} AND ${ownApproved}))`,
    organizationId: viewer.organizationId,
  };
}

/**
 * The same rule for one loaded organisation; `viewerOrganization` is the member's own
 * organisation (load it through the same DataLoader batch), null for everyone else.
 */
export function canSee(
  viewer: Viewer | null,
  organization: Pick<Organization, 'id' | 'membershipStatus' | 'visibility'>,
  viewerOrganization: Pick<Organization, 'membershipStatus'> | null,
): boolean {
  if (viewer?.role === AccountRole.ADMIN) return true;
  if (viewer?.organizationId != null && organization.id === viewer.organizationId) return true;
  if (organization.membershipStatus !== MembershipStatus.APPROVED) return false;
  if (viewer?.role === AccountRole.PLANNER) return true;
  if (organization.visibility === ProfileVisibility.PUBLIC) return true;
  return (
    organization.visibility === ProfileVisibility.MEMBERS &&
    viewer?.role === AccountRole.MEMBER &&
    viewerOrganization?.membershipStatus === MembershipStatus.APPROVED
  );
}

/**
 * What reading one organisation needs: who asks and the request's organisation loader (a part of
 * the Context, named here so the organisation loaders can use this file without a cycle).
 */
export interface OrganizationReader {
  viewer: Viewer | null;
  loaders: { organizationById: DataLoader<number, Organization | null> };
}

/**
 * One organisation by id if `ctx.viewer` may see it, else null (as if it did not exist). A
 * member's own organisation is loaded in the same DataLoader batch, so this costs one statement.
 */
export async function loadVisibleOrganization(ctx: OrganizationReader, id: number): Promise<Organization | null> {
  const own = ctx.viewer?.role === AccountRole.MEMBER ? ctx.viewer.organizationId : null;
  const [organization, viewerOrganization] = await Promise.all([
    ctx.loaders.organizationById.load(id),
    own != null ? ctx.loaders.organizationById.load(own) : Promise.resolve(null),
  ]);
  return organization && canSee(ctx.viewer, organization, viewerOrganization) ? organization : null;
}

/** What the visibility rule reads of an organisation row. */
export interface OrganizationRow {
  id: number;
  membershipStatus: MembershipStatus;
  visibility: ProfileVisibility;
}

export interface OrganizationRows {
  /** The row of `id` whatever the viewer may see: for its own organisation, or after a visibility check. */
  any(id: number): OrganizationRow | null;
  /** The row of `id` if the viewer may see it; null alike when it does not exist and when it is hidden. */
  visible(id: number): OrganizationRow | null;
}

/**
 * The organisations `ids` for a mutation, read in its transaction `em` together with the viewer's
 * own organisation (the rule needs its status); with `lock`, all of them FOR UPDATE in id order.
 * A service answers `visible(id) === null` with the error it has for an unknown id.
 */
export async function visibleOrganizationRows(
  em: EntityManager,
  viewer: Viewer | null,
  ids: readonly number[],
  options: { lock?: boolean } = {},
): Promise<OrganizationRows> {
  const wanted = [...new Set([...ids, ...(viewer?.organizationId != null ? [viewer.organizationId] : [])])];
  const rows: { id: number; membership_status: MembershipStatus; visibility: ProfileVisibility }[] = await em.query(
    `SELECT id, membership_status, visibility FROM organization WHERE id = ANY($1) ORDER BY id${options.lock ? ' FOR UPDATE' : ''}`,
    [wanted],
  );
  const byId = new Map(rows.map((row) => [row.id, { id: row.id, membershipStatus: row.membership_status, visibility: row.visibility }]));
  const own = viewer?.organizationId != null ? (byId.get(viewer.organizationId) ?? null) : null;
  return {
    any: (id) => byId.get(id) ?? null,
    visible: (id) => {
      const row = byId.get(id);
      return row && canSee(viewer, row, own) ? row : null;
    },
  };
}

/** loadVisibleOrganization for a field whose organisation may be absent. */
export function loadVisibleOrganizationOrNull(ctx: OrganizationReader, id: number | null): Promise<Organization | null> {
  return id === null ? Promise.resolve(null) : loadVisibleOrganization(ctx, id);
}

/** A member edits only its own organisation; admins edit any (issue 4, authorization). */
export function assertMayEditOrganization(account: Account, organizationId: number): void {
  if (account.role === AccountRole.ADMIN) return;
  if (account.role === AccountRole.MEMBER && account.organizationId === organizationId) return;
  throw forbidden({ en: "Only the organisation's own members (or admins) may change it.", ko: '이 기관 소속 계정이나 관리자만 바꿀 수 있습니다.' });
}

/** A member acts only for its own organisation (withdrawing, for one): not even admins do it for them. */
export function assertOwnMember(account: Account, organizationId: number): void {
  if (account.role === AccountRole.MEMBER && account.organizationId === organizationId) return;
  throw forbidden({ en: "Only the organisation's own members may do this.", ko: '이 기관 소속 계정만 할 수 있는 일입니다.' });
}
