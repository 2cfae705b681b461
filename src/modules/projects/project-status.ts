import { userError } from '../../graphql/user-error';
import { ProjectStatus, projectStatusWords } from './project.enums';

/** A status in Korean with its code, for messages: 공고 중(OPEN). */
export const glossedProjectStatus = (status: ProjectStatus) => `${projectStatusWords(status).ko}(${status})`;
import { ProjectErrorCode } from './project.errors';

/**
 * A project's life (README "State machines"): DRAFT → OPEN (needs a slot) → FORMING (invitations
 * of a consortium went out) → AWARDED (a consortium was confirmed) → CLOSED; DRAFT, OPEN and
 * FORMING may also be closed early. CLOSED is final.
 */
const NEXT: Record<ProjectStatus, readonly ProjectStatus[]> = {
  [ProjectStatus.DRAFT]: [ProjectStatus.OPEN, ProjectStatus.CLOSED],
  [ProjectStatus.OPEN]: [ProjectStatus.FORMING, ProjectStatus.CLOSED],
  [ProjectStatus.FORMING]: [ProjectStatus.AWARDED, ProjectStatus.CLOSED],
  [ProjectStatus.AWARDED]: [ProjectStatus.CLOSED],
  [ProjectStatus.CLOSED]: [],
};

export function canMoveProject(from: ProjectStatus, to: ProjectStatus): boolean {
  return NEXT[from].includes(to);
}

/** Throws PROJECT_STATUS_FORBIDS (a code consortium mutations share, as they move projects too) for a transition the state machine does not have. */
export function assertProjectTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (!canMoveProject(from, to)) {
    const allowed = NEXT[from];
    throw userError(
      ProjectErrorCode.PROJECT_STATUS_FORBIDS,
      {
        en: `A ${from} project cannot become ${to}${allowed.length ? ` (it can become ${allowed.join(' or ')})` : ' (CLOSED is final)'}.`,
        ko: `${glossedProjectStatus(from)} 상태의 사업은 ${glossedProjectStatus(to)} 상태가 될 수 없습니다${
          allowed.length ? `(될 수 있는 상태: ${allowed.map(glossedProjectStatus).join(' 또는 ')})` : '(종료(CLOSED)는 마지막 상태입니다)'
        }.`,
      },
      ['input', 'projectId'],
    );
  }
}

/**
 * Slots can change until invitations go out: once a consortium is FORMING, its members were
 * invited to fill these very slots, so changing them would change what they accepted.
 */
export const SLOT_EDITABLE_STATUSES: readonly ProjectStatus[] = [ProjectStatus.DRAFT, ProjectStatus.OPEN];
