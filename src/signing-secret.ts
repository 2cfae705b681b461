import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { MIN_SECRET_BYTES, type Config, type SignedConfig } from './config';

/** The generated signing secret's file in DATA_DIR. */
export const SECRET_FILE = 'jwt-secret';

/** Random bytes in a generated secret (256 bits, HS256's hash size). */
const GENERATED_BYTES = 32;

/** A secret file the server will not use; the message says what to do. */
export class SigningSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningSecretError';
  }
}

/**
 * The configuration with its token-signing secret settled. JWT_SECRET wins (and is required in
 * production, config.ts). Outside production without it, a random secret is generated on first
 * start and kept in DATA_DIR/jwt-secret (mode 0600), so tokens survive restarts while no secret
 * is ever shared by two installations: a constant in the source would let anyone sign any token.
 */
export async function withSigningSecret(config: Config, log?: Logger): Promise<SignedConfig> {
  if (config.jwtSecret !== undefined) return { ...config, jwtSecret: config.jwtSecret };
  const file = path.join(config.dataDir, SECRET_FILE);
  const existing = await readSecretFile(file);
  if (existing !== undefined) return { ...config, jwtSecret: existing };
  const created = await createSecretFile(file);
  log?.info({ file }, 'generated a token-signing secret (set JWT_SECRET to choose one)');
  return { ...config, jwtSecret: created };
}

/** The secret in `file`; undefined when there is no such file. Refuses one others may read, or too short. */
async function readSecretFile(file: string): Promise<string | undefined> {
  let stat: Awaited<ReturnType<typeof fs.lstat>>;
  try {
    stat = await fs.lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!stat.isFile()) throw new SigningSecretError(`${file} is not a regular file; remove it to have a new secret generated, or set JWT_SECRET.`);
  if ((stat.mode & 0o077) !== 0) {
    const mode = (stat.mode & 0o777).toString(8).padStart(4, '0');
    throw new SigningSecretError(
      `${file} may be read by other users (mode ${mode}): anyone who reads it can sign access tokens. ` +
        `Run \`chmod 600 ${file}\`, or remove it to have a new secret generated (every issued token then stops working).`,
    );
  }
  const secret = (await fs.readFile(file, 'utf8')).trim();
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    throw new SigningSecretError(`${file} holds a secret shorter than ${MIN_SECRET_BYTES} bytes; remove it to have a new one generated, or set JWT_SECRET.`);
  }
  return secret;
}

/**
 * Writes a new secret to a private temporary file, then links it into place: the link fails when
 * the file exists, so two servers starting together on one DATA_DIR both end up with the one that
 * won, and nobody ever reads a half-written file.
 */
async function createSecretFile(file: string): Promise<string> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(GENERATED_BYTES).toString('base64url');
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(`${secret}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readSecretFile(file);
    if (winner !== undefined) return winner;
    throw error;
  } finally {
    await fs.unlink(temporary).catch(() => undefined);
  }
  await syncDirectory(path.dirname(file));
  return secret;
}

/** Makes the new directory entry durable, so a crash right after start cannot lose the secret. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await fs.open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
