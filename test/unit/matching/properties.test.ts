import fc from 'fast-check';
import {
  assembleConsortium,
  consortiumValue,
  DEFAULT_CONSORTIUM_OPTIONS,
  partnerMatches,
  type AssembleResult,
  type CapabilityInput,
  type ConsortiumOptions,
  type OrganizationInput,
  type ProjectInput,
  type SlotInput,
} from '../../../src/matching';

// Random small instances checked against an independent brute force written here: its own fit,
// its own value, and an enumeration of every member set and every assignment.

const KINDS = ['LARGE_ENTERPRISE', 'MID_SIZED', 'SME', 'STARTUP', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'ASSOCIATION', 'PUBLIC_AGENCY'];
const TOLERANCE = 1e-9;

// ── Independent re-implementation of docs/matching.md ─────────────────────────────────────────────────

function referenceFit(o: OrganizationInput, r: SlotInput, cityId: number): number {
  if (r.allowedKinds && r.allowedKinds.length > 0 && !r.allowedKinds.includes(o.kind)) return 0;
  let best = 0;
  for (const c of o.capabilities) {
    if (c.domainId !== r.domainId || c.level < r.minLevel) continue;
    const wanted = [...new Set(r.technologyIds)];
    const coverage = wanted.length === 0 ? 1 : wanted.filter((t) => c.technologyIds.includes(t)).length / wanted.length;
    if (coverage === 0) continue;
    best = Math.max(best, Math.min(1, coverage * (0.5 + 0.1 * c.level) + (c.cityIds.includes(cityId) ? 0.1 : 0)));
  }
  return best;
}

function referenceValue(project: ProjectInput, members: OrganizationInput[], filledBy: (OrganizationInput | null)[], mu: number, kappa: number): number {
  let sum = 0;
  project.slots.forEach((slot, r) => {
    const o = filledBy[r];
    if (o) sum += slot.weight * referenceFit(o, slot, project.cityId);
  });
  return sum + mu * (new Set(members.map((m) => m.industryId)).size - 1) - kappa * members.length;
}

function teamAllowed(members: OrganizationInput[], options: ConsortiumOptions): boolean {
  const ids = new Set(members.map((m) => m.id));
  return (
    members.length >= 1 &&
    members.length <= options.maxMembers &&
    members.filter((m) => m.kind === 'SME' || m.kind === 'STARTUP').length >= options.minSmes &&
    new Set(members.map((m) => m.industryId)).size >= options.minIndustries &&
    options.requiredKinds.every((k) => members.some((m) => m.kind === k)) &&
    options.includeOrganizations.every((id) => ids.has(id)) &&
    options.excludeOrganizations.every((id) => !ids.has(id)) &&
    members.filter((m) => m.kind === 'LARGE_ENTERPRISE').length <= options.maxLargeShare * members.length + TOLERANCE
  );
}

/** The best value of every feasible member set (key: sorted ids), by enumerating all sets and assignments. */
function bruteForce(project: ProjectInput, organizations: OrganizationInput[], options: ConsortiumOptions): Map<string, number> {
  const best = new Map<string, number>();
  const n = organizations.length;
  const slots = project.slots;
  const limit = Math.min(options.maxMembers, slots.length);
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = organizations.filter((_, i) => mask & (1 << i));
    if (members.length > limit || !teamAllowed(members, options)) continue;
    const fits = members.map((m) => slots.map((s) => referenceFit(m, s, project.cityId)));
    // Every assignment: each slot to a member with fit > 0, or to nobody (-1).
    const choice = slots.map(() => -1);
    const visit = (r: number): void => {
      if (r === slots.length) {
        if (options.requireFullCoverage && choice.includes(-1)) return;
        if (!members.every((_, i) => choice.includes(i))) return; // every member fills a slot
        const value = referenceValue(
          project,
          members,
          choice.map((i) => (i < 0 ? null : members[i])),
          options.mu,
          options.kappa,
        );
        const key = members
          .map((m) => m.id)
          .sort((a, b) => a - b)
          .join(',');
        if (!best.has(key) || value > (best.get(key) as number)) best.set(key, value);
        return;
      }
      for (let i = -1; i < members.length; i++) {
        if (i >= 0 && !(fits[i][r] > 0)) continue;
        choice[r] = i;
        visit(r + 1);
      }
    };
    visit(0);
  }
  return best;
}

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
});

const slotArb = fc.record({
  domainId: fc.integer({ min: 1, max: 2 }),
  technologyIds: ids(3, 2),
  minLevel: fc.constantFrom(1, 1, 2, 3, 4),
  weight: fc.integer({ min: 1, max: 5 }),
  allowedKinds: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.subarray(KINDS, { minLength: 2, maxLength: 5 }), weight: 1 }),
});

/** A constraint that is off (its neutral value) three times in four: together they would rarely leave a team. */
const sometimes = <T>(arb: fc.Arbitrary<T>, off: T): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constant(off), weight: 3 }, { arbitrary: arb, weight: 1 });

/** Instances with up to `maxOrganizations` organisations and teams of at most `maxMembers`. */
const instances = (maxOrganizations: number, maxMembers: number[]) =>
  fc
    .record({
      cityId: fc.integer({ min: 1, max: 2 }),
      slots: fc.array(slotArb, { minLength: 1, maxLength: 4 }),
      organizations: fc.array(organizationArb, { minLength: 2, maxLength: maxOrganizations }),
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
      seedMask: fc.integer({ min: 0, max: 0xffff }),
    })
    .map((g) => {
      let capabilityId = 1;
      const organizations: OrganizationInput[] = g.organizations.map((o, i) => ({
        id: i + 1,
        kind: o.kind,
        industryId: o.industryId,
        capabilities: o.capabilities.map((c): CapabilityInput => ({ id: capabilityId++, ...c })),
      }));
      const project: ProjectInput = { cityId: g.cityId, slots: g.slots.map((s, i) => ({ id: 10 + i, ...s })) };
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
      };
      // A random first model for the priced path (the certificate must make up for a bad one).
      const seed = organizations.filter((o) => g.seedMask & (1 << (o.id - 1))).map((o) => o.id);
      return { project, organizations, options, seed };
    });

const instanceArb = instances(8, [1, 2, 3, 3, 4, 5, 5]);
/** More organisations, smaller teams (so that brute force stays quick): room for pricing to leave many out. */
const widerArb = instances(16, [1, 2, 3, 3]);

// ── Checks ─────────────────────────────────────────────────────────────────────────────────────

function checkAgainstBruteForce(project: ProjectInput, organizations: OrganizationInput[], options: ConsortiumOptions, result: AssembleResult): void {
  const teams = bruteForce(project, organizations, options);
  const ranked = [...teams.values()].sort((a, b) => b - a);
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
    expect(Math.abs(alternative.value - referenceValue(project, members, filledBy, options.mu, options.kappa))).toBeLessThan(TOLERANCE);
    const b = alternative.breakdown;
    expect(Math.abs(b.fitTerm + b.diversityTerm - b.sizePenalty - alternative.value)).toBeLessThan(TOLERANCE);
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
    })
    .map((g) => {
      let capabilityId = 1;
      const organizations: OrganizationInput[] = g.organizations.map((o, i) => ({
        id: i + 1,
        kind: o.kind,
        industryId: o.industryId,
        capabilities: o.capabilities.map((c): CapabilityInput => ({ id: capabilityId++, ...c })),
      }));
      const project: ProjectInput = { cityId: 1, slots: g.slots.map((s, i) => ({ id: 10 + i, ...s })) };
      const options: ConsortiumOptions = {
        ...DEFAULT_CONSORTIUM_OPTIONS,
        k: g.k,
        minSmes: g.minSmes,
        maxLargeShare: g.maxLargeShare,
        minIndustries: g.minIndustries,
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
            .filter((c) => c.id !== seeker.id)
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
