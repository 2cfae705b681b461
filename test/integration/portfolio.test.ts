// assemblePortfolio and createConsortiaFromPortfolio through the API on the seeded data
// (docs/matching.md "Portfolio"): the nine seeded projects jointly with every organisation able to
// join two consortia, the capacities kept, never below the one-at-a-time baseline; bad input; and
// the mutation writing every consortium of an answer, or nothing when capacity no longer holds.
import { toGlobalId } from '../../src/graphql/global-id';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { readRuleInputs } from '../../src/modules/matching/rule-inputs';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';

jest.setTimeout(120_000);

let api: TestApi;
let admin: Viewer;
let projectIds: number[] = [];
let previousCapacity: { id: number; max_concurrent_consortia: number }[] = [];
const created: number[] = [];

beforeAll(async () => {
  api = await createTestApi();
  // An admin sees every seeded project (a DRAFT only its owner and admins) and may compose for any.
  admin = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  projectIds = (await api.dataSource.query('SELECT id FROM project ORDER BY id')).map((r: { id: number }) => r.id);
  // Every organisation can be in two live consortia (the seeded scenario of issue 17).
  previousCapacity = await api.dataSource.query('SELECT id, max_concurrent_consortia FROM organization');
  await api.dataSource.query('UPDATE organization SET max_concurrent_consortia = 2');
});
afterAll(async () => {
  if (created.length) {
    await api.dataSource.query('DELETE FROM consortium_assignment WHERE consortium_id = ANY($1)', [created]);
    await api.dataSource.query('DELETE FROM consortium_member WHERE consortium_id = ANY($1)', [created]);
    await api.dataSource.query('DELETE FROM consortium WHERE id = ANY($1)', [created]);
  }
  for (const row of previousCapacity)
    await api.dataSource.query('UPDATE organization SET max_concurrent_consortia = $2 WHERE id = $1', [row.id, row.max_concurrent_consortia]);
  await api.close();
});

const gid = (type: 'Project' | 'Organization' | 'RequirementSlot', id: number) => toGlobalId(type, id);
const ROW = `projectWeight infeasibleReason infeasibleCode project { id }
  alternative { value optimality { proven } members { stake organization { id } } assignments { slot { id } organization { id } } reasons }`;
const PORTFOLIO = `query($projectIds: [ID!]!, $options: PortfolioOptionsInput, $lang: Language) {
  assemblePortfolio(projectIds: $projectIds, options: $options, lang: $lang) {
    total baselineTotal optimality { proven gap } atCapacity { id }
    projects { ${ROW} }
    baseline { ${ROW} }
  }
}`;
const CREATE = `mutation($input: CreateConsortiaFromPortfolioInput!) {
  createConsortiaFromPortfolio(input: $input) { consortia { id name status } userErrors { code field message } }
}`;

type Row = { projectWeight: number; infeasibleCode: string | null; infeasibleReason: string | null; project: { id: string }; alternative: any };

async function portfolio(variables: Record<string, unknown>, viewer: Viewer | null = admin) {
  return api.query<{ assemblePortfolio: any }>(PORTFOLIO, variables, viewer);
}

/** Each organisation's remaining capacity, as the database says now. */
async function remaining(ids: number[]): Promise<Map<number, number>> {
  const rules = await readRuleInputs(api.dataSource, { organizationIds: ids, projectId: null, capacity: false, ties: false, remainingCapacity: true });
  return new Map(ids.map((id) => [id, rules.get(id)?.remainingCapacity ?? Infinity]));
}

function memberCounts(rows: Row[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const r of rows)
    for (const m of r.alternative?.members ?? []) {
      const id = Number(Buffer.from(m.organization.id, 'base64').toString().split(':')[1]);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  return counts;
}

describe('assemblePortfolio on the seeded data', () => {
  it('assembles the nine seeded projects jointly within every capacity, never below the baseline', async () => {
    expect(projectIds).toHaveLength(9);
    const result = await portfolio({ projectIds: projectIds.map((id) => gid('Project', id)), lang: 'KO' });
    expect(result.errors).toBeUndefined();
    const answer = result.data!.assemblePortfolio;
    expect(answer.projects.map((r: Row) => r.project.id)).toEqual(projectIds.map((id) => gid('Project', id)));
    for (const rows of [answer.projects, answer.baseline] as Row[][]) {
      const counts = memberCounts(rows);
      const left = await remaining([...counts.keys()]);
      for (const [id, n] of counts) expect(n).toBeLessThanOrEqual(left.get(id) as number);
      for (const r of rows) {
        // Staffed, or a reason in Korean.
        if (r.alternative === null) expect(r.infeasibleReason).toMatch(/[가-힣]/);
        else expect(r.infeasibleCode).toBeNull();
      }
      const total = rows.reduce((sum, r) => sum + (r.alternative ? r.projectWeight * r.alternative.value : 0), 0);
      expect(Math.abs(total - (rows === answer.projects ? answer.total : answer.baselineTotal))).toBeLessThan(1e-3);
    }
    const staffed = (rows: Row[]) => rows.filter((r) => r.alternative !== null).length;
    expect(staffed(answer.projects)).toBeGreaterThanOrEqual(staffed(answer.baseline));
    if (staffed(answer.projects) === staffed(answer.baseline)) expect(answer.total).toBeGreaterThanOrEqual(answer.baselineTotal - 1e-3);
    expect(answer.optimality.proven).toBe(true);
    expect(answer.optimality.gap).toBe(0);
    // atCapacity: the organisations the answer fills up.
    const counts = memberCounts(answer.projects);
    const left = await remaining([...counts.keys()]);
    const full = [...counts].filter(([id, n]) => n >= (left.get(id) as number)).map(([id]) => gid('Organization', id));
    expect(answer.atCapacity.map((o: { id: string }) => o.id).sort()).toEqual(full.sort());
    // The figures of the README's table.
    const slugs = await api.dataSource.query('SELECT id, slug FROM project');
    const slugOf = new Map(slugs.map((r: { id: number; slug: string }) => [gid('Project', r.id), r.slug]));
    const lines = (answer.projects as Row[]).map(
      (r, i) =>
        `| ${slugOf.get(r.project.id)} | ${r.alternative?.value ?? '–'} | ${answer.baseline[i].alternative?.value ?? `– (${answer.baseline[i].infeasibleCode})`} |`,
    );
    process.stdout.write(`seeded portfolio, capacity 2\n${lines.join('\n')}\n| total | ${answer.total} | ${answer.baselineTotal} |\n`);
  });

  it('weights projects, reports a project no team can staff, and with requireAll assembles none', async () => {
    const [first, second, third] = projectIds.map((id) => gid('Project', id));
    const options = { projects: [{ projectId: second, projectWeight: 2, options: { minIndustries: 20 } }] };
    const result = await portfolio({ projectIds: [first, second, third], options, lang: 'EN' });
    expect(result.errors).toBeUndefined();
    const rows: Row[] = result.data!.assemblePortfolio.projects;
    expect(rows[1].projectWeight).toBe(2);
    expect(rows[1].alternative).toBeNull();
    expect(rows[1].infeasibleCode).toBe('TEAM_TOO_SMALL');
    expect(rows[0].alternative).not.toBeNull();
    expect(rows[2].alternative).not.toBeNull();
    const strict = await portfolio({ projectIds: [first, second, third], options: { ...options, requireAll: true } });
    const strictRows: Row[] = strict.data!.assemblePortfolio.projects;
    expect(strictRows.every((r) => r.alternative === null)).toBe(true);
    expect(strictRows.map((r) => r.infeasibleCode)).toEqual(['PORTFOLIO_INCOMPLETE', 'TEAM_TOO_SMALL', 'PORTFOLIO_INCOMPLETE']);
    expect(strict.data!.assemblePortfolio.total).toBe(0);
  });

  it('answers bad input with BAD_USER_INPUT naming the argument', async () => {
    const ids = projectIds.map((id) => gid('Project', id));
    const cases: [Record<string, unknown>, string][] = [
      [{ projectIds: [] }, 'projectIds'],
      [{ projectIds: [ids[0], ids[0]] }, 'projectIds'],
      [{ projectIds: [gid('Project', 999_999)] }, 'projectIds'],
      [{ projectIds: ['not-an-id'] }, 'projectIds'],
      [{ projectIds: Array.from({ length: 21 }, (_, i) => gid('Project', 1_000_000 + i)) }, 'projectIds'],
      [{ projectIds: [ids[0]], options: { projects: [{ projectId: ids[1] }] } }, 'options.projects'],
    ];
    for (const [variables, field] of cases) {
      const result = await portfolio(variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors?.[0])).toContain(field);
    }
  });
});

describe('createConsortiaFromPortfolio', () => {
  const inputFrom = (rows: Row[]) => ({
    consortia: rows
      .filter((r) => r.alternative !== null)
      .map((r, i) => ({
        projectId: r.project.id,
        name: `Portfolio team ${i + 1}`,
        assignments: r.alternative.assignments.map((a: any) => ({ slotId: a.slot.id, organizationId: a.organization.id })),
      })),
  });

  it('creates every consortium of an answer in one go, then refuses the same answer again (capacity used) and writes nothing', async () => {
    const [a, b] = (await api.dataSource.query("SELECT id FROM project WHERE status IN ('OPEN', 'FORMING') ORDER BY id LIMIT 2")).map((r: { id: number }) =>
      gid('Project', r.id),
    );
    const answer = (await portfolio({ projectIds: [a, b] })).data!.assemblePortfolio;
    const input = inputFrom(answer.projects);
    expect(input.consortia.length).toBe(2);
    // Make one member's capacity exactly what this answer needs, so that a second creation must fail.
    const counts = memberCounts(answer.projects);
    const [tight] = [...counts.keys()];
    const left = (await remaining([tight])).get(tight) as number;
    const before = (await api.dataSource.query('SELECT max_concurrent_consortia AS max FROM organization WHERE id = $1', [tight]))[0].max;
    await api.dataSource.query('UPDATE organization SET max_concurrent_consortia = $2 WHERE id = $1', [tight, before - left + (counts.get(tight) as number)]);
    try {
      const first = await api.query<{ createConsortiaFromPortfolio: any }>(CREATE, { input }, admin);
      expect(first.errors).toBeUndefined();
      const payload = first.data!.createConsortiaFromPortfolio;
      expect(payload.userErrors).toEqual([]);
      expect(payload.consortia.map((c: any) => c.status)).toEqual(['DRAFT', 'DRAFT']);
      for (const c of payload.consortia) created.push(Number(Buffer.from(c.id, 'base64').toString().split(':')[1]));
      const stored = await api.dataSource.query('SELECT count(*)::int AS n FROM consortium_member WHERE consortium_id = ANY($1)', [created]);
      expect(stored[0].n).toBe(answer.projects.reduce((sum: number, r: Row) => sum + (r.alternative?.members.length ?? 0), 0));

      const countBefore = (await api.dataSource.query('SELECT count(*)::int AS n FROM consortium'))[0].n;
      const again = await api.query<{ createConsortiaFromPortfolio: any }>(CREATE, { input }, admin);
      expect(again.data!.createConsortiaFromPortfolio.consortia).toBeNull();
      expect(again.data!.createConsortiaFromPortfolio.userErrors[0].code).toBe('OVER_CAPACITY');
      // The message names the member, never its row id.
      const names: { name_en: string }[] = await api.dataSource.query('SELECT name_en FROM organization WHERE id = ANY($1)', [[...counts.keys()]]);
      const message: string = again.data!.createConsortiaFromPortfolio.userErrors[0].message;
      expect(names.some((n) => message.startsWith(`${n.name_en} can join`))).toBe(true);
      expect((await api.dataSource.query('SELECT count(*)::int AS n FROM consortium'))[0].n).toBe(countBefore);
    } finally {
      await api.dataSource.query('UPDATE organization SET max_concurrent_consortia = $2 WHERE id = $1', [tight, before]);
    }
  });

  it('refuses a member that does not fit its slot and a project listed twice, writing nothing, and is not for members', async () => {
    const [a] = (await api.dataSource.query("SELECT id FROM project WHERE status IN ('OPEN', 'FORMING') ORDER BY id LIMIT 1")).map((r: { id: number }) => r.id);
    const [slot] = await api.dataSource.query('SELECT id, domain_id FROM requirement_slot WHERE project_id = $1 ORDER BY position LIMIT 1', [a]);
    const [unfit] = await api.dataSource.query(
      "SELECT o.id FROM organization o WHERE o.membership_status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM capability c WHERE c.organization_id = o.id AND c.domain_id = $1) ORDER BY o.id LIMIT 1",
      [slot.domain_id],
    );
    const one = {
      projectId: gid('Project', a),
      name: 'Unfit',
      assignments: [{ slotId: gid('RequirementSlot', slot.id), organizationId: gid('Organization', unfit.id) }],
    };
    const countBefore = (await api.dataSource.query('SELECT count(*)::int AS n FROM consortium'))[0].n;
    const result = await api.query<{ createConsortiaFromPortfolio: any }>(CREATE, { input: { consortia: [one] } }, admin);
    expect(result.data!.createConsortiaFromPortfolio.userErrors[0].code).toBe('NO_FIT');
    const twice = await api.query<{ createConsortiaFromPortfolio: any }>(CREATE, { input: { consortia: [one, one] } }, admin);
    expect(twice.data!.createConsortiaFromPortfolio.userErrors[0].code).toBe('PROJECT_LISTED_TWICE');
    expect((await api.dataSource.query('SELECT count(*)::int AS n FROM consortium'))[0].n).toBe(countBefore);
    const member = await createTestAccount(api.dataSource, AccountRole.MEMBER);
    const forbidden = await api.query(CREATE, { input: { consortia: [one] } }, member);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
