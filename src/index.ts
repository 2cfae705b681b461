import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { createApp } from './http/app';
import { createLogger } from './logger';
import { seedIfEmpty } from '../seeds/seed';

// Start: config -> database -> server -> listen.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const dataSource = await openDatabase(config, log);
  if (config.seedOnEmpty) await seedIfEmpty(dataSource, log);
  const { httpServer, apollo } = await createApp(config, dataSource, log);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  log.info({ port, database: config.databaseUrl ? 'server' : 'embedded' }, `GraphQL API ready at http://localhost:${port}/graphql`);

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await apollo.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Alliance Match failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
