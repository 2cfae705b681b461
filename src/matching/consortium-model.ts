// The consortium MIP of docs/matching.md: one function builds it from an instance, one reads a solution
// back (and one writes a known team as a solution, to start the solver from). Variables (binary):
//   y_o     organisation o is a member
//   x_o_r   o fills slot r (only pairs with fit(o, r) > 0, so a slot is filled only with fit > 0)
//   z_i     industry i is represented
// Objective: max Σ w_r fit(o, r) x_o_r + μ Σ z_i − κ Σ y_o, plus the constant −μ (objective offset),
// which is exactly value(T, a) of the design.
import type { MipConstraint, MipModel, MipTerm, MipVariable } from './mip';
import { LARGE_KIND, SMALL_KINDS, type ConsortiumOptions, type Kind } from './types';

export interface ConsortiumCandidate {
  id: number;
  kind: Kind;
  industryId: number;
  /** fit(o, r) for each instance slot, in slot order; 0 where o cannot fill the slot. */
  fits: readonly number[];
}

export type ModelOptions = Pick<
  ConsortiumOptions,
  'maxMembers' | 'minSmes' | 'minIndustries' | 'requiredKinds' | 'maxLargeShare' | 'includeOrganizations' | 'requireFullCoverage' | 'mu' | 'kappa'
>;

export interface ConsortiumInstance {
  slots: readonly { id: number; weight: number }[];
  candidates: readonly ConsortiumCandidate[];
  options: ModelOptions;
}

export interface ConsortiumModel {
  mip: MipModel;
  /** Column of y_o for each candidate, in candidate order. */
  memberColumns: number[];
  /** The x columns: candidate and slot indices into the instance. */
  fillColumns: { candidate: number; slot: number; column: number }[];
  /** Column of z_i per industry id (absent when neither μ nor minIndustries needs industries). */
  industryColumns: Map<number, number>;
  /** Indices of the rows that organisations outside the instance would also enter (for pricing). */
  rows: {
    slots: number[];
    size: number;
    smes: number | null;
    kinds: Map<Kind, number>;
    largeShare: number | null;
    industries: Map<number, number>;
    minIndustries: number | null;
  };
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
  const { slots, candidates, options } = instance;
  const variables: MipVariable[] = [];
  const constraints: MipConstraint[] = [];
  const binary = (name: string, objective: number, lower = 0): number => {
    variables.push({ name, objective, lower, upper: 1, integer: true });
    return variables.length - 1;
  };
  const sumOf = (columns: number[], coefficient = 1): MipTerm[] => columns.map((variable) => ({ variable, coefficient }));

  const included = new Set(options.includeOrganizations);
  const candidateIds = new Set(candidates.map((c) => c.id));
  for (const id of included) {
    if (!candidateIds.has(id)) throw new Error(`includeOrganizations ${id} is not a candidate of the instance`);
  }

  // Included organisations are fixed in the team through their bounds.
  const memberColumns = candidates.map((c) => binary(`y_${nameOf(c.id)}`, -options.kappa, included.has(c.id) ? 1 : 0));
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
    constraints.push(constraint);
    return constraints.length - 1;
  };
  const rows: ConsortiumModel['rows'] = {
    slots: [],
    size: -1,
    smes: null,
    kinds: new Map(),
    largeShare: null,
    industries: new Map(),
    minIndustries: null,
  };

  // Each slot at most once (exactly once under full coverage).
  slots.forEach((slot, r) => {
    rows.slots[r] = add({ name: `slot_${nameOf(slot.id)}`, terms: sumOf(bySlot[r]), lower: options.requireFullCoverage ? 1 : -Infinity, upper: 1 });
  });
  // Only members fill slots (x <= y), and every member fills at least one (y <= Σ x).
  for (const x of fillColumns) {
    const c = candidates[x.candidate];
    constraints.push({
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
    constraints.push({
      name: `fills_${nameOf(c.id)}`,
      terms: [{ variable: memberColumns[o], coefficient: 1 }, ...sumOf(byCandidate[o], -1)],
      lower: -Infinity,
      upper: 0,
    });
  });

  // A consortium has at least one member and at most maxMembers.
  rows.size = add({ name: 'size', terms: sumOf(memberColumns), lower: 1, upper: options.maxMembers });

  const membersWhere = (test: (c: ConsortiumCandidate) => boolean): number[] => candidates.flatMap((c, o) => (test(c) ? [memberColumns[o]] : []));
  if (options.minSmes > 0) {
    rows.smes = add({ name: 'smes', terms: sumOf(membersWhere((c) => SMALL_KINDS.includes(c.kind))), lower: options.minSmes, upper: Infinity });
  }
  for (const kind of new Set(options.requiredKinds)) {
    rows.kinds.set(kind, add({ name: `kind_${nameOf(kind)}`, terms: sumOf(membersWhere((c) => c.kind === kind)), lower: 1, upper: Infinity }));
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
          constraints.push({
            name: `industry_${nameOf(industry)}_${variables[y].name}`,
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
      rows.minIndustries = add({ name: 'industries', terms: sumOf([...industryColumns.values()]), lower: options.minIndustries, upper: Infinity });
    }
    objectiveOffset = -options.mu;
  }

  excludedTeams.forEach((team, n) => {
    const members = new Set(team);
    // A team with a non-candidate can never be chosen, so it needs no cut.
    if ([...members].some((id) => !candidateIds.has(id))) return;
    constraints.push({
      name: `cut_${n + 1}`,
      terms: candidates.map((c, o) => ({ variable: memberColumns[o], coefficient: members.has(c.id) ? 1 : -1 })),
      lower: -Infinity,
      upper: members.size - 1,
    });
  });

  return { mip: { sense: 'maximize', objectiveOffset, variables, constraints }, memberColumns, fillColumns, industryColumns, rows };
}

/** Reads the team and its assignment from variable values (by column); binaries are rounded at 0.5. */
export function readConsortiumSolution(
  instance: ConsortiumInstance,
  model: ConsortiumModel,
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
  const candidateOf = new Map(instance.candidates.map((c, o) => [c.id, o]));
  const industries = new Set<number>();
  for (const id of team.memberIds) {
    const o = candidateOf.get(id);
    if (o === undefined) return null;
    values[model.memberColumns[o]] = 1;
    industries.add(instance.candidates[o].industryId);
  }
  const slotOf = new Map(instance.slots.map((s, r) => [s.id, r]));
  const columnOf = new Map(model.fillColumns.map((x) => [`${x.candidate}:${x.slot}`, x.column]));
  for (const a of team.assignment) {
    const column = columnOf.get(`${candidateOf.get(a.organizationId)}:${slotOf.get(a.slotId)}`);
    if (column === undefined) return null;
    values[column] = 1;
  }
  for (const [industry, column] of model.industryColumns) if (industries.has(industry)) values[column] = 1;
  return values;
}
