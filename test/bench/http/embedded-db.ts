// Child process of the HTTP benchmark: starts and later stops the embedded PostgreSQL (a server
// process of its own, on a loopback port) that both servers use. Prints `url …` when ready.
import { startEmbeddedPostgres } from '../../../src/db/embedded';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: embedded-db.js <data dir>');
  const embedded = await startEmbeddedPostgres(dataDir);
  process.stdout.write(`url ${embedded.url}\n`);
  const stop = () => {
    embedded.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`embedded database failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
