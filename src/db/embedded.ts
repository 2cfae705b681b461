import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted in a folder and served on a loopback
 * port with the PostgreSQL wire protocol, so the application talks to it through the same
 * TypeORM `postgres` driver over `pg` as to a real server: one code path, no mock.
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Connections the socket server accepts; pools must stay well below it (past it, pg's pool crashes the process). */
export const EMBEDDED_MAX_CONNECTIONS = 50;

export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
