// The embedded database under crashes and concurrency, driven the way a user runs the service: the
// built server on its embedded PostgreSQL in a temporary DATA_DIR, 20 planners' clients creating
// projects with slots at once. A kill -9 of the service (its postgres then outlives it), or of the
// service and every postgres process, must lose no acknowledged write and leave no half write; and
// 20 writers right after a fresh start must each get exactly their own answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  assertBuilt,
  embeddedPostgresPid,
  exitOf,
  killEmbeddedPostgres,
  startServer,
  stopServer,
  userEnv,
  type ServerProcess,
} from '../support/server-process';

const WRITERS = 20;
const DOMAINS = ['water', 'mobility', 'safety', 'energy-environment'];

const SIGN_IN = `mutation { signIn(input: { email: "planner@alliance.example", password: "demo-planner-password" }) { token userErrors { code } } }`;
const PROJECT_FIELDS = 'id slug titleEn city { slug } slots { position weight minLevel descriptionEn domain { slug } }';
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { ${PROJECT_FIELDS} } userErrors { code message } } }`;
const READ = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;

interface Attempt {
  slug: string;
  slots: number;
  acknowledged: boolean;
}

const dataDirs: string[] = [];

beforeAll(() => assertBuilt());
afterAll(() => {
  for (const dataDir of dataDirs) {
    killEmbeddedPostgres(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

function freshDataDir(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-match-crash-'));
  dataDirs.push(dataDir);
  return dataDir;
}

/** Demo accounts explicitly on (the planner writes); no rate limit, which 20 busy writers would hit. */
const env = (dataDir: string) => userEnv(dataDir, { SEED_DEMO_ACCOUNTS: 'true', RATE_LIMIT_COST: '0' });

function input(slug: string, slots: number) {
  return {
    city: 'busan-eco-delta',
    slug,
    titleKo: slug,
    titleEn: slug,
    slots: Array.from({ length: slots }, (_, k) => ({
      role: 'SOLUTION_PROVIDER',
      domain: DOMAINS[k % DOMAINS.length],
      technologies: [],
      minLevel: 1 + (k % 3),
      weight: 1 + k,
      descriptionEn: `${slug}#${k}`,
    })),
  };
}

/** What the server must answer for (and store of) the project `slug` with `slots` slots: its own data, nothing else. */
function expected(slug: string, slots: number) {
  return {
    slug,
    titleEn: slug,
    city: { slug: 'busan-eco-delta' },
    slots: Array.from({ length: slots }, (_, k) => ({
      position: k + 1,
      weight: 1 + k,
      minLevel: 1 + (k % 3),
      descriptionEn: `${slug}#${k}`,
      domain: { slug: DOMAINS[k % DOMAINS.length] },
    })),
  };
}

async function gql(url: string, token: string | undefined, query: string, variables?: object): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.json() };
}

async function signIn(url: string): Promise<string> {
  const { body } = await gql(url, undefined, SIGN_IN);
  expect(body.data.signIn.userErrors).toEqual([]);
  return body.data.signIn.token;
}

/**
 * 20 writers, each creating projects of 1–4 slots one after another until told to stop, a request
 * fails (the server is gone) or it has made `perWriter`. A write counts as acknowledged only when
 * its answer carries the project it asked for.
 */
async function write(url: string, token: string, prefix: string, perWriter: number, stop = () => false): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; i < perWriter && !stop(); i++) {
        const attempt: Attempt = { slug: `${prefix}-w${w}-${i}`, slots: 1 + ((w + i) % 4), acknowledged: false };
        attempts.push(attempt);
        try {
          const { body } = await gql(url, token, CREATE, { input: input(attempt.slug, attempt.slots) });
          attempt.acknowledged = body.data?.createProject?.project?.slug === attempt.slug && body.data.createProject.userErrors.length === 0;
        } catch {
          return; // connection refused or reset: the service is down
        }
      }
    }),
  );
  return attempts;
}

/** The projects stored under a prefix, read straight from the embedded server (port from its lock file, password from DATA_DIR). */
async function stored(dataDir: string, prefix: string): Promise<Map<string, ReturnType<typeof expected>>> {
  const pgdata = path.join(dataDir, 'postgres');
  const port = Number(fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const password = fs.readFileSync(path.join(pgdata, 'alliance-match-password'), 'utf8').trim();
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT p.slug, p.title_en, c.slug AS city,
              coalesce(json_agg(json_build_object('position', s.position, 'weight', s.weight, 'minLevel', s.min_level,
                'descriptionEn', s.description_en, 'domain', json_build_object('slug', d.slug)) ORDER BY s.position)
                FILTER (WHERE s.id IS NOT NULL), '[]') AS slots
         FROM project p JOIN pilot_city c ON c.id = p.city_id
         LEFT JOIN requirement_slot s ON s.project_id = p.id LEFT JOIN domain d ON d.id = s.domain_id
        WHERE p.slug LIKE $1 GROUP BY p.id, c.slug`,
      [`${prefix}-%`],
    );
    return new Map(rows.map((r) => [r.slug, { slug: r.slug, titleEn: r.title_en, city: { slug: r.city }, slots: r.slots }]));
  } finally {
    await client.end();
  }
}

/** Every acknowledged write is there, whole; whatever else is there was attempted and is whole too. */
async function expectDurable(dataDir: string, prefix: string, attempts: Attempt[]): Promise<void> {
  const rows = await stored(dataDir, prefix);
  const bySlug = new Map(attempts.map((a) => [a.slug, a]));
  for (const attempt of attempts.filter((a) => a.acknowledged)) expect(rows.get(attempt.slug)).toEqual(expected(attempt.slug, attempt.slots));
  for (const [slug, row] of rows) {
    const attempt = bySlug.get(slug);
    expect(attempt).toBeDefined();
    expect(row).toEqual(expected(slug, attempt!.slots));
  }
}

/** Writers for about 2 s, then `crash()` while they run; resolves with every attempt once they have all stopped. */
async function writeThenCrash(server: ServerProcess, prefix: string, crash: () => void): Promise<Attempt[]> {
  const token = await signIn(server.url);
  let crashed = false;
  const writing = write(server.url, token, prefix, 1_000, () => crashed);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  crash();
  crashed = true;
  await exitOf(server.child);
  return writing;
}

describe('the embedded PostgreSQL under kill -9', () => {
  it('keeps every acknowledged write and no half write, whether its postgres outlives the service or dies with it', async () => {
    const dataDir = freshDataDir();
    let server = await startServer(env(dataDir));

    // (a) kill -9 of the service alone: its postgres keeps running, with the folder and its lock.
    const postgresBefore = embeddedPostgresPid(dataDir);
    expect(postgresBefore).toBeDefined();
    const a = await writeThenCrash(server, 'crash-a', () => server.child.kill('SIGKILL'));
    expect(embeddedPostgresPid(dataDir)).toBe(postgresBefore);
    const acknowledgedA = a.filter((x) => x.acknowledged).length;
    expect(acknowledgedA).toBeGreaterThanOrEqual(WRITERS);

    server = await startServer(env(dataDir));
    expect(server.logs()).toMatch(/stopping the embedded PostgreSQL left running/);
    const postgresAfter = embeddedPostgresPid(dataDir);
    expect(postgresAfter).toBeDefined();
    expect(postgresAfter).not.toBe(postgresBefore);
    await expectDurable(dataDir, 'crash-a', a);

    // (b) kill -9 of the service and of every postgres process: WAL recovery at the next start.
    const b = await writeThenCrash(server, 'crash-b', () => {
      server.child.kill('SIGKILL');
      killEmbeddedPostgres(dataDir);
    });
    expect(b.filter((x) => x.acknowledged).length).toBeGreaterThanOrEqual(WRITERS);

    server = await startServer(env(dataDir));
    await expectDurable(dataDir, 'crash-b', b);
    await expectDurable(dataDir, 'crash-a', a);
    // The service answers as before.
    const { body } = await gql(server.url, await signIn(server.url), `{ projects(first: 1) { totalCount } }`);
    expect(body.errors).toBeUndefined();
    // A second service on the same DATA_DIR is refused, and the first one is left alone.
    await expect(startServer(env(dataDir))).rejects.toThrow(/DATA_DIR .* is in use/);
    expect((await gql(server.url, undefined, '{ pilotCities { slug } }')).body.errors).toBeUndefined();
    expect(await stopServer(server.child)).toBe(0);
    expect(embeddedPostgresPid(dataDir)).toBeUndefined();
  }, 120_000);
});

describe('two services started on one DATA_DIR at the same moment', () => {
  it('runs one; the other stops with a clear error, without harming the first', async () => {
    const dataDir = freshDataDir();
    const results = await Promise.allSettled([startServer(env(dataDir)), startServer(env(dataDir))]);
    const started = results.filter((r): r is PromiseFulfilledResult<ServerProcess> => r.status === 'fulfilled').map((r) => r.value);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason));
    try {
      expect(started).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatch(/DATA_DIR .* is in use/);
      expect((await gql(started[0].url, undefined, '{ pilotCities { slug } }')).body.errors).toBeUndefined();
    } finally {
      for (const server of started) expect(await stopServer(server.child)).toBe(0);
    }
    expect(embeddedPostgresPid(dataDir)).toBeUndefined();
  }, 60_000);
});

describe('the embedded PostgreSQL right after a fresh start', () => {
  it('gives 20 concurrent writers (and their reads) exactly their own answers, without an error', async () => {
    const dataDir = freshDataDir();
    const server = await startServer(env(dataDir));
    try {
      const token = await signIn(server.url);
      const perWriter = 8;
      const answers: Array<{ slug: string; slots: number; created: any; read: any }> = [];
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, w) => {
          for (let i = 0; i < perWriter; i++) {
            const slug = `fresh-w${w}-${i}`;
            const slots = 1 + ((w + i) % 4);
            const created = await gql(server.url, token, CREATE, { input: input(slug, slots) });
            const id = created.body.data?.createProject?.project?.id;
            const read = id ? await gql(server.url, token, READ, { id }) : undefined;
            answers.push({ slug, slots, created, read });
          }
        }),
      );
      expect(answers).toHaveLength(WRITERS * perWriter);
      for (const { slug, slots, created, read } of answers) {
        expect(created.status).toBe(200);
        expect(created.body.errors).toBeUndefined();
        expect(created.body.data.createProject.userErrors).toEqual([]);
        const { id, ...project } = created.body.data.createProject.project;
        expect(project).toEqual(expected(slug, slots));
        expect(read.body.errors).toBeUndefined();
        expect(read.body.data.project).toEqual({ id, ...expected(slug, slots) });
      }
      await expectDurable(
        dataDir,
        'fresh',
        answers.map(({ slug, slots }) => ({ slug, slots, acknowledged: true })),
      );
    } finally {
      expect(await stopServer(server.child)).toBe(0);
    }
  }, 60_000);
});
