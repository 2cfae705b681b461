// The MIP solver behind a small interface (STYLE: tests check the model without a solver), and
// its HiGHS implementation: HiGHS compiled to WebAssembly, from the `highs` package.
import highsLoader from 'highs';
import type { Highs, ModelData } from 'highs';
import type { MipModel } from './mip';

export type MipStatus = 'optimal' | 'infeasible' | 'time-limit';

export interface MipSolution {
  status: MipStatus;
  /** Variable values by index of MipModel.variables; null when no feasible solution is known. */
  values: Float64Array | null;
  /** Objective including the model's offset; NaN without a solution. */
  objective: number;
  /** Relative MIP gap |primal - dual bound| / |primal| as the solver reports it; 0 when optimal. */
  gap: number;
}

/** The LP relaxation (integrality dropped) and its row duals. */
export interface LpSolution {
  status: MipStatus;
  objective: number;
  /**
   * Per row, d(objective)/d(active bound): >= 0 when the upper side binds, <= 0 when the lower side
   * binds (for a maximisation). null without an optimal LP solution.
   */
  rowDuals: Float64Array | null;
}

export interface MipSolver {
  /** `start`: values of a known feasible solution, a hint that may be ignored. */
  solve(model: MipModel, limits: { timeLimitSeconds: number }, start?: Float64Array | null): Promise<MipSolution>;
  /**
   * Optional: lets assembleConsortium work on a small priced subset of candidates and prove that
   * the rest cannot do better. Without it every candidate left by dominance pruning goes into one MIP.
   */
  solveRelaxation?(model: MipModel, limits: { timeLimitSeconds: number }): Promise<LpSolution>;
}

// One WebAssembly runtime per process: instantiating it costs about 100 ms and each solve gets a
// fresh native model anyway. A failed load is forgotten so that a later call can retry.
let runtime: Promise<Highs> | null = null;

export function loadHighs(): Promise<Highs> {
  runtime ??= highsLoader().catch((error: unknown) => {
    runtime = null;
    throw error;
  });
  return runtime;
}

/** The model as HiGHS's structured input: rows in CSR form, columns in MipModel order. */
function toModelData(highs: Highs, model: MipModel, relax = false): ModelData {
  const numCols = model.variables.length;
  const numRows = model.constraints.length;
  const starts = new Int32Array(numRows + 1);
  let nonzeros = 0;
  model.constraints.forEach((c, i) => {
    starts[i] = nonzeros;
    nonzeros += c.terms.length;
  });
  starts[numRows] = nonzeros;
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let at = 0;
  for (const c of model.constraints) {
    for (const t of c.terms) {
      indices[at] = t.variable;
      values[at] = t.coefficient;
      at++;
    }
  }
  const bound = (b: number): number => (b === Infinity ? highs.infinity : b === -Infinity ? -highs.infinity : b);
  return {
    numCols,
    numRows,
    sense: model.sense === 'maximize' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    offset: model.objectiveOffset,
    colCost: Float64Array.from(model.variables, (v) => v.objective),
    colLower: Float64Array.from(model.variables, (v) => bound(v.lower)),
    colUpper: Float64Array.from(model.variables, (v) => bound(v.upper)),
    rowLower: Float64Array.from(model.constraints, (c) => bound(c.lower)),
    rowUpper: Float64Array.from(model.constraints, (c) => bound(c.upper)),
    matrix: { format: 'csr', numRows, numCols, starts, indices, values },
    integrality: model.variables.map((v) => (v.integer && !relax ? highs.constants.variableType.integer : highs.constants.variableType.continuous)),
  };
}

/** Models up to this many variables (about 20 candidates) get SMALL_MODEL_OPTIONS. */
const SMALL_MODEL_VARIABLES = 150;

/**
 * On small models, the feasibility-jump heuristic costs 10–40 ms per solve in this WebAssembly build
 * and presolve a few more, while neither finds anything the start solution and branching do not:
 * instances of at most 20 candidates ran about 3× faster without them, every answer the same
 * (docs/performance.md). Large models keep both.
 */
const SMALL_MODEL_OPTIONS = { mip_heuristic_run_feasibility_jump: false, presolve: 'off' } as const;

/**
 * HiGHS with an exact optimality target: mip_rel_gap 0 and a tiny absolute gap, because callers
 * compare values that can differ by less than HiGHS's default 1e-4 relative gap and the k-best
 * alternatives must come out in true value order.
 *
 * The solve runs synchronously on the calling thread (the WebAssembly build is single-threaded),
 * so it blocks the event loop for its duration, bounded by the time limit.
 */
export class HighsSolver implements MipSolver {
  async solve(model: MipModel, limits: { timeLimitSeconds: number }, start?: Float64Array | null): Promise<MipSolution> {
    const highs = await loadHighs();
    const native = highs.createModel(toModelData(highs, model));
    try {
      native.options.set({
        output_flag: false,
        mip_rel_gap: 0,
        mip_abs_gap: 1e-9,
        ...(model.variables.length <= SMALL_MODEL_VARIABLES ? SMALL_MODEL_OPTIONS : {}),
        time_limit: Math.max(0.001, limits.timeLimitSeconds),
      });
      // A known team as the first incumbent: finding one is much of HiGHS's root work here.
      if (start) native.setSolution({ colValue: start });
      native.run();
      const code = native.getModelStatus();
      const { modelStatus } = highs.constants;
      if (code === modelStatus.optimal) {
        return { status: 'optimal', values: native.getSolution().colValue, objective: native.getObjectiveValue(), gap: 0 };
      }
      // Presolve may only tell "infeasible or unbounded"; this model is bounded (binaries only).
      if (code === modelStatus.infeasible || code === modelStatus.unboundedOrInfeasible) {
        return { status: 'infeasible', values: null, objective: NaN, gap: Infinity };
      }
      if (code === modelStatus.timeLimit || code === modelStatus.interrupted) {
        const feasible = Number(native.info.get('primal_solution_status')) === 2;
        const gap = Number(native.info.get('mip_gap'));
        return feasible
          ? { status: 'time-limit', values: native.getSolution().colValue, objective: native.getObjectiveValue(), gap: Number.isFinite(gap) ? gap : Infinity }
          : { status: 'time-limit', values: null, objective: NaN, gap: Infinity };
      }
      throw new Error(`HiGHS stopped with model status ${code}`);
    } finally {
      native.dispose();
    }
  }

  async solveRelaxation(model: MipModel, limits: { timeLimitSeconds: number }): Promise<LpSolution> {
    const highs = await loadHighs();
    const native = highs.createModel(toModelData(highs, model, true));
    try {
      native.options.set({ output_flag: false, time_limit: Math.max(0.001, limits.timeLimitSeconds) });
      native.run();
      const code = native.getModelStatus();
      const { modelStatus } = highs.constants;
      if (code === modelStatus.optimal) {
        return { status: 'optimal', objective: native.getObjectiveValue(), rowDuals: native.getSolution().rowDual };
      }
      if (code === modelStatus.infeasible || code === modelStatus.unboundedOrInfeasible) {
        return { status: 'infeasible', objective: NaN, rowDuals: null };
      }
      return { status: 'time-limit', objective: NaN, rowDuals: null };
    } finally {
      native.dispose();
    }
  }
}

let defaultSolver: HighsSolver | null = null;

/** The shared HiGHS solver (stateless, so one instance serves every caller). */
export function highsSolver(): MipSolver {
  defaultSolver ??= new HighsSolver();
  return defaultSolver;
}
