import type { Pool } from 'pg';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The pg Pool behind TypeORM's postgres driver; undefined until the data source is connected or after it is destroyed. */
function poolOf(dataSource: DataSource): Pool | undefined {
  if (!dataSource.isInitialized) return undefined;
  const pool: Pool | undefined = (dataSource.driver as PostgresDriver).master;
  return pool;
}

/**
 * A registry of our own rather than prom-client's global one, so several apps (tests) can live in
 * one process: process metrics, and connection-pool gauges read when Prometheus scrapes.
 */
export function createMetricsRegistry(dataSource: DataSource): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const poolGauge = (name: string, help: string, read: (pool: Pool) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const pool = poolOf(dataSource);
        this.set(pool ? read(pool) : 0);
      },
    });
  poolGauge('db_pool_connections', 'Connections the database pool holds open, busy or idle.', (pool) => pool.totalCount);
  poolGauge('db_pool_idle_connections', 'Open pool connections not in use.', (pool) => pool.idleCount);
  poolGauge('db_pool_waiting_clients', 'Queries waiting for a pool connection to free up.', (pool) => pool.waitingCount);
  return registry;
}
