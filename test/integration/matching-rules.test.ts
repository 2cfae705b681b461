// The further matching rules through the API (docs/matching.md): the new options and their
// validation, stakes, capacity and ties read from real rows (rule-inputs.ts), explainExclusion
// against assembleConsortium with the organisation included, projectMatches and its access, and
// the sentences in Korean and English.
import { projects } from '../../seeds/data/projects';
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { readRuleInputs } from '../../src/modules/matching/rule-inputs';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { approved, oracleFit, seededOrganizations } from '../support/oracle';

jest.setTimeout(60_000);

let api: TestApi;
let planner: Viewer;
const projectIds = new Map<string, number>();
const organizationIds = new Map<string, number>();
const slugOf = new Map<number, string>();
const bySlug = new Map(seededOrganizations.map((o) => [o.slug, o]));
/** Rows this file adds, removed again at the end. */
const consortia: number[] = [];
const requests: number[] = [];

beforeAll(async () => {
  api = await createTestApi();
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  for (const row of await api.dataSource.query('SELECT id, slug FROM project')) projectIds.set(row.slug, row.id);
  for (const row of await api.dataSource.query('SELECT id, slug FROM organization')) {
    organizationIds.set(row.slug, row.id);
    slugOf.set(row.id, row.slug);
  }
});
afterAll(async () => {
  if (requests.length) await api.dataSource.query('DELETE FROM partnership_request WHERE id = ANY($1)', [requests]);
  if (consortia.length) {
    await api.dataSource.query('DELETE FROM consortium_assignment WHERE consortium_id = ANY($1)', [consortia]);
    await api.dataSource.query('DELETE FROM consortium_member WHERE consortium_id = ANY($1)', [consortia]);
    await api.dataSource.query('DELETE FROM consortium WHERE id = ANY($1)', [consortia]);
  }
  await api.close();
});

const water = 'busan-smart-water-leak';
const gid = (type: 'Project' | 'Organization', id: number) => toGlobalId(type, id);

const ALTERNATIVE = `rank value largeStake reasons
  breakdown { fitTerm diversityTerm sizePenalty interestTerm tieTerm interestedMembers tiedPairs memberCount }
  members { stake organization { slug kind } }`;
const ASSEMBLE = `query($projectId: ID!, $options: ConsortiumOptionsInput, $lang: Language) {
  assembleConsortium(projectId: $projectId, options: $options, lang: $lang) {
    infeasibleReason infeasibleCode candidates atCapacity optedOut
    alternatives { ${ALTERNATIVE} }
  }
}`;
const EXPLAIN = `query($projectId: ID!, $organizationId: ID!, $options: ConsortiumOptionsInput, $lang: Language) {
  explainExclusion(projectId: $projectId, organizationId: $organizationId, options: $options, lang: $lang) {
    optimumValue loss cause constraint explanation
    alternative { ${ALTERNATIVE} }
  }
}`;

async function assemble(options: Record<string, unknown> = {}, lang = 'EN', project = water) {
  const result = await api.query(ASSEMBLE, { projectId: gid('Project', projectIds.get(project)!), options, lang }, planner);
  expect(result.errors).toBeUndefined();
  return result.data!.assembleConsortium;
}

async function explain(organization: string, options: Record<string, unknown> = {}, lang = 'EN', project = water) {
  const result = await api.query(
    EXPLAIN,
    { projectId: gid('Project', projectIds.get(project)!), organizationId: gid('Organization', organizationIds.get(organization)!), options, lang },
    planner,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.explainExclusion;
}

const members = (alternative: any): string[] => alternative.members.map((m: any) => m.organization.slug).sort();
const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;

/** Consortia with `organization` as a member, in the given statuses, on `project`. */
async function liveConsortia(organization: string, statuses: string[], project = 'busan-robot-delivery'): Promise<void> {
  for (const status of statuses) {
    const [row] = await api.dataSource.query(`INSERT INTO consortium (project_id, name, status, owner_id) VALUES ($1, 'capacity test', $2, $3) RETURNING id`, [
      projectIds.get(project),
      status,
      planner.accountId,
    ]);
    consortia.push(row.id);
    await api.dataSource.query(`INSERT INTO consortium_member (consortium_id, organization_id, role) VALUES ($1, $2, 'SOLUTION_PROVIDER')`, [
      row.id,
      organizationIds.get(organization),
    ]);
  }
}

describe('the new consortium options', () => {
  it.each([
    ['maxLargeStake', 1.5],
    ['maxLargeStake', -0.1],
    ['interestBonus', -1],
    ['interestBonus', 1000],
    ['tieBonus', -0.5],
  ])('rejects %s %p with BAD_USER_INPUT naming it', async (field, value) => {
    const result = await api.query(ASSEMBLE, { projectId: gid('Project', projectIds.get(water)!), options: { [field]: value } }, planner);
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain(field);
  });

  it('reports stakes that sum to 1, rounded at the edge, and holds the cap on large enterprises', async () => {
    const free = await assemble({ k: 2, minIndustries: 1 });
    const capped = await assemble({ k: 2, minIndustries: 1, maxLargeStake: 0.3 });
    for (const alternative of [...free.alternatives, ...capped.alternatives]) {
      const stakes = alternative.members.map((m: any) => m.stake);
      expect(stakes.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 3);
      for (const x of [...stakes, alternative.value, alternative.largeStake]) expect(decimals(x)).toBeLessThanOrEqual(4);
      const large = alternative.members.filter((m: any) => m.organization.kind === 'LARGE_ENTERPRISE').reduce((s: number, m: any) => s + m.stake, 0);
      expect(alternative.largeStake).toBeCloseTo(large, 3);
    }
    for (const alternative of capped.alternatives) expect(alternative.largeStake).toBeLessThanOrEqual(0.3 + 1e-4);
    expect(capped.alternatives[0].value).toBeLessThanOrEqual(free.alternatives[0].value + 1e-4);
  });
});

describe('capacity and ties, read from the rows', () => {
  it('leaves out an organisation in three live consortia, counts it, and takes it back when capacity is ignored', async () => {
    const before = await assemble({ k: 1 });
    const chosen = members(before.alternatives[0]).find((slug) => slug !== undefined)!;
    // A dissolved consortium and a closed project do not count; the third live one does.
    await liveConsortia(chosen, ['DRAFT', 'INVITING', 'DISSOLVED']);
    const id = organizationIds.get(chosen)!;
    expect((await readRuleInputs(api.dataSource, { organizationIds: [id], projectId: null, capacity: true, ties: false })).get(id)?.atCapacity).toBeUndefined();
    await liveConsortia(chosen, ['CONFIRMED']);
    expect((await readRuleInputs(api.dataSource, { organizationIds: [id], projectId: null, capacity: true, ties: false })).get(id)?.atCapacity).toBe(true);

    const after = await assemble({ k: 1 });
    expect(members(after.alternatives[0])).not.toContain(chosen);
    expect(after.atCapacity).toBeGreaterThanOrEqual(1);
    expect(after.alternatives[0].value).toBeLessThanOrEqual(before.alternatives[0].value + 1e-4);
    const ignored = await assemble({ k: 1, respectCapacity: false });
    expect(ignored.atCapacity).toBe(0);
    expect(members(ignored.alternatives[0])).toEqual(members(before.alternatives[0]));

    const why = await explain(chosen, { k: 1 });
    expect(why.cause).toBe('AT_CAPACITY');
    expect(why.explanation).toContain('as many consortia as it takes on');
    const included = await assemble({ k: 1, includeOrganizations: [gid('Organization', id)] });
    expect(members(included.alternatives[0])).toContain(chosen);
  });

  it('counts past ties (a CONFIRMED consortium together, an ACCEPTED request) and adds tieBonus per tied pair', async () => {
    const base = await assemble({ k: 1, respectCapacity: false });
    const [a, b, c] = members(base.alternatives[0]);
    const [ia, ib, ic] = [a, b, c].map((slug) => organizationIds.get(slug)!);
    const [request] = await api.dataSource.query(
      `INSERT INTO partnership_request (from_organization_id, to_organization_id, status, message) VALUES ($1, $2, 'ACCEPTED', 'tie test') RETURNING id`,
      [ib, ia],
    );
    requests.push(request.id);
    const [row] = await api.dataSource.query(
      `INSERT INTO consortium (project_id, name, status, owner_id) VALUES ($1, 'tie test', 'CONFIRMED', $2) RETURNING id`,
      [projectIds.get('sejong-digital-twin-operations'), planner.accountId],
    );
    consortia.push(row.id);
    for (const org of [ia, ic]) {
      await api.dataSource.query(
        `INSERT INTO consortium_member (consortium_id, organization_id, role, invitation_status) VALUES ($1, $2, 'OPERATOR', 'ACCEPTED')`,
        [row.id, org],
      );
    }
    const rules = await readRuleInputs(api.dataSource, { organizationIds: [ia, ib, ic], projectId: null, capacity: false, ties: true });
    const tied = (x: number, y: number) => (rules.get(x)?.ties ?? []).includes(y) || (rules.get(y)?.ties ?? []).includes(x);
    expect(tied(ia, ib)).toBe(true);
    expect(tied(ia, ic)).toBe(true);
    expect(tied(ib, ic)).toBe(false);

    const bonus = await assemble({ k: 1, respectCapacity: false, tieBonus: 1 }, 'EN');
    const best = bonus.alternatives[0];
    expect(best.breakdown.tiedPairs).toBeGreaterThanOrEqual(2);
    expect(best.breakdown.tieTerm).toBeCloseTo(best.breakdown.tiedPairs, 4);
    expect(best.value).toBeGreaterThanOrEqual(base.alternatives[0].value + 2 - 1e-4);
    expect(best.reasons.join('\n')).toContain('have worked together before');
  });
});

describe('explainExclusion', () => {
  const cases: Record<string, unknown>[] = [{ k: 1 }, { minSmes: 2 }, { maxMembers: 3, minIndustries: 3 }, { maxLargeShare: 0.3, mu: 1 }];

  it('agrees with assembleConsortium run with the organisation included', async () => {
    const pool = seededOrganizations
      .filter(approved)
      .filter((o) => projects.find((p) => p.slug === water)!.slots.some((s) => oracleFit(o, s, 'busan-eco-delta') > 0));
    for (const options of cases) {
      const optimum = (await assemble({ ...options, k: 1, respectCapacity: false })).alternatives[0];
      const outsider = pool.find((o) => !members(optimum).includes(o.slug))!;
      for (const slug of [members(optimum)[0], outsider.slug]) {
        const explained = await explain(slug, { ...options, respectCapacity: false });
        expect(explained.optimumValue).toBeCloseTo(optimum.value, 4);
        const forced = await assemble({ ...options, k: 1, respectCapacity: false, includeOrganizations: [gid('Organization', organizationIds.get(slug)!)] });
        if (forced.alternatives.length === 0) {
          expect(explained.alternative).toBeNull();
          expect(explained.loss).toBeNull();
          expect(explained.cause).toBe('CONSTRAINT');
        } else {
          expect(explained.alternative.value).toBeCloseTo(forced.alternatives[0].value, 4);
          expect(members(explained.alternative)).toEqual(members(forced.alternatives[0]));
          expect(explained.loss).toBeCloseTo(optimum.value - forced.alternatives[0].value, 3);
        }
        if (members(optimum).includes(slug)) {
          expect(explained.cause).toBeNull();
          expect(explained.loss).toBeCloseTo(0, 4);
        } else {
          expect(['OUTRANKED', 'CONSTRAINT']).toContain(explained.cause);
        }
      }
    }
  });

  it('names NO_FIT and an excluding option, in Korean or English, without numbers', async () => {
    const misfit = seededOrganizations.find(
      (o) => approved(o) && projects.find((p) => p.slug === water)!.slots.every((s) => oracleFit(o, s, 'busan-eco-delta') === 0),
    )!;
    const noFit = await explain(misfit.slug, {}, 'KO');
    expect(noFit.cause).toBe('NO_FIT');
    expect(noFit.explanation).toContain(': 이 사업의 어느 역할에도 맞는 역량이 없습니다.');
    expect(noFit.explanation).toContain(misfit.nameKo);

    const optimum = (await assemble({ k: 1, respectCapacity: false })).alternatives[0];
    const member = members(optimum)[0];
    const excluded = await explain(member, { respectCapacity: false, excludeOrganizations: [gid('Organization', organizationIds.get(member)!)] });
    expect(excluded).toMatchObject({ cause: 'CONSTRAINT', constraint: 'EXCLUDE_ORGANIZATIONS' });
    expect(excluded.explanation).toBe(`${bySlug.get(member)!.nameEn} is among the excluded organisations.`);
    for (const sentence of [noFit.explanation, excluded.explanation]) expect(sentence).not.toMatch(/\d/);
  });

  it('answers BAD_USER_INPUT for an organisation the caller may not name', async () => {
    const result = await api.query(EXPLAIN, { projectId: gid('Project', projectIds.get(water)!), organizationId: gid('Organization', 999_999) }, planner);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('infeasible rules in plain words', () => {
  it('says why no team exists in Korean and English, with a code and no ids or numbers', async () => {
    for (const [options, code] of [
      [{ minSmes: 9 }, 'TEAM_TOO_SMALL'],
      [{ maxMembers: 6, minIndustries: 7 }, 'TEAM_TOO_SMALL'],
      [{ maxLargeShare: 0, requiredKinds: ['LARGE_ENTERPRISE'] }, 'LARGE_NOT_ALLOWED'],
    ] as const) {
      const en = await assemble(options, 'EN');
      const ko = await assemble(options, 'KO');
      expect(en.alternatives).toEqual([]);
      expect(en.infeasibleCode).toBe(code);
      expect(ko.infeasibleCode).toBe(code);
      expect(en.infeasibleReason).toMatch(/^[A-Z].*\.$/);
      expect(ko.infeasibleReason).toMatch(/[가-힣]/);
      for (const reason of [en.infeasibleReason, ko.infeasibleReason]) {
        expect(reason).not.toMatch(/\d|includeOrganizations|minSmes|LARGE_ENTERPRISE/);
      }
    }
    const both = gid('Organization', organizationIds.get(seededOrganizations.find(approved)!.slug)!);
    const ko = await assemble({ includeOrganizations: [both], excludeOrganizations: [both] }, 'KO');
    expect(ko.infeasibleCode).toBe('INCLUDED_AND_EXCLUDED');
    expect(ko.infeasibleReason).toBe(`${seededOrganizations.find(approved)!.nameKo}: 필수 기관과 제외 기관에 모두 지정되었습니다.`);
  });
});

const PROJECT_MATCHES = `query($organizationId: ID!, $first: Int, $lang: Language) {
  projectMatches(organizationId: $organizationId, first: $first, lang: $lang) {
    matches { rank score reasons project { slug status } slots { position } breakdown { weightedFit slot { position } fit { fit } } }
  }
}`;

describe('projectMatches', () => {
  const seeker = seededOrganizations.find((o) => approved(o) && o.slug === 'dabyeol-eco') ?? seededOrganizations.find(approved)!;

  it('ranks OPEN projects by the share of weighted need the organisation covers, for its own team', async () => {
    const own = await createTestAccount(api.dataSource, AccountRole.MEMBER, organizationIds.get(seeker.slug)!);
    const result = await api.query(PROJECT_MATCHES, { organizationId: gid('Organization', organizationIds.get(seeker.slug)!), first: 20 }, own);
    expect(result.errors).toBeUndefined();
    const matches = result.data!.projectMatches.matches;
    const seeded = matches.filter((m: any) => projects.some((p) => p.slug === m.project.slug));
    const expected = projects
      .filter((p) => p.status === 'OPEN')
      .map((p) => {
        const need = p.slots.reduce((sum, s) => sum + s.weight, 0);
        const covered = p.slots.reduce((sum, s) => sum + s.weight * oracleFit(seeker, s, p.city), 0);
        return { slug: p.slug, score: covered / need, positions: p.slots.map((s, i) => (oracleFit(seeker, s, p.city) > 0 ? i + 1 : 0)).filter(Boolean) };
      })
      .filter((p) => p.score > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(seeded.map((m: any) => m.project.slug).sort()).toEqual(expected.map((p) => p.slug).sort());
    for (const match of seeded) {
      const want = expected.find((p) => p.slug === match.project.slug)!;
      expect(match.project.status).toBe('OPEN');
      expect(match.score).toBeCloseTo(want.score, 4);
      expect(decimals(match.score)).toBeLessThanOrEqual(4);
      expect(match.slots.map((s: any) => s.position)).toEqual(want.positions);
      expect(match.reasons.length).toBe(match.slots.length + 1);
      for (const reason of match.reasons) expect(reason).not.toMatch(/\d\.\d|×|#\d/); // names such as 5G may hold digits
    }
    matches.forEach((m: any, i: number) => {
      expect(m.rank).toBe(i + 1);
      if (i > 0) expect(m.score).toBeLessThanOrEqual(matches[i - 1].score);
    });
  });

  it('is for the team, planners and admins: FORBIDDEN for other members, UNAUTHENTICATED without an account', async () => {
    const organizationId = gid('Organization', organizationIds.get(seeker.slug)!);
    const admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
    for (const viewer of [planner, admin]) expect((await api.query(PROJECT_MATCHES, { organizationId, lang: 'KO' }, viewer)).errors).toBeUndefined();
    const other = seededOrganizations.find((o) => approved(o) && o.slug !== seeker.slug && (o.visibility ?? 'PUBLIC') === 'PUBLIC')!;
    const stranger = await createTestAccount(api.dataSource, AccountRole.MEMBER, organizationIds.get(other.slug)!);
    const forbidden = await api.query(PROJECT_MATCHES, { organizationId }, stranger);
    expect(forbidden.errors![0].extensions!.code).toBe((seeker.visibility ?? 'PUBLIC') === 'PRIVATE' ? 'NOT_FOUND' : 'FORBIDDEN');
    const anonymous = await api.query(PROJECT_MATCHES, { organizationId });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const missing = await api.query(PROJECT_MATCHES, { organizationId: gid('Organization', 999_999) }, planner);
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
