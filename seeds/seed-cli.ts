// `npm run seed`: (re)loads the taxonomy, pilot cities, working groups and sample members, and the demo
// accounts when SEED_DEMO_ACCOUNTS is on. Idempotent.
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { entities } from '../src/modules';
import { createLogger } from '../src/logger';
import { seedDemoAccounts } from './demo-accounts';
import { seed } from './seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const dataSource = await openDatabase({ ...config, entities }, log);
  try {
    const counts = await seed(dataSource);
    log.info(counts, 'seed data loaded');
    if (config.seedDemoAccounts) await seedDemoAccounts(dataSource, log);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
