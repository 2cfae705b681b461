import type { Logger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Config } from '../config';
import { AppDataSource, createDataSource } from './data-source';
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres } from './embedded';

type DatabaseConfig = Pick<Config, 'databaseUrl' | 'dataDir' | 'poolSize'>;

/**
 * A DataSource for the configured PostgreSQL: the server at DATABASE_URL, or else the embedded
 * one under DATA_DIR, started here. Not yet connected (the TypeORM CLI connects it itself).
 */
export async function prepareDataSource(config: DatabaseConfig, log: Logger, typeormLogger?: TypeOrmLogger): Promise<AppDataSource> {
  if (config.databaseUrl) {
    return createDataSource({ url: config.databaseUrl, poolSize: config.poolSize, logger: typeormLogger });
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres(config.dataDir);
  log.info({ dataDir: config.dataDir, ms: Date.now() - started }, 'embedded PostgreSQL (PGlite) started');
  return createDataSource({
    url: embedded.url,
    // PGlite runs one statement at a time; a few connections are plenty and keep us far from its limit.
    poolSize: Math.min(config.poolSize, 4, EMBEDDED_MAX_CONNECTIONS / 10),
    onDestroy: embedded.stop,
    logger: typeormLogger,
  });
}

/** Connects to the configured PostgreSQL and applies pending migrations. */
export async function openDatabase(config: DatabaseConfig, log: Logger, typeormLogger?: TypeOrmLogger): Promise<AppDataSource> {
  const dataSource = await prepareDataSource(config, log, typeormLogger);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}
