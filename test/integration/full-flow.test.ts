// The README's worked example, operation by operation: a company signs up and applies, an admin
// approves it, a planner publishes a project and forms a consortium from an assembleConsortium
// alternative, the members accept, and the planner confirms. The documents are the README's.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../src/modules/accounts/tokens';
import { AccountRole, createTestAccount, TEST_PASSWORD } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { deleteProjects } from '../support/workflows';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { token account { email role } userErrors { field message code } }
}`;

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { token expiresAt userErrors { field message code } }
}`;

const APPLY = `mutation Apply($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
    token
    organization { id slug membershipStatus version }
    userErrors { field message code }
  }
}`;

const DECIDE = `mutation Decide($input: DecideMembershipInput!) {
  decideMembership(input: $input) {
    organization { id membershipStatus membershipDecidedAt }
    userErrors { field message code }
  }
}`;

const ADD_CAPABILITY = `mutation AddCapability($input: AddCapabilityInput!) {
  addCapability(input: $input) { capability { id level domain { slug } } userErrors { field message code } }
}`;

const CREATE_PROJECT = `mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    project { id status version slots { id position role domain { slug } } }
    userErrors { field message code }
  }
}`;

const ADD_SLOT = `mutation AddSlot($input: AddRequirementSlotInput!) {
  addRequirementSlot(input: $input) {
    slot { id position }
    project { version }
    userErrors { field message code }
  }
}`;

const OPEN_PROJECT = `mutation Open($input: ProjectTransitionInput!) {
  openProject(input: $input) { project { id status version } userErrors { field message code } }
}`;

const ASSEMBLE = `query Assemble($projectId: ID!, $options: ConsortiumOptionsInput) {
  assembleConsortium(projectId: $projectId, options: $options) {
    alternatives { rank value members { organization { id nameEn } roles } }
    infeasibleReason
  }
}`;

const CREATE_CONSORTIUM = `mutation CreateConsortium($input: CreateConsortiumInput!) {
  createConsortium(input: $input) {
    consortium {
      id status version
      members { organization { id nameEn } role invitationStatus slots { position } }
    }
    userErrors { field message code }
  }
}`;

const INVITE = `mutation Invite($input: ConsortiumTransitionInput!) {
  inviteToConsortium(input: $input) {
    consortium { id status version project { status } members { organization { id } invitationStatus } }
    userErrors { field message code }
  }
}`;

const ANSWER = `mutation Answer($input: AnswerConsortiumInvitationInput!) {
  answerConsortiumInvitation(input: $input) {
    consortium { id status version }
    userErrors { field message code }
  }
}`;

const CONFIRM = `mutation Confirm($input: ConsortiumTransitionInput!) {
  confirmConsortium(input: $input) {
    consortium { id status confirmedAt project { status } }
    userErrors { field message code }
  }
}`;

let api: TestApi;
let newOrganizationId: string | null = null;
const projects: string[] = [];

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await deleteProjects(api.dataSource, projects);
  // The new member leaves again, so the tests that compare with the seeded members see only those.
  if (newOrganizationId)
    await api.dataSource.query('DELETE FROM organization WHERE id = $1', [Number(Buffer.from(newOrganizationId, 'base64url').toString().split(':')[1])]);
  await api.close();
});

/** Runs one operation and returns its data, failing on any error or userError. */
async function run(document: string, variables: Record<string, unknown>, viewer: Viewer | null): Promise<Record<string, any>> {
  const result = await api.query(document, variables, viewer);
  expect(result.errors).toBeUndefined();
  const [payload] = Object.values(result.data!);
  if (payload && typeof payload === 'object' && 'userErrors' in payload) expect(payload.userErrors).toEqual([]);
  return result.data!;
}

/** What the server makes of `Authorization: Bearer <token>`. */
const bearer = (token: string) => api.viewerFor(token);

async function signIn(email: string, password: string): Promise<Viewer> {
  const { signIn } = await run(SIGN_IN, { input: { email, password } }, null);
  return bearer(signIn.token);
}

it('runs the README flow: application → approval → project → consortium from an alternative → invitations → confirmation', async () => {
  const suffix = randomUUID().slice(0, 8);

  // 1. A company's employee signs up and applies for membership with the company's profile.
  const email = `ceo-${suffix}@blue-river-water.example`;
  const password = 'a long enough password';
  const { signUp } = await run(SIGN_UP, { input: { email, password } }, null);
  expect(signUp.account).toEqual({ email, role: 'MEMBER' });
  const { applyForMembership } = await run(
    APPLY,
    {
      input: {
        organization: {
          slug: `blue-river-water-${suffix}`,
          nameKo: '푸른강워터',
          nameEn: 'Blue River Water',
          kind: 'STARTUP',
          industry: 'water-utility',
          region: 'BUSAN',
          employees: 18,
          contactName: '김하늘',
          contactEmail: 'haneul.kim@blue-river-water.example',
        },
      },
    },
    await bearer(signUp.token),
  );
  expect(applyForMembership.organization.membershipStatus).toBe('APPLIED');
  newOrganizationId = applyForMembership.organization.id;
  // The new token carries the organisation.
  const founder = await bearer(applyForMembership.token);

  // 2. An admin (steering committee) approves the application.
  const adminAccount = await createTestAccount(api.dataSource, AccountRole.ADMIN);
  const admin = await signIn(adminAccount.email, TEST_PASSWORD);
  const { decideMembership } = await run(
    DECIDE,
    {
      input: {
        organizationId: newOrganizationId,
        decision: 'APPROVED',
        reason: 'Smart-water start-up with a Busan pilot.',
        version: applyForMembership.organization.version,
      },
    },
    admin,
  );
  expect(decideMembership.organization.membershipStatus).toBe('APPROVED');

  // 3. The new member describes what it can deliver.
  await run(
    ADD_CAPABILITY,
    { input: { organizationId: newOrganizationId, domain: 'water', technologies: ['iot', 'sensors'], level: 4, cities: ['busan-eco-delta'] } },
    founder,
  );

  // 4. A planner publishes a project: a DRAFT with two slots, one more added, then opened.
  const plannerAccount = await createTestAccount(api.dataSource, AccountRole.PLANNER);
  const planner = await signIn(plannerAccount.email, TEST_PASSWORD);
  const { createProject } = await run(
    CREATE_PROJECT,
    {
      input: {
        city: 'busan-eco-delta',
        slug: `eco-delta-smart-water-${suffix}`,
        titleKo: '에코델타 스마트 물관리',
        titleEn: 'Eco Delta smart water',
        slots: [
          { role: 'LEAD', domain: 'water', technologies: ['iot'], minLevel: 3, weight: 5 },
          { role: 'SOLUTION_PROVIDER', domain: 'energy-environment', technologies: [], minLevel: 2, weight: 3 },
        ],
      },
    },
    planner,
  );
  const project = createProject.project;
  projects.push(project.id);
  expect(project.status).toBe('DRAFT');
  const { addRequirementSlot } = await run(
    ADD_SLOT,
    {
      input: { projectId: project.id, version: project.version, slot: { role: 'INTEGRATOR', domain: 'safety', technologies: ['ai'], minLevel: 2, weight: 2 } },
    },
    planner,
  );
  const { openProject } = await run(OPEN_PROJECT, { input: { projectId: project.id, version: addRequirementSlot.project.version } }, planner);
  expect(openProject.project.status).toBe('OPEN');

  // 5. The planner asks for the best consortia that include the new member, and keeps the best one.
  const options = { k: 2, includeOrganizations: [newOrganizationId], minIndustries: 2, requireFullCoverage: true };
  const { assembleConsortium } = await run(ASSEMBLE, { projectId: project.id, options }, planner);
  expect(assembleConsortium.alternatives.length).toBeGreaterThanOrEqual(1);
  const best = assembleConsortium.alternatives[0];
  const { createConsortium } = await run(
    CREATE_CONSORTIUM,
    { input: { projectId: project.id, name: 'Eco Delta water team', fromAlternative: { options, rank: 1 } } },
    planner,
  );
  const consortium = createConsortium.consortium;
  expect(consortium.status).toBe('DRAFT');
  expect(consortium.members.map((m: any) => m.organization.id)).toEqual(best.members.map((m: any) => m.organization.id));
  expect(consortium.members.map((m: any) => m.organization.id)).toContain(newOrganizationId);

  // 6. Invitations go out; the project is now FORMING.
  const { inviteToConsortium } = await run(INVITE, { input: { consortiumId: consortium.id, version: consortium.version } }, planner);
  expect(inviteToConsortium.consortium).toMatchObject({ status: 'INVITING', project: { status: 'FORMING' } });
  expect(inviteToConsortium.consortium.members.every((m: any) => m.invitationStatus === 'INVITED')).toBe(true);

  // 7. A member of every invited organisation accepts.
  for (const member of consortium.members) {
    const localId = Number(Buffer.from(member.organization.id, 'base64url').toString().split(':')[1]);
    const viewer = member.organization.id === newOrganizationId ? founder : await createTestAccount(api.dataSource, AccountRole.MEMBER, localId);
    const { answerConsortiumInvitation } = await run(ANSWER, { input: { consortiumId: consortium.id, answer: 'ACCEPTED' } }, viewer);
    expect(answerConsortiumInvitation.consortium.status).toBe('INVITING');
  }

  // 8. The planner confirms: every member accepted and every slot is filled. The project is AWARDED.
  const { confirmConsortium } = await run(CONFIRM, { input: { consortiumId: consortium.id } }, planner);
  expect(confirmConsortium.consortium).toMatchObject({ status: 'CONFIRMED', confirmedAt: expect.any(String), project: { status: 'AWARDED' } });
});
