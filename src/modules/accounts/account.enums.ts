import { registerEnumType } from 'type-graphql';

/** What an account may do (docs/workflows.md): members keep their organisation, planners run projects, admins decide. */
export enum AccountRole {
  MEMBER = 'MEMBER',
  PLANNER = 'PLANNER',
  ADMIN = 'ADMIN',
}

registerEnumType(AccountRole, {
  name: 'AccountRole',
  description: 'What a signed-in account may do.',
  valuesConfig: {
    MEMBER: { description: "Works for a member organisation: edits that organisation's profile, sends and answers partnership requests, answers consortium invitations." },
    PLANNER: { description: 'Secretariat or project owner: publishes projects and assembles consortia.' },
    ADMIN: { description: 'Steering committee: decides memberships and keeps the taxonomy.' },
  },
});
