// Behind one load balancer (TRUST_PROXY=1) a client's rate-limit budget follows the address the
// balancer saw, over HTTP and over WebSocket alike; what the client writes in X-Forwarded-For
// itself buys it no fresh budget. The test client connects from loopback, standing in for the balancer.
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';
import { clientWithHeaders } from '../support/live-events';

describe('the client address behind a trusted proxy (TRUST_PROXY=1)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: '1', RATE_LIMIT_COST: '2', RESPONSE_CACHE_MB: '0' });
  });
  afterAll(async () => {
    await app.close();
  });

  /** `{ __typename }` (cost 1) from `client` with `spoofed` written before it, as the balancer forwards it. */
  const post = (client: string, spoofed: string) => postGraphQL(app.graphql, { query: '{ __typename }' }, { 'x-forwarded-for': `${spoofed}, ${client}` });

  it('charges HTTP requests to the hop the proxy added, whatever comes before it', async () => {
    expect((await post('203.0.113.1', '6.6.6.1')).status).toBe(200);
    expect((await post('203.0.113.1', '6.6.6.2')).status).toBe(200);
    const refused = await post('203.0.113.1', '6.6.6.3');
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another client behind the same balancer keeps its own budget.
    expect((await post('203.0.113.2', '6.6.6.1')).status).toBe(200);
  });

  /** Runs `{ __typename }` `times` times over one socket whose upgrade request carried X-Forwarded-For. */
  async function overWebSocket(forwardedFor: string, times: number): Promise<string[]> {
    const client = clientWithHeaders(app.graphql, { 'x-forwarded-for': forwardedFor });
    try {
      const outcomes: string[] = [];
      for (let i = 0; i < times; i++) {
        outcomes.push(
          await new Promise<string>((resolve) => {
            client.subscribe(
              { query: '{ __typename }' },
              {
                next: () => resolve('ok'),
                error: (error) => resolve(JSON.stringify(error).includes('RATE_LIMITED') ? 'RATE_LIMITED' : JSON.stringify(error)),
                complete: () => undefined,
              },
            );
          }),
        );
      }
      return outcomes;
    } finally {
      await client.dispose();
    }
  }

  it('charges WebSocket operations to the same address as HTTP', async () => {
    // 203.0.113.3 spends one over HTTP, then its socket has one left, whatever it writes first.
    expect((await post('203.0.113.3', '6.6.6.1')).status).toBe(200);
    expect(await overWebSocket('6.6.6.9, 203.0.113.3', 2)).toEqual(['ok', 'RATE_LIMITED']);
    // A socket of another client behind the same balancer has a budget of its own.
    expect(await overWebSocket('6.6.6.9, 203.0.113.4', 2)).toEqual(['ok', 'ok']);
  });
});
