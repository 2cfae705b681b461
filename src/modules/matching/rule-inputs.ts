// The per-organisation inputs of the further matching rules (docs/matching.md, "Further rules"):
// read from the database for one candidate pool, in ONE place. The candidate pool itself
// (candidate-pool.ts) is cached per data version; these facts change with consortia and
// partnerships, which that version does not follow, so they are read per request, and only when
// the options make them matter.
//
// Always read: opt-outs (organization.matchmaking) and blocks (partner_block, either direction).
// Read when the options make them matter: live consortium counts against each organisation's
// maxConcurrentConsortia (respectCapacity), past ties (tieBonus: co-members of a CONFIRMED consortium
// or an ACCEPTED partnership request between them), and expressions of interest in the project
// (interestBonus). Budget shares and the project's maxLargeStake belong to the project read
// (MatchingData.project).
import type { EntityManager } from 'typeorm';
import { integerArray } from '../../db/integer-array';

/** A data source or a transaction's entity manager: the reads below run on either. */
type Queryable = Pick<EntityManager, 'query'>;
import { ConsortiumStatus, InvitationStatus } from '../consortia/consortium.enums';
import { PartnershipRequestStatus } from '../partnerships/partnership-request.enums';
import { ProjectStatus } from '../projects/project.enums';
import type { OrganizationRules, RuleInputs } from './solver-tasks';

/** The organisation ids, as the array literal every statement below is sent (integerArray). */
type IdArray = string;

export interface RuleInputQuery {
  /** The candidates (and any organisation named in the options). */
  organizationIds: readonly number[];
  /** The project being matched, when there is one (interest is per project). */
  projectId: number | null;
  /** Whether capacity is read (the option `respectCapacity`). */
  capacity: boolean;
  /** Whether ties are read (the option `tieBonus` > 0). */
  ties: boolean;
  /** Whether expressions of interest in `projectId` are read (the option `interestBonus` > 0). */
  interests?: boolean;
  /** Whether each organisation's remaining capacity is read (assemblePortfolio's capacity rows). */
  remainingCapacity?: boolean;
}

export async function readRuleInputs(dataSource: Queryable, query: RuleInputQuery): Promise<RuleInputs> {
  const rules: RuleInputs = new Map();
  const unique = [...new Set(query.organizationIds)];
  if (unique.length === 0) return rules;
  const ids = integerArray(unique);
  const entry = (id: number): OrganizationRules => {
    let found = rules.get(id);
    if (!found) rules.set(id, (found = {}));
    return found;
  };

  const [atCapacity, ties, optedOut, blocks, interested, remaining] = await Promise.all([
    query.capacity ? liveConsortiaAtCapacity(dataSource, ids) : Promise.resolve([]),
    query.ties ? pastTies(dataSource, ids) : Promise.resolve([]),
    optedOutOf(dataSource, ids),
    blocksAmong(dataSource, ids),
    query.interests && query.projectId !== null ? interestedIn(dataSource, query.projectId, ids) : Promise.resolve([]),
    query.remainingCapacity ? remainingCapacities(dataSource, ids) : Promise.resolve([]),
  ]);
  for (const [id, left] of remaining) entry(id).remainingCapacity = left;
  for (const id of atCapacity) entry(id).atCapacity = true;
  for (const id of optedOut) entry(id).matchmaking = false;
  for (const id of interested) entry(id).interested = true;
  // A block counts both ways in the core too: listed on the side that made it.
  for (const [by, blocked] of blocks) (entry(by).blocks ??= []).push(blocked);
  // A tie is symmetric in the core (either side listing the other suffices): listed once, on the lower id.
  for (const [a, b] of ties) (entry(a).ties ??= []).push(b);
  return rules;
}

/**
 * Organisations already in as many consortia as their maxConcurrentConsortia, counting those not
 * DISSOLVED on projects not CLOSED. A member who declined its invitation is not in that consortium.
 */
async function liveConsortiaAtCapacity(dataSource: Queryable, ids: IdArray): Promise<number[]> {
  const rows: { id: number }[] = await dataSource.query(
    `SELECT cm.organization_id AS id
       FROM consortium_member cm
       JOIN consortium c ON c.id = cm.consortium_id
       JOIN project p ON p.id = c.project_id
       JOIN organization o ON o.id = cm.organization_id
      WHERE cm.organization_id = ANY($1) AND c.status <> $2 AND p.status <> $3 AND cm.invitation_status NOT IN ($4, $5)
      GROUP BY cm.organization_id, o.max_concurrent_consortia
     HAVING count(DISTINCT c.id) >= o.max_concurrent_consortia`,
    [ids, ConsortiumStatus.DISSOLVED, ProjectStatus.CLOSED, InvitationStatus.DECLINED, InvitationStatus.EXPIRED],
  );
  return rows.map((row) => row.id);
}

/**
 * How many more consortia each organisation may join: maxConcurrentConsortia minus the live
 * consortia it is in, counted as liveConsortiaAtCapacity counts them.
 */
async function remainingCapacities(dataSource: Queryable, ids: IdArray): Promise<[number, number][]> {
  const rows: { id: number; remaining: number }[] = await dataSource.query(
    `SELECT o.id, o.max_concurrent_consortia - count(DISTINCT c.id)::int AS remaining
       FROM organization o
       LEFT JOIN consortium_member cm ON cm.organization_id = o.id AND cm.invitation_status NOT IN ($4, $5)
       LEFT JOIN consortium c ON c.id = cm.consortium_id AND c.status <> $2
            AND EXISTS (SELECT 1 FROM project p WHERE p.id = c.project_id AND p.status <> $3)
      WHERE o.id = ANY($1)
      GROUP BY o.id, o.max_concurrent_consortia`,
    [ids, ConsortiumStatus.DISSOLVED, ProjectStatus.CLOSED, InvitationStatus.DECLINED, InvitationStatus.EXPIRED],
  );
  return rows.map((row) => [row.id, row.remaining]);
}

/** Organisations that turned matchmaking off: never suggested (they can still be added by hand). */
async function optedOutOf(dataSource: Queryable, ids: IdArray): Promise<number[]> {
  const rows: { id: number }[] = await dataSource.query('SELECT id FROM organization WHERE id = ANY($1) AND NOT matchmaking', [ids]);
  return rows.map((row) => row.id);
}

/** Blocks between two of `ids`, as [the organisation that blocked, the one it blocked]. */
async function blocksAmong(dataSource: Queryable, ids: IdArray): Promise<[number, number][]> {
  const rows: { by: number; blocked: number }[] = await dataSource.query(
    `SELECT organization_id AS by, blocked_organization_id AS blocked
       FROM partner_block WHERE organization_id = ANY($1) AND blocked_organization_id = ANY($1) ORDER BY 1, 2`,
    [ids],
  );
  return rows.map((row) => [row.by, row.blocked]);
}

/** Which of `ids` expressed interest in the project. */
async function interestedIn(dataSource: Queryable, projectId: number, ids: IdArray): Promise<number[]> {
  const rows: { id: number }[] = await dataSource.query(
    'SELECT organization_id AS id FROM project_interest WHERE project_id = $1 AND organization_id = ANY($2)',
    [projectId, ids],
  );
  return rows.map((row) => row.id);
}

/** Pairs [lower id, higher id] among `ids` with a past tie. */
async function pastTies(dataSource: Queryable, ids: IdArray): Promise<[number, number][]> {
  const rows: { a: number; b: number }[] = await dataSource.query(
    `SELECT a.organization_id AS a, b.organization_id AS b
       FROM consortium_member a
       JOIN consortium_member b ON b.consortium_id = a.consortium_id AND b.organization_id > a.organization_id
       JOIN consortium c ON c.id = a.consortium_id
      WHERE c.status = $2 AND a.organization_id = ANY($1) AND b.organization_id = ANY($1)
     UNION
     SELECT least(r.from_organization_id, r.to_organization_id), greatest(r.from_organization_id, r.to_organization_id)
       FROM partnership_request r
      WHERE r.status = $3 AND r.from_organization_id = ANY($1) AND r.to_organization_id = ANY($1)
        AND r.from_organization_id <> r.to_organization_id
     ORDER BY 1, 2`,
    [ids, ConsortiumStatus.CONFIRMED, PartnershipRequestStatus.ACCEPTED],
  );
  return rows.map((row) => [row.a, row.b]);
}
