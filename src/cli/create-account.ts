// `npm run -s account:create -- --email <e> --role ADMIN|PLANNER` (or `--role MEMBER --organization <slug>`,
// the organisation's OWNER): creates an account on the configured database, the way the first admin
// of a fresh production database comes to be. The password comes from ACCOUNT_PASSWORD, or from
// stdin (typed without echo on a terminal; the first line when piped). Exit codes: 0 created,
// 2 refused (bad arguments, bad configuration, email taken, unknown organisation), 1 failure.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { runningEmbeddedUrl } from '../db/embedded';
import { createLogger } from '../logger';
import { entities } from '../modules';
import { AccountCreationError, checkAccountRequest, checkPassword, createAccount } from '../modules/accounts/account-creation';
import { toGlobalId } from '../graphql/global-id';

const USAGE = 'usage: npm run -s account:create -- --email <email> --role ADMIN|PLANNER|MEMBER [--organization <slug>] (password: ACCOUNT_PASSWORD or stdin)';

class Refusal extends Error {}

function readArguments(): { email: string; role: string; organization?: string } {
  let values: { email?: string; role?: string; organization?: string };
  try {
    ({ values } = parseArgs({
      options: { email: { type: 'string' }, role: { type: 'string' }, organization: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Refusal(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!values.email || !values.role) throw new Refusal(`--email and --role are required.\n${USAGE}`);
  return { email: values.email, role: values.role, organization: values.organization };
}

/** The password, never echoed: the variable (not service configuration, so read here), else stdin. */
async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.ACCOUNT_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) return readLine();
  const password = await promptHidden('Password: ');
  const again = await promptHidden('Repeat the password: ');
  if (password !== again) throw new Refusal('the two passwords differ.');
  return password;
}

/** The first line of piped stdin (without its line ending). */
async function readLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk.toString('utf8');
    const end = text.indexOf('\n');
    if (end >= 0) {
      process.stdin.destroy();
      return text.slice(0, end).replace(/\r$/, '');
    }
  }
  return text.replace(/\r$/, '');
}

/** Reads a line from the terminal in raw mode, so nothing typed is shown; Ctrl-C aborts. */
function promptHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === '\u0004') return done();
        if (char === '\u0003') return done(new Refusal('aborted.'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function main(): Promise<void> {
  const request = readArguments();
  checkAccountRequest(request);
  const config = loadConfig();
  const password = await readPassword();
  checkPassword(password);

  // Logs go to stderr: stdout carries the answer only.
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
  // A service running on the embedded database holds DATA_DIR: join its server rather than fail on its lock.
  const running = config.databaseUrl ? undefined : runningEmbeddedUrl(config.dataDir);
  const dataSource = await openDatabase({ ...config, databaseUrl: running ?? config.databaseUrl, entities }, log);
  try {
    const { account, organization } = await createAccount(dataSource, { ...request, password });
    const team = organization ? `, OWNER of ${organization.nameEn} (${organization.slug})` : '';
    process.stdout.write(`Created account ${account.email}: ${account.role}${team}; id ${toGlobalId('Account', account.id)}.\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`account:create: ${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof Refusal || error instanceof AccountCreationError) {
    process.stderr.write(`account:create: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`account:create failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
