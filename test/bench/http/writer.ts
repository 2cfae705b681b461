// W6's side client: a steering-committee admin editing member profiles through our API at a fixed
// rate, as members keeping their profiles current do. Every write moves the data version, which
// is what empties our response cache.
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../../src/graphql/global-id';
import { AccountCreationError, createAccount } from '../../../src/modules/accounts/account-creation';
import { hashPassword } from '../../../src/modules/accounts/passwords';

const WRITER_EMAIL = 'bench-writer@bench.example';

export interface Credentials {
  email: string;
  password: string;
}

/** The writer's ADMIN account in the bench database, with a fresh password each run. */
export async function writerAccount(dataSource: DataSource): Promise<Credentials> {
  const password = randomBytes(18).toString('base64url');
  try {
    await createAccount(dataSource, { email: WRITER_EMAIL, role: 'ADMIN', password });
  } catch (error) {
    if (!(error instanceof AccountCreationError && error.problem === 'EMAIL_TAKEN')) throw error;
    await dataSource.query('UPDATE account SET password_hash = $1, disabled_at = NULL WHERE email = $2', [await hashPassword(password), WRITER_EMAIL]);
  }
  return { email: WRITER_EMAIL, password };
}

export interface WriterStats {
  /** Writes that changed a profile. */
  writes: number;
  /** Writes answered with an error or a userError (e.g. CONFLICT when two hit one profile). */
  errors: number;
  /** Writes started. */
  started: number;
  /** The first failure, to tell a conflict from a broken setup. */
  firstError: string | null;
  /** From sign-in to stop. */
  seconds: number;
}

export interface RunningWriter {
  stop(): Promise<WriterStats>;
}

async function call(url: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return body.data;
}

const READ = 'query BenchWriterRead($id: ID!) { organization(id: $id) { version employees } }';
const WRITE = `mutation BenchWriterWrite($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { version } userErrors { code message } }
}`;

/**
 * Signs in, then every 1/rate seconds reads one profile (its version) and changes its number of
 * employees by one, taking the profiles of `organizationIds` in turn. The change flips the lowest
 * bit (6 ↔ 7), so however many runs write, a profile is never more than one away from where it began.
 */
export async function startWriter(url: string, credentials: Credentials, organizationIds: number[], perSecond: number): Promise<RunningWriter> {
  const signIn = await call(url, null, 'mutation BenchWriterSignIn($input: SignInInput!) { signIn(input: $input) { token } }', { input: credentials });
  const token: string | null = signIn.signIn.token;
  if (!token) throw new Error('the bench writer could not sign in');
  const stats: WriterStats = { writes: 0, errors: 0, started: 0, firstError: null, seconds: 0 };
  const failed = (reason: string) => {
    stats.errors++;
    stats.firstError ??= reason;
  };
  const started = Date.now();
  const inFlight = new Set<Promise<void>>();
  let turn = 0;
  const write = async (n: number) => {
    const id = toGlobalId('Organization', organizationIds[n % organizationIds.length]);
    try {
      const { organization } = await call(url, token, READ, { id });
      const employees = organization.employees ^ 1;
      const { updateOrganization } = await call(url, token, WRITE, { input: { organizationId: id, version: organization.version, employees } });
      if (updateOrganization.userErrors.length > 0) failed(JSON.stringify(updateOrganization.userErrors[0]));
      else stats.writes++;
    } catch (error) {
      failed(error instanceof Error ? error.message : String(error));
    }
  };
  // Writes are started by the clock, not one after another: a slow write does not hold up the
  // next, and a timer delayed by the busy load generator catches up.
  const timer = setInterval(() => {
    const due = Math.floor(((Date.now() - started) / 1000) * perSecond);
    while (turn < due) {
      const pending = write(turn++).finally(() => inFlight.delete(pending));
      inFlight.add(pending);
    }
  }, 50);
  return {
    async stop() {
      clearInterval(timer);
      stats.seconds = (Date.now() - started) / 1000;
      await Promise.all(inFlight);
      stats.started = turn;
      return stats;
    },
  };
}
