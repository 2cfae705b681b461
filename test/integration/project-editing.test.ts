import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { approvedOrganizations, mutate, ok, projectInput, SLOT, snapshot, userError, useTestCity } from '../support/workflows';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { fromGlobalId, toGlobalId } from '../../src/graphql/global-id';

let api: TestApi;
let owner: Viewer;
let otherPlanner: Viewer;
let admin: Viewer;
let member: Viewer;
let dropTestCity: () => Promise<void>;

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  owner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  otherPlanner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  const [orgId] = await approvedOrganizations(api.dataSource, 1, 0);
  member = await createTestAccount(api.dataSource, AccountRole.MEMBER, orgId);
});
afterAll(async () => {
  await dropTestCity();
  await api.close();
});

async function createProject(slots: Record<string, unknown>[] = [SLOT], by: Viewer = owner) {
  const { project } = await ok(api, 'createProject', projectInput(slots), by);
  return project;
}

describe('creating and editing projects', () => {
  it('creates a DRAFT project owned by the planner, with its slots in order', async () => {
    const project = await createProject([SLOT, { role: 'OPERATOR', domain: 'water', minLevel: 1, weight: 1 }]);
    expect(project).toMatchObject({ status: 'DRAFT', version: 1, titleEn: 'Test project' });
    expect(project.slots).toEqual([
      expect.objectContaining({ position: 1, role: 'LEAD', minLevel: 2, weight: 3, domain: { slug: 'mobility' }, technologies: [{ slug: 'ai' }] }),
      expect.objectContaining({ position: 2, role: 'OPERATOR', domain: { slug: 'water' }, technologies: [] }),
    ]);
  });

  it('answers malformed input and unknown slugs with BAD_USER_INPUT userErrors naming the field, writing nothing', async () => {
    const before = await snapshot(api.dataSource);
    const badSlug = await userError(api, 'createProject', projectInput([SLOT], { slug: 'Not A Slug' }), owner, 'BAD_USER_INPUT');
    expect(badSlug[0].field).toEqual(['input', 'slug']);
    const badLevel = await mutate(api, 'createProject', projectInput([{ ...SLOT, minLevel: 7 }]), owner);
    expect(badLevel.data!.createProject.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'slots', '0', 'minLevel'] });
    const badDomain = await userError(api, 'createProject', projectInput([{ ...SLOT, domain: 'teleportation' }]), owner, 'BAD_USER_INPUT');
    expect(badDomain[0]).toMatchObject({ field: ['input', 'slots', '0', 'domain'], message: expect.stringContaining("Unknown domain 'teleportation'") });
    const badCity = await userError(api, 'createProject', projectInput([SLOT], { city: 'gotham' }), owner, 'BAD_USER_INPUT');
    expect(badCity[0].field).toEqual(['input', 'city']);
    const badId = await userError(api, 'openProject', { projectId: 'nope' }, owner, 'BAD_USER_INPUT');
    expect(badId[0].field).toEqual(['input', 'projectId']);
    expect(await snapshot(api.dataSource)).toEqual(before);
  });

  it('refuses a slug that is taken with SLUG_TAKEN', async () => {
    const project = await createProject();
    const errors = await userError(api, 'createProject', projectInput([SLOT], { slug: project.slug }), owner, 'SLUG_TAKEN');
    expect(errors[0].field).toEqual(['input', 'slug']);
  });

  it('updates texts with the current version and refuses a stale one with CONFLICT, writing nothing', async () => {
    const project = await createProject();
    const { project: updated } = await ok(api, 'updateProject', { projectId: project.id, version: 1, titleEn: 'Renamed' }, owner);
    expect(updated).toMatchObject({ titleEn: 'Renamed', titleKo: '시험 과제', version: 2 });
    const before = await snapshot(api.dataSource);
    const errors = await userError(api, 'updateProject', { projectId: project.id, version: 1, titleEn: 'Lost update' }, owner, 'CONFLICT');
    expect(errors[0].field).toEqual(['input', 'version']);
    expect(await snapshot(api.dataSource)).toEqual(before);
  });

  it('two writers racing with the same version: exactly one succeeds, the other gets CONFLICT', async () => {
    const project = await createProject();
    const results = await Promise.all(
      ['First', 'Second'].map((titleEn) => mutate(api, 'updateProject', { projectId: project.id, version: 1, titleEn }, owner)),
    );
    const codes = results.map((r) => r.data!.updateProject.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => r.data!.updateProject.project)!.data!.updateProject.project;
    const { data } = await api.query('query($id: ID!) { project(id: $id) { titleEn version } }', { id: project.id }, owner);
    expect(data!.project).toEqual({ titleEn: winner.titleEn, version: 2 });
  });

  it('adds, changes and removes slots; positions stay 1..n and versions move', async () => {
    const project = await createProject([SLOT, { ...SLOT, domain: 'water', technologies: [] }]);
    const added = await ok(
      api,
      'addRequirementSlot',
      { projectId: project.id, version: 1, slot: { role: 'INTEGRATOR', domain: 'safety', technologies: ['iot', 'cloud'], minLevel: 3, weight: 2 } },
      owner,
    );
    expect(added.slot).toMatchObject({ position: 3, version: 1, domain: { slug: 'safety' } });
    expect(added.slot.technologies.map((t: { slug: string }) => t.slug).sort()).toEqual(['cloud', 'iot']);
    expect(added.project.version).toBe(2);

    const changed = await ok(
      api,
      'updateRequirementSlot',
      { slotId: added.slot.id, version: 1, domain: 'healthcare', technologies: [], weight: 5, allowedKinds: ['SME'] },
      owner,
    );
    expect(changed.slot).toMatchObject({
      version: 2,
      weight: 5,
      minLevel: 3,
      role: 'INTEGRATOR',
      allowedKinds: ['SME'],
      domain: { slug: 'healthcare' },
      technologies: [],
    });
    expect(changed.project.version).toBe(3);

    const before = await snapshot(api.dataSource);
    await userError(api, 'updateRequirementSlot', { slotId: added.slot.id, version: 1, weight: 1 }, owner, 'CONFLICT');
    await userError(api, 'removeRequirementSlot', { slotId: added.slot.id, version: 1 }, owner, 'CONFLICT');
    await userError(api, 'updateRequirementSlot', { slotId: added.slot.id, version: 2, technologies: ['warp-drive'] }, owner, 'BAD_USER_INPUT');
    expect(await snapshot(api.dataSource)).toEqual(before);

    const first = project.slots[0];
    const removed = await ok(api, 'removeRequirementSlot', { slotId: first.id, version: 1 }, owner);
    expect(removed.removedSlotId).toBe(first.id);
    expect(removed.project.slots.map((s: { position: number }) => s.position)).toEqual([1, 2]);
    expect(removed.project.slots.map((s: { id: string }) => s.id)).toEqual([project.slots[1].id, added.slot.id]);
    const gone = await api.query('query($id: ID!) { node(id: $id) { id } }', { id: first.id }, owner);
    expect(gone.data).toEqual({ node: null });
  });
});

describe('the project state machine', () => {
  it('DRAFT → OPEN needs a slot; OPEN → CLOSED; CLOSED is final', async () => {
    const empty = await createProject([]);
    const noSlots = await userError(api, 'openProject', { projectId: empty.id }, owner, 'NO_SLOTS');
    expect(noSlots[0].message).toMatch(/at least one requirement slot/);

    const project = await createProject();
    const opened = await ok(api, 'openProject', { projectId: project.id, version: 1 }, owner);
    expect(opened.project).toMatchObject({ status: 'OPEN', version: 2 });
    await userError(api, 'openProject', { projectId: project.id }, owner, 'PROJECT_STATUS_FORBIDS');
    // Slots stay editable while the project is OPEN.
    await ok(api, 'addRequirementSlot', { projectId: project.id, slot: SLOT }, owner);

    const closed = await ok(api, 'closeProject', { projectId: project.id }, owner);
    expect(closed.project.status).toBe('CLOSED');
    const before = await snapshot(api.dataSource);
    for (const op of ['openProject', 'closeProject'] as const) {
      const errors = await userError(api, op, { projectId: project.id }, owner, 'PROJECT_STATUS_FORBIDS');
      expect(errors[0].message).toMatch(/CLOSED is final/);
    }
    await userError(api, 'updateProject', { projectId: project.id, version: closed.project.version, titleEn: 'x' }, owner, 'PROJECT_CLOSED');
    await userError(api, 'addRequirementSlot', { projectId: project.id, slot: SLOT }, owner, 'SLOTS_LOCKED');
    await userError(api, 'updateRequirementSlot', { slotId: project.slots[0].id, version: 1, weight: 1 }, owner, 'SLOTS_LOCKED');
    expect(await snapshot(api.dataSource)).toEqual(before);
  });

  it('DRAFT → CLOSED directly', async () => {
    const project = await createProject();
    expect((await ok(api, 'closeProject', { projectId: project.id }, owner)).project.status).toBe('CLOSED');
  });

  it('a stale version on a transition answers CONFLICT and leaves the status', async () => {
    const project = await createProject();
    await ok(api, 'updateProject', { projectId: project.id, version: 1, titleEn: 'v2' }, owner);
    const before = await snapshot(api.dataSource);
    await userError(api, 'openProject', { projectId: project.id, version: 1 }, owner, 'CONFLICT');
    expect(await snapshot(api.dataSource)).toEqual(before);
  });

  it('an admin may change any project, another planner none', async () => {
    const project = await createProject();
    expect((await mutate(api, 'openProject', { projectId: project.id }, otherPlanner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok(api, 'openProject', { projectId: project.id }, admin)).project.status).toBe('OPEN');
  });
});

describe('handing a project to another planner', () => {
  const OWNER = 'query($id: ID!) { project(id: $id) { owner { id } } }';
  const account = (viewer: Viewer) => toGlobalId('Account', viewer.accountId);
  /** A project without an owner, as the seeds make them. */
  async function ownerless() {
    const project = await createProject();
    await api.dataSource.query('UPDATE project SET owner_id = NULL WHERE id = $1', [fromGlobalId(project.id)!.id]);
    return project;
  }

  it('lets an admin give an ownerless project to a planner, who may then edit it and is shown as its owner', async () => {
    const project = await ownerless();
    expect((await mutate(api, 'updateProject', { projectId: project.id, version: 1, titleEn: 'Mine?' }, owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.query(OWNER, { id: project.id }, admin)).data).toEqual({ project: { owner: null } });

    const { project: handed } = await ok(api, 'transferProject', { projectId: project.id, version: 1, ownerId: account(otherPlanner) }, admin);
    expect(handed).toEqual({ id: project.id, version: 2, owner: { id: account(otherPlanner) } });
    expect((await api.query(OWNER, { id: project.id }, otherPlanner)).data).toEqual({ project: { owner: { id: account(otherPlanner) } } });
    expect((await ok(api, 'updateProject', { projectId: project.id, version: 2, titleEn: 'Now mine' }, otherPlanner)).project.titleEn).toBe('Now mine');
    const [entry] = await api.dataSource.query(
      "SELECT actor_id, details FROM audit_entry WHERE action = 'project.transferred' AND subject_type = 'Project' AND subject_id = $1",
      [fromGlobalId(project.id)!.id],
    );
    expect(entry).toEqual({ actor_id: admin.accountId, details: { from: null, to: otherPlanner.accountId } });
  });

  it('hides the owner from everyone but that planner and admins', async () => {
    const project = await createProject();
    await ok(api, 'openProject', { projectId: project.id }, owner);
    expect((await api.query(OWNER, { id: project.id }, owner)).data).toEqual({ project: { owner: { id: account(owner) } } });
    for (const viewer of [null, member, otherPlanner]) {
      expect((await api.query(OWNER, { id: project.id }, viewer)).data).toEqual({ project: { owner: null } });
    }
  });

  it('refuses an owner that is not an active planner, a stale version and anyone but an admin, writing nothing', async () => {
    const project = await ownerless();
    const disabled = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    await api.dataSource.query('UPDATE account SET disabled_at = now() WHERE id = $1', [disabled.accountId]);
    const before = await snapshot(api.dataSource);
    for (const candidate of [account(member), account(admin), account(disabled), toGlobalId('Account', 2_000_000_000)]) {
      const errors = await userError(api, 'transferProject', { projectId: project.id, ownerId: candidate }, admin, 'OWNER_NOT_PLANNER');
      expect(errors[0].field).toEqual(['input', 'ownerId']);
    }
    const badId = await userError(api, 'transferProject', { projectId: project.id, ownerId: project.id }, admin, 'BAD_USER_INPUT');
    expect(badId[0].field).toEqual(['input', 'ownerId']);
    await userError(api, 'transferProject', { projectId: project.id, version: 7, ownerId: account(owner) }, admin, 'CONFLICT');
    for (const viewer of [owner, member]) {
      expect((await mutate(api, 'transferProject', { projectId: project.id, ownerId: account(owner) }, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await snapshot(api.dataSource)).toEqual(before);
  });

  it('leaves a CLOSED project as it is', async () => {
    const project = await createProject();
    await ok(api, 'closeProject', { projectId: project.id }, owner);
    const before = await snapshot(api.dataSource);
    await userError(api, 'transferProject', { projectId: project.id, ownerId: account(otherPlanner) }, admin, 'PROJECT_CLOSED');
    expect(await snapshot(api.dataSource)).toEqual(before);
  });
});

describe('project visibility', () => {
  const READ = 'query($id: ID!) { project(id: $id) { id status } node(id: $id) { id } }';

  it('shows a DRAFT only to its owner and admins; once OPEN, to everyone', async () => {
    const project = await createProject();
    for (const viewer of [owner, admin]) {
      expect((await api.query(READ, { id: project.id }, viewer)).data).toEqual({ project: { id: project.id, status: 'DRAFT' }, node: { id: project.id } });
    }
    for (const viewer of [null, member, otherPlanner]) {
      expect((await api.query(READ, { id: project.id }, viewer)).data).toEqual({ project: null, node: null });
    }
    const slot = await api.query('query($id: ID!) { node(id: $id) { id } }', { id: project.slots[0].id }, null);
    expect(slot.data).toEqual({ node: null });

    await ok(api, 'openProject', { projectId: project.id }, owner);
    for (const viewer of [null, member, otherPlanner]) {
      expect((await api.query(READ, { id: project.id }, viewer)).data).toEqual({ project: { id: project.id, status: 'OPEN' }, node: { id: project.id } });
    }
  });

  it('lists DRAFT projects to their owner and admins only', async () => {
    const project = await createProject();
    const LIST = 'query { projects(first: 100, filter: { statuses: [DRAFT] }) { edges { node { id } } } }';
    const ids = async (viewer: Viewer | null) => (await api.query(LIST, {}, viewer)).data!.projects.edges.map((e: any) => e.node.id);
    expect(await ids(owner)).toContain(project.id);
    expect(await ids(admin)).toContain(project.id);
    expect(await ids(otherPlanner)).not.toContain(project.id);
    expect(await ids(member)).toEqual([]);
    expect(await ids(null)).toEqual([]);
  });
});

describe('matching reads the edited slots', () => {
  const ASSEMBLE = `query($projectId: ID!) { assembleConsortium(projectId: $projectId, options: { k: 1, minIndustries: 1 }) {
    alternatives { coverage { slot { id } } } } }`;

  it('assembleConsortium covers a slot added a moment ago', async () => {
    const project = await createProject();
    await ok(api, 'openProject', { projectId: project.id }, owner);
    const before = await api.query(ASSEMBLE, { projectId: project.id }, owner);
    expect(before.data!.assembleConsortium.alternatives[0].coverage.map((c: any) => c.slot.id)).toEqual([project.slots[0].id]);
    const { slot } = await ok(api, 'addRequirementSlot', { projectId: project.id, slot: { ...SLOT, domain: 'water', technologies: [] } }, owner);
    const after = await api.query(ASSEMBLE, { projectId: project.id }, owner);
    expect(after.data!.assembleConsortium.alternatives[0].coverage.map((c: any) => c.slot.id)).toEqual([project.slots[0].id, slot.id]);
  });
});

describe('matching on a draft', () => {
  const ASSEMBLE = `query($projectId: ID!) { assembleConsortium(projectId: $projectId, options: { k: 1, minIndustries: 1 }) {
    alternatives { rank } } }`;
  const PARTNERS = `query($organizationId: ID!, $projectId: ID!) { partnerMatches(organizationId: $organizationId, target: { projectId: $projectId }) {
    matches { rank } } }`;

  it('exists only for its owner and admins, like the draft itself', async () => {
    const project = await createProject();
    const seeker = toGlobalId('Organization', member.organizationId!);
    for (const viewer of [null, member, otherPlanner]) {
      const assembled = await api.query(ASSEMBLE, { projectId: project.id }, viewer);
      expect(assembled.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'projectId' });
      const partners = await api.query(PARTNERS, { organizationId: seeker, projectId: project.id }, viewer);
      expect(partners.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'target.projectId' });
    }
    for (const viewer of [owner, admin]) {
      expect((await api.query(ASSEMBLE, { projectId: project.id }, viewer)).errors).toBeUndefined();
      expect((await api.query(PARTNERS, { organizationId: seeker, projectId: project.id }, viewer)).errors).toBeUndefined();
    }
  });
});
