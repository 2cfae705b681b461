import fs from 'node:fs';
import path from 'node:path';
import { Piscina } from 'piscina';
import {
  assembleConsortium,
  assemblePortfolio,
  DEFAULT_PORTFOLIO_TIME_LIMIT_MS,
  DEFAULT_TIME_LIMIT_MS,
  explainExclusion,
  loadHighs,
  partnerMatches,
  type AssembleResult,
  type ConsortiumOptions,
  type ExclusionExplanation,
  type OrganizationInput,
  type PartnerMatch,
  type PortfolioProjectInput,
  type PortfolioResult,
  type PortfolioSettings,
  type ProjectInput,
} from '../../matching';
import {
  packPool,
  withRules,
  type AssembleTask,
  type Candidates,
  type ExplainTask,
  type PackedPool,
  type PartnersTask,
  type PortfolioTask,
  type RuleInputs,
} from './solver-tasks';

/**
 * The candidate pool that candidates are taken from (CandidatePool's, for one data version).
 * Threads share it packed, so a task names its candidates instead of copying them.
 */
export interface PoolSnapshot {
  version: string;
  organizations: readonly OrganizationInput[];
}

/**
 * Where the matching core runs: on worker threads in the server (workerPoolRunner), on the
 * caller's thread in tests and tools (inProcessRunner). Same plain data in, same results out.
 */
export interface MatchingRunner {
  /** `rules`: the candidates' rule inputs (rule-inputs.ts), merged in where the core runs. */
  assembleConsortium(
    project: ProjectInput,
    organizations: OrganizationInput[],
    options: ConsortiumOptions,
    source?: PoolSnapshot,
    rules?: RuleInputs,
  ): Promise<AssembleResult>;
  explainExclusion(
    project: ProjectInput,
    organizations: OrganizationInput[],
    options: ConsortiumOptions,
    organizationId: number,
    source?: PoolSnapshot,
    rules?: RuleInputs,
  ): Promise<ExclusionExplanation>;
  /** `organizations`: every project's candidates together; `rules` hold no interest (that is per project, in `projects`). */
  assemblePortfolio(
    projects: PortfolioProjectInput[],
    organizations: OrganizationInput[],
    settings: PortfolioSettings,
    source?: PoolSnapshot,
    rules?: RuleInputs,
  ): Promise<PortfolioResult>;
  partnerMatches(
    seeker: OrganizationInput,
    candidates: OrganizationInput[],
    project: ProjectInput,
    mu: number,
    limit: number,
    source?: PoolSnapshot,
    rules?: RuleInputs,
  ): Promise<PartnerMatch[]>;
  /** Gets the solver ready (HiGHS's WebAssembly loaded) before the first request. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

/** A solve the pool gave up on: its thread was stopped past the time limit plus POOL_GRACE_MS. */
export class SolverTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`the solver did not finish within ${limitMs} ms`);
    this.name = 'SolverTimeoutError';
  }
}

/** Every solver thread is busy and MAX_WAITING_PER_THREAD solves per thread are already waiting. */
export class SolverBusyError extends Error {
  constructor() {
    super('every solver thread is busy');
    this.name = 'SolverBusyError';
  }
}

/** Solves that may wait per thread; beyond, a new one is refused at once rather than queued for long. */
export const MAX_WAITING_PER_THREAD = 32;

/**
 * What a solve may overrun its time limit by before the pool stops its thread. HiGHS checks its
 * own limit often and returns its best team so far ('time-limit'), so this only catches a solve
 * that does not stop (a stuck presolve, a pathological model); it then answers an error.
 */
export const POOL_GRACE_MS = 1_000;
/** partnerMatches is linear scoring (p95 under 100 ms on 10,000 members); this bounds a runaway one. */
const PARTNER_LIMIT_MS = DEFAULT_TIME_LIMIT_MS;
/**
 * explainExclusion runs the optimum and the run with X side by side, then (only when no team has X)
 * a few feasibility checks: its thread may take this many time limits before the pool stops it.
 */
const EXPLAIN_LIMITS = 3;

/** The core on the calling thread: no copying, but each solve blocks that thread's event loop. */
export function inProcessRunner(): MatchingRunner {
  return {
    assembleConsortium: (project, organizations, options, _source, rules) => assembleConsortium(project, withRules(organizations, rules), options),
    explainExclusion: (project, organizations, options, organizationId, _source, rules) =>
      explainExclusion(project, withRules(organizations, rules), options, organizationId),
    assemblePortfolio: (projects, organizations, settings, _source, rules) => assemblePortfolio(projects, withRules(organizations, rules), settings),
    partnerMatches: async (seeker, candidates, project, mu, limit, _source, rules) => partnerMatches(seeker, withRules(candidates, rules), project, mu, limit),
    warmUp: async () => {
      await loadHighs();
    },
    close: async () => undefined,
  };
}

/**
 * The compiled worker. The server runs from dist/, where it sits next to this file. Tests that
 * import src/ through ts-jest load this file as TypeScript, and a thread cannot: they use the
 * compiled copy in dist/, which `npm test` builds first (test/support/http-app.ts runs the core
 * in-process instead unless a test asks for threads).
 */
export function solverWorkerFile(): string {
  const beside = path.join(__dirname, 'solver.worker.js');
  if (fs.existsSync(beside)) return beside;
  const compiled = path.resolve(__dirname, '../../../dist/src/modules/matching/solver.worker.js');
  if (fs.existsSync(compiled)) return compiled;
  throw new Error('The solver worker is not compiled: run `npm run build` first (npm start and npm test do), or set MATCHING_THREADS=0.');
}

/**
 * The core on `threads` worker threads (Piscina), so a solve never blocks the event loop that
 * answers every other request. Solves wait here for a free thread (at most
 * MAX_WAITING_PER_THREAD per thread) so that the time limit counts from when a thread takes
 * one, as on the calling thread: HiGHS gets the limit, and a solve still running POOL_GRACE_MS
 * past it is aborted, its thread stopped and replaced.
 */
export function workerPoolRunner(threads: number, workerFile = solverWorkerFile()): MatchingRunner {
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
  let closed = false;
  let busy = 0;
  const waiting: (() => void)[] = [];
  const acquire = async (): Promise<void> => {
    if (busy < threads) {
      busy++;
      return;
    }
    if (waiting.length >= threads * MAX_WAITING_PER_THREAD) throw new SolverBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve)); // the releasing solve hands its thread over
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  };
  // The latest pool, packed once: a new data version packs again (about 10 ms for 10,000 members).
  let shared: { organizations: PoolSnapshot['organizations']; packed: PackedPool; members: Set<OrganizationInput> } | null = null;
  const candidatesOf = (organizations: OrganizationInput[], source: PoolSnapshot | undefined): Candidates => {
    if (!source) return { pool: null, ids: [], others: organizations };
    if (shared?.organizations !== source.organizations) {
      shared = { organizations: source.organizations, packed: packPool(source.version, source.organizations), members: new Set(source.organizations) };
    }
    const { members } = shared;
    return {
      pool: shared.packed,
      ids: organizations.filter((o) => members.has(o)).map((o) => o.id),
      others: organizations.filter((o) => !members.has(o)),
    };
  };
  const run = async <T>(name: string, task: () => unknown, limitMs: number): Promise<T> => {
    await acquire();
    try {
      return (await pool.run(task(), { name, signal: AbortSignal.timeout(limitMs + POOL_GRACE_MS) })) as T;
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw new SolverTimeoutError(limitMs + POOL_GRACE_MS);
      throw error;
    } finally {
      release();
    }
  };
  return {
    assembleConsortium(project, organizations, options, source, rules) {
      const limitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
      const candidates = candidatesOf(organizations, source);
      const task = (): AssembleTask => ({ project, candidates, options, rules, deadline: Date.now() + limitMs });
      return run<AssembleResult>('assemble', task, limitMs);
    },
    explainExclusion(project, organizations, options, organizationId, source, rules) {
      const limitMs = (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) * EXPLAIN_LIMITS;
      const candidates = candidatesOf(organizations, source);
      const task = (): ExplainTask => ({ project, candidates, options, rules, organizationId, deadline: Date.now() + limitMs });
      return run<ExclusionExplanation>('explain', task, limitMs);
    },
    assemblePortfolio(projects, organizations, settings, source, rules) {
      const limitMs = settings.timeLimitMs ?? DEFAULT_PORTFOLIO_TIME_LIMIT_MS;
      const candidates = candidatesOf(organizations, source);
      const task = (): PortfolioTask => ({ projects, candidates, settings, rules, deadline: Date.now() + limitMs });
      return run<PortfolioResult>('portfolio', task, limitMs);
    },
    partnerMatches(seeker, organizations, project, mu, limit, source, rules) {
      const task: PartnersTask = { seeker, candidates: candidatesOf(organizations, source), project, mu, limit, rules };
      return run<PartnerMatch[]>('partners', () => task, PARTNER_LIMIT_MS);
    },
    async warmUp() {
      try {
        await Promise.all(Array.from({ length: threads }, () => pool.run(null, { name: 'warm' })));
      } catch (error) {
        // A server stopped while it warms up ends the warm-up tasks: that is no failure worth a warning.
        if (!closed) throw error;
      }
    },
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}
