import fc from 'fast-check';
import {
  assembleConsortium,
  consortiumValue,
  DEFAULT_CONSORTIUM_OPTIONS,
  explainExclusion,
  partnerMatches,
  withIncluded,
  type AssembleResult,
  type CapabilityInput,
  type ConsortiumAlternative,
  type ConsortiumOptions,
  type OrganizationInput,
  type ProjectInput,
  type SlotInput,
} from '../../../src/matching';
import {
  bruteForce,
  referenceCandidate,
  referenceFit,
  referenceStakes,
  referenceTiedPairs,
  referenceValue,
  teamAllowed,
  TOLERANCE,
} from '../../support/consortium-oracle';

// Random small instances checked against an independent brute force (test/support/consortium-oracle.ts):
// its own fit, its own value and rules, and an enumeration of every member set and every assignment.
// The further rules (stake cap, capacity, opt-out, blocks, interest and tie bonuses) are drawn
// together with the old ones, each off most of the time so that teams still exist.

const KINDS = ['LARGE_ENTERPRISE', 'MID_SIZED', 'SME', 'STARTUP', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'ASSOCIATION', 'PUBLIC_AGENCY'];

// ── Generators ─────────────────────────────────────────────────────────────────────────────────

const ids = (max: number, maxLength: number) => fc.uniqueArray(fc.integer({ min: 1, max }), { maxLength });

// Few domains and technologies, so that most organisations fit some slot and teams compete.
const capabilityArb = fc.record({
  domainId: fc.integer({ min: 1, max: 2 }),
  level: fc.integer({ min: 1, max: 5 }),
  technologyIds: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
  cityIds: ids(2, 2),
});

const organizationArb = fc.record({
  kind: fc.constantFrom(...KINDS, 'SME', 'STARTUP', 'LARGE_ENTERPRISE'),
  industryId: fc.integer({ min: 1, max: 3 }),
  capabilities: fc.array(capabilityArb, { minLength: 1, maxLength: 4 }),
  // The further rules' per-organisation inputs; ids refer to organisations 1–8 (some may not exist).
  atCapacity: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.boolean(), weight: 1 }),
  matchmaking: fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: fc.boolean(), weight: 1 }),
  interested: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.boolean(), weight: 1 }),
  blocks: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: ids(8, 2), weight: 1 }),
  ties: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: ids(8, 3), weight: 1 }),
});

/** Drops undefined fields, so that "absent" really is absent (as a caller without the rules passes it). */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const slotArb = fc.record({
  domainId: fc.integer({ min: 1, max: 2 }),
  technologyIds: ids(3, 2),
  minLevel: fc.constantFrom(1, 1, 2, 3, 4),
  weight: fc.integer({ min: 1, max: 5 }),
  allowedKinds: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.subarray(KINDS, { minLength: 2, maxLength: 5 }), weight: 1 }),
  budgetShare: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.constantFrom(0.5, 1, 2, 3, 0.1), weight: 1 }),
});

/** A constraint that is off (its neutral value) three times in four: together they would rarely leave a team. */
const sometimes = <T>(arb: fc.Arbitrary<T>, off: T): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constant(off), weight: 3 }, { arbitrary: arb, weight: 1 });

/** Instances with up to `maxOrganizations` organisations, `maxSlots` slots and teams of at most `maxMembers`. */
const instances = (maxOrganizations: number, maxMembers: number[], maxSlots = 4, minOrganizations = 2) =>
  fc
    .record({
      cityId: fc.integer({ min: 1, max: 2 }),
      slots: fc.array(slotArb, { minLength: 1, maxLength: maxSlots }),
      organizations: fc.array(organizationArb, { minLength: minOrganizations, maxLength: maxOrganizations }),
      k: fc.integer({ min: 1, max: 4 }),
      maxMembers: fc.constantFrom(...maxMembers),
      minSmes: sometimes(fc.integer({ min: 1, max: 2 }), 0),
      minIndustries: fc.constantFrom(0, 1, 1, 1, 2, 2, 3),
      requiredKinds: sometimes(fc.subarray(KINDS, { minLength: 1, maxLength: 2 }), [] as string[]),
      maxLargeShare: sometimes(fc.constantFrom(0.5, 0.3, 0), 1),
      include: sometimes(
        fc.integer({ min: 1, max: 8 }).map((id) => [id]),
        [] as number[],
      ),
      exclude: sometimes(fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 2 }), [] as number[]),
      requireFullCoverage: sometimes(fc.constant(true), false),
      mu: fc.constantFrom(0.5, 0.5, 0, 1.3, -0.4),
      kappa: fc.constantFrom(0.1, 0.1, 0, 0.7, -0.2),
      maxLargeStake: sometimes(fc.constantFrom(0.3, 0.5, 0, 0.75), undefined as number | undefined),
      respectCapacity: fc.constantFrom(undefined, undefined, true, false),
      interestBonus: sometimes(fc.constantFrom(0.3, 1, 2.5), undefined as number | undefined),
      tieBonus: sometimes(fc.constantFrom(0.2, 1, 3), undefined as number | undefined),
      seedMask: fc.integer({ min: 0, max: 0xffff }),
    })
    .map((g) => {
      let capabilityId = 1;
      const organizations: OrganizationInput[] = g.organizations.map((o, i) =>
        defined({
          id: i + 1,
          kind: o.kind,
          industryId: o.industryId,
          capabilities: o.capabilities.map((c): CapabilityInput => ({ id: capabilityId++, ...c })),
          atCapacity: o.atCapacity,
          matchmaking: o.matchmaking,
          interested: o.interested,
          blocks: o.blocks,
          ties: o.ties,
        }),
      );
      const project: ProjectInput = { cityId: g.cityId, slots: g.slots.map((s, i) => defined({ id: 10 + i, ...s })) };
      const options: ConsortiumOptions = {
        k: g.k,
        maxMembers: g.maxMembers,
        minSmes: g.minSmes,
        minIndustries: g.minIndustries,
        requiredKinds: g.requiredKinds,
        maxLargeShare: g.maxLargeShare,
        includeOrganizations: g.include.map((id) => ((id - 1) % organizations.length) + 1),
        excludeOrganizations: g.exclude,
        requireFullCoverage: g.requireFullCoverage,
        mu: g.mu,
        kappa: g.kappa,
        ...defined({ maxLargeStake: g.maxLargeStake, respectCapacity: g.respectCapacity, interestBonus: g.interestBonus, tieBonus: g.tieBonus }),
      };
      // A random first model for the priced path (the certificate must make up for a bad one).
      const seed = organizations.filter((o) => g.seedMask & (1 << (o.id - 1))).map((o) => o.id);
      return { project, organizations, options, seed };
    });

const instanceArb = instances(8, [1, 2, 3, 3, 4, 5, 5]);
/** More organisations, smaller teams (so that brute force stays quick): room for pricing to leave many out. */
const widerArb = instances(16, [1, 2, 3, 3]);
/** 12 to 20 organisations and up to 7 slots: beyond brute force, the exact search's whole range. */
const twentyArb = instances(20, [2, 3, 4, 5, 6, 6], 7, 12);

// ── Checks ─────────────────────────────────────────────────────────────────────────────────────

function checkAgainstBruteForce(project: ProjectInput, organizations: OrganizationInput[], options: ConsortiumOptions, result: AssembleResult): void {
  const teams = bruteForce(project, organizations, options);
  const ranked = [...teams.values()].sort((a, b) => b - a);
  // Left out for capacity or opt-out: organisations that fit a slot and are not excluded or included.
  const fitsSome = (o: OrganizationInput) => project.slots.some((s) => referenceFit(o, s, project.cityId) > 0);
  const eligible = organizations.filter((o) => fitsSome(o) && !options.excludeOrganizations.includes(o.id) && !options.includeOrganizations.includes(o.id));
  expect(result.stats.optedOut).toBe(eligible.filter((o) => o.matchmaking === false).length);
  expect(result.stats.atCapacity).toBe(eligible.filter((o) => o.matchmaking !== false && !referenceCandidate(o, options)).length);
  if (ranked.length === 0) {
    expect(result.alternatives).toEqual([]);
    expect(typeof result.infeasibleReason).toBe('string');
    return;
  }
  expect(result.infeasibleReason).toBeNull();
  expect(result.alternatives).toHaveLength(Math.min(options.k, ranked.length));
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const seen = new Set<string>();
  result.alternatives.forEach((alternative, i) => {
    const members = alternative.memberIds.map((id) => byId.get(id) as OrganizationInput);
    // A distinct, feasible member set, listed in ascending id order.
    const key = alternative.memberIds.join(',');
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    expect(alternative.memberIds).toEqual([...alternative.memberIds].sort((a, b) => a - b));
    expect(teamAllowed(members, options)).toBe(true);
    expect(teams.has(key)).toBe(true);
    // The assignment: slot order, each slot at most once with fit > 0, every member fills a slot.
    const slotOrder = project.slots.map((s) => s.id);
    const filled = alternative.assignments.map((a) => a.slotId);
    expect(filled).toEqual(slotOrder.filter((id) => filled.includes(id)));
    expect(alternative.gaps).toEqual(slotOrder.filter((id) => !filled.includes(id)));
    if (options.requireFullCoverage) expect(alternative.gaps).toEqual([]);
    for (const a of alternative.assignments) {
      const slot = project.slots.find((s) => s.id === a.slotId) as SlotInput;
      expect(alternative.memberIds).toContain(a.organizationId);
      expect(referenceFit(byId.get(a.organizationId) as OrganizationInput, slot, project.cityId)).toBeGreaterThan(0);
      expect(a.fit.fit).toBeCloseTo(referenceFit(byId.get(a.organizationId) as OrganizationInput, slot, project.cityId), 12);
    }
    for (const id of alternative.memberIds) expect(alternative.assignments.some((a) => a.organizationId === id)).toBe(true);
    // The value is the formula, recomputed by the library and by the reference.
    const library = consortiumValue(project, members, alternative.assignments, options);
    expect(Math.abs(alternative.value - library.value)).toBeLessThan(TOLERANCE);
    const filledBy = project.slots.map((s) => {
      const a = alternative.assignments.find((x) => x.slotId === s.id);
      return a ? (byId.get(a.organizationId) as OrganizationInput) : null;
    });
    expect(Math.abs(alternative.value - referenceValue(project, members, filledBy, options))).toBeLessThan(TOLERANCE);
    const b = alternative.breakdown;
    expect(Math.abs(b.fitTerm + b.diversityTerm - b.sizePenalty + b.interestTerm + b.tieTerm - alternative.value)).toBeLessThan(TOLERANCE);
    expect(b.interestedMembers).toBe(members.filter((m) => m.interested === true).length);
    expect(b.tiedPairs).toBe(referenceTiedPairs(members));
    // Stakes: one per member, as the reference computes them, summing to 1; the cap holds.
    const stakes = referenceStakes(project, filledBy);
    expect(alternative.stakes.map((x) => x.organizationId)).toEqual(alternative.memberIds);
    for (const x of alternative.stakes) expect(Math.abs(x.stake - (stakes.byId.get(x.organizationId) ?? 0))).toBeLessThan(TOLERANCE);
    expect(Math.abs(alternative.stakes.reduce((sum, x) => sum + x.stake, 0) - 1)).toBeLessThan(TOLERANCE);
    expect(Math.abs(alternative.largeStake - stakes.large)).toBeLessThan(TOLERANCE);
    if (options.maxLargeStake !== undefined && options.maxLargeStake !== null) expect(alternative.largeStake).toBeLessThanOrEqual(options.maxLargeStake + 1e-7);
    // Optimal: the i-th value is the i-th best member-set value, and so the set's own best.
    expect(Math.abs(alternative.value - ranked[i])).toBeLessThan(TOLERANCE);
    expect(Math.abs(alternative.value - (teams.get(key) as number))).toBeLessThan(TOLERANCE);
    expect(alternative.optimality).toEqual({ proven: true, gap: 0 });
    if (i > 0) expect(alternative.value).toBeLessThanOrEqual(result.alternatives[i - 1].value + TOLERANCE);
  });
}

const SEED = 20250214;

describe('assembleConsortium against brute force', () => {
  it('returns feasible, correctly valued, optimal and distinct teams', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async ({ project, organizations, options }) => {
        checkAgainstBruteForce(project, organizations, options, await assembleConsortium(project, organizations, options));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('gives the same answers through the MIP (no exact search)', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async ({ project, organizations, options }) => {
        const result = await assembleConsortium(project, organizations, options, undefined, { exactUpTo: 0 });
        checkAgainstBruteForce(project, organizations, options, result);
        expect(result.stats.searchNodes).toBe(0);
      }),
      { seed: SEED + 8, numRuns: 100 },
    );
  });

  it('gives the same values without dominance pruning', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, async ({ project, organizations, options }) => {
        const result = await assembleConsortium(project, organizations, options, undefined, { pruneDominated: false });
        checkAgainstBruteForce(project, organizations, options, result);
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });

  it('gives the same values through a priced model started from a poor subset (column generation and its certificate)', async () => {
    await fc.assert(
      fc.asyncProperty(widerArb, fc.constantFrom(1, 2, 10), async ({ project, organizations, options, seed }, pricingRounds) => {
        // Start from a random subset plus the worst feasible team, so that the first restricted
        // model is feasible but far from the optimum; with one pricing round everything else is
        // up to the certificate.
        const teams = [...bruteForce(project, organizations, options)].sort((a, b) => a[1] - b[1]);
        const worst = teams.length > 0 ? teams[0][0].split(',').map(Number) : [];
        const tuning = { priceAbove: 0, seed: [...seed, ...worst], pricingRounds };
        const result = await assembleConsortium(project, organizations, options, undefined, tuning);
        checkAgainstBruteForce(project, organizations, options, result);
      }),
      { seed: SEED + 2, numRuns: 200 },
    );
  });

  it('prunes safely with tight dominance (many near-identical organisations)', async () => {
    // Organisations drawn from a few templates, so that dominance pruning drops many of them.
    const clonedArb = instanceArb.chain((instance) =>
      fc.array(fc.integer({ min: 0, max: instance.organizations.length - 1 }), { minLength: 4, maxLength: 10 }).map((picks) => {
        const organizations = picks.map((p, i) => ({ ...instance.organizations[p], id: i + 1 }));
        return { ...instance, organizations: organizations.slice(0, 10) };
      }),
    );
    await fc.assert(
      fc.asyncProperty(clonedArb, async ({ project, organizations, options }) => {
        const small = { ...options, maxMembers: Math.min(options.maxMembers, 3), includeOrganizations: [], excludeOrganizations: [] };
        const result = await assembleConsortium(project, organizations, small);
        checkAgainstBruteForce(project, organizations, small, result);
        if (result.alternatives.length > 0) expect(result.stats.candidates).toBeLessThanOrEqual(result.stats.prunedFrom);
      }),
      { seed: SEED + 3, numRuns: 60 },
    );
  });
});

describe('the exact search on up to 20 candidates', () => {
  // Small pools are searched exactly instead of by the MIP (exact-search.ts); beyond brute force's
  // reach, the two paths must find the same k values, every one proven.
  it('finds the same values as the MIP', async () => {
    await fc.assert(
      fc.asyncProperty(twentyArb, async ({ project, organizations, options }) => {
        // Without dominance pruning, so that the search sees all (up to 20) candidates.
        const searched = await assembleConsortium(project, organizations, options, undefined, { pruneDominated: false });
        const solved = await assembleConsortium(project, organizations, options, undefined, { pruneDominated: false, exactUpTo: 0 });
        expect(searched.alternatives.map((a) => a.value)).toHaveLength(solved.alternatives.length);
        searched.alternatives.forEach((a, i) => {
          expect(Math.abs(a.value - solved.alternatives[i].value)).toBeLessThan(TOLERANCE);
          expect(a.optimality).toEqual({ proven: true, gap: 0 });
          expect(new Set(searched.alternatives.map((x) => x.memberIds.join(','))).size).toBe(searched.alternatives.length);
        });
        expect(searched.infeasibleReason).toBe(solved.infeasibleReason);
        if (searched.stats.candidates > 0) expect(searched.stats.solves).toBe(0);
      }),
      { seed: SEED + 9, numRuns: 80 },
    );
  });
});

describe('the further rules', () => {
  /** The same instance with every new input stated at its default (or absent): today's answer exactly. */
  const plainArb = instanceArb.map(({ project, organizations, options }) => ({
    project: { ...project, slots: project.slots.map(({ budgetShare: _, ...s }) => s) },
    organizations: organizations.map(({ atCapacity: _a, matchmaking: _m, interested: _i, blocks: _b, ties: _t, ...o }) => o),
    options: (({ maxLargeStake: _s, respectCapacity: _r, interestBonus: _i, tieBonus: _t, ...o }) => o)(options) as ConsortiumOptions,
  }));

  it('leave every answer unchanged when absent or at their defaults', async () => {
    await fc.assert(
      fc.asyncProperty(plainArb, fc.boolean(), async ({ project, organizations, options }, flags) => {
        const absent = await assembleConsortium(project, organizations, options);
        const stated = await assembleConsortium(
          { ...project, slots: project.slots.map((s) => ({ ...s, budgetShare: 1 })) },
          organizations.map((o) => ({ ...o, matchmaking: true, atCapacity: flags, interested: flags, blocks: [], ties: flags ? [o.id] : [] })),
          { ...options, maxLargeStake: null, respectCapacity: !flags, interestBonus: 0, tieBonus: 0 },
        );
        const { solveMs: _a, ...absentStats } = absent.stats;
        const { solveMs: _b, ...statedStats } = stated.stats;
        // Only the informative counts may differ (they count interest and ties, which are stated here).
        const neutral = (alternatives: ConsortiumAlternative[]) =>
          alternatives.map((a) => ({ ...a, breakdown: { ...a.breakdown, interestedMembers: 0, tiedPairs: 0 } }));
        expect(neutral(stated.alternatives)).toEqual(neutral(absent.alternatives));
        expect(stated.infeasibleReason).toBe(absent.infeasibleReason);
        expect(statedStats).toEqual(absentStats);
        for (const a of absent.alternatives) expect(a.breakdown.interestTerm + a.breakdown.tieTerm).toBe(0);
      }),
      { seed: SEED + 6, numRuns: 60 },
    );
  });

  it('explainExclusion agrees with an include-X run and with brute force', async () => {
    await fc.assert(
      fc.asyncProperty(instanceArb, fc.integer({ min: 1, max: 8 }), async ({ project, organizations, options }, pick) => {
        const x = organizations[(pick - 1) % organizations.length];
        const explanation = await explainExclusion(project, organizations, options, x.id);
        const forcedOptions = withIncluded(options, x.id);
        const forced = await assembleConsortium(project, organizations, forcedOptions);
        const best = [...bruteForce(project, organizations, { ...options, k: 1 }).values()].sort((a, b) => b - a)[0] ?? null;
        const bestWithX = [...bruteForce(project, organizations, forcedOptions).values()].sort((a, b) => b - a)[0] ?? null;
        // The optimum and the best team with X are the brute force's, and the include-X run's.
        if (best === null) expect(explanation.optimumValue).toBeNull();
        else expect(Math.abs((explanation.optimumValue as number) - best)).toBeLessThan(TOLERANCE);
        if (bestWithX === null) {
          expect(explanation.alternative).toBeNull();
          expect(forced.alternatives).toEqual([]);
        } else {
          expect(Math.abs((explanation.alternative?.value as number) - bestWithX)).toBeLessThan(TOLERANCE);
          expect(explanation.alternative).toEqual(forced.alternatives[0]);
          expect(explanation.alternative?.memberIds).toContain(x.id);
        }
        if (best !== null && bestWithX !== null) {
          expect(Math.abs((explanation.loss as number) - (best - bestWithX))).toBeLessThan(TOLERANCE);
          // Negative only when X is no candidate at all (opted out, at capacity or excluded) and would help.
          if (referenceCandidate(x, options) && !options.excludeOrganizations.includes(x.id)) expect(explanation.loss as number).toBeGreaterThan(-TOLERANCE);
        } else expect(explanation.loss).toBeNull();
        // The cause matches the instance.
        const fitsNothing = project.slots.every((s) => !(referenceFit(x, s, project.cityId) > 0));
        if (explanation.optimum?.memberIds.includes(x.id)) expect(explanation.cause).toBeNull();
        else if (fitsNothing) expect(explanation.cause).toBe('NO_FIT');
        else if (!referenceCandidate(x, options)) expect(explanation.cause).toBe(x.matchmaking === false ? 'OPTED_OUT' : 'AT_CAPACITY');
        else if (options.excludeOrganizations.includes(x.id)) expect(explanation).toMatchObject({ cause: 'CONSTRAINT', constraint: 'excludeOrganizations' });
        else if (bestWithX !== null) expect(['OUTRANKED', 'BLOCKED']).toContain(explanation.cause);
        else expect(['CONSTRAINT', 'BLOCKED']).toContain(explanation.cause);
        if (explanation.cause === 'BLOCKED') {
          expect(explanation.blockedWith.length).toBeGreaterThan(0);
          for (const id of explanation.blockedWith) {
            const other = organizations.find((o) => o.id === id) as OrganizationInput;
            expect((x.blocks ?? []).includes(id) || (other.blocks ?? []).includes(x.id)).toBe(true);
          }
        }
        // A named constraint is one whose relaxation alone admits a team with X (checked by brute force).
        if (explanation.cause === 'CONSTRAINT' && explanation.constraint !== null && explanation.constraint !== 'excludeOrganizations') {
          const relaxed: Record<string, Partial<ConsortiumOptions>> = {
            maxLargeStake: { maxLargeStake: null },
            maxLargeShare: { maxLargeShare: 1 },
            requiredKinds: { requiredKinds: [] },
            minSmes: { minSmes: 0 },
            minIndustries: { minIndustries: 0 },
            requireFullCoverage: { requireFullCoverage: false },
            maxMembers: { maxMembers: project.slots.length },
            includeOrganizations: { includeOrganizations: [x.id] },
          };
          expect(bruteForce(project, organizations, { ...forcedOptions, ...relaxed[explanation.constraint] }).size).toBeGreaterThan(0);
        }
      }),
      { seed: SEED + 7, numRuns: 150 },
    );
  });
});

describe('assembleConsortium at scale', () => {
  // Too large for brute force: the priced path (default for pools over 60) is checked against the
  // plain one (every organisation left by dominance pruning in one MIP), for the same values.
  const scaleArb = fc
    .record({
      slots: fc.array(slotArb, { minLength: 3, maxLength: 6 }),
      organizations: fc.array(organizationArb, { minLength: 150, maxLength: 250 }),
      k: fc.integer({ min: 1, max: 3 }),
      minSmes: fc.constantFrom(0, 1),
      maxLargeShare: fc.constantFrom(1, 0.3),
      minIndustries: fc.constantFrom(2, 3),
      maxLargeStake: fc.constantFrom(undefined, 0.3, 0.5),
      interestBonus: fc.constantFrom(undefined, 0.4),
      tieBonus: fc.constantFrom(undefined, 0.3),
      shares: fc.boolean(),
    })
    .map((g) => {
      let capabilityId = 1;
      // Relations spread over the whole pool (ids shifted by the organisation's own), so that some
      // organisations with blocks and ties stay outside the priced model.
      const organizations: OrganizationInput[] = g.organizations.map((o, i) =>
        defined({
          id: i + 1,
          kind: o.kind,
          industryId: o.industryId,
          capabilities: o.capabilities.map((c): CapabilityInput => ({ id: capabilityId++, ...c })),
          atCapacity: o.atCapacity,
          matchmaking: o.matchmaking,
          interested: o.interested,
          blocks: o.blocks?.map((id) => ((id * 37 + i) % g.organizations.length) + 1),
          ties: o.ties?.map((id) => ((id * 53 + i) % g.organizations.length) + 1),
        }),
      );
      const project: ProjectInput = {
        cityId: 1,
        slots: g.slots.map((s, i) => defined({ id: 10 + i, ...s, budgetShare: g.shares ? s.budgetShare : undefined })),
      };
      const options: ConsortiumOptions = {
        ...DEFAULT_CONSORTIUM_OPTIONS,
        k: g.k,
        minSmes: g.minSmes,
        maxLargeShare: g.maxLargeShare,
        minIndustries: g.minIndustries,
        ...defined({ maxLargeStake: g.maxLargeStake, interestBonus: g.interestBonus, tieBonus: g.tieBonus }),
      };
      return { project, organizations, options };
    });

  it('finds the same values through the priced model as through one plain MIP', async () => {
    await fc.assert(
      fc.asyncProperty(scaleArb, async ({ project, organizations, options }) => {
        const priced = await assembleConsortium(project, organizations, options);
        const plain = await assembleConsortium(project, organizations, options, undefined, { priceAbove: Infinity });
        expect(priced.alternatives.map((a) => a.value)).toHaveLength(plain.alternatives.length);
        priced.alternatives.forEach((a, i) => {
          expect(Math.abs(a.value - plain.alternatives[i].value)).toBeLessThan(TOLERANCE);
          expect(a.optimality.proven).toBe(true);
        });
        if (priced.alternatives.length > 0) expect(priced.stats.relaxations).toBeGreaterThan(0);
      }),
      { seed: SEED + 5, numRuns: 25 },
    );
  });
});

describe('partnerMatches against brute force', () => {
  it('scores, ranks, filters and limits as docs/matching.md says', () => {
    fc.assert(
      fc.property(
        instanceArb,
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom(0, 0.5, 1),
        fc.integer({ min: 0, max: 9 }),
        ({ project, organizations }, seekerIndex, mu, limit) => {
          const seeker = organizations[seekerIndex % organizations.length];
          const expected = organizations
            // Opted out, or a block either way with the seeker: never suggested.
            .filter((c) => c.id !== seeker.id && c.matchmaking !== false && !(c.blocks ?? []).includes(seeker.id) && !(seeker.blocks ?? []).includes(c.id))
            .map((c) => {
              const gains = project.slots
                .map((r) => ({ slotId: r.id, gain: referenceFit(c, r, project.cityId) - referenceFit(seeker, r, project.cityId), weight: r.weight }))
                .filter((g) => g.gain > 0);
              const cross = c.industryId !== seeker.industryId;
              return { id: c.id, score: gains.reduce((s, g) => s + g.weight * g.gain, 0) + (cross ? mu : 0), cross, gains };
            })
            .filter((m) => m.score > 0)
            .sort((a, b) => (Math.abs(a.score - b.score) > 1e-9 ? b.score - a.score : a.id - b.id))
            .slice(0, limit);
          const actual = partnerMatches(seeker, organizations, project, mu, limit);
          expect(actual.map((m) => m.organizationId)).toEqual(expected.map((m) => m.id));
          actual.forEach((m, i) => {
            expect(m.score).toBeCloseTo(expected[i].score, 9);
            expect(m.crossIndustry).toBe(expected[i].cross);
            expect(m.gains.map((g) => g.slotId)).toEqual(expected[i].gains.map((g) => g.slotId));
            m.gains.forEach((g, j) => {
              expect(g.gain).toBeCloseTo(expected[i].gains[j].gain, 12);
              expect(g.weightedGain).toBeCloseTo(expected[i].gains[j].gain * expected[i].gains[j].weight, 12);
              expect(g.fit.fit - g.seekerFit).toBeCloseTo(g.gain, 12);
            });
          });
        },
      ),
      { seed: SEED + 4, numRuns: 300 },
    );
  });
});
