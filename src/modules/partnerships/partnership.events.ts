import type { EntityManager } from 'typeorm';
import { recordEvents } from '../events/event-log';
import type { EventType } from '../events/event.enums';
import { organizationNames } from '../events/names';
import type { PartnershipRequest } from './partnership-request.entity';

type RequestEvent = Extract<
  EventType,
  'PARTNERSHIP_REQUEST_SENT' | 'PARTNERSHIP_REQUEST_ACCEPTED' | 'PARTNERSHIP_REQUEST_DECLINED' | 'PARTNERSHIP_REQUEST_WITHDRAWN' | 'PARTNERSHIP_REQUEST_EXPIRED'
>;

const SUMMARIES: Record<RequestEvent, (from: string, to: string, lang: 'ko' | 'en') => string> = {
  PARTNERSHIP_REQUEST_SENT: (from, to, lang) => (lang === 'ko' ? `${from}에서 ${to}에 협력을 요청했습니다.` : `${from} asked ${to} to partner.`),
  PARTNERSHIP_REQUEST_ACCEPTED: (from, to, lang) =>
    lang === 'ko' ? `${to}에서 ${from}의 협력 요청을 수락했습니다.` : `${to} accepted ${from}'s partnership request.`,
  PARTNERSHIP_REQUEST_DECLINED: (from, to, lang) =>
    lang === 'ko' ? `${to}에서 ${from}의 협력 요청을 거절했습니다.` : `${to} declined ${from}'s partnership request.`,
  PARTNERSHIP_REQUEST_WITHDRAWN: (from, to, lang) =>
    lang === 'ko' ? `${from}에서 ${to}에 보낸 협력 요청을 철회했습니다.` : `${from} withdrew its partnership request to ${to}.`,
  PARTNERSHIP_REQUEST_EXPIRED: (from, to, lang) =>
    lang === 'ko' ? `${from}에서 ${to}에 보낸 협력 요청이 답을 받지 못해 만료되었습니다.` : `${from}'s partnership request to ${to} expired unanswered.`,
};

/** Both organisations hear of every step of a request between them. */
export async function recordRequestEvents(
  em: EntityManager,
  type: RequestEvent,
  requests: readonly PartnershipRequest[],
  actorAccountId: number | null,
): Promise<void> {
  const names = await organizationNames(
    em,
    requests.flatMap((r) => [r.fromOrganizationId, r.toOrganizationId]),
  );
  await recordEvents(
    em,
    requests.map((r) => {
      const from = names.get(r.fromOrganizationId) ?? { ko: '', en: '' };
      const to = names.get(r.toOrganizationId) ?? { ko: '', en: '' };
      return {
        type,
        subject: { type: 'PartnershipRequest', id: r.id },
        actorAccountId,
        audience: { organizationIds: [r.fromOrganizationId, r.toOrganizationId] },
        summary: { ko: SUMMARIES[type](from.ko, to.ko, 'ko'), en: SUMMARIES[type](from.en, to.en, 'en') },
        data: { fromOrganizationId: r.fromOrganizationId, toOrganizationId: r.toOrganizationId, projectId: r.projectId },
      };
    }),
  );
}
