// The matching core alone (no database, no GraphQL): assembleConsortium on the 10,000 synthetic
// members of seed:synthetic, mapped to plain inputs in memory, with and without the rules of
// DESIGN.md §4 "Further rules" (stake cap, capacity, opt-out, blocks, interest and tie bonuses),
// and on many small instances (at most 20 candidates). Run by `npm run bench:matching` before the
// GraphQL workloads, or alone with BENCH_CORE_ONLY=1.
import { performance } from 'node:perf_hooks';
import { pilotCities } from '../../seeds/data/pilot-cities';
import { domains, industries, technologies } from '../../seeds/data/taxonomy';
import { generateOrganizations } from '../../seeds/synthetic';
import { generateProjects, syntheticProjectSlug } from '../../seeds/synthetic-projects';
import {
  assembleConsortium,
  assemblePortfolio,
  DEFAULT_CONSORTIUM_OPTIONS,
  type ConsortiumOptions,
  type OrganizationInput,
  type PortfolioProjectInput,
  type ProjectInput,
} from '../../src/matching';
import { fittingCandidates } from '../../src/matching/candidates';

export interface CoreRow {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  /** Share of the runs with a team whose every alternative is proven optimal (runs without any team excluded). */
  proven: number;
  /** Runs where no team exists (answered with infeasibleReason). */
  infeasible: number;
  target?: string;
}

const indexOf = <T extends { slug: string }>(rows: readonly T[]) => new Map(rows.map((r, i) => [r.slug, i + 1]));
const domainId = indexOf(domains);
const technologyId = indexOf(technologies);
const cityId = indexOf(pilotCities);
const industryId = indexOf(industries);

/** A small deterministic generator (mulberry32), so every run measures the same instances. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticInputs(count: number, seed: number): { organizations: OrganizationInput[]; projects: Map<string, ProjectInput> } {
  let capability = 1;
  const organizations = generateOrganizations(count, seed).map(
    (o, i): OrganizationInput => ({
      id: i + 1,
      kind: o.kind,
      industryId: industryId.get(o.industry) ?? 0,
      capabilities: o.capabilities.map((c) => ({
        id: capability++,
        domainId: domainId.get(c.domain) as number,
        level: c.level,
        technologyIds: c.technologies.map((t) => technologyId.get(t) as number),
        cityIds: c.cities.map((city) => cityId.get(city) as number),
      })),
    }),
  );
  let slotId = 1;
  const projects = new Map(
    generateProjects(seed).map((p): [string, ProjectInput] => [
      p.slug,
      {
        cityId: cityId.get(p.city) as number,
        slots: p.slots.map((s) => ({
          id: slotId++,
          domainId: domainId.get(s.domain) as number,
          technologyIds: s.technologies.map((t) => technologyId.get(t) as number),
          minLevel: s.minLevel,
          weight: s.weight,
          allowedKinds: s.allowedKinds ?? null,
        })),
      },
    ]),
  );
  return { organizations, projects };
}

/**
 * Every new rule switched on, at pilot-city-like rates: budget shares 1–3, a 30% stake cap, 5%
 * of members at capacity, 2% opted out, 1% with blocks, 3% interested, 2% with past ties.
 */
export function withNewRules(
  project: ProjectInput,
  organizations: readonly OrganizationInput[],
  seed: number,
): { project: ProjectInput; organizations: OrganizationInput[] } {
  const next = random(seed);
  const n = organizations.length;
  const pick = () => 1 + Math.floor(next() * n);
  const blocks = new Map<number, number[]>();
  const ties = new Map<number, number[]>();
  const link = (map: Map<number, number[]>, a: number, b: number) => {
    if (a === b) return;
    map.set(a, [...(map.get(a) ?? []), b]);
  };
  for (let i = 0; i < n / 100; i++) link(blocks, pick(), pick());
  for (let i = 0; i < n / 50; i++) link(ties, pick(), pick());
  return {
    project: { ...project, slots: project.slots.map((s, r) => ({ ...s, budgetShare: 1 + ((r * 7 + seed) % 3) })) },
    organizations: organizations.map((o) => ({
      ...o,
      atCapacity: next() < 0.05,
      matchmaking: next() >= 0.02,
      interested: next() < 0.03,
      blocks: blocks.get(o.id) ?? [],
      ties: ties.get(o.id) ?? [],
    })),
  };
}

const NEW_OPTIONS: Partial<ConsortiumOptions> = { maxLargeStake: 0.3, respectCapacity: true, interestBonus: 0.3, tieBonus: 0.2 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Untimed runs before each workload, on instances of their own (runs … runs + WARM_UP − 1): the first solves of a new model shape pay for JIT compilation. */
const WARM_UP = 3;

async function measure(name: string, runs: number, instance: (i: number) => [ProjectInput, OrganizationInput[], ConsortiumOptions]): Promise<CoreRow> {
  const times: number[] = [];
  let proven = 0;
  let infeasible = 0;
  for (let w = 0; w < WARM_UP; w++) await assembleConsortium(...instance(runs + w));
  for (let i = 0; i < runs; i++) {
    const [project, organizations, options] = instance(i);
    const started = performance.now();
    const result = await assembleConsortium(project, organizations, options);
    times.push(performance.now() - started);
    if (result.alternatives.length === 0) infeasible++;
    else if (result.alternatives.every((a) => a.optimality.proven)) proven++;
  }
  times.sort((a, b) => a - b);
  const feasible = runs - infeasible;
  return {
    name,
    runs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1],
    proven: feasible > 0 ? proven / feasible : 1,
    infeasible,
  };
}

/**
 * Small instances: 5 slots of a synthetic project and 16–20 organisations that fit one, k = 3,
 * requiredKinds and maxLargeShare 0.34 (the case that took about 1 s), with or without the new rules.
 */
function smallInstances(organizations: readonly OrganizationInput[], projects: Map<string, ProjectInput>, count: number, newRules: boolean) {
  const bases = [...projects.values()].filter((p) => p.slots.length >= 8);
  return Array.from({ length: count }, (_, i): [ProjectInput, OrganizationInput[], ConsortiumOptions] => {
    const next = random(1000 + i);
    const base = bases[i % bases.length];
    const project: ProjectInput = { ...base, slots: base.slots.slice(i % 3, (i % 3) + 5) };
    const fitting = fittingCandidates(project, organizations, new Set()).map((c) => c.organization);
    const size = 16 + (i % 5);
    const chosen = new Set<OrganizationInput>();
    while (chosen.size < Math.min(size, fitting.length)) chosen.add(fitting[Math.floor(next() * fitting.length)]);
    let members = [...chosen];
    let p = project;
    if (newRules) ({ project: p, organizations: members } = withNewRules(project, members, i));
    const options: ConsortiumOptions = {
      ...DEFAULT_CONSORTIUM_OPTIONS,
      k: 3,
      requiredKinds: [i % 2 === 0 ? 'UNIVERSITY' : 'SME'],
      maxLargeShare: 0.34,
      ...(newRules ? NEW_OPTIONS : {}),
    };
    return [p, members, options];
  });
}

export async function coreBench(runs: number): Promise<CoreRow[]> {
  const { organizations, projects } = syntheticInputs(10_000, 42);
  const rows: CoreRow[] = [];
  const eight = projects.get(syntheticProjectSlug(8, 'sejong-5-1')) as ProjectInput;
  const busan = projects.get(syntheticProjectSlug(8, 'busan-eco-delta')) as ProjectInput;
  await assembleConsortium(eight, organizations.slice(0, 100), { ...DEFAULT_CONSORTIUM_OPTIONS, k: 1 }); // loads HiGHS

  const plain = await measure('core: 10,000 members, 8 slots, k=1, old rules', runs, (i) => [
    i % 2 ? busan : eight,
    organizations,
    { ...DEFAULT_CONSORTIUM_OPTIONS, k: 1 },
  ]);
  rows.push(plain);
  const ruled = [eight, busan].map((p, c) => withNewRules(p, organizations, 7 + c));
  const all = await measure('core: 10,000 members, 8 slots, k=1, every new rule on', runs, (i) => [
    ruled[i % 2].project,
    ruled[i % 2].organizations,
    { ...DEFAULT_CONSORTIUM_OPTIONS, k: 1, ...NEW_OPTIONS },
  ]);
  all.target = all.p95 < 300 && all.proven === 1 ? 'met (p95 < 300 ms, proven)' : 'MISSED (p95 < 300 ms, proven)';
  rows.push(all);

  const smallOld = smallInstances(organizations, projects, runs + WARM_UP, false);
  const small = await measure('core: ≤ 20 candidates, 5 slots, k=3, requiredKinds, maxLargeShare 0.34', runs, (i) => smallOld[i]);
  small.target = small.max < 50 ? 'met (max < 50 ms)' : 'MISSED (max < 50 ms)';
  rows.push(small);
  const smallNew = smallInstances(organizations, projects, runs + WARM_UP, true);
  const smallRuled = await measure('core: ≤ 20 candidates, as above, every new rule on', runs, (i) => smallNew[i]);
  smallRuled.target = smallRuled.max < 50 ? 'met (max < 50 ms)' : 'MISSED (max < 50 ms)';
  rows.push(smallRuled);
  return rows;
}

/** A portfolio row: per-run figures of assemblePortfolio, with the joint and one-at-a-time totals. */
export interface PortfolioRow extends CoreRow {
  /** Mean over the runs of total / baselineTotal. */
  gainRatio: number;
  /** Runs whose answer was not proven optimal, and the largest gap reported among them (null: none unproven). */
  unproven: number;
  maxGap: number | null;
  /** Mean candidates in the joint model (all projects). */
  candidates: number;
  /** p95 of the process CPU time per call (ms): the figure a busy shared machine distorts least. */
  cpuP95: number;
}

/** The time limit the bench gives a portfolio call: an answer (proven, or with its gap) within the 5 s target. */
export const PORTFOLIO_TIME_LIMIT_MS = 4_500;

/**
 * Nine projects of 4–8 slots (windows of the synthetic 8- and 12-slot projects of both cities) on
 * the 10,000 synthetic members, every organisation able to join 1–3 more consortia, every new rule
 * on; each run a different mix of windows and capacities.
 */
export function portfolioInstances(
  organizations: readonly OrganizationInput[],
  projects: Map<string, ProjectInput>,
  count: number,
): { projects: PortfolioProjectInput[]; organizations: OrganizationInput[] }[] {
  const bases = [8, 12].flatMap((size) => ['sejong-5-1', 'busan-eco-delta'].map((city) => projects.get(syntheticProjectSlug(size, city)) as ProjectInput));
  const ruled = withNewRules(bases[0], organizations, 99).organizations;
  return Array.from({ length: count }, (_, i) => {
    const next = random(5000 + i);
    const portfolio = Array.from({ length: 9 }, (_, p): PortfolioProjectInput => {
      const base = bases[(p + i) % bases.length];
      const size = 4 + ((p + i) % 5);
      const from = Math.floor(next() * (base.slots.length - size + 1));
      return {
        id: p + 1,
        project: { ...base, slots: base.slots.slice(from, from + size).map((s, r) => ({ ...s, budgetShare: 1 + ((r + p) % 3) })) },
        options: { ...DEFAULT_CONSORTIUM_OPTIONS, k: 1, ...NEW_OPTIONS },
      };
    });
    return { projects: portfolio, organizations: ruled.map((o) => ({ ...o, atCapacity: undefined, remainingCapacity: 1 + Math.floor(next() * 3) })) };
  });
}

export async function portfolioBench(runs: number): Promise<PortfolioRow> {
  const { organizations, projects } = syntheticInputs(10_000, 42);
  const instances = portfolioInstances(organizations, projects, runs + 1);
  await assemblePortfolio(instances[runs].projects, instances[runs].organizations); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  const ratios: number[] = [];
  let proven = 0;
  let maxGap: number | null = null;
  let candidates = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const result = await assemblePortfolio(instances[i].projects, instances[i].organizations, { timeLimitMs: PORTFOLIO_TIME_LIMIT_MS });
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    ratios.push(result.total / result.baseline.total);
    candidates += result.stats.candidates;
    if (result.optimality.proven) proven++;
    else maxGap = Math.max(maxGap ?? 0, result.optimality.gap ?? Infinity);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  return {
    name: 'core: portfolio of 9 projects (4–8 slots), 10,000 members, capacity 1–3, every new rule on',
    runs,
    p50: percentile(times, 50),
    p95,
    max: times[times.length - 1],
    proven: proven / runs,
    infeasible: 0,
    unproven: runs - proven,
    maxGap,
    gainRatio: ratios.reduce((a, b) => a + b, 0) / runs,
    candidates: candidates / runs,
    cpuP95: percentile(cpu, 95),
    target:
      p95 < 5000
        ? `met (p95 < 5 s; ${proven === runs ? 'all proven' : `gap reported, max ${maxGap === null ? 'unknown' : maxGap.toFixed(4)}`})`
        : 'MISSED (p95 < 5 s)',
  };
}
