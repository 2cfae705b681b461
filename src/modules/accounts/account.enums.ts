import { describedEnum, type EnumValue } from '../../graphql/enum';

/** What an account may do (docs/workflows.md): members keep their organisation, planners run projects, admins decide. */
export const AccountRole = describedEnum('AccountRole', 'What a signed-in account may do.', {
  MEMBER: "Works for a member organisation: edits that organisation's profile, sends and answers partnership requests, answers consortium invitations.",
  PLANNER: 'Secretariat or project owner: publishes projects and assembles consortia.',
  ADMIN: 'Steering committee: decides memberships and keeps the taxonomy.',
});
export type AccountRole = EnumValue<typeof AccountRole>;

/** A member account's standing in its organisation's team (docs/workflows.md, "Teams"). */
export const TeamRole = describedEnum('TeamRole', "A member's standing in its organisation's team.", {
  OWNER: "Manages the team (invites colleagues, removes them, hands ownership over) and the organisation's settings; an organisation keeps at least one.",
  MEMBER: 'Acts for the organisation (profile, capabilities, partnership requests, consortium invitations) but does not manage the team.',
});
export type TeamRole = EnumValue<typeof TeamRole>;
