// Issue 11, findings 2 and 3: when the connection fails around COMMIT, the answer says exactly what
// is known. A COMMIT whose answer was lost may have committed: SERVICE_UNAVAILABLE with
// writeOutcome UNKNOWN, and a retry with the same clientMutationId answers the one write. A COMMIT
// that never left the process did not commit: writeOutcome NOT_WRITTEN, and nothing is there.
import { randomUUID } from 'node:crypto';
import { QueryFailedError, type QueryRunner } from 'typeorm';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { AccountRole, createTestAccount } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { projectInput, SLOT, useTestCity } from '../support/workflows';

let api: TestApi;
let planner: Viewer;
let dropTestCity: () => Promise<void>;

beforeAll(async () => {
  api = await createTestApi();
  dropTestCity = await useTestCity(api.dataSource);
  planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
});
afterAll(async () => {
  await dropTestCity();
  await api.close();
});

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) {
  project { id slug slots { id } } userErrors { field message code } } }`;

/** Runs `work` with every COMMIT of the API's pool replaced by `commit`. */
async function withCommit<T>(commit: (runner: QueryRunner, real: () => Promise<void>) => Promise<void>, work: () => Promise<T>): Promise<T> {
  const create = api.dataSource.createQueryRunner.bind(api.dataSource);
  const spy = jest.spyOn(api.dataSource, 'createQueryRunner').mockImplementation((mode) => {
    const runner = create(mode);
    const real = runner.commitTransaction.bind(runner);
    runner.commitTransaction = () => commit(runner, real);
    return runner;
  });
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

const lost = () => new QueryFailedError('COMMIT', [], Object.assign(new Error('Connection terminated unexpectedly')));

async function copies(slug: string): Promise<number> {
  const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM project WHERE slug = $1', [slug]);
  return count;
}

describe('a connection lost at COMMIT', () => {
  it('after the server committed: UNKNOWN, and a retry with the same key answers that one write', async () => {
    const input = projectInput([SLOT], { clientMutationId: randomUUID() });
    const first = await withCommit(
      async (_runner, real) => {
        await real();
        throw lost();
      },
      () => api.query(CREATE, { input }, planner),
    );
    expect(first.data).toBeNull();
    expect(first.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Retry with the same clientMutationId'),
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', writeOutcome: 'UNKNOWN', retryAfterSeconds: expect.any(Number) }),
      }),
    ]);
    expect(await copies(input.slug)).toBe(1);

    const retry = await api.query(CREATE, { input }, planner);
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.createProject).toMatchObject({ project: { slug: input.slug, slots: [expect.anything()] }, userErrors: [] });
    expect(await copies(input.slug)).toBe(1);
  });

  it('before it reached the server: NOT_WRITTEN, and nothing is there', async () => {
    const key = randomUUID();
    const input = projectInput([SLOT], { clientMutationId: key });
    const answer = await withCommit(
      async (runner) => {
        await runner.rollbackTransaction();
        throw new Error('Client has encountered a connection error and is not queryable');
      },
      () => api.query(CREATE, { input }, planner),
    );
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('nothing was written'),
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', writeOutcome: 'NOT_WRITTEN' }),
      }),
    ]);
    expect(await copies(input.slug)).toBe(0);
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM client_mutation WHERE client_mutation_id = $1', [key]);
    expect(count).toBe(0);
  });

  it('an update without a key: UNKNOWN, and the message says to read the object again', async () => {
    const created = await api.query(CREATE, { input: projectInput([SLOT]) }, planner);
    const project = created.data!.createProject.project;
    const answer = await withCommit(
      async (_runner, real) => {
        await real();
        throw lost();
      },
      () =>
        api.query(
          'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } userErrors { code } } }',
          {
            input: { projectId: project.id, version: 1, titleEn: 'Changed' },
          },
          planner,
        ),
    );
    expect(answer.errors?.[0]).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', writeOutcome: 'UNKNOWN' },
      message: expect.stringContaining('Read the object again'),
    });
  });
});
