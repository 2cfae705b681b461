// docs/walkthrough.md, run as written: its GraphQL documents and variables, in order, over HTTP,
// against a server started on a fresh database with the sample data and the demo accounts (the
// start path, seedOnStart). Nothing is written to the database but by those requests.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { postGraphQL, startTestApp, type RunningApp } from '../support/http-app';
import { testDatabaseUrl } from '../support/test-env';

/** One GraphQL document of the walkthrough, with what its comment lines and its json block say. */
interface Step {
  /** The operation's name (`mutation Apply…` → `Apply`), by which later steps refer to its answer. */
  name: string;
  document: string;
  /** `# as: <email>`: whose token is sent, and who gets the token of the answer. */
  as: string;
  /** `# for each: <Name.path>`: run once per item of that list. */
  forEach: string | null;
  /** The json block right after the document, as written (placeholders unresolved). */
  variables: unknown;
}

const WALKTHROUGH = path.join(__dirname, '../../docs/walkthrough.md');

/** The ```graphql blocks of the file, each with the ```json block that follows it (only blank lines between). */
function parseWalkthrough(markdown: string): Step[] {
  const blocks = [...markdown.matchAll(/```(\w*)\n([\s\S]*?)```\n?/g)].map((m) => ({ lang: m[1], body: m[2], start: m.index, end: m.index + m[0].length }));
  const steps: Step[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== 'graphql') return;
    const next = blocks[i + 1];
    const variables = next?.lang === 'json' && markdown.slice(block.end, next.start).trim() === '' ? JSON.parse(next.body) : {};
    const name = /^(?:query|mutation)\s+(\w+)/m.exec(block.body)?.[1];
    const as = /^# as: (\S+)$/m.exec(block.body)?.[1];
    if (!name || !as) throw new Error(`a graphql block of docs/walkthrough.md lacks an operation name or an "# as:" line:\n${block.body}`);
    steps.push({ name, document: block.body, as, forEach: /^# for each: (<[^>]+>)$/m.exec(block.body)?.[1] ?? null, variables });
  });
  return steps;
}

/** Earlier answers by operation name (the value of their one top-level field), and the current `each`. */
type Answers = Map<string, unknown>;

function lookup(answers: Answers, reference: string): unknown {
  const [name, ...path] = reference.split('.');
  if (!answers.has(name)) throw new Error(`<${reference}>: no earlier answer of ${name}`);
  let value = answers.get(name);
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in value)) throw new Error(`<${reference}>: the answer has no ${key}`);
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Fills the placeholders: a whole-string `"<Name.path>"` by the value itself, one inside a string by its text. */
function resolve(value: unknown, answers: Answers): unknown {
  if (typeof value === 'string') {
    const whole = /^<([\w.]+)>$/.exec(value);
    if (whole) return lookup(answers, whole[1]);
    return value.replace(/<([\w.]+)>/g, (_, reference: string) => String(lookup(answers, reference)));
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, answers));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, answers)]));
  return value;
}

const name = `am_walkthrough_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const serverUrl = new URL(testDatabaseUrl());
const freshUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
let server: RunningApp;

async function onServer(statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await onServer(`CREATE DATABASE ${name}`);
  server = await startTestApp({ SEED_DEMO_ACCOUNTS: 'true' }, { databaseUrl: freshUrl });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

it('docs/walkthrough.md is a list of named operations, each with its account, variables where it has any', () => {
  const steps = parseWalkthrough(fs.readFileSync(WALKTHROUGH, 'utf8'));
  expect(steps.map((s) => s.name)).toEqual([
    'SignUp',
    'Apply',
    'SignIn',
    'Decide',
    'AddCapability',
    'SignIn',
    'CreateProject',
    'AddSlot',
    'Open',
    'Assemble',
    'CreateConsortium',
    'Invite',
    'SignIn',
    'MyInvitations',
    'Answer',
    'Confirm',
    'AuditLog',
  ]);
  for (const step of steps) if (/\$\w+\s*:/.test(step.document)) expect(step.variables).not.toEqual({});
});

it('runs, step by step over HTTP: application → approval → capability → project → consortium → invitations → confirmation', async () => {
  const steps = parseWalkthrough(fs.readFileSync(WALKTHROUGH, 'utf8'));
  const answers: Answers = new Map();
  const tokens = new Map<string, string>();
  /** Every run, in order: which operation, as whom, and its answer. */
  const runs: { name: string; as: string; answer: any }[] = [];

  for (const step of steps) {
    const items = step.forEach ? (resolve(step.forEach, answers) as unknown[]) : [undefined];
    expect(Array.isArray(items) && items.length > 0).toBe(true);
    for (const item of items) {
      const scope: Answers = new Map(answers);
      if (item !== undefined) scope.set('each', item);
      const as = resolve(step.as, scope) as string;
      const token = tokens.get(as);
      const { status, body } = await postGraphQL(
        server.graphql,
        { query: step.document, variables: resolve(step.variables, scope) },
        token ? { authorization: `Bearer ${token}` } : {},
      );
      const context = `${step.name} as ${as}: ${JSON.stringify(body)}`;
      expect({ context, status, errors: body.errors }).toEqual({ context, status: 200, errors: undefined });
      const fields = Object.values(body.data) as any[];
      const answer = Object.keys(body.data).length === 1 ? fields[0] : body.data;
      if (answer && typeof answer === 'object' && 'userErrors' in answer)
        expect({ context, userErrors: answer.userErrors }).toEqual({ context, userErrors: [] });
      if (answer && typeof answer === 'object' && typeof answer.token === 'string') tokens.set(as, answer.token);
      answers.set(step.name, answer);
      runs.push({ name: step.name, as, answer });
    }
  }

  // What each step did, read from its answers.
  const answerOf = (name: string) => runs.filter((r) => r.name === name).map((r) => r.answer);
  const [apply] = answerOf('Apply');
  expect(apply.organization).toMatchObject({ slug: 'blue-river-water', membershipStatus: 'APPLIED' });
  expect(answerOf('Decide')[0].organization.membershipStatus).toBe('APPROVED');
  expect(answerOf('Open')[0].project.status).toBe('OPEN');
  const [assemble] = answerOf('Assemble');
  expect(assemble.alternatives.length).toBeGreaterThanOrEqual(1);
  const [created] = answerOf('CreateConsortium');
  const memberIds = created.consortium.members.map((m: any) => m.organization.id);
  expect(memberIds).toEqual(assemble.alternatives[0].members.map((m: any) => m.organization.id));
  expect(memberIds).toContain(apply.organization.id);
  const [invite] = answerOf('Invite');
  expect(invite.consortium).toMatchObject({ status: 'INVITING', project: { status: 'FORMING' } });

  // Step 7 ran once per member, each as the owner of that member: the founder, and demo owners.
  const owners = invite.consortium.members.map((m: any) => `owner@${m.organization.slug}.example`);
  expect(owners).toContain('owner@blue-river-water.example');
  expect(runs.filter((r) => r.name === 'Answer').map((r) => r.as)).toEqual(owners);
  for (const home of answerOf('MyInvitations')) {
    expect(home.myInvitations.edges[0].node).toMatchObject({ invitationStatus: 'INVITED', consortium: { id: invite.consortium.id, status: 'INVITING' } });
  }

  const [confirm] = answerOf('Confirm');
  expect(confirm.consortium).toMatchObject({ status: 'CONFIRMED', confirmedAt: expect.any(String), project: { status: 'AWARDED' } });
  expect(confirm.consortium.members.every((m: any) => m.invitationStatus === 'ACCEPTED')).toBe(true);

  const [audit] = answerOf('AuditLog');
  const actions = audit.edges.map((e: any) => e.node.action).reverse();
  expect(actions).toEqual(['consortium.created', 'consortium.invited', ...owners.map(() => 'consortium.invitation_accepted'), 'consortium.confirmed']);
});
