import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../../src/db/database';
import { entities } from '../../src/modules';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { seed } from '../../seeds/seed';
import { loadSyntheticOrganizations } from '../../seeds/synthetic';
import { SYNTHETIC_COUNT, SYNTHETIC_SEED } from './test-env';

/**
 * Runs once before all tests, in Jest's main process: with no DATABASE_URL it starts an embedded
 * PostgreSQL in a fresh folder and hands its address to the workers through the environment (one
 * server for the whole run); then it migrates and seeds whichever database it is.
 */
export default async function globalSetup(): Promise<void> {
  const log = pino({ level: 'warn' });
  if (!process.env.DATABASE_URL) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-test-'));
    const embedded = await startEmbeddedPostgres(dataDir, log);
    process.env.DATABASE_URL = embedded.url;
    (globalThis as Record<string, unknown>).__embeddedTestDatabase = { embedded, dataDir };
  }
  const dataSource = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '', poolSize: 2, entities }, log);
  try {
    await seed(dataSource);
    await loadSyntheticOrganizations(dataSource, SYNTHETIC_COUNT, SYNTHETIC_SEED);
  } finally {
    await dataSource.destroy();
  }
}
