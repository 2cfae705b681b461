import type { EntityManager } from 'typeorm';
import type { EventDraft } from '../events/event-log';
import type { EventType } from '../events/event.enums';
import { type BilingualName, koreanProjectPhrase, organizationNames, projectTitle } from '../events/names';
import type { Consortium } from './consortium.entity';

type InvitationEvent = Extract<
  EventType,
  'CONSORTIUM_INVITATION_SENT' | 'CONSORTIUM_INVITATION_ACCEPTED' | 'CONSORTIUM_INVITATION_DECLINED' | 'CONSORTIUM_INVITATION_EXPIRED'
>;
type ConsortiumEvent = Extract<EventType, 'CONSORTIUM_CONFIRMED' | 'CONSORTIUM_DISSOLVED'>;
/** Why a consortium was dissolved: its planner gave it up, another consortium of the project was confirmed, or the project was closed. */
export type DissolutionCause = 'planner' | 'award' | 'project_closed';

type Lang = 'ko' | 'en';
/** The consortium as a phrase: its name is the planner's, in one language; the project's title is in both. */
const team = (name: string, project: BilingualName, lang: Lang) =>
  lang === 'ko' ? `${koreanProjectPhrase(project.ko)}의 '${name}' 컨소시엄` : `the consortium '${name}' for ${project.en}`;

const INVITATION_SUMMARIES: Record<InvitationEvent, (organization: string, consortium: string, lang: Lang) => string> = {
  CONSORTIUM_INVITATION_SENT: (o, c, lang) => (lang === 'ko' ? `${c}에서 ${o}에 참여를 요청했습니다.` : `${o} was invited to join ${c}.`),
  CONSORTIUM_INVITATION_ACCEPTED: (o, c, lang) => (lang === 'ko' ? `${o}에서 ${c} 참여 요청을 수락했습니다.` : `${o} accepted the invitation to ${c}.`),
  CONSORTIUM_INVITATION_DECLINED: (o, c, lang) => (lang === 'ko' ? `${o}에서 ${c} 참여 요청을 거절했습니다.` : `${o} declined the invitation to ${c}.`),
  CONSORTIUM_INVITATION_EXPIRED: (o, c, lang) =>
    lang === 'ko' ? `${o}에 보낸 ${c} 참여 요청이 답을 받지 못해 만료되었습니다.` : `The invitation of ${o} to ${c} expired unanswered.`,
};

const CONSORTIUM_SUMMARIES: Record<
  ConsortiumEvent | 'CONSORTIUM_DISSOLVED_BY_AWARD' | 'CONSORTIUM_DISSOLVED_BY_CLOSING',
  (consortium: string, lang: Lang) => string
> = {
  CONSORTIUM_CONFIRMED: (c, lang) => (lang === 'ko' ? `${c}이 확정되었습니다.` : `${capitalize(c)} was confirmed.`),
  CONSORTIUM_DISSOLVED: (c, lang) => (lang === 'ko' ? `${c}이 해산되었습니다.` : `${capitalize(c)} was dissolved.`),
  CONSORTIUM_DISSOLVED_BY_AWARD: (c, lang) =>
    lang === 'ko'
      ? `같은 사업에 다른 컨소시엄이 확정되어 ${c}이 해산되었습니다.`
      : `${capitalize(c)} was dissolved: another consortium was confirmed for the project.`,
  CONSORTIUM_DISSOLVED_BY_CLOSING: (c, lang) =>
    lang === 'ko' ? `사업이 종료되어 ${c}이 해산되었습니다.` : `${capitalize(c)} was dissolved: the project was closed.`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type ConsortiumRef = Pick<Consortium, 'id' | 'name' | 'projectId' | 'ownerId'>;

/**
 * One event per organisation whose invitation moved. The invited organisation hears of its own
 * invitation; the planner who composed the consortium hears of every answer and expiry (not of the
 * invitations it sent itself).
 */
export async function invitationEvents(
  em: EntityManager,
  type: InvitationEvent,
  consortium: ConsortiumRef,
  organizationIds: readonly number[],
  actorAccountId: number | null,
): Promise<EventDraft[]> {
  if (organizationIds.length === 0) return [];
  const [names, project] = await Promise.all([organizationNames(em, organizationIds), projectTitle(em, consortium.projectId)]);
  return organizationIds.map((organizationId) => {
    const organization = names.get(organizationId) ?? { ko: '', en: '' };
    const summary = (lang: Lang) => INVITATION_SUMMARIES[type](organization[lang], team(consortium.name, project, lang), lang);
    return {
      type,
      subject: { type: 'Consortium', id: consortium.id },
      actorAccountId,
      audience: { organizationIds: [organizationId], accountIds: type === 'CONSORTIUM_INVITATION_SENT' ? [] : [consortium.ownerId] },
      summary: { ko: summary('ko'), en: summary('en') },
      data: { consortiumId: consortium.id, projectId: consortium.projectId, organizationId },
    };
  });
}

/**
 * A consortium confirmed or dissolved: its planner hears, and its member organisations once they
 * were invited (a draft's members were never told of it, so they are not told of its end either).
 */
export async function consortiumEvent(
  em: EntityManager,
  type: ConsortiumEvent,
  consortium: ConsortiumRef,
  invitedOrganizationIds: readonly number[],
  actorAccountId: number | null,
  cause: DissolutionCause = 'planner',
): Promise<EventDraft> {
  const project = await projectTitle(em, consortium.projectId);
  const key =
    type === 'CONSORTIUM_DISSOLVED' && cause === 'award'
      ? 'CONSORTIUM_DISSOLVED_BY_AWARD'
      : type === 'CONSORTIUM_DISSOLVED' && cause === 'project_closed'
        ? 'CONSORTIUM_DISSOLVED_BY_CLOSING'
        : type;
  const summary = (lang: Lang) => CONSORTIUM_SUMMARIES[key](team(consortium.name, project, lang), lang);
  return {
    type,
    subject: { type: 'Consortium', id: consortium.id },
    actorAccountId,
    audience: { organizationIds: invitedOrganizationIds, accountIds: [consortium.ownerId] },
    summary: { ko: summary('ko'), en: summary('en') },
    data: { consortiumId: consortium.id, projectId: consortium.projectId, ...(type === 'CONSORTIUM_DISSOLVED' ? { cause } : {}) },
  };
}

/** The organisations of a consortium that were invited (all of them once it left DRAFT; none of a draft). */
export async function invitedOrganizations(em: EntityManager, consortiumId: number): Promise<number[]> {
  const rows: { organization_id: number }[] = await em.query(
    `SELECT organization_id FROM consortium_member WHERE consortium_id = $1 AND invitation_status <> 'NOT_SENT' ORDER BY id`,
    [consortiumId],
  );
  return rows.map((r) => r.organization_id);
}
