import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { SECRET_FILE, withSigningSecret } from '../../src/signing-secret';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-secret-'));
});
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const config = (env: Record<string, string> = {}) => loadConfig({ DATA_DIR: path.join(dataDir, 'data'), ...env });

describe('withSigningSecret', () => {
  it('uses JWT_SECRET when set, and writes nothing', async () => {
    const secret = 's'.repeat(32);
    expect((await withSigningSecret(config({ JWT_SECRET: secret }))).jwtSecret).toBe(secret);
    expect(fs.existsSync(path.join(dataDir, 'data'))).toBe(false);
  });

  it('generates one random secret per installation, mode 0600, and reads it back on later starts', async () => {
    const first = (await withSigningSecret(config())).jwtSecret;
    const file = path.join(dataDir, 'data', SECRET_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(32);
    expect((await withSigningSecret(config())).jwtSecret).toBe(first);
    // Another installation gets another secret.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-secret-'));
    try {
      expect((await withSigningSecret(loadConfig({ DATA_DIR: other }))).jwtSecret).not.toBe(first);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('gives servers starting together on one DATA_DIR the same secret, and leaves no temporary file', async () => {
    const secrets = await Promise.all(Array.from({ length: 8 }, () => withSigningSecret(config())));
    expect(new Set(secrets.map((c) => c.jwtSecret)).size).toBe(1);
    expect(fs.readdirSync(path.join(dataDir, 'data'))).toEqual([SECRET_FILE]);
  });

  it('refuses a file others may read, one too short, and one that is not a regular file', async () => {
    const file = path.join(dataDir, 'data', SECRET_FILE);
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, 'x'.repeat(40));
    fs.chmodSync(file, 0o640);
    await expect(withSigningSecret(config())).rejects.toThrow(/may be read by other users \(mode 0640\).*chmod 600/);
    fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, `${'x'.repeat(31)}\n`);
    await expect(withSigningSecret(config())).rejects.toThrow(/shorter than 32 bytes/);
    fs.rmSync(file);
    const elsewhere = path.join(dataDir, 'elsewhere');
    fs.writeFileSync(elsewhere, 'x'.repeat(40), { mode: 0o600 });
    fs.symlinkSync(elsewhere, file);
    await expect(withSigningSecret(config())).rejects.toThrow(/is not a regular file/);
  });
});
