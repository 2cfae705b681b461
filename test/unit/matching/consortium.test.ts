import {
  assembleConsortium,
  consortiumValue,
  DEFAULT_CONSORTIUM_OPTIONS,
  explainExclusion,
  type ConsortiumOptions,
  type OrganizationInput,
} from '../../../src/matching';

import { A, B, C, D, project } from './example';

const organizations = [A, B, C, D];

const options = (over: Partial<ConsortiumOptions> = {}): ConsortiumOptions => ({ ...DEFAULT_CONSORTIUM_OPTIONS, k: 1, ...over });
const pairs = (alternative: { assignments: { slotId: number; organizationId: number }[] }) => alternative.assignments.map((a) => [a.slotId, a.organizationId]);

describe('assembleConsortium on the worked example', () => {
  it('finds {A,B,D} worth 10.0 with default options', async () => {
    const result = await assembleConsortium(project, organizations, options());
    expect(result.infeasibleReason).toBeNull();
    expect(result.alternatives).toHaveLength(1);
    const [best] = result.alternatives;
    expect(best.memberIds).toEqual([1, 2, 4]);
    expect(pairs(best)).toEqual([
      [11, 1],
      [12, 2],
      [13, 4],
    ]);
    expect(best.gaps).toEqual([]);
    expect(best.value).toBeCloseTo(10.0, 9);
    expect(best.breakdown.fitTerm).toBeCloseTo(9.3, 9);
    expect(best.breakdown.diversityTerm).toBeCloseTo(1.0, 9);
    expect(best.breakdown.sizePenalty).toBeCloseTo(0.3, 9);
    expect(best.breakdown).toMatchObject({ distinctIndustries: 3, memberCount: 3 });
    expect(best.optimality).toEqual({ proven: true, gap: 0 });
    expect(best.assignments[1]).toMatchObject({ slotId: 12, organizationId: 2, fit: { capabilityId: 202, cityBonus: 0.1 } });
    expect(best.assignments[1].weightedFit).toBeCloseTo(2.7, 9);
    // Four candidates: searched exactly, without a MIP run.
    expect(result.stats).toMatchObject({ prunedFrom: 4, candidates: 4, solves: 0 });
    expect(result.stats.searchNodes).toBeGreaterThan(0);
  });

  it('reports the value consortiumValue gives for the same assignment', async () => {
    const [best] = (await assembleConsortium(project, organizations, options())).alternatives;
    const members = organizations.filter((o) => best.memberIds.includes(o.id));
    const recomputed = consortiumValue(project, members, best.assignments, { mu: 0.5, kappa: 0.1 });
    expect(best.value).toBe(recomputed.value);
    expect(best.breakdown).toEqual(recomputed.breakdown);
  });

  it('returns the k = 3 best distinct teams in non-increasing value', async () => {
    const result = await assembleConsortium(project, organizations, options({ k: 3 }));
    expect(result.alternatives.map((a) => a.memberIds)).toEqual([
      [1, 2, 4],
      [1, 3],
      [1, 2, 3],
    ]);
    const values = result.alternatives.map((a) => a.value);
    [10.0, 9.8, 9.7].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 9));
    expect(pairs(result.alternatives[1])).toEqual([
      [11, 1],
      [12, 1],
      [13, 3],
    ]);
    expect(result.stats.solves).toBe(0);
  });

  it('finds the same teams through the MIP, one run per alternative', async () => {
    const searched = await assembleConsortium(project, organizations, options({ k: 3 }));
    const solved = await assembleConsortium(project, organizations, options({ k: 3 }), undefined, { exactUpTo: 0 });
    expect(solved.alternatives).toEqual(searched.alternatives);
    expect(solved.stats).toMatchObject({ solves: 3, searchNodes: 0 });
    // Fewer teams than k: the last run proves that no other team exists.
    const two = await assembleConsortium(project, [A, B], options({ k: 3 }), undefined, { exactUpTo: 0 });
    expect(two.alternatives.map((a) => a.memberIds)).toEqual([[1, 2]]);
    expect(two.stats.solves).toBe(2);
  });

  it('stops early when fewer than k teams exist', async () => {
    // With only A and B, {A,B} is the one team with two industries (S3 stays a gap).
    const result = await assembleConsortium(project, [A, B], options({ k: 3 }));
    expect(result.alternatives.map((a) => a.memberIds)).toEqual([[1, 2]]);
    expect(result.alternatives[0].gaps).toEqual([13]);
    expect(result.alternatives[0].value).toBeCloseTo(8.0, 9);
  });

  it('excludeOrganizations B: {A,C} worth 9.8', async () => {
    const [best] = (await assembleConsortium(project, organizations, options({ excludeOrganizations: [2] }))).alternatives;
    expect(best.memberIds).toEqual([1, 3]);
    expect(best.value).toBeCloseTo(9.8, 9);
  });

  it('includeOrganizations C: the best team with C is {A,C}', async () => {
    const [best] = (await assembleConsortium(project, organizations, options({ includeOrganizations: [3] }))).alternatives;
    expect(best.memberIds).toEqual([1, 3]);
    expect(best.value).toBeCloseTo(9.8, 9);
  });

  it('minSmes 2 needs both B and C: {A,B,C} worth 9.7', async () => {
    const [best] = (await assembleConsortium(project, organizations, options({ minSmes: 2 }))).alternatives;
    expect(best.memberIds).toEqual([1, 2, 3]);
    expect(pairs(best)).toEqual([
      [11, 1],
      [12, 2],
      [13, 3],
    ]);
    expect(best.value).toBeCloseTo(9.7, 9);
  });

  it('minSmes 1 keeps {A,B,D}, which has the SME B', async () => {
    const [best] = (await assembleConsortium(project, organizations, options({ minSmes: 1 }))).alternatives;
    expect(best.memberIds).toEqual([1, 2, 4]);
  });

  it('maxLargeShare 0.3 rules A out of any team of at most 3: {B,C,D} worth 8.7', async () => {
    const [best] = (await assembleConsortium(project, organizations, options({ maxLargeShare: 0.3 }))).alternatives;
    expect(best.memberIds).toEqual([2, 3, 4]);
    expect(pairs(best)).toEqual([
      [11, 4],
      [12, 2],
      [13, 3],
    ]);
    expect(best.value).toBeCloseTo(8.7, 9);
  });

  it('requiredKinds STARTUP and RESEARCH_INSTITUTE: {A,C,D} worth 9.4', async () => {
    const [best] = (await assembleConsortium(project, organizations, options({ requiredKinds: ['STARTUP', 'RESEARCH_INSTITUTE'] }))).alternatives;
    expect(best.memberIds).toEqual([1, 3, 4]);
    expect(pairs(best)).toEqual([
      [11, 1],
      [12, 3],
      [13, 4],
    ]);
    expect(best.value).toBeCloseTo(9.4, 9);
  });

  it('requireFullCoverage trades a gap for a dearer full team', async () => {
    // With κ = 3 and minIndustries 1, A alone is best: 5 + 2.7 − 3 = 4.7, leaving S3 a gap
    // ({A,C}: 9.5 + 0.5 − 6 = 4.0; D alone: 4 + 1.6 − 3 = 2.6).
    const lean = options({ kappa: 3, minIndustries: 1 });
    const [alone] = (await assembleConsortium(project, organizations, lean)).alternatives;
    expect(alone.memberIds).toEqual([1]);
    expect(alone.gaps).toEqual([13]);
    expect(alone.value).toBeCloseTo(4.7, 9);
    // Full coverage: {A,C} = 4.0 beats {A,D} = 9.3 + 0.5 − 6 = 3.8.
    const [full] = (await assembleConsortium(project, organizations, { ...lean, requireFullCoverage: true })).alternatives;
    expect(full.memberIds).toEqual([1, 3]);
    expect(full.gaps).toEqual([]);
    expect(full.value).toBeCloseTo(4.0, 9);
  });

  it('does not depend on the order organisations are given in', async () => {
    const forward = await assembleConsortium(project, organizations, options({ k: 3 }));
    const backward = await assembleConsortium(project, [...organizations].reverse(), options({ k: 3 }));
    expect(backward.alternatives).toEqual(forward.alternatives);
  });

  it('prefers the smaller id among interchangeable organisations', async () => {
    // B2 (id 9) is a twin of B: same kind, industry and capabilities. {A,B,D} and {A,B2,D} tie.
    const twin: OrganizationInput = { ...B, id: 9 };
    const result = await assembleConsortium(project, [twin, ...organizations], options({ k: 2 }));
    expect(result.alternatives.map((a) => a.memberIds)).toEqual([
      [1, 2, 4],
      [1, 4, 9],
    ]);
    expect(result.alternatives[1].value).toBeCloseTo(result.alternatives[0].value, 9);
  });
});

describe('assembleConsortium when no team exists', () => {
  const infeasible = async (over: Partial<ConsortiumOptions>, orgs = organizations) => {
    const result = await assembleConsortium(project, orgs, options(over));
    expect(result.alternatives).toEqual([]);
    return result.infeasibleReason;
  };

  it('names the failing condition before solving', async () => {
    expect(await infeasible({ minSmes: 3 })).toBe('minSmes 3 but only 2 approved SME or STARTUP organisations fit a slot');
    expect(await infeasible({ minSmes: 1 }, [A, D])).toBe('no approved SME or STARTUP has a capability that fits any slot');
    expect(await infeasible({ requiredKinds: ['UNIVERSITY'] })).toBe('requiredKinds UNIVERSITY: no candidate of that kind fits any slot');
    expect(await infeasible({ maxMembers: 1 })).toBe('maxMembers 1 cannot meet minIndustries 2');
    expect(await infeasible({ minIndustries: 4 })).toBe('a team for 3 slots (every member fills one) cannot meet minIndustries 4');
    expect(await infeasible({ minIndustries: 2 }, [B, C])).toBe('minIndustries 2 but candidates span only 1 industry');
    expect(await infeasible({ includeOrganizations: [99] })).toBe('includeOrganizations 99 is not an approved organisation');
    expect(await infeasible({ includeOrganizations: [2], excludeOrganizations: [2] })).toBe(
      'organisation 2 is in both includeOrganizations and excludeOrganizations',
    );
    expect(await infeasible({ maxLargeShare: 0.3, requiredKinds: ['LARGE_ENTERPRISE'] })).toBe(
      'maxLargeShare 0.3 allows no LARGE_ENTERPRISE in a team of at most 3, but requiredKinds asks for one',
    );
    expect(await infeasible({ maxMembers: 0 })).toBe('maxMembers 0: a consortium needs at least one member');
    const empty = await assembleConsortium({ cityId: 1, slots: [] }, organizations, options());
    expect(empty).toMatchObject({ alternatives: [], infeasibleReason: 'the project has no requirement slots' });
  });

  it('says when an included organisation fits no slot', async () => {
    const E: OrganizationInput = {
      id: 5,
      kind: 'ASSOCIATION',
      industryId: 400,
      capabilities: [{ id: 501, domainId: 9, level: 5, technologyIds: [], cityIds: [] }],
    };
    expect(await infeasible({ includeOrganizations: [5] }, [...organizations, E])).toBe('includeOrganizations 5 fits no slot');
  });

  it('names the slot nobody can fill under requireFullCoverage', async () => {
    expect(await infeasible({ requireFullCoverage: true, minIndustries: 1, excludeOrganizations: [1, 2, 4] })).toBe(
      'requireFullCoverage: no approved organisation outside excludeOrganizations fits slot 11 (domain 1, minLevel 3)',
    );
  });

  it('falls back to a generic reason when only the solver finds the constraints incompatible', async () => {
    // B, C (two smalls), D and A would all be needed: four members for three slots.
    expect(await infeasible({ minSmes: 2, requiredKinds: ['RESEARCH_INSTITUTE', 'LARGE_ENTERPRISE'] })).toBe('no team satisfies all constraints together');
  });

  it('rejects malformed options', async () => {
    await expect(assembleConsortium(project, organizations, options({ k: 0 }))).rejects.toThrow(RangeError);
    await expect(assembleConsortium(project, organizations, options({ maxMembers: 2.5 }))).rejects.toThrow(/maxMembers/);
    await expect(assembleConsortium(project, organizations, options({ mu: NaN }))).rejects.toThrow(/mu/);
    await expect(assembleConsortium(project, [A, B, { ...C, id: 1 }], options())).rejects.toThrow(/organisation 1 appears twice/);
    const twice = { ...project, slots: [...project.slots, project.slots[0]] };
    await expect(assembleConsortium(twice, organizations, options())).rejects.toThrow(/slot 11 appears twice/);
  });
});

describe('consortiumValue', () => {
  it('scores a team and assignment by the design formula', () => {
    const { value, breakdown } = consortiumValue(
      project,
      [A, C],
      [
        { slotId: 11, organizationId: 1 },
        { slotId: 12, organizationId: 1 },
        { slotId: 13, organizationId: 3 },
      ],
      { mu: 0.5, kappa: 0.1 },
    );
    expect(value).toBeCloseTo(9.8, 12);
    expect(breakdown.fitTerm).toBeCloseTo(9.5, 12);
    expect(breakdown).toMatchObject({ distinctIndustries: 2, memberCount: 2 });
  });

  it('refuses assignments that name a non-member or fill a slot twice', () => {
    expect(() => consortiumValue(project, [A], [{ slotId: 11, organizationId: 2 }], { mu: 0.5, kappa: 0.1 })).toThrow(/not a member/);
    expect(() =>
      consortiumValue(
        project,
        [A, B],
        [
          { slotId: 11, organizationId: 1 },
          { slotId: 11, organizationId: 2 },
        ],
        { mu: 0.5, kappa: 0.1 },
      ),
    ).toThrow(/twice/);
  });
});

describe('the further rules on the worked example', () => {
  it('reports stakes, and a 30% stake cap keeps the large enterprise A out of equal-share teams', async () => {
    const [best] = (await assembleConsortium(project, organizations, options())).alternatives;
    expect(best.stakes.map((s) => s.organizationId)).toEqual([1, 2, 4]);
    for (const s of best.stakes) expect(s.stake).toBeCloseTo(1 / 3, 12);
    expect(best.largeStake).toBeCloseTo(1 / 3, 12);
    // A fills at least one of three equal slots: 1/3 > 0.3, so the best is {B,C,D} worth 8.7.
    const capped = await assembleConsortium(project, organizations, options({ maxLargeStake: 0.3 }));
    expect(capped.alternatives[0].memberIds).toEqual([2, 3, 4]);
    expect(capped.alternatives[0].value).toBeCloseTo(8.7, 9);
    // With budget shares 1, 3, 6, A holding S1 has a stake of 0.1: {A,B,D} is back.
    const weighted = { ...project, slots: project.slots.map((s, i) => ({ ...s, budgetShare: [1, 3, 6][i] })) };
    const [back] = (await assembleConsortium(weighted, organizations, options({ maxLargeStake: 0.3 }))).alternatives;
    expect(back.memberIds).toEqual([1, 2, 4]);
    expect(back.stakes.map((s) => s.stake)).toEqual([0.1, 0.3, 0.6]);
  });

  it('explains why C is out (outranked by 0.2), why A is out under the cap, and why D is out when A blocks it', async () => {
    const outranked = await explainExclusion(project, organizations, options(), C.id);
    expect(outranked).toMatchObject({ cause: 'OUTRANKED', constraint: null });
    expect(outranked.optimumValue).toBeCloseTo(10.0, 9);
    expect(outranked.alternative?.memberIds).toEqual([1, 3]);
    expect(outranked.loss).toBeCloseTo(0.2, 9);

    const capped = await explainExclusion(project, organizations, options({ maxLargeStake: 0.3 }), A.id);
    expect(capped).toMatchObject({ cause: 'CONSTRAINT', constraint: 'maxLargeStake', alternative: null, loss: null });

    const blocking = [{ ...A, blocks: [D.id] }, B, C, D];
    const blocked = await explainExclusion(project, blocking, options(), D.id);
    expect(blocked.optimum?.memberIds).toEqual([1, 3]);
    expect(blocked).toMatchObject({ cause: 'BLOCKED', blockedWith: [1] });
    expect(blocked.alternative?.memberIds).toEqual([2, 3, 4]);
    expect(blocked.loss).toBeCloseTo(9.8 - 8.7, 9);
  });

  it('leaves out opted-out and at-capacity organisations, and counts them', async () => {
    const result = await assembleConsortium(project, [{ ...A, matchmaking: false }, { ...B, atCapacity: true }, C, D], options());
    expect(result.stats).toMatchObject({ optedOut: 1, atCapacity: 1 });
    expect(result.alternatives[0].memberIds).toEqual([3, 4]);
    const ignoring = await assembleConsortium(project, [A, { ...B, atCapacity: true }, C, D], options({ respectCapacity: false }));
    expect(ignoring.alternatives[0].memberIds).toEqual([1, 2, 4]);
  });
});
