// Lagrangian bounds that let assembleConsortium solve a small model and prove that the
// organisations left out of it cannot do better (column generation with reduced-cost pruning).
//
// For max c'x subject to lower <= Ax <= upper and variable bounds, and any multipliers m with
// m_r >= 0 only where row r has an upper side and m_r <= 0 only where it has a lower side,
//
//   OPT <= Σ_r m_r · (upper_r if m_r > 0, lower_r if m_r < 0) + Σ_j max_{x_j in bounds} (c_j − Σ_r a_rj m_r) x_j
//
// (weak duality). The LP relaxation's row duals are the best such m for the model at hand. An
// organisation B outside the model enters the shared rows (slots, size, kinds, industries, …) and
// its own rows (x_B,r <= y_B, y_B <= Σ_r x_B,r); keeping its own rows inside its block, its best
// contribution is max(0, rv_B), with rv_B its reduced profit when it joins (below). So
//
//   bound = (bound of the restricted model) + Σ_{B outside} max(0, rv_B) (+ industries only outside)
//
// bounds every team, and bound − max(0, rv_B) + rv_B bounds every team that contains B.
//
// Rows of the further rules: B's x enter the stake-cap row like the slot rows; a block row or a tie
// variable involving B is not in the model, and a missing row counts with multiplier 0 (dropping
// a constraint only raises the bound). B's tie variables t_B,o <= y_B belong to B's block, and B
// has at most min(ties of B, team size − 1) partners in a team, so each adds at most tieBonus.
import type { ConsortiumCandidate, ConsortiumModel, ModelOptions } from './consortium-model';
import type { MipModel } from './mip';
import { rulesOf } from './rules';
import { LARGE_KIND, SMALL_KINDS } from './types';

/** Duals clipped to the signs for which the bound above holds (so rounding noise cannot break it). */
export function validMultipliers(model: MipModel, duals: ArrayLike<number>): Float64Array {
  const m = new Float64Array(model.constraints.length);
  model.constraints.forEach((c, r) => {
    const d = Number.isFinite(duals[r]) ? duals[r] : 0;
    m[r] = d > 0 ? (c.upper === Infinity ? 0 : d) : d < 0 ? (c.lower === -Infinity ? 0 : d) : 0;
  });
  return m;
}

/** The weak-duality bound of the model itself for multipliers from validMultipliers. */
export function lagrangianBound(model: MipModel, m: Float64Array): number {
  const reduced = model.variables.map((v) => v.objective);
  let bound = model.objectiveOffset;
  model.constraints.forEach((c, r) => {
    if (m[r] === 0) return;
    bound += m[r] * (m[r] > 0 ? c.upper : c.lower);
    for (const t of c.terms) reduced[t.variable] -= t.coefficient * m[r];
  });
  model.variables.forEach((v, j) => {
    bound += Math.max(reduced[j] * v.lower, reduced[j] * v.upper);
  });
  return bound;
}

/**
 * rv_B: the best reduced profit of organisation B (not in the model) joining a team, i.e. with
 * y_B = 1 and a non-empty set of slots, under multipliers m of the model's shared rows. Rows the
 * model lacks (e.g. no industry row for B's industry) count with multiplier 0, which is allowed.
 */
export function reducedProfit(
  model: Pick<ConsortiumModel, 'rows'>,
  options: ModelOptions,
  slotWeights: readonly number[],
  m: Float64Array,
  candidate: ConsortiumCandidate,
  slotShares: readonly number[] = [],
): number {
  const { rows } = model;
  const rules = rulesOf(options);
  let member = -options.kappa - m[rows.size];
  if (rows.sizeLower !== null) member -= m[rows.sizeLower];
  if (rules.interestBonus !== 0 && candidate.interested === true) member += rules.interestBonus;
  if (rules.tieBonus > 0 && candidate.ties !== undefined) {
    const partners = Math.min(candidate.ties.length, Math.min(options.maxMembers, slotWeights.length) - 1);
    if (partners > 0) member += rules.tieBonus * partners;
  }
  if (rows.smes !== null && SMALL_KINDS.includes(candidate.kind)) member -= m[rows.smes];
  const kindRow = rows.kinds.get(candidate.kind);
  if (kindRow !== undefined) member -= m[kindRow];
  if (rows.largeShare !== null) {
    member -= m[rows.largeShare] * (candidate.kind === LARGE_KIND ? 1 - options.maxLargeShare : -options.maxLargeShare);
  }
  const industryRow = rows.industries.get(candidate.industryId);
  if (industryRow !== undefined) member += m[industryRow]; // y enters z_i − Σ y <= 0 with −1
  const stakeCoefficient = rows.largeStake === null ? 0 : m[rows.largeStake] * ((candidate.kind === LARGE_KIND ? 1 : 0) - (rules.maxLargeStake as number));
  let positive = 0;
  let best = -Infinity;
  candidate.fits.forEach((f, r) => {
    if (!(f > 0)) return;
    let profit = slotWeights[r] * f - m[rows.slots[r]];
    if (stakeCoefficient !== 0) profit -= stakeCoefficient * (slotShares[r] ?? 1);
    if (profit > 0) positive += profit;
    if (profit > best) best = profit;
  });
  if (best === -Infinity) return -Infinity; // fills no slot, so can never be a member
  return member + (positive > 0 ? positive : best);
}

export interface OutsideBounds {
  /** Upper bound on the value of every team drawn from the model's candidates and `outside`. */
  bound: number;
  /** rv_B per outside candidate. */
  reducedProfits: number[];
  /** Upper bound on the value of every team containing outside candidate B. */
  teamBounds: number[];
}

export function boundsWithOutside(
  model: ConsortiumModel,
  options: ModelOptions,
  slotWeights: readonly number[],
  m: Float64Array,
  outside: readonly ConsortiumCandidate[],
  slotShares: readonly number[] = [],
): OutsideBounds {
  let bound = lagrangianBound(model.mip, m);
  const reducedProfits = outside.map((c) => reducedProfit(model, options, slotWeights, m, c, slotShares));
  for (const rv of reducedProfits) bound += Math.max(0, rv);
  // An industry only outside the model brings its own z_i (objective μ, in the minIndustries row).
  if (options.mu !== 0 || options.minIndustries > 1) {
    const minIndustries = model.rows.minIndustries === null ? 0 : m[model.rows.minIndustries];
    const newIndustries = new Set(outside.map((c) => c.industryId).filter((i) => !model.industryColumns.has(i)));
    bound += newIndustries.size * Math.max(0, options.mu - minIndustries);
  }
  const teamBounds = reducedProfits.map((rv) => bound - Math.max(0, rv) + rv);
  return { bound, reducedProfits, teamBounds };
}
