// A solver thread of the matching pool (solver-pool.ts). It runs the pure matching core on the
// plain data it is sent and imports nothing else: no database, no GraphQL, no configuration.
import { assembleConsortium, loadHighs, partnerMatches } from '../../matching';
import type { AssembleTask, PartnersTask } from './solver-tasks';

// Loads HiGHS's WebAssembly when the thread starts, not on its first solve.
const highs = loadHighs();

/** The consortium search; `deadline` (epoch ms) bounds the solver's own time limit, queueing included. */
export async function assemble(task: AssembleTask) {
  const timeLimitMs = Math.max(1, Math.min(task.options.timeLimitMs ?? Infinity, task.deadline - Date.now()));
  return assembleConsortium(task.project, task.organizations, { ...task.options, timeLimitMs });
}

export function partners(task: PartnersTask) {
  return partnerMatches(task.seeker, task.candidates, task.project, task.mu, task.limit);
}

/** Resolves once the thread can solve (HiGHS loaded). */
export async function warm(): Promise<boolean> {
  await highs;
  return true;
}
