// A solver thread of the matching pool (solver-pool.ts). It runs the pure matching core on the
// plain data it is sent and imports nothing else: no database, no GraphQL, no configuration.
import fs from 'node:fs';
import os from 'node:os';
import {
  assembleConsortium,
  assemblePortfolio,
  DEFAULT_PORTFOLIO_TIME_LIMIT_MS,
  DEFAULT_TIME_LIMIT_MS,
  explainExclusion,
  loadHighs,
  partnerMatches,
  type OrganizationInput,
} from '../../matching';
import {
  unpackPool,
  withRules,
  type AssembleTask,
  type Candidates,
  type ExplainTask,
  type PartnersTask,
  type PortfolioTask,
  type RuleInputs,
} from './solver-tasks';

// Loads HiGHS's WebAssembly when the thread starts, not on its first solve.
const highs = loadHighs();

/**
 * On a busy machine the main thread, which answers every request, must win the CPU over a solve:
 * this thread lowers its own scheduling priority. Linux applies setpriority() to a single thread
 * given its id (/proc/thread-self names it); elsewhere the thread keeps the default priority.
 */
const SOLVER_NICENESS = 10;
try {
  const threadId = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(threadId)) os.setPriority(threadId, SOLVER_NICENESS);
} catch {
  // not Linux, or not allowed: solves share the CPU evenly with the main thread
}

// The pool unpacked once per data version, not per task.
let unpacked: { version: string; byId: Map<number, OrganizationInput> } | null = null;

function organizationsOf({ pool, ids, others }: Candidates, rules: RuleInputs | undefined): OrganizationInput[] {
  if (!pool) return withRules(others, rules);
  if (unpacked?.version !== pool.version) unpacked = { version: pool.version, byId: unpackPool(pool) };
  const { byId } = unpacked;
  return withRules([...ids.map((id) => byId.get(id)!), ...others], rules);
}

/** The consortium search; HiGHS's own time limit ends at `deadline` (epoch ms, set when a thread took the task). */
export async function assemble(task: AssembleTask) {
  const timeLimitMs = Math.max(1, Math.min(task.options.timeLimitMs ?? Infinity, task.deadline - Date.now()));
  return assembleConsortium(task.project, organizationsOf(task.candidates, task.rules), { ...task.options, timeLimitMs });
}

/** Why an organisation is not in the best consortium; each of its solver runs gets what is left until `deadline`. */
export async function explain(task: ExplainTask) {
  const timeLimitMs = Math.max(1, Math.min(task.options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS, task.deadline - Date.now()));
  return explainExclusion(task.project, organizationsOf(task.candidates, task.rules), { ...task.options, timeLimitMs }, task.organizationId);
}

/** One consortium per project, jointly; the whole call (baseline included) ends by `deadline`. */
export async function portfolio(task: PortfolioTask) {
  const timeLimitMs = Math.max(1, Math.min(task.settings.timeLimitMs ?? DEFAULT_PORTFOLIO_TIME_LIMIT_MS, task.deadline - Date.now()));
  return assemblePortfolio(task.projects, organizationsOf(task.candidates, task.rules), { ...task.settings, timeLimitMs });
}

export function partners(task: PartnersTask) {
  return partnerMatches(task.seeker, organizationsOf(task.candidates, task.rules), task.project, task.mu, task.limit);
}

/** Resolves once the thread can solve (HiGHS loaded). */
export async function warm(): Promise<boolean> {
  await highs;
  return true;
}
