// The GraphQL-over-HTTP conformance audit (graphql-http's serverAudits) against the built server:
// every MUST passes; the SHOULD and MAY results are pinned, so a change shows up here and in the
// README's table ("Spec compliance").
import { serverAudits, type AuditResult } from 'graphql-http';
import { assertBuilt, startServer, stopServer, userEnv, type ServerProcess } from '../support/server-process';

/** MAY audits we knowingly do not meet: GETs without a preflight-forcing header meet CSRF prevention (README). */
const EXPECTED_NOTICES = ['5A70', 'D6D5', '6A70'];

let server: ServerProcess;
beforeAll(async () => {
  assertBuilt();
  // The test database (embedded or server), already migrated and seeded by global setup.
  server = await startServer(userEnv('.data-unused', { DATABASE_URL: process.env.DATABASE_URL!, DB_POOL_SIZE: '4', LOG_LEVEL: 'info' }));
}, 120_000);
afterAll(async () => {
  // Stopped here, not asserted: the shutdown test checks the exit code.
  if (server) await stopServer(server.child);
});

describe('graphql-http server audits', () => {
  it('passes every MUST and every SHOULD; only the documented MAYs are notices', async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: server.url, fetchFn: fetch })) results.push(await audit.fn());
    const table = results.map((r) => `${r.status.padEnd(6)} ${r.id} ${r.name}${r.status === 'ok' ? '' : ` (${r.reason})`}`).join('\n');
    const failed = results.filter((r) => r.status === 'error');
    const warnings = results.filter((r) => r.status === 'warn');
    const notices = results.filter((r) => r.status === 'notice');

    expect(results.length).toBeGreaterThanOrEqual(60);
    // The table of every audit goes with any failure, so the report says what changed.
    expect({ failed: failed.map((r) => r.id), table }).toEqual({ failed: [], table });
    expect({ warnings: warnings.map((r) => r.id), table }).toEqual({ warnings: [], table });
    expect(notices.map((r) => r.id).sort()).toEqual([...EXPECTED_NOTICES].sort());
  });
});
