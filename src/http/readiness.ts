import type { DataSource } from 'typeorm';

export type Readiness = { ready: true } | { ready: false; reason: 'database unreachable' | 'migrations pending' };

// A probe that hangs is worse than one that fails: orchestrators time probes out after a second or so.
const DATABASE_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Ready when the database answers and every migration this build knows has been applied. Only the
 * reason is reported, never the driver's message (it can name hosts and users).
 */
export function createReadinessCheck(dataSource: DataSource): () => Promise<Readiness> {
  // The migration list is compiled in and a running server never reverts one, so once all are
  // applied the answer cannot change: later probes only ping the database.
  let migrated = false;
  return async () => {
    try {
      await withTimeout(dataSource.query('SELECT 1'), DATABASE_TIMEOUT_MS);
    } catch {
      return { ready: false, reason: 'database unreachable' };
    }
    if (!migrated) {
      try {
        // showMigrations() is true when some migration is pending (typeorm MigrationExecutor.showMigrations).
        migrated = !(await withTimeout(dataSource.showMigrations(), DATABASE_TIMEOUT_MS));
      } catch {
        return { ready: false, reason: 'database unreachable' };
      }
      if (!migrated) return { ready: false, reason: 'migrations pending' };
    }
    return { ready: true };
  };
}
