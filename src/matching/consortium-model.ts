// The consortium MIP of docs/matching.md: one function builds it from an instance, one reads a solution
// back (and one writes a known team as a solution, to start the solver from). Variables (binary):
//   y_o     organisation o is a member
//   x_o_r   o fills slot r (only pairs with fit(o, r) > 0, so a slot is filled only with fit > 0)
//   z_i     industry i is represented
//   t_a_b   members a and b, who have a past tie, are both in (continuous in [0, 1]; only with tieBonus)
// Objective: max Σ w_r fit(o, r) x_o_r + μ Σ z_i − κ Σ y_o + interestBonus Σ_{o interested} y_o
// + tieBonus Σ t_a_b, plus the constant −μ (objective offset), which is exactly value(T, a) of the design.
// The same rows can be added as one block of a larger program (addConsortiumBlock): the portfolio
// model (assemble-portfolio.ts) puts one block per project side by side, scaled by the project's
// weight and switched on by an activation variable s (a team exists iff s = 1), and links them.
import type { MipConstraint, MipModel, MipTerm, MipVariable } from './mip';
import { budgetShare, rulesOf, stakeCapActive } from './rules';
import { LARGE_KIND, SMALL_KINDS, type ConsortiumOptions, type Kind } from './types';

export interface ConsortiumCandidate {
  id: number;
  kind: Kind;
  industryId: number;
  /** fit(o, r) for each instance slot, in slot order; 0 where o cannot fill the slot. */
  fits: readonly number[];
  /** Expressed interest in the project (earns interestBonus). */
  interested?: boolean;
  /** Ids it may not share a team with; a pair is blocked when either side lists the other. */
  blocks?: readonly number[];
  /** Ids it has a past tie with; a pair is tied when either side lists the other. */
  ties?: readonly number[];
}

export type ModelOptions = Pick<
  ConsortiumOptions,
  | 'maxMembers'
  | 'minSmes'
  | 'minIndustries'
  | 'requiredKinds'
  | 'maxLargeShare'
  | 'includeOrganizations'
  | 'requireFullCoverage'
  | 'mu'
  | 'kappa'
  | 'maxLargeStake'
  | 'interestBonus'
  | 'tieBonus'
>;

export interface ConsortiumInstance {
  /** budgetShare defaults to 1. */
  slots: readonly { id: number; weight: number; budgetShare?: number }[];
  candidates: readonly ConsortiumCandidate[];
  options: ModelOptions;
}

/** Variables and rows being collected, shared by the blocks of one program. */
export interface ModelBuilder {
  variables: MipVariable[];
  constraints: MipConstraint[];
}

export interface BlockSettings {
  /** Prepended to every variable and row name, to keep names unique across blocks (default none). */
  prefix?: string;
  /** Multiplies every objective coefficient of the block (a project's weight; default 1). */
  objectiveScale?: number;
  /**
   * Column of a binary s: with it, every lower bound of the block (team size >= 1, minSmes,
   * requiredKinds, minIndustries, full coverage, included members) becomes a multiple of s and the
   * size row caps Σ y at maxMembers · s, so s = 0 means no team (value 0) and s = 1 the model as
   * it stands; the −μ offset becomes −μ · s. Without it the block must hold a team.
   */
  activation?: number;
}

/** One consortium model's columns and rows inside a program (indices into the builder's arrays). */
export interface ConsortiumBlock {
  /** Column of y_o for each candidate, in candidate order. */
  memberColumns: number[];
  /** The x columns: candidate and slot indices into the instance. */
  fillColumns: { candidate: number; slot: number; column: number }[];
  /** Column of z_i per industry id (absent when neither μ nor minIndustries needs industries). */
  industryColumns: Map<number, number>;
  /** Column of t_a_b per tied pair (candidate indices a < b), only with tieBonus > 0. */
  tieColumns: { a: number; b: number; column: number }[];
  /** Indices of the rows that organisations outside the instance would also enter (for pricing). */
  rows: {
    slots: number[];
    size: number;
    /** With activation: the row s <= Σ y (the size row is then Σ y <= maxMembers · s). */
    sizeLower: number | null;
    smes: number | null;
    kinds: Map<Kind, number>;
    largeShare: number | null;
    largeStake: number | null;
    industries: Map<number, number>;
    minIndustries: number | null;
  };
  /** The constant of the block's objective (−μ · scale without activation, else 0). */
  objectiveOffset: number;
}

export interface ConsortiumModel extends ConsortiumBlock {
  mip: MipModel;
}

/** Ids become part of LP names, which allow letters, digits and underscores only. */
const nameOf = (value: number | string): string =>
  String(value)
    .replace(/-/g, 'm')
    .replace(/[^A-Za-z0-9_]/g, '_');

/**
 * The MIP for `instance`, with a no-good cut for each member set in `excludedTeams` (organisation
 * ids): Σ_{o∈T} y_o − Σ_{o∉T} y_o <= |T| − 1 forbids exactly the team T, which is how the k best
 * distinct teams are found one after another.
 */
export function buildConsortiumModel(instance: ConsortiumInstance, excludedTeams: readonly (readonly number[])[] = []): ConsortiumModel {
  const builder: ModelBuilder = { variables: [], constraints: [] };
  const block = addConsortiumBlock(builder, instance, excludedTeams);
  return { mip: { sense: 'maximize', objectiveOffset: block.objectiveOffset, variables: builder.variables, constraints: builder.constraints }, ...block };
}

/**
 * Adds the consortium model of `instance` to `builder` as one block (see BlockSettings); the
 * model of buildConsortiumModel is exactly one such block with the default settings.
 */
export function addConsortiumBlock(
  builder: ModelBuilder,
  instance: ConsortiumInstance,
  excludedTeams: readonly (readonly number[])[] = [],
  settings: BlockSettings = {},
): ConsortiumBlock {
  const { slots, candidates, options } = instance;
  const { variables, constraints } = builder;
  const prefix = settings.prefix ?? '';
  const scale = settings.objectiveScale ?? 1;
  const activation = settings.activation;
  const binary = (name: string, objective: number, lower = 0): number => {
    variables.push({ name: prefix + name, objective: objective * scale, lower, upper: 1, integer: true });
    return variables.length - 1;
  };
  /**
   * lower <= Σ terms <= upper, or with activation lower · s <= Σ terms, i.e. 0 <= Σ terms − lower · s
   * <= upper − lower (exact for s = 1; with s = 0 the block's variables are all 0 anyway).
   */
  const between = (terms: MipTerm[], lower: number, upper: number): { terms: MipTerm[]; lower: number; upper: number } =>
    activation === undefined || lower === -Infinity || lower === 0
      ? { terms, lower, upper }
      : { terms: [...terms, { variable: activation, coefficient: -lower }], lower: 0, upper: upper - lower };
  const sumOf = (columns: number[], coefficient = 1): MipTerm[] => columns.map((variable) => ({ variable, coefficient }));

  const included = new Set(options.includeOrganizations);
  const candidateIds = new Set(candidates.map((c) => c.id));
  for (const id of included) {
    if (!candidateIds.has(id)) throw new Error(`includeOrganizations ${id} is not a candidate of the instance`);
  }

  // Included organisations are fixed in the team through their bounds. The interest bonus is a
  // member's own term, so it goes on y_o (added only when on: the model is otherwise unchanged).
  const rules = rulesOf(options);
  const memberObjective = (c: ConsortiumCandidate): number =>
    rules.interestBonus !== 0 && c.interested === true ? -options.kappa + rules.interestBonus : -options.kappa;
  // With activation an included member is y_o >= s (a row below) rather than a fixed bound.
  const memberColumns = candidates.map((c) => binary(`y_${nameOf(c.id)}`, memberObjective(c), included.has(c.id) && activation === undefined ? 1 : 0));
  const fillColumns: ConsortiumModel['fillColumns'] = [];
  const bySlot: number[][] = slots.map(() => []);
  const byCandidate: number[][] = candidates.map(() => []);
  candidates.forEach((c, o) => {
    slots.forEach((slot, r) => {
      const f = c.fits[r];
      if (!(f > 0)) return;
      const column = binary(`x_${nameOf(c.id)}_${nameOf(slot.id)}`, slot.weight * f);
      fillColumns.push({ candidate: o, slot: r, column });
      bySlot[r].push(column);
      byCandidate[o].push(column);
    });
  });

  const add = (constraint: MipConstraint): number => {
    constraints.push({ ...constraint, name: prefix + constraint.name });
    return constraints.length - 1;
  };
  const rows: ConsortiumModel['rows'] = {
    slots: [],
    size: -1,
    sizeLower: null,
    smes: null,
    kinds: new Map(),
    largeShare: null,
    largeStake: null,
    industries: new Map(),
    minIndustries: null,
  };

  // Each slot at most once (exactly once under full coverage).
  slots.forEach((slot, r) => {
    rows.slots[r] = add({ name: `slot_${nameOf(slot.id)}`, ...between(sumOf(bySlot[r]), options.requireFullCoverage ? 1 : -Infinity, 1) });
  });
  // Only members fill slots (x <= y), and every member fills at least one (y <= Σ x).
  for (const x of fillColumns) {
    const c = candidates[x.candidate];
    add({
      name: `link_${nameOf(c.id)}_${nameOf(slots[x.slot].id)}`,
      terms: [
        { variable: x.column, coefficient: 1 },
        { variable: memberColumns[x.candidate], coefficient: -1 },
      ],
      lower: -Infinity,
      upper: 0,
    });
  }
  candidates.forEach((c, o) => {
    add({
      name: `fills_${nameOf(c.id)}`,
      terms: [{ variable: memberColumns[o], coefficient: 1 }, ...sumOf(byCandidate[o], -1)],
      lower: -Infinity,
      upper: 0,
    });
  });

  // A consortium has at least one member and at most maxMembers.
  if (activation === undefined) rows.size = add({ name: 'size', terms: sumOf(memberColumns), lower: 1, upper: options.maxMembers });
  else {
    // s <= Σ y <= maxMembers · s: the size row (its upper side, which pricing reads) and its lower side.
    rows.size = add({ name: 'size', terms: [...sumOf(memberColumns), { variable: activation, coefficient: -options.maxMembers }], lower: -Infinity, upper: 0 });
    rows.sizeLower = add({ name: 'size_lo', ...between(sumOf(memberColumns), 1, Infinity) });
    candidates.forEach((c, o) => {
      if (included.has(c.id)) add({ name: `included_${nameOf(c.id)}`, ...between([{ variable: memberColumns[o], coefficient: 1 }], 1, Infinity) });
    });
  }

  const membersWhere = (test: (c: ConsortiumCandidate) => boolean): number[] => candidates.flatMap((c, o) => (test(c) ? [memberColumns[o]] : []));
  if (options.minSmes > 0) {
    rows.smes = add({ name: 'smes', ...between(sumOf(membersWhere((c) => SMALL_KINDS.includes(c.kind))), options.minSmes, Infinity) });
  }
  for (const kind of new Set(options.requiredKinds)) {
    rows.kinds.set(kind, add({ name: `kind_${nameOf(kind)}`, ...between(sumOf(membersWhere((c) => c.kind === kind)), 1, Infinity) }));
  }
  // nLarge <= share * |T|, i.e. Σ_large (1 − share) y − Σ_other share y <= 0.
  if (options.maxLargeShare < 1 && candidates.some((c) => c.kind === LARGE_KIND)) {
    const share = options.maxLargeShare;
    rows.largeShare = add({
      name: 'large_share',
      terms: candidates.map((c, o) => ({ variable: memberColumns[o], coefficient: c.kind === LARGE_KIND ? 1 - share : -share })),
      lower: -Infinity,
      upper: 0,
    });
  }

  // Stake cap σ: Σ_{o large} stake(o) <= σ with stake(o) = Σ_{r: a(r)=o} b_r / Σ_{r filled} b_r. The
  // denominator is itself linear in x (Σ_o,r b_r x_o_r) and positive in every team (each member fills a
  // slot), so multiplying through by it is exact: Σ_o,r b_r ([o large] − σ) x_o_r <= 0. Under full
  // coverage the denominator is the constant Σ_r b_r and this is the same row. Only x of large
  // members have a positive coefficient, so without one the row is slack and left out.
  if (stakeCapActive(rules) && candidates.some((c) => c.kind === LARGE_KIND)) {
    const sigma = rules.maxLargeStake;
    rows.largeStake = add({
      name: 'large_stake',
      terms: fillColumns.map((x) => ({
        variable: x.column,
        coefficient: budgetShare(slots[x.slot]) * ((candidates[x.candidate].kind === LARGE_KIND ? 1 : 0) - sigma),
      })),
      lower: -Infinity,
      upper: 0,
    });
  }

  // Blocks: y_a + y_b <= 1 for each blocked pair, in either direction.
  const indexOf = new Map(candidates.map((c, o) => [c.id, o]));
  const pairs = (pick: (c: ConsortiumCandidate) => readonly number[] | undefined): [number, number][] => {
    const seen = new Set<string>();
    const result: [number, number][] = [];
    candidates.forEach((c, a) => {
      for (const id of pick(c) ?? []) {
        const b = indexOf.get(id);
        if (b === undefined || b === a) continue;
        const [p, q] = a < b ? [a, b] : [b, a];
        const key = `${p}:${q}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.push([p, q]);
      }
    });
    return result.sort((u, v) => u[0] - v[0] || u[1] - v[1]);
  };
  for (const [a, b] of pairs((c) => c.blocks)) {
    add({
      name: `block_${nameOf(candidates[a].id)}_${nameOf(candidates[b].id)}`,
      terms: [
        { variable: memberColumns[a], coefficient: 1 },
        { variable: memberColumns[b], coefficient: 1 },
      ],
      lower: -Infinity,
      upper: 1,
    });
  }
  // Ties: t_a_b <= y_a and t_a_b <= y_b; with tieBonus > 0 maximisation raises t to min(y_a, y_b),
  // which is 0 or 1 whenever the y are, so t needs no integrality.
  const tieColumns: ConsortiumModel['tieColumns'] = [];
  if (rules.tieBonus > 0) {
    for (const [a, b] of pairs((c) => c.ties)) {
      const name = `t_${nameOf(candidates[a].id)}_${nameOf(candidates[b].id)}`;
      variables.push({ name: prefix + name, objective: rules.tieBonus * scale, lower: 0, upper: 1, integer: false });
      const column = variables.length - 1;
      tieColumns.push({ a, b, column });
      for (const o of [a, b]) {
        add({
          name: `${name}_${nameOf(candidates[o].id)}`,
          terms: [
            { variable: column, coefficient: 1 },
            { variable: memberColumns[o], coefficient: -1 },
          ],
          lower: -Infinity,
          upper: 0,
        });
      }
    }
  }

  // Industries: z_i <= Σ_{o in i} y_o; with μ >= 0 maximisation raises z_i to 1 wherever allowed.
  // A negative μ would push z_i down instead, so then z_i >= y_o pins it from below as well.
  let objectiveOffset = 0;
  const industryColumns = new Map<number, number>();
  if (options.mu !== 0 || options.minIndustries > 1) {
    const industries = [...new Set(candidates.map((c) => c.industryId))].sort((a, b) => a - b);
    for (const industry of industries) {
      const z = binary(`z_${nameOf(industry)}`, options.mu);
      industryColumns.set(industry, z);
      const members = membersWhere((c) => c.industryId === industry);
      rows.industries.set(
        industry,
        add({ name: `industry_${nameOf(industry)}`, terms: [{ variable: z, coefficient: 1 }, ...sumOf(members, -1)], lower: -Infinity, upper: 0 }),
      );
      if (options.mu < 0) {
        for (const y of members) {
          add({
            name: `industry_${nameOf(industry)}_${variables[y].name.slice(prefix.length)}`,
            terms: [
              { variable: z, coefficient: 1 },
              { variable: y, coefficient: -1 },
            ],
            lower: 0,
            upper: Infinity,
          });
        }
      }
    }
    if (options.minIndustries > 1) {
      rows.minIndustries = add({ name: 'industries', ...between(sumOf([...industryColumns.values()]), options.minIndustries, Infinity) });
    }
    if (activation === undefined) objectiveOffset = -options.mu * scale;
    else variables[activation] = { ...variables[activation], objective: variables[activation].objective - options.mu * scale };
  }

  excludedTeams.forEach((team, n) => {
    const members = new Set(team);
    // A team with a non-candidate can never be chosen, so it needs no cut.
    if ([...members].some((id) => !candidateIds.has(id))) return;
    add({
      name: `cut_${n + 1}`,
      terms: candidates.map((c, o) => ({ variable: memberColumns[o], coefficient: members.has(c.id) ? 1 : -1 })),
      lower: -Infinity,
      upper: members.size - 1,
    });
  });

  return { memberColumns, fillColumns, industryColumns, tieColumns, rows, objectiveOffset };
}

/** Reads the team and its assignment from variable values (by column); binaries are rounded at 0.5. */
export function readConsortiumSolution(
  instance: ConsortiumInstance,
  model: Pick<ConsortiumBlock, 'memberColumns' | 'fillColumns'>,
  values: ArrayLike<number>,
): { memberIds: number[]; assignment: { slotId: number; organizationId: number }[] } {
  const memberIds = instance.candidates.filter((_, o) => values[model.memberColumns[o]] > 0.5).map((c) => c.id);
  const chosen = model.fillColumns.filter((x) => values[x.column] > 0.5).sort((a, b) => a.slot - b.slot);
  const assignment = chosen.map((x) => ({ slotId: instance.slots[x.slot].id, organizationId: instance.candidates[x.candidate].id }));
  return { memberIds: memberIds.sort((a, b) => a - b), assignment };
}

/**
 * The inverse of readConsortiumSolution: variable values for a known team (used as a MIP start).
 * null when the team names an organisation or a pair the model does not have.
 */
export function encodeConsortiumSolution(
  instance: ConsortiumInstance,
  model: ConsortiumModel,
  team: { memberIds: readonly number[]; assignment: readonly { slotId: number; organizationId: number }[] },
): Float64Array | null {
  const values = new Float64Array(model.mip.variables.length);
  return writeConsortiumSolution(instance, model, team, values) ? values : null;
}

/** Writes a known team into `values` at the block's columns; false when the block lacks one of its organisations or pairs. */
export function writeConsortiumSolution(
  instance: ConsortiumInstance,
  model: ConsortiumBlock,
  team: { memberIds: readonly number[]; assignment: readonly { slotId: number; organizationId: number }[] },
  values: Float64Array,
): boolean {
  const candidateOf = new Map(instance.candidates.map((c, o) => [c.id, o]));
  const industries = new Set<number>();
  for (const id of team.memberIds) {
    const o = candidateOf.get(id);
    if (o === undefined) return false;
    values[model.memberColumns[o]] = 1;
    industries.add(instance.candidates[o].industryId);
  }
  const slotOf = new Map(instance.slots.map((s, r) => [s.id, r]));
  const columnOf = new Map(model.fillColumns.map((x) => [`${x.candidate}:${x.slot}`, x.column]));
  for (const a of team.assignment) {
    const column = columnOf.get(`${candidateOf.get(a.organizationId)}:${slotOf.get(a.slotId)}`);
    if (column === undefined) return false;
    values[column] = 1;
  }
  for (const [industry, column] of model.industryColumns) if (industries.has(industry)) values[column] = 1;
  for (const t of model.tieColumns) values[t.column] = Math.min(values[model.memberColumns[t.a]], values[model.memberColumns[t.b]]);
  return true;
}
