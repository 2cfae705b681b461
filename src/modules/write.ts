import type DataLoader from 'dataloader';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { neverReachedDatabase } from '../db/database-unavailable';
import { Account } from './accounts/account.entity';
import { AccountRole } from './accounts/account.enums';
import type { Viewer } from './accounts/viewer';
import { Capability } from './capabilities/capability.entity';
import { Consortium } from './consortia/consortium.entity';
import { claimKey, recordResult, type IdempotencyKey } from './idempotency/client-mutation.store';
import { Invitation } from './invitations/invitation.entity';
import { createLoaders, type Loaders } from './loaders';
import { Organization } from './organizations/organization.entity';
import { PartnershipRequest } from './partnerships/partnership-request.entity';
import { Project } from './projects/project.entity';
import { RequirementSlot } from './projects/requirement-slot.entity';
import { Domain } from './taxonomy/domain.entity';
import { Technology } from './taxonomy/technology.entity';

/**
 * Where a mutation's write stands: NONE until its transaction commits; UNKNOWN when the connection
 * was lost while COMMIT's answer was on its way (it may or may not have committed).
 */
export type WriteState = 'NONE' | 'COMMITTING' | 'COMMITTED' | 'UNKNOWN';

/** Thrown inside a keyed write whose key another transaction recorded first: the caller answers that one's result. */
export class KeyTaken extends Error {
  constructor() {
    super('clientMutationId already used');
    this.name = 'KeyTaken';
  }
}

/**
 * One mutation's write, handed by runMutation to the service, which runs its transaction through
 * it instead of `dataSource.transaction`. Inside that transaction, after the service's work, it
 * reads everything the payload shows of what was written (PAYLOAD_READS) and records the
 * idempotency key with the result; after COMMIT it primes the request's DataLoaders with those
 * rows. So the payload needs no read after commit, and an error after commit can never be
 * reported as a failed write.
 */
export class Write {
  state: WriteState = 'NONE';

  constructor(
    private readonly viewer: Viewer | null,
    private readonly loaders: Loaders,
    private readonly key: IdempotencyKey | null = null,
  ) {}

  async transaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.state !== 'NONE') throw new Error('A mutation writes in one transaction.');
    const runner = oneQueryAtATime(dataSource.createQueryRunner());
    let result: T;
    const primes: Prime[] = [];
    let started = false;
    try {
      await runner.startTransaction();
      started = true;
      const em = runner.manager;
      if (this.key && !(await claimKey(em, this.key))) throw new KeyTaken();
      result = await work(em);
      await readPayload(recording(createLoaders(inTransaction(dataSource, em), this.viewer), primes), this.viewer, result);
      if (this.key) await recordResult(em, this.key, writtenRefs(result));
      this.state = 'COMMITTING';
      await runner.commitTransaction();
      this.state = 'COMMITTED';
    } catch (error) {
      if (this.state === 'COMMITTING') {
        // A COMMIT that never left this process did not commit; one whose answer was lost may have.
        this.state = neverReachedDatabase(error) ? 'NONE' : 'UNKNOWN';
      } else if (started && runner.isTransactionActive) {
        // (No connection, no transaction: nothing to roll back, and no second wait for a connection.)
        await runner.rollbackTransaction().catch(() => undefined);
      }
      throw error;
    } finally {
      await runner.release();
    }
    // Fresher than anything these loaders may hold from before the write (another mutation of the same operation).
    for (const { loader, key, value } of primes) (this.loaders[loader] as AnyLoader).clear(key).prime(key, value);
    return result;
  }
}

/**
 * A transaction is one connection, and the payload's DataLoaders fire batches side by side: queue
 * them, as pg will require (it only tolerates overlapping queries on one client, deprecated).
 */
function oneQueryAtATime(runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner);
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return runner;
}

/**
 * A DataSource whose reads go through `em` (its transaction's connection), so the per-request
 * loader factories can read inside the write's transaction unchanged.
 */
function inTransaction(dataSource: DataSource, em: EntityManager): DataSource {
  return Object.create(dataSource, {
    manager: { value: em },
    query: { value: em.query.bind(em) },
    getRepository: { value: em.getRepository.bind(em) },
    createQueryBuilder: { value: em.createQueryBuilder.bind(em) },
  }) as DataSource;
}

type LoaderName = { [K in keyof Loaders]: Loaders[K] extends DataLoader<any, any, any> ? K : never }[keyof Loaders];
type AnyLoader = DataLoader<unknown, unknown, unknown>;
interface Prime {
  loader: LoaderName;
  key: unknown;
  value: unknown;
}

/** Loaders that note every row they hand out (or are given), to prime the request's own loaders with after commit. */
function recording(loaders: Loaders, primes: Prime[]): Loaders {
  return new Proxy(loaders, {
    get: (target, name) => {
      const loader = (target as unknown as Record<string | symbol, AnyLoader | undefined>)[name];
      if (!loader) return loader;
      const note = (key: unknown, value: unknown) => {
        if (!(value instanceof Error)) primes.push({ loader: name as LoaderName, key, value });
        return value;
      };
      return {
        load: async (key: unknown) => note(key, await loader.load(key)),
        loadMany: async (keys: unknown[]) => (await loader.loadMany(keys)).map((value, i) => note(keys[i], value)),
        prime: (key: unknown, value: unknown) => {
          note(key, value);
          return loader.clear(key).prime(key, value);
        },
      };
    },
  });
}

/** How to read one written type's payload fields: the row itself by id, and the fields an API type shows of it. */
interface PayloadRead<T> {
  type: abstract new () => T;
  /** The GraphQL type name, in stored idempotency results. */
  name: string;
  byId: LoaderName;
  read: (loaders: Loaders, row: T, viewer: Viewer | null) => Promise<unknown>;
}

const all = (work: Promise<unknown>[]) => Promise.all(work);

/** The viewer's own organisation and its partners: visibility rules of organisations and contacts read them. */
function viewerOrganization(loaders: Loaders, viewer: Viewer | null): Promise<unknown>[] {
  if (viewer?.role !== AccountRole.MEMBER || viewer.organizationId == null) return [];
  return [loaders.organizationById.load(viewer.organizationId), loaders.acceptedPartnersByOrganization.load(viewer.organizationId)];
}

/*
 * What a type is made of, as its API type shows it: read for every object a payload shows, the
 * written ones and the ones they name (a request's organisations, a consortium's project, …).
 */

function slotParts(loaders: Loaders, slot: RequirementSlot): Promise<unknown> {
  loaders.requirementSlotById.prime(slot.id, slot);
  return all([loaders.domainById.load(slot.domainId), loaders.technologiesBySlot.load(slot.id)]);
}

function projectParts(loaders: Loaders, project: Project | null): Promise<unknown> {
  if (!project) return Promise.resolve();
  loaders.projectById.prime(project.id, project);
  return all([
    loaders.pilotCityById.load(project.cityId),
    loaders.slotsByProject.load(project.id).then((slots) => all(slots.map((slot) => slotParts(loaders, slot)))),
  ]);
}

function capabilityParts(loaders: Loaders, capability: Capability): Promise<unknown> {
  return all([
    capability.domain ? Promise.resolve() : loaders.domainById.load(capability.domainId),
    loaders.technologiesByCapability.load(capability.id),
    loaders.citiesByCapability.load(capability.id),
  ]);
}

function organizationParts(loaders: Loaders, organization: Organization | null): Promise<unknown> {
  if (!organization) return Promise.resolve();
  // A row read by a service has no industry joined; Organization.industry then reads industryById.
  if (!organization.industry) (loaders.organizationById as AnyLoader).prime(organization.id, organization);
  return all([
    organization.industry ? Promise.resolve() : loaders.industryById.load(organization.industryId),
    loaders.membershipsByOrganization.load(organization.id),
    loaders.capabilitiesByOrganization.load(organization.id).then((capabilities) => all(capabilities.map((c) => capabilityParts(loaders, c)))),
  ]);
}

async function organizationsParts(loaders: Loaders, ids: number[]): Promise<unknown> {
  const organizations = await loaders.organizationById.loadMany(ids);
  return all(organizations.map((o) => (o instanceof Organization ? organizationParts(loaders, o) : Promise.resolve())));
}

/**
 * What each type a mutation returns shows by default: its own parts, and the objects it names
 * with theirs (a project's city and slots with their domains and technologies; a consortium's
 * project, owner, members, assignments and their organisations' profiles; …). Paginated lists
 * (Domain.organizations) are left to ordinary reads: they are queries, not what was written.
 */
const PAYLOAD_READS: PayloadRead<any>[] = [
  { type: Project, name: 'Project', byId: 'projectById', read: (loaders, project: Project) => projectParts(loaders, project) },
  {
    type: RequirementSlot,
    name: 'RequirementSlot',
    byId: 'requirementSlotById',
    read: (loaders, slot: RequirementSlot) =>
      all([slotParts(loaders, slot), loaders.projectById.load(slot.projectId).then((project) => projectParts(loaders, project))]),
  },
  {
    type: Consortium,
    name: 'Consortium',
    byId: 'consortiumById',
    read: (loaders, consortium: Consortium, viewer) => {
      loaders.consortiumById.prime(consortium.id, consortium);
      return all([
        ...viewerOrganization(loaders, viewer),
        loaders.projectById.load(consortium.projectId).then((project) => projectParts(loaders, project)),
        loaders.accountById.load(consortium.ownerId),
        loaders.membersByConsortium.load(consortium.id).then((members) =>
          organizationsParts(
            loaders,
            members.map((m) => m.organizationId),
          ),
        ),
        loaders.assignmentsByConsortium.load(consortium.id).then((assignments) =>
          all([
            loaders.requirementSlotById.loadMany(assignments.map((a) => a.requirementSlotId)),
            organizationsParts(
              loaders,
              assignments.map((a) => a.organizationId),
            ),
          ]),
        ),
      ]);
    },
  },
  {
    type: Organization,
    name: 'Organization',
    byId: 'organizationById',
    read: (loaders, organization: Organization, viewer) => all([...viewerOrganization(loaders, viewer), organizationParts(loaders, organization)]),
  },
  {
    type: Capability,
    name: 'Capability',
    byId: 'capabilityById',
    read: (loaders, capability: Capability, viewer) => {
      loaders.capabilityById.prime(capability.id, capability);
      return all([...viewerOrganization(loaders, viewer), capabilityParts(loaders, capability), organizationsParts(loaders, [capability.organizationId])]);
    },
  },
  {
    type: PartnershipRequest,
    name: 'PartnershipRequest',
    byId: 'partnershipRequestById',
    read: (loaders, request: PartnershipRequest, viewer) => {
      loaders.partnershipRequestById.prime(request.id, request);
      return all([
        ...viewerOrganization(loaders, viewer),
        organizationsParts(loaders, [request.fromOrganizationId, request.toOrganizationId]),
        request.projectId != null ? loaders.projectById.load(request.projectId).then((project) => projectParts(loaders, project)) : Promise.resolve(),
      ]);
    },
  },
  {
    type: Account,
    name: 'Account',
    byId: 'accountById',
    read: (loaders, account: Account) => {
      loaders.accountById.prime(account.id, account);
      return account.organizationId != null ? organizationsParts(loaders, [account.organizationId]) : Promise.resolve();
    },
  },
  {
    type: Invitation,
    name: 'Invitation',
    byId: 'invitationById',
    read: (loaders, invitation: Invitation, viewer) => {
      loaders.invitationById.prime(invitation.id, invitation);
      return all([
        viewer ? loaders.accountById.load(viewer.accountId) : Promise.resolve(),
        invitation.invitedById != null ? loaders.accountById.load(invitation.invitedById) : Promise.resolve(),
        invitation.organizationId != null ? organizationsParts(loaders, [invitation.organizationId]) : Promise.resolve(),
      ]);
    },
  },
  { type: Domain, name: 'Domain', byId: 'domainById', read: async (loaders, domain: Domain) => loaders.domainById.prime(domain.id, domain) },
  {
    type: Technology,
    name: 'Technology',
    byId: 'technologyById',
    read: async (loaders, technology: Technology) => loaders.technologyById.prime(technology.id, technology),
  },
];

function payloadReadOf(value: unknown): PayloadRead<unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return PAYLOAD_READS.find((entry) => value instanceof entry.type);
}

/** The written rows in what a service returned: the value itself, or the values of a plain result object ({ slot, project }, …). */
function writtenRows(result: unknown): { row: object; entry: PayloadRead<unknown> }[] {
  const direct = payloadReadOf(result);
  if (direct) return [{ row: result as object, entry: direct }];
  if (typeof result !== 'object' || result === null) return [];
  return Object.values(result).flatMap((value) => {
    const entry = payloadReadOf(value);
    return entry ? [{ row: value as object, entry }] : [];
  });
}

async function readPayload(loaders: Loaders, viewer: Viewer | null, result: unknown): Promise<void> {
  await all(writtenRows(result).map(({ row, entry }) => entry.read(loaders, row, viewer)));
}

/** A written row in a stored idempotency result. */
interface WrittenRef {
  $type: string;
  id: number;
}

const isRef = (value: unknown): value is WrittenRef =>
  typeof value === 'object' && value !== null && typeof (value as WrittenRef).$type === 'string' && typeof (value as WrittenRef).id === 'number';

/** What a service returned, with each written row replaced by a reference (type and id), for a retry to rebuild. */
export function writtenRefs(result: unknown): unknown {
  const ref = (value: unknown): unknown => {
    const entry = payloadReadOf(value);
    return entry ? { $type: entry.name, id: (value as { id: number }).id } : value;
  };
  if (payloadReadOf(result) || typeof result !== 'object' || result === null) return ref(result);
  return Object.fromEntries(Object.entries(result).map(([key, value]) => [key, ref(value)]));
}

/** The first result of a keyed write, rebuilt from its references: the same rows, as they are now (null if gone since). */
export async function rebuildWritten(loaders: Loaders, stored: unknown): Promise<unknown> {
  const load = async (value: unknown) => {
    if (!isRef(value)) return value;
    const entry = PAYLOAD_READS.find((e) => e.name === value.$type);
    return entry ? (loaders[entry.byId] as AnyLoader).load(value.id) : null;
  };
  if (isRef(stored) || typeof stored !== 'object' || stored === null) return load(stored);
  const entries = await Promise.all(Object.entries(stored).map(async ([key, value]) => [key, await load(value)] as const));
  return Object.fromEntries(entries);
}
