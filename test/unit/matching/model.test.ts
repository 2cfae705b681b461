import {
  assembleConsortium,
  buildConsortiumModel,
  DEFAULT_CONSORTIUM_OPTIONS,
  encodeConsortiumSolution,
  HighsSolver,
  loadHighs,
  readConsortiumSolution,
  toLpFormat,
  type ConsortiumInstance,
  type MipModel,
  type MipSolver,
  type OrganizationInput,
  type ProjectInput,
} from '../../../src/matching';
import { boundsWithOutside, lagrangianBound, validMultipliers } from '../../../src/matching/pricing';

// Two slots, two candidates:
//   slot 1 (weight 2), slot 2 (weight 3)
//   10: SME, industry 1, fits [0.5, 0]      -> x_10_1 earns 2 * 0.5 = 1
//   20: LARGE_ENTERPRISE, industry 2, fits [0.8, 0.5] -> x_20_1 earns 1.6, x_20_2 earns 1.5
// minSmes 1, minIndustries 2, maxLargeShare 0.5, maxMembers 2, μ 0.5, κ 0.1.
// Optimum: 10 fills slot 1, 20 fills slot 2: 1 + 1.5 + 0.5 * (2 − 1) − 0.1 * 2 = 2.8.
const instance: ConsortiumInstance = {
  slots: [
    { id: 1, weight: 2 },
    { id: 2, weight: 3 },
  ],
  candidates: [
    { id: 10, kind: 'SME', industryId: 1, fits: [0.5, 0] },
    { id: 20, kind: 'LARGE_ENTERPRISE', industryId: 2, fits: [0.8, 0.5] },
  ],
  options: {
    maxMembers: 2,
    minSmes: 1,
    minIndustries: 2,
    requiredKinds: [],
    maxLargeShare: 0.5,
    includeOrganizations: [],
    requireFullCoverage: false,
    mu: 0.5,
    kappa: 0.1,
  },
};

const rowsOf = (mip: MipModel) =>
  Object.fromEntries(
    mip.constraints.map((c) => [
      c.name,
      { terms: Object.fromEntries(c.terms.map((t) => [mip.variables[t.variable].name, t.coefficient])), lower: c.lower, upper: c.upper },
    ]),
  );

describe('buildConsortiumModel with the further rules', () => {
  // Slot 1 has budget share 1, slot 2 share 3; 20 is the large enterprise; 10 and 20 blocked (10
  // lists 20), 10 and 20 tied (20 lists 10); 10 expressed interest.
  const ruled: ConsortiumInstance = {
    ...instance,
    slots: [
      { id: 1, weight: 2, budgetShare: 1 },
      { id: 2, weight: 3, budgetShare: 3 },
    ],
    candidates: [
      { ...instance.candidates[0], interested: true, blocks: [20] },
      { ...instance.candidates[1], ties: [10] },
    ],
    options: { ...instance.options, maxLargeStake: 0.3, interestBonus: 0.4, tieBonus: 0.25 },
  };
  const { mip, tieColumns } = buildConsortiumModel(ruled);
  const rows = rowsOf(mip);

  it('caps the large stake with one linear row over the fills: Σ b_r ([large] − σ) x <= 0', () => {
    expect(rows.large_stake.upper).toBe(0);
    expect(rows.large_stake.lower).toBe(-Infinity);
    expect(rows.large_stake.terms.x_10_1).toBeCloseTo(-0.3, 12);
    expect(rows.large_stake.terms.x_20_1).toBeCloseTo(0.7, 12);
    expect(rows.large_stake.terms.x_20_2).toBeCloseTo(3 * 0.7, 12);
  });

  it('forbids a blocked pair, whichever side blocked, and rewards a tie and interest', () => {
    expect(rows.block_10_20).toEqual({ terms: { y_10: 1, y_20: 1 }, lower: -Infinity, upper: 1 });
    expect(tieColumns).toHaveLength(1);
    expect(mip.variables[tieColumns[0].column]).toMatchObject({ name: 't_10_20', objective: 0.25, lower: 0, upper: 1, integer: false });
    expect(rows.t_10_20_10).toEqual({ terms: { t_10_20: 1, y_10: -1 }, lower: -Infinity, upper: 0 });
    expect(rows.t_10_20_20).toEqual({ terms: { t_10_20: 1, y_20: -1 }, lower: -Infinity, upper: 0 });
    expect(mip.variables.find((v) => v.name === 'y_10')?.objective).toBeCloseTo(-0.1 + 0.4, 12);
    expect(mip.variables.find((v) => v.name === 'y_20')?.objective).toBe(-0.1);
  });

  it('adds nothing when the rules are absent or neutral', () => {
    const neutral = buildConsortiumModel({
      ...instance,
      candidates: instance.candidates.map((c) => ({ ...c, interested: true, ties: [10, 20] })),
      options: { ...instance.options, maxLargeStake: 1, interestBonus: 0, tieBonus: 0 },
    });
    expect(toLpFormat(neutral.mip)).toBe(toLpFormat(buildConsortiumModel(instance).mip));
  });
});

describe('buildConsortiumModel', () => {
  const { mip, memberColumns, fillColumns } = buildConsortiumModel(instance);

  it('has y per candidate, x per positive-fit pair, z per industry, all binary, with the value as objective', () => {
    expect(mip.sense).toBe('maximize');
    expect(mip.variables.map((v) => [v.name, v.objective])).toEqual([
      ['y_10', -0.1],
      ['y_20', -0.1],
      ['x_10_1', 1],
      ['x_20_1', 1.6],
      ['x_20_2', 1.5],
      ['z_1', 0.5],
      ['z_2', 0.5],
    ]);
    expect(mip.variables.every((v) => v.integer && v.lower === 0 && v.upper === 1)).toBe(true);
    expect(mip.objectiveOffset).toBe(-0.5); // the −μ of μ (industries − 1)
    expect(memberColumns).toEqual([0, 1]);
    expect(fillColumns).toEqual([
      { candidate: 0, slot: 0, column: 2 },
      { candidate: 1, slot: 0, column: 3 },
      { candidate: 1, slot: 1, column: 4 },
    ]);
  });

  it('states every constraint of docs/matching.md as a row', () => {
    const rows = rowsOf(mip);
    expect(Object.keys(rows)).toEqual([
      'slot_1',
      'slot_2',
      'link_10_1',
      'link_20_1',
      'link_20_2',
      'fills_10',
      'fills_20',
      'size',
      'smes',
      'large_share',
      'industry_1',
      'industry_2',
      'industries',
    ]);
    expect(rows.slot_1).toEqual({ terms: { x_10_1: 1, x_20_1: 1 }, lower: -Infinity, upper: 1 });
    expect(rows.link_20_2).toEqual({ terms: { x_20_2: 1, y_20: -1 }, lower: -Infinity, upper: 0 });
    expect(rows.fills_20).toEqual({ terms: { y_20: 1, x_20_1: -1, x_20_2: -1 }, lower: -Infinity, upper: 0 });
    expect(rows.size).toEqual({ terms: { y_10: 1, y_20: 1 }, lower: 1, upper: 2 });
    expect(rows.smes).toEqual({ terms: { y_10: 1 }, lower: 1, upper: Infinity });
    // nLarge <= 0.5 |T|  <=>  (1 − 0.5) y_20 − 0.5 y_10 <= 0
    expect(rows.large_share).toEqual({ terms: { y_10: -0.5, y_20: 0.5 }, lower: -Infinity, upper: 0 });
    expect(rows.industry_2).toEqual({ terms: { z_2: 1, y_20: -1 }, lower: -Infinity, upper: 0 });
    expect(rows.industries).toEqual({ terms: { z_1: 1, z_2: 1 }, lower: 2, upper: Infinity });
  });

  it('fixes included organisations, makes slots equalities under full coverage, and adds required kinds', () => {
    const strict = buildConsortiumModel({
      ...instance,
      options: { ...instance.options, includeOrganizations: [20], requireFullCoverage: true, requiredKinds: ['SME', 'SME'] },
    });
    expect(strict.mip.variables[1]).toMatchObject({ name: 'y_20', lower: 1, upper: 1 });
    const rows = rowsOf(strict.mip);
    expect(rows.slot_2).toEqual({ terms: { x_20_2: 1 }, lower: 1, upper: 1 });
    expect(rows.kind_SME).toEqual({ terms: { y_10: 1 }, lower: 1, upper: Infinity });
    expect(() => buildConsortiumModel({ ...instance, options: { ...instance.options, includeOrganizations: [99] } })).toThrow(/99/);
  });

  it('leaves out industries when neither μ nor minIndustries needs them', () => {
    const plain = buildConsortiumModel({ ...instance, options: { ...instance.options, mu: 0, minIndustries: 1 } });
    expect(plain.mip.variables.some((v) => v.name.startsWith('z_'))).toBe(false);
    expect(plain.mip.objectiveOffset).toBe(0);
  });

  it('pins z_i from below too when μ is negative', () => {
    const rows = rowsOf(buildConsortiumModel({ ...instance, options: { ...instance.options, mu: -0.5 } }).mip);
    expect(rows.industry_1_y_10).toEqual({ terms: { z_1: 1, y_10: -1 }, lower: 0, upper: Infinity });
  });

  it('cuts off a team found before with a no-good cut on its member set', () => {
    const cut = buildConsortiumModel(instance, [
      [10, 20],
      [10, 99],
    ]);
    const rows = rowsOf(cut.mip);
    expect(rows.cut_1).toEqual({ terms: { y_10: 1, y_20: 1 }, lower: -Infinity, upper: 1 });
    expect(rows.cut_2).toBeUndefined(); // a team with a non-candidate cannot recur
    const single = rowsOf(buildConsortiumModel(instance, [[20]]).mip);
    expect(single.cut_1).toEqual({ terms: { y_10: -1, y_20: 1 }, lower: -Infinity, upper: 0 });
  });

  it('writes CPLEX LP text that HiGHS reads to the same optimum', async () => {
    const lp = toLpFormat(mip);
    expect(lp).toContain('Maximize\n obj: - 0.1 y_10 - 0.1 y_20 + x_10_1 + 1.6 x_20_1 + 1.5 x_20_2 + 0.5 z_1 + 0.5 z_2\n');
    expect(lp).toContain(' slot_1: x_10_1 + x_20_1 <= 1\n');
    expect(lp).toContain(' size_lo: y_10 + y_20 >= 1\n size_hi: y_10 + y_20 <= 2\n');
    expect(lp).toContain(' large_share: - 0.5 y_10 + 0.5 y_20 <= 0\n');
    expect(lp).toContain(' industries: z_1 + z_2 >= 2\n');
    expect(lp).toContain('Generals\n y_10 y_20 x_10_1 x_20_1 x_20_2 z_1 z_2\nEnd\n');
    const highs = await loadHighs();
    const solved = highs.solve(lp, { output_flag: false });
    expect(solved.Status).toBe('Optimal');
    expect(solved.ObjectiveValue + mip.objectiveOffset).toBeCloseTo(2.8, 9);
  });
});

describe('readConsortiumSolution', () => {
  const model = buildConsortiumModel(instance);

  it('reads the team and assignment from a hand-made solution, rounding near-binaries', () => {
    //                 y_10  y_20  x_10_1  x_20_1  x_20_2     z_1  z_2
    const values = [0.9999999, 1, 1, 1e-9, 0.99999999, 1, 1];
    expect(readConsortiumSolution(instance, model, values)).toEqual({
      memberIds: [10, 20],
      assignment: [
        { slotId: 1, organizationId: 10 },
        { slotId: 2, organizationId: 20 },
      ],
    });
  });

  it('is inverted by encodeConsortiumSolution (a known team as a solver start)', () => {
    const team = {
      memberIds: [10, 20],
      assignment: [
        { slotId: 1, organizationId: 10 },
        { slotId: 2, organizationId: 20 },
      ],
    };
    const values = encodeConsortiumSolution(instance, model, team) as Float64Array;
    expect([...values]).toEqual([1, 1, 1, 0, 1, 1, 1]);
    expect(readConsortiumSolution(instance, model, values)).toEqual(team);
    expect(encodeConsortiumSolution(instance, model, { memberIds: [10, 30], assignment: [] })).toBeNull();
    expect(encodeConsortiumSolution(instance, model, { memberIds: [10], assignment: [{ slotId: 2, organizationId: 10 }] })).toBeNull();
  });

  it('reads a one-member team with a gap', () => {
    expect(readConsortiumSolution(instance, model, [0, 1, 0, 0, 1, 0, 1])).toEqual({
      memberIds: [20],
      assignment: [{ slotId: 2, organizationId: 20 }],
    });
  });
});

describe('HighsSolver', () => {
  it('solves the model to the hand-computed optimum', async () => {
    const model = buildConsortiumModel(instance);
    const solution = await new HighsSolver().solve(model.mip, { timeLimitSeconds: 5 });
    expect(solution.status).toBe('optimal');
    expect(solution.gap).toBe(0);
    expect(solution.objective).toBeCloseTo(2.8, 9);
    expect(readConsortiumSolution(instance, model, solution.values as Float64Array).assignment).toEqual([
      { slotId: 1, organizationId: 10 },
      { slotId: 2, organizationId: 20 },
    ]);
  });

  it('accepts a known team as a start and still returns the optimum', async () => {
    const model = buildConsortiumModel(instance);
    const start = encodeConsortiumSolution(instance, model, {
      memberIds: [10, 20],
      assignment: [
        { slotId: 1, organizationId: 10 },
        { slotId: 2, organizationId: 20 },
      ],
    });
    const solution = await new HighsSolver().solve(model.mip, { timeLimitSeconds: 5 }, start);
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(2.8, 9);
  });

  it('reports infeasibility', async () => {
    const model = buildConsortiumModel(instance, [[10, 20]]); // the only team, cut off
    expect(await new HighsSolver().solve(model.mip, { timeLimitSeconds: 5 })).toMatchObject({ status: 'infeasible', values: null });
  });
});

describe('Lagrangian bounds (pricing)', () => {
  const model = buildConsortiumModel(instance);

  it('bounds the optimum with any valid multipliers, and tightly with the LP duals', async () => {
    const zero = new Float64Array(model.mip.constraints.length);
    // No multipliers: offset + every positive objective coefficient.
    expect(lagrangianBound(model.mip, zero)).toBeCloseTo(-0.5 + 1 + 1.6 + 1.5 + 0.5 + 0.5, 12);
    const lp = await new HighsSolver().solveRelaxation(model.mip, { timeLimitSeconds: 5 });
    expect(lp.status).toBe('optimal');
    const m = validMultipliers(model.mip, lp.rowDuals as Float64Array);
    const bound = lagrangianBound(model.mip, m);
    expect(bound).toBeCloseTo(lp.objective, 6);
    expect(bound).toBeGreaterThanOrEqual(2.8 - 1e-9);
  });

  it('clips multipliers to the signs a row allows', () => {
    const duals = new Float64Array(model.mip.constraints.length).fill(-1);
    const m = validMultipliers(model.mip, duals);
    // slot_1 has no lower side: a negative multiplier is not allowed there; smes has one.
    expect(m[0]).toBe(0);
    expect(m[model.mip.constraints.findIndex((c) => c.name === 'smes')]).toBe(-1);
  });

  it('bounds every team that contains an organisation left out of the model', async () => {
    // 30: MID_SIZED, industry 3, fits [1, 1]. Its best team is {10, 30}: 1 + 3 + 0.5 − 0.2 = 4.3.
    const outsider = { id: 30, kind: 'MID_SIZED', industryId: 3, fits: [1, 1] };
    const lp = await new HighsSolver().solveRelaxation(model.mip, { timeLimitSeconds: 5 });
    const m = validMultipliers(model.mip, lp.rowDuals as Float64Array);
    const { bound, teamBounds } = boundsWithOutside(model, instance.options, [2, 3], m, [outsider]);
    expect(teamBounds[0]).toBeGreaterThanOrEqual(4.3 - 1e-9);
    expect(bound).toBeGreaterThanOrEqual(4.3 - 1e-9);
  });
});

describe('assembleConsortium with a stub solver', () => {
  const project: ProjectInput = {
    cityId: 1,
    slots: [{ id: 1, domainId: 1, technologyIds: [], minLevel: 1, weight: 2, allowedKinds: null }],
  };
  const orgs: OrganizationInput[] = [{ id: 1, kind: 'SME', industryId: 1, capabilities: [{ id: 1, domainId: 1, level: 3, technologyIds: [], cityIds: [] }] }];

  it('reports a time-limited incumbent as unproven, with the solver gap', async () => {
    const highs = new HighsSolver();
    const stub: MipSolver = {
      async solve(model, limits) {
        const solution = await highs.solve(model, limits);
        return solution.values === null ? solution : { ...solution, status: 'time-limit', gap: 0.25 };
      },
    };
    // exactUpTo 0: the stub solves even this one-candidate pool (else the exact search would).
    const result = await assembleConsortium(project, orgs, { ...DEFAULT_CONSORTIUM_OPTIONS, minIndustries: 1, k: 2 }, stub, { exactUpTo: 0 });
    expect(result.alternatives).toHaveLength(1);
    expect(result.alternatives[0].optimality).toEqual({ proven: false, gap: 0.25 });
    expect(result.alternatives[0].value).toBeCloseTo(2 * 0.8 - 0.1, 12);
    expect(result.stats.relaxations).toBe(0); // the stub has no relaxation: one MIP over every candidate
  });

  it('says so when the time limit ends the search before any team', async () => {
    const stub: MipSolver = { solve: async () => ({ status: 'time-limit', values: null, objective: NaN, gap: Infinity }) };
    const result = await assembleConsortium(project, orgs, { ...DEFAULT_CONSORTIUM_OPTIONS, minIndustries: 1, timeLimitMs: 2000 }, stub, { exactUpTo: 0 });
    expect(result).toMatchObject({ alternatives: [], infeasibleReason: 'the solver found no team within the time limit of 2 s' });
  });
});
