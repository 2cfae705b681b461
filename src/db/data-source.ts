import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from 'typeorm';
import { migrations } from './migrations';
import { PLANNER_SETTINGS } from './planner-settings';

export interface DataSourceSettings {
  url: string;
  /** The modules' TypeORM entities (src/modules/index.ts). */
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity classes as Function.
  entities: Function[];
  poolSize: number;
  /**
   * PostgreSQL cancels any statement of this pool running longer (error 57014); absent or 0: no limit.
   * Sent by `pg` as a startup parameter, so every connection has it from its first statement.
   */
  statementTimeoutMs?: number;
  /** Runs after the pool closes: stops the embedded database when there is one. */
  onDestroy?: () => Promise<void>;
  logger?: TypeOrmLogger;
}

/** A DataSource that also stops what it depends on (the embedded server) when it is destroyed. */
export class AppDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    private readonly onDestroy?: () => Promise<void>,
  ) {
    super(options);
  }

  override async destroy(): Promise<void> {
    if (this.isInitialized) await super.destroy();
    await this.onDestroy?.();
  }
}

export function createDataSource(settings: DataSourceSettings): AppDataSource {
  return new AppDataSource(
    {
      type: 'postgres',
      url: settings.url,
      entities: settings.entities,
      migrations,
      // Schema changes only ever come from committed migrations.
      synchronize: false,
      migrationsRun: false,
      logging: settings.logger ? ['query', 'error'] : false,
      logger: settings.logger,
      extra: {
        max: settings.poolSize,
        connectionTimeoutMillis: 10_000,
        options: PLANNER_SETTINGS,
        ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
      },
    },
    settings.onDestroy,
  );
}
