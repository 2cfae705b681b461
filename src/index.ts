import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, type Config } from './config';
import type { AppDataSource } from './db/data-source';
import { openDatabase } from './db/database';
import { createApp, type App } from './http/app';
import { createLogger } from './logger';
import { entities } from './modules';
import { withSigningSecret } from './signing-secret';
import { seedOnStart } from '../seeds/on-start';

/** A stop that takes longer than this exits with 1 (in-flight requests get DRAIN_GRACE_MS of it). */
const SHUTDOWN_DEADLINE_MS = 10_000;

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

// Start: config -> database -> server -> listen. Signals are handled from the first moment, so a
// stop during start-up still closes the embedded database cleanly.
async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config.logLevel);
  let dataSource: AppDataSource | undefined;
  let app: App | undefined;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Orchestrators kill the process soon after SIGTERM anyway; exiting on our own deadline says why.
    setTimeout(() => {
      log.error({ signal, deadlineMs: SHUTDOWN_DEADLINE_MS }, 'shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    try {
      // Apollo's drain plugin stops the HTTP server taking requests and waits for those in flight.
      await app?.apollo.stop();
      await dataSource?.destroy();
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  dataSource = await openDatabase({ ...config, entities }, log);
  await seedOnStart(dataSource, config, log);
  // After the database: an embedded one may want DATA_DIR to itself when it initialises it.
  const signed = await withSigningSecret(config, log).catch(async (error: unknown) => {
    await dataSource?.destroy().catch(() => undefined);
    throw error;
  });
  app = await createApp(signed, dataSource, log);
  const { httpServer } = app;
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  log.info({ host: config.host, port, database: config.databaseUrl ? 'server' : 'embedded' }, `GraphQL API ready at http://localhost:${port}/graphql`);
  app.mailDispatcher.start(config.mailIntervalSeconds * 1000);
  app.services.matching.warmUp().catch((error: unknown) => log.warn({ err: error }, 'matching warm-up failed; the first request will load instead'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Alliance Match failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
