import fs from 'node:fs';
import type { EmbeddedPostgres } from '../../src/db/embedded';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__embeddedTestDatabase as { embedded: EmbeddedPostgres; dataDir: string } | undefined;
  if (!started) return;
  await started.embedded.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
