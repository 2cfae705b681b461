// The matching pool runs the same pure core on worker threads: same answers as on the calling
// thread, and a solve that overruns its time limit is stopped without taking the pool down. The
// threads load the compiled worker from dist/ (npm test builds it first).
import path from 'node:path';
import { DEFAULT_CONSORTIUM_OPTIONS, type OrganizationInput, type ProjectInput } from '../../../src/matching';
import { packPool, unpackPool } from '../../../src/modules/matching/solver-tasks';
import { inProcessRunner, POOL_GRACE_MS, SolverTimeoutError, workerPoolRunner, type MatchingRunner } from '../../../src/modules/matching/solver-pool';
import { A, B, C, D, project } from './example';

jest.setTimeout(30_000);

/** A project with work for the solver, and members that also hold capabilities the slots do not read. */
function instance(): { project: ProjectInput; organizations: OrganizationInput[] } {
  const slots = Array.from({ length: 6 }, (_, i) => ({
    id: i + 1,
    domainId: (i % 3) + 1,
    technologyIds: [i + 1, i + 2],
    minLevel: 2,
    weight: (i % 5) + 1,
    allowedKinds: null,
  }));
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  const organizations = Array.from({ length: 80 }, (_, o) => ({
    id: o + 1,
    kind: ['SME', 'STARTUP', 'LARGE_ENTERPRISE', 'UNIVERSITY'][next(4)],
    industryId: next(5) + 1,
    capabilities: Array.from({ length: 1 + next(4) }, (_, c) => ({
      id: (o + 1) * 10 + c,
      domainId: next(5) + 1,
      level: 1 + next(5),
      technologyIds: [1 + next(8), 1 + next(8)],
      cityIds: next(2) ? [1, 3] : [2],
    })),
  }));
  return { project: { cityId: 1, slots }, organizations };
}

describe('the worker pool', () => {
  let pool: MatchingRunner;
  beforeAll(async () => {
    pool = workerPoolRunner(1);
    await pool.warmUp();
  });
  afterAll(() => pool.close());

  it('answers exactly what the core answers on this thread', async () => {
    const here = inProcessRunner();
    const { project: big, organizations } = instance();
    const options = { ...DEFAULT_CONSORTIUM_OPTIONS, k: 4 };
    const [threaded, local] = await Promise.all([pool.assembleConsortium(big, organizations, options), here.assembleConsortium(big, organizations, options)]);
    expect(threaded.alternatives.length).toBe(4);
    expect(threaded.alternatives).toEqual(local.alternatives);
    expect(threaded.infeasibleReason).toBe(local.infeasibleReason);

    // Candidates taken from a shared pool travel as ids; others (here one made up) as data.
    const source = { version: '7', organizations };
    const outsider = { ...organizations[5], id: 999 };
    const fromPool = [...organizations.slice(10), outsider];
    expect((await pool.assembleConsortium(big, fromPool, options, source)).alternatives).toEqual(
      (await here.assembleConsortium(big, fromPool, options)).alternatives,
    );

    const seeker = organizations[0];
    expect(await pool.partnerMatches(seeker, fromPool, big, 0.5, 10, source)).toEqual(await here.partnerMatches(seeker, fromPool, big, 0.5, 10));
    expect(await pool.partnerMatches(seeker, organizations, big, 0.5, 10)).toEqual(await here.partnerMatches(seeker, organizations, big, 0.5, 10));
    // Rule inputs travel beside the candidates (which stay ids) and reach the core on the thread.
    const best = (await here.assembleConsortium(big, organizations, { ...options, k: 1 })).alternatives[0].memberIds;
    const rules = new Map([
      [best[0], { atCapacity: true }],
      [best[1], { ties: [best[2]] }],
    ]);
    const ruled = { ...options, k: 2, tieBonus: 0.5 };
    const threadedRuled = await pool.assembleConsortium(big, organizations, ruled, source, rules);
    expect(threadedRuled.alternatives).toEqual((await here.assembleConsortium(big, organizations, ruled, undefined, rules)).alternatives);
    expect(threadedRuled.stats.atCapacity).toBe(1);
    expect(threadedRuled.alternatives[0].memberIds).not.toContain(best[0]);
    const explained = await pool.explainExclusion(big, organizations, ruled, best[0], source, rules);
    expect(explained).toEqual(await here.explainExclusion(big, organizations, ruled, best[0], undefined, rules));
    expect(explained.cause).toBe('AT_CAPACITY');
    // A portfolio: two projects sharing the pool, candidates as ids, remaining capacity as a rule input.
    const portfolio = [
      { id: 1, project: big, options: { ...options, k: 1 } },
      { id: 2, project: { ...big, slots: big.slots.slice(0, 3) }, options: { ...options, k: 1 }, weight: 2 },
    ];
    const capacity = new Map(best.map((id) => [id, { remainingCapacity: 1 }]));
    const threadedPortfolio = await pool.assemblePortfolio(portfolio, organizations, {}, source, capacity);
    const localPortfolio = await here.assemblePortfolio(portfolio, organizations, {}, undefined, capacity);
    expect(threadedPortfolio.projects.map((p) => p.alternative?.memberIds)).toEqual(localPortfolio.projects.map((p) => p.alternative?.memberIds));
    expect(threadedPortfolio.total).toBeCloseTo(localPortfolio.total, 9);
    expect(threadedPortfolio.baseline.total).toBeCloseTo(localPortfolio.baseline.total, 9);
    const small = { ...DEFAULT_CONSORTIUM_OPTIONS, k: 2 };
    expect((await pool.assembleConsortium(project, [A, B, C, D], small)).alternatives).toEqual(
      (await here.assembleConsortium(project, [A, B, C, D], small)).alternatives,
    );
  });
});

describe('the packed pool', () => {
  it('gives back every organisation as it was', () => {
    const { organizations } = instance();
    const packed = packPool('3', organizations);
    expect(packed.data.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([...unpackPool(packed).values()]).toEqual(organizations);
    expect([...unpackPool(packPool('4', [A, B, C, D])).values()]).toEqual([A, B, C, D]);
  });
});

describe('a solve that overruns its time limit', () => {
  it('is stopped by the pool, whose next solve runs on a fresh thread', async () => {
    const stuck = workerPoolRunner(1, path.join(__dirname, 'fixtures/stuck-solver.js'));
    try {
      const started = performance.now();
      const failure = await stuck
        .assembleConsortium(project, [A, B, C, D], { ...DEFAULT_CONSORTIUM_OPTIONS, timeLimitMs: 200 })
        .catch((error: unknown) => error);
      const ms = performance.now() - started;
      expect(failure).toBeInstanceOf(SolverTimeoutError);
      expect((failure as SolverTimeoutError).limitMs).toBe(200 + POOL_GRACE_MS);
      expect(ms).toBeGreaterThanOrEqual(200 + POOL_GRACE_MS - 20);
      expect(ms).toBeLessThan(200 + POOL_GRACE_MS + 1_000);
      // The spinning thread was terminated and replaced: the pool still answers.
      expect(await stuck.partnerMatches(A, [B], project, 0.5, 5)).toEqual([]);
    } finally {
      await stuck.close();
    }
  });
});
