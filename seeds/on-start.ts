// What a start does to the data once the database is migrated: the sample data on an empty
// database, and the demo accounts when they are on. One function, so the server (src/index.ts) and
// the tests that start it in-process do exactly the same.
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../src/config';
import { seedDemoAccounts } from './demo-accounts';
import { seedIfEmpty } from './seed';

export async function seedOnStart(dataSource: DataSource, config: Pick<Config, 'seedOnEmpty' | 'seedDemoAccounts'>, log: Logger): Promise<void> {
  if (config.seedOnEmpty) await seedIfEmpty(dataSource, log);
  // Off by default with a database server, never in production or on a non-loopback HOST (config.ts); idempotent.
  if (config.seedDemoAccounts) await seedDemoAccounts(dataSource, log);
}
