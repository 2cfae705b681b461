// A graphql-ws client (the package frontend teams use) subscribed to myEvents, collecting what it receives.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { DataSource } from 'typeorm';
import { Account } from '../../src/modules/accounts/account.entity';
import { TokenService } from '../../src/modules/accounts/tokens';
import { testTokenSettings } from './test-env';

export const EVENT_FIELDS = 'id cursor type read summary summaryKo: summary(lang: KO) createdAt';
export const MY_EVENTS_SUBSCRIPTION = `subscription($after: String) { myEvents(after: $after) { ${EVENT_FIELDS} } }`;

export interface ReceivedEvent {
  id: string;
  cursor: string;
  type: string;
  read: boolean;
  summary: string;
  summaryKo: string;
  createdAt: string;
  /** When this client received it (performance.now()). */
  receivedAt: number;
}

export interface EventSubscriber {
  events: ReceivedEvent[];
  errors: unknown[];
  /** The close code of the socket once it closed (undefined while open). */
  closeCode(): number | undefined;
  /** Resolves once `count` events have arrived in all; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEvent[]>;
  /** Resolves once the socket closed; rejects after `timeoutMs`. */
  waitForClose(timeoutMs?: number): Promise<number>;
  dispose(): Promise<void>;
}

/** An access token for a test account, signed with the test run's secret (servers started by the tests verify it). */
export async function tokenFor(dataSource: DataSource, accountId: number, ttlSeconds?: number): Promise<string> {
  const account = await dataSource.getRepository(Account).findOneByOrFail({ id: accountId });
  const settings = testTokenSettings();
  return (await new TokenService({ ...settings, ttlSeconds: ttlSeconds ?? settings.ttlSeconds }).issue(account)).token;
}

/** Connects to `httpUrl` (…/graphql) over WebSocket and subscribes to myEvents (after `after`, when given). */
export function subscribeToEvents(httpUrl: string, token: string | null, after?: string | null, query = MY_EVENTS_SUBSCRIPTION): EventSubscriber {
  const events: ReceivedEvent[] = [];
  const errors: unknown[] = [];
  let code: number | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const client: Client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: {
      closed: (event) => {
        code = (event as { code?: number }).code;
        notify();
      },
    },
    onNonLazyError: (error) => {
      errors.push(error);
      notify();
    },
  });
  client.subscribe<{ myEvents: Omit<ReceivedEvent, 'receivedAt'> }>(
    { query, variables: after ? { after } : {} },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) events.push({ ...result.data.myEvents, receivedAt: performance.now() });
        notify();
      },
      error: (error) => {
        errors.push(error);
        notify();
      },
      complete: () => notify(),
    },
  );
  const until = <T>(check: () => T | undefined, timeoutMs: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const done = check();
      if (done !== undefined) return resolve(done);
      const listener = () => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(value);
      };
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`timed out waiting for ${what}; received ${JSON.stringify(events.map((e) => e.type))}, errors ${JSON.stringify(errors)}`));
      }, timeoutMs);
      listeners.add(listener);
    });
  return {
    events,
    errors,
    closeCode: () => code,
    waitFor: (count, timeoutMs = 5_000) => until(() => (events.length >= count ? events.slice(0, count) : undefined), timeoutMs, `${count} events`),
    waitForClose: (timeoutMs = 5_000) => until(() => code, timeoutMs, 'the socket to close'),
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** A graphql-ws client of the server at `graphqlUrl` whose socket's upgrade request carries `headers` (as a proxy or a browser would send them). */
export function clientWithHeaders(graphqlUrl: string, headers: Record<string, string>): Client {
  class Socket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return createClient({ url: graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: Socket, retryAttempts: 0 });
}
