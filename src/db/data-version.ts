import type { DataSource } from 'typeorm';

/** The counter that triggers bump on every change an answer can read (migration DataVersion). */
export async function readDataVersion(dataSource: DataSource): Promise<string> {
  const [{ version }]: { version: string }[] = await dataSource.query('SELECT version::text AS version FROM data_version WHERE id = 1');
  return version;
}
