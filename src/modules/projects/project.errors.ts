import type { EnumValue } from '../../graphql/enum';
import { featureErrorCodes, userErrorType } from '../../graphql/user-error';

/** Why a project mutation failed (createProject, updateProject, transferProject, open/close, requirement slots). */
export const ProjectErrorCode = featureErrorCodes('ProjectErrorCode', 'Why a project mutation failed.', {
  SLUG_TAKEN: 'A project with this slug already exists; choose another.',
  PROJECT_CLOSED: 'The project is CLOSED, which is final: it cannot be changed.',
  PROJECT_STATUS_FORBIDS:
    "The project's status does not allow this transition (e.g. a DRAFT project cannot be awarded); the message names the statuses it can move to.",
  NO_SLOTS: 'A project needs at least one requirement slot before it opens.',
  TOO_MANY_SLOTS: 'The project already has the most requirement slots allowed.',
  SLOTS_LOCKED: 'Requirement slots can change only while the project is DRAFT or OPEN: once invitations are out, members accepted these very slots.',
  OWNER_NOT_PLANNER: 'A project can be handed only to an active PLANNER account.',
});
export type ProjectErrorCode = EnumValue<typeof ProjectErrorCode>;

export const ProjectError = userErrorType('ProjectError', ProjectErrorCode, 'An expected failure of a project mutation.');
