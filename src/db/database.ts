import type { Logger } from 'pino';
import { MigrationExecutor, type Logger as TypeOrmLogger } from 'typeorm';
import type { Config } from '../config';
import { AppDataSource, createDataSource, type DataSourceSettings } from './data-source';
import { startEmbeddedPostgres } from './embedded';

type DatabaseConfig = Pick<Config, 'databaseUrl' | 'dataDir' | 'poolSize'> & Pick<DataSourceSettings, 'entities'>;
/** Without statementTimeoutMs (test setup) statements run unlimited. */
type OpenDatabaseConfig = DatabaseConfig & Partial<Pick<Config, 'statementTimeoutMs'>>;

/**
 * A DataSource for the configured PostgreSQL: the server at DATABASE_URL, or else the embedded
 * one under DATA_DIR, started here. Not yet connected (the TypeORM CLI connects it itself). It has
 * no statement timeout: the CLI runs migrations with it, and they may rightly take long.
 */
export function prepareDataSource(config: DatabaseConfig, log: Logger, typeormLogger?: TypeOrmLogger): Promise<AppDataSource> {
  return prepareTimedDataSource({ ...config, statementTimeoutMs: undefined }, log, typeormLogger);
}

async function prepareTimedDataSource(config: OpenDatabaseConfig, log: Logger, typeormLogger?: TypeOrmLogger): Promise<AppDataSource> {
  if (config.databaseUrl) {
    return createDataSource({
      url: config.databaseUrl,
      entities: config.entities,
      poolSize: config.poolSize,
      statementTimeoutMs: config.statementTimeoutMs,
      logger: typeormLogger,
    });
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  log.info({ dataDir: config.dataDir, ms: Date.now() - started }, 'embedded PostgreSQL started');
  return createDataSource({
    url: embedded.url,
    entities: config.entities,
    poolSize: config.poolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    onDestroy: embedded.stop,
    logger: typeormLogger,
  });
}

/** Connects to the configured PostgreSQL, statements limited to DB_STATEMENT_TIMEOUT_MS, and applies pending migrations. */
export async function openDatabase(config: OpenDatabaseConfig, log: Logger, typeormLogger?: TypeOrmLogger): Promise<AppDataSource> {
  const dataSource = await prepareTimedDataSource(config, log, typeormLogger);
  try {
    await dataSource.initialize();
    const applied = await runMigrationsUntimed(dataSource);
    if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}

/**
 * Applies pending migrations on one connection with the statement timeout lifted: building an
 * index on a large table may rightly take longer than any API statement should.
 */
async function runMigrationsUntimed(dataSource: AppDataSource) {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    return await executor.executePendingMigrations();
  } finally {
    // Back to the pool's own timeout before the connection serves requests.
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
