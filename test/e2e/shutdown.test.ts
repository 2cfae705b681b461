// SIGTERM while requests run, the way an orchestrator stops a pod: the built server stops taking
// new requests, lets those in flight finish with their full answer, closes the pool and the
// embedded database, and exits 0 well inside its 10-second deadline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertBuilt, exitOf, post, startServer, userEnv, type ServerProcess } from '../support/server-process';

let dataDir: string;

beforeAll(() => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-shutdown-'));
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Sized to stay under the per-operation cost limit while still making the embedded database work.
const ORGANIZATIONS = `query Organizations { organizations(first: 50) { totalCount edges { node { nameKo
  capabilities { level domain { slug } technologies { slug } cities { slug } } } } } }`;
const consortium = (projectId: string) => `query Consortium { assembleConsortium(projectId: "${projectId}", lang: EN, options: { k: 3, maxMembers: 8 }) {
  infeasibleReason alternatives { rank value members { organization { nameEn } } reasons } } }`;

/** Operations the server has received so far (answered or in flight), from its own metrics. */
async function received(url: string): Promise<{ total: number; inFlight: number }> {
  const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
  const values = (pattern: RegExp) => [...text.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
  const inFlight = values(/^graphql_operations_in_flight (\d+)$/gm);
  return { total: values(/^graphql_operations_total\{[^}]*\} (\d+)$/gm) + inFlight, inFlight };
}

describe('shutdown on SIGTERM', () => {
  it('answers the requests in flight in full, then exits 0 within 10 s', async () => {
    const server: ServerProcess = await startServer(userEnv(dataDir));
    const projects = await post(server.url, '{ projects(first: 1) { edges { node { id } } } }');
    const projectId: string = projects.data.projects.edges[0].node.id;

    // One solver run and several large nested pages: about a second of work on the embedded database.
    const queries = [consortium(projectId), ...Array.from({ length: 6 }, () => ORGANIZATIONS)];
    const before = (await received(server.url)).total;
    const answers = queries.map(async (query) => {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as any;
      return { status: response.status, body, at: Date.now() };
    });
    // Stop only once the server has them all and is still working, so the test cannot pass by stopping an idle server.
    for (;;) {
      const now = await received(server.url);
      if (now.total - before >= queries.length && now.inFlight > 0) break;
      if (now.inFlight === 0 && now.total - before >= queries.length) throw new Error('the requests finished before SIGTERM; make them slower');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    const exited = exitOf(server.child);
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const results = await Promise.all(answers);
    const code = await exited;
    const stoppedAfterMs = Date.now() - signalledAt;

    for (const { status, body } of results) {
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
    const [solved, ...pages] = results.map((r) => r.body.data);
    expect(solved.assembleConsortium.alternatives.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.organizations.edges).toHaveLength(Math.min(50, page.organizations.totalCount));
    // At least one answer was sent after the signal: the drain really waited for it.
    expect(Math.max(...results.map((r) => r.at))).toBeGreaterThan(signalledAt);

    expect(code).toBe(0);
    expect(stoppedAfterMs).toBeLessThan(10_000);
    expect(server.logs()).toMatch(/"msg":"stopped"/);
    expect(server.logs()).not.toMatch(/shutdown took too long/);
  }, 180_000);
});
