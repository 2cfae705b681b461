import fc from 'fast-check';
import {
  assemblePortfolio,
  type CapabilityInput,
  type ConsortiumOptions,
  type OrganizationInput,
  type PortfolioProjectInput,
  type PortfolioProjectResult,
  type PortfolioResult,
} from '../../../src/matching';
import { bruteForce, teamAllowed } from '../../support/consortium-oracle';
import { countedMembers, portfolioBruteForce, projectView, remainingOf, TOLERANCE } from '../../support/portfolio-oracle';

// Random small portfolios (2–3 projects, at most 8 organisations) checked against an independent brute
// force (test/support/portfolio-oracle.ts): the optimum (most projects staffed, then the total) matches,
// every team is feasible for its project and valued right, capacities hold, and the joint answer is never
// below the one-at-a-time baseline.

const KINDS = ['LARGE_ENTERPRISE', 'MID_SIZED', 'SME', 'STARTUP', 'UNIVERSITY', 'RESEARCH_INSTITUTE'];
const SEED = 1717;

const capabilityArb = fc.record({
  domainId: fc.integer({ min: 1, max: 2 }),
  level: fc.integer({ min: 1, max: 5 }),
  technologyIds: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
  cityIds: fc.uniqueArray(fc.integer({ min: 1, max: 2 }), { maxLength: 2 }),
});
const organizationArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  industryId: fc.integer({ min: 1, max: 3 }),
  capabilities: fc.array(capabilityArb, { minLength: 1, maxLength: 3 }),
  // Remaining capacity: mostly scarce, so that projects compete for the same organisations.
  remainingCapacity: fc.constantFrom(undefined, 0, 1, 1, 1, 2),
  matchmaking: fc.constantFrom(undefined, undefined, undefined, false),
  blocks: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 5 },
    { arbitrary: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 1 }), weight: 1 },
  ),
});
const slotArb = fc.record({
  domainId: fc.integer({ min: 1, max: 2 }),
  technologyIds: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }),
  minLevel: fc.constantFrom(1, 1, 2, 3),
  weight: fc.integer({ min: 1, max: 5 }),
  budgetShare: fc.constantFrom(undefined, undefined, 2, 0.5),
});
const sometimes = <T>(arb: fc.Arbitrary<T>, off: T): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constant(off), weight: 3 }, { arbitrary: arb, weight: 1 });
const projectArb = fc.record({
  cityId: fc.integer({ min: 1, max: 2 }),
  slots: fc.array(slotArb, { minLength: 1, maxLength: 3 }),
  maxMembers: fc.constantFrom(1, 2, 3, 3),
  minSmes: sometimes(fc.constant(1), 0),
  minIndustries: fc.constantFrom(0, 1, 1, 2),
  maxLargeStake: sometimes(fc.constantFrom(0.3, 0.5), undefined as number | undefined),
  requireFullCoverage: sometimes(fc.constant(true), false),
  include: sometimes(fc.integer({ min: 1, max: 8 }), null as number | null),
  respectCapacity: sometimes(fc.constant(false), undefined as boolean | undefined),
  mu: fc.constantFrom(0.5, 0.5, 0, 1.2),
  kappa: fc.constantFrom(0.1, 0.1, 0, 0.6),
  interestBonus: sometimes(fc.constant(0.7), undefined as number | undefined),
  interested: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 3 }),
  weight: fc.constantFrom(undefined, 1, 2, 0.5),
});

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const portfolioArb = fc
  .record({ organizations: fc.array(organizationArb, { minLength: 2, maxLength: 8 }), projects: fc.array(projectArb, { minLength: 2, maxLength: 3 }) })
  .map((g) => {
    let capabilityId = 1;
    const organizations: OrganizationInput[] = g.organizations.map((o, i) =>
      defined({
        id: i + 1,
        kind: o.kind,
        industryId: o.industryId,
        capabilities: o.capabilities.map((c): CapabilityInput => ({ id: capabilityId++, ...c })),
        remainingCapacity: o.remainingCapacity,
        matchmaking: o.matchmaking,
        blocks: o.blocks,
      }),
    );
    let slotId = 100;
    const projects: PortfolioProjectInput[] = g.projects.map((p, n) => {
      const options: ConsortiumOptions = {
        k: 1,
        maxMembers: p.maxMembers,
        minSmes: p.minSmes,
        minIndustries: p.minIndustries,
        requiredKinds: [],
        maxLargeShare: 1,
        includeOrganizations: p.include === null ? [] : [((p.include - 1) % organizations.length) + 1],
        excludeOrganizations: [],
        requireFullCoverage: p.requireFullCoverage,
        mu: p.mu,
        kappa: p.kappa,
        ...defined({ maxLargeStake: p.maxLargeStake, respectCapacity: p.respectCapacity, interestBonus: p.interestBonus }),
      };
      return defined({
        id: 10 + n,
        project: { cityId: p.cityId, slots: p.slots.map((s) => defined({ id: slotId++, allowedKinds: null, ...s })) },
        options,
        weight: p.weight,
        interested: p.interested.filter((id) => id <= organizations.length),
      });
    });
    return { projects, organizations };
  });

const staffedOf = (results: readonly PortfolioProjectResult[]): number => results.filter((r) => r.alternative !== null).length;

/** Every team feasible for its project, valued as its member set's best, and every capacity kept. */
function checkTeams(projects: readonly PortfolioProjectInput[], organizations: readonly OrganizationInput[], results: readonly PortfolioProjectResult[]): void {
  const remaining = remainingOf(organizations);
  const used = new Map<number, number>();
  let total = 0;
  results.forEach((r, i) => {
    expect(r.id).toBe(projects[i].id);
    if (r.alternative === null) {
      expect(r.infeasibility).not.toBeNull();
      return;
    }
    const view = projectView(projects[i], organizations, remaining);
    const byId = new Map(view.map((o) => [o.id, o]));
    const members = r.alternative.memberIds.map((id) => byId.get(id) as OrganizationInput);
    expect(teamAllowed(members, projects[i].options)).toBe(true);
    const best = bruteForce(projects[i].project, view, { ...projects[i].options, k: 1 }).get(r.alternative.memberIds.join(','));
    expect(best).toBeDefined();
    expect(Math.abs(r.alternative.value - (best as number))).toBeLessThan(1e-7);
    for (const id of countedMembers(projects[i].options, r.alternative.memberIds)) used.set(id, (used.get(id) ?? 0) + 1);
    total += (projects[i].weight ?? 1) * r.alternative.value;
  });
  for (const [id, n] of used) expect(n).toBeLessThanOrEqual(remaining.get(id) as number);
  expect(Number.isFinite(total)).toBe(true);
}

function check(projects: PortfolioProjectInput[], organizations: OrganizationInput[], result: PortfolioResult): void {
  const oracle = portfolioBruteForce(projects, organizations);
  expect(result.optimality.proven).toBe(true);
  checkTeams(projects, organizations, result.projects);
  checkTeams(projects, organizations, result.baseline.projects);
  const total = result.projects.reduce((sum, r) => sum + (r.alternative ? r.weight * r.alternative.value : 0), 0);
  expect(Math.abs(result.total - total)).toBeLessThan(TOLERANCE);
  // The optimum: the most projects staffed, then the best total.
  expect(staffedOf(result.projects)).toBe(oracle.staffed);
  expect(Math.abs(result.total - oracle.total)).toBeLessThan(1e-7);
  // Never below the baseline: at least as many projects, and with as many, at least its total.
  expect(staffedOf(result.projects)).toBeGreaterThanOrEqual(staffedOf(result.baseline.projects));
  if (staffedOf(result.projects) === staffedOf(result.baseline.projects)) expect(result.total).toBeGreaterThanOrEqual(result.baseline.total - 1e-7);
  // atCapacity: exactly the organisations whose counted teams reach their remaining capacity.
  const remaining = remainingOf(organizations);
  const used = new Map<number, number>();
  result.projects.forEach((r, i) => {
    if (r.alternative) for (const id of countedMembers(projects[i].options, r.alternative.memberIds)) used.set(id, (used.get(id) ?? 0) + 1);
  });
  expect(result.atCapacity).toEqual(
    [...used]
      .filter(([id, n]) => n >= (remaining.get(id) as number))
      .map(([id]) => id)
      .sort((a, b) => a - b),
  );
}

describe('assemblePortfolio against an independent brute force', () => {
  it('finds the optimum, keeps every capacity, and is never below the one-at-a-time baseline', async () => {
    const seen = { gain: 0, capacityTaken: 0, moreStaffed: 0 };
    await fc.assert(
      fc.asyncProperty(portfolioArb, async ({ projects, organizations }) => {
        const result = await assemblePortfolio(projects, organizations);
        check(projects, organizations, result);
        if (result.total > result.baseline.total + 1e-7) seen.gain++;
        if (result.projects.some((r) => r.infeasibility?.code === 'CAPACITY_TAKEN')) seen.capacityTaken++;
        if (staffedOf(result.projects) > staffedOf(result.baseline.projects)) seen.moreStaffed++;
      }),
      { seed: SEED, numRuns: 200 },
    );
    // The generator makes projects compete for scarce organisations often enough that joint assembly matters.
    expect(seen.gain).toBeGreaterThan(5);
    expect(seen.capacityTaken).toBeGreaterThan(0);
    expect(seen.moreStaffed).toBeGreaterThan(0);
  });

  it('gives the same optimum through the priced model started from one organisation per slot and group, priced once', async () => {
    let priced = 0;
    await fc.assert(
      fc.asyncProperty(portfolioArb, async ({ projects, organizations }) => {
        const result = await assemblePortfolio(projects, organizations, {}, undefined, { priceAbove: 0, seedPerGroup: 1, pricingRounds: 1 });
        check(projects, organizations, result);
        if (result.stats.priced) priced++;
      }),
      { seed: SEED + 2, numRuns: 150 },
    );
    expect(priced).toBeGreaterThan(50);
  });

  it('with requireAll, staffs every project or none', async () => {
    await fc.assert(
      fc.asyncProperty(portfolioArb, async ({ projects, organizations }) => {
        const result = await assemblePortfolio(projects, organizations, { requireAll: true });
        const oracle = portfolioBruteForce(projects, organizations);
        if (oracle.staffed === projects.length) {
          expect(staffedOf(result.projects)).toBe(projects.length);
          expect(Math.abs(result.total - oracle.total)).toBeLessThan(1e-7);
          checkTeams(projects, organizations, result.projects);
        } else {
          expect(staffedOf(result.projects)).toBe(0);
          for (const r of result.projects) expect(r.infeasibility).not.toBeNull();
        }
      }),
      { seed: SEED + 1, numRuns: 80 },
    );
  });

  it('gains over the baseline when the first project takes the firm the second needs', async () => {
    // Organisation 1 fits both projects' slots; 2 fits only the first's, a little worse. One at a time the
    // first project takes 1 and the second has nobody; jointly 2 serves the first and 1 the second.
    const capability = (id: number, domainId: number, level: number) => ({ id, domainId, level, technologyIds: [1], cityIds: [] });
    const organizations: OrganizationInput[] = [
      { id: 1, kind: 'SME', industryId: 1, capabilities: [capability(1, 1, 5), capability(2, 2, 5)], remainingCapacity: 1 },
      { id: 2, kind: 'SME', industryId: 2, capabilities: [capability(3, 1, 4)], remainingCapacity: 1 },
    ];
    const options: ConsortiumOptions = {
      k: 1,
      maxMembers: 1,
      minSmes: 0,
      minIndustries: 0,
      requiredKinds: [],
      maxLargeShare: 1,
      includeOrganizations: [],
      excludeOrganizations: [],
      requireFullCoverage: false,
      mu: 0.5,
      kappa: 0.1,
    };
    const slot = (id: number, domainId: number) => ({ id, domainId, technologyIds: [1], minLevel: 1, weight: 5, allowedKinds: null });
    const projects: PortfolioProjectInput[] = [
      { id: 1, project: { cityId: 1, slots: [slot(11, 1)] }, options },
      { id: 2, project: { cityId: 1, slots: [slot(21, 2)] }, options },
    ];
    const result = await assemblePortfolio(projects, organizations);
    expect(result.baseline.projects.map((r) => r.alternative?.memberIds ?? null)).toEqual([[1], null]);
    expect(result.baseline.projects[1].infeasibility?.code).toBe('NO_CANDIDATE');
    expect(result.projects.map((r) => r.alternative?.memberIds ?? null)).toEqual([[2], [1]]);
    expect(result.total).toBeGreaterThan(result.baseline.total);
    expect(result.atCapacity).toEqual([1, 2]);
    check(projects, organizations, result);
  });

  it('refuses malformed portfolios', async () => {
    const options: ConsortiumOptions = {
      k: 1,
      maxMembers: 2,
      minSmes: 0,
      minIndustries: 0,
      requiredKinds: [],
      maxLargeShare: 1,
      includeOrganizations: [],
      excludeOrganizations: [],
      requireFullCoverage: false,
      mu: 0.5,
      kappa: 0.1,
    };
    const project = { cityId: 1, slots: [{ id: 1, domainId: 1, technologyIds: [], minLevel: 1, weight: 1, allowedKinds: null }] };
    await expect(assemblePortfolio([], [])).rejects.toThrow(RangeError);
    await expect(
      assemblePortfolio(
        [
          { id: 1, project, options },
          { id: 1, project, options },
        ],
        [],
      ),
    ).rejects.toThrow(/twice/);
    await expect(assemblePortfolio([{ id: 1, project, options, weight: 0 }], [])).rejects.toThrow(/weight/);
  });
});
