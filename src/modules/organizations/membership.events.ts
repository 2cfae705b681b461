import type { EntityManager } from 'typeorm';
import { recordEvents } from '../events/event-log';
import { organizationNames } from '../events/names';
import { MembershipStatus } from './organization.enums';

type Lang = 'ko' | 'en';

/** The steering committee's decisions, as the organisation reads them (`from` tells an application from a reinstatement). */
function summary(from: MembershipStatus, to: MembershipStatus, name: string, lang: Lang): string {
  if (to === MembershipStatus.APPROVED && from === MembershipStatus.SUSPENDED) {
    return lang === 'ko' ? `${name}의 회원 자격이 회복되었습니다.` : `${name}'s membership was reinstated.`;
  }
  if (to === MembershipStatus.APPROVED) {
    return lang === 'ko' ? `${name}의 얼라이언스 가입 신청이 승인되었습니다.` : `${name}'s application to join the alliance was approved.`;
  }
  if (to === MembershipStatus.REJECTED) {
    return lang === 'ko' ? `${name}의 얼라이언스 가입 신청이 거절되었습니다.` : `${name}'s application to join the alliance was rejected.`;
  }
  return lang === 'ko' ? `${name}의 회원 자격이 정지되었습니다.` : `${name}'s membership was suspended.`;
}

/**
 * MEMBERSHIP_DECIDED, for the organisation decided on: its members hear (the reason goes in the
 * event's data). Recorded last in the decision's transaction.
 */
export async function recordMembershipDecision(
  em: EntityManager,
  organizationId: number,
  from: MembershipStatus,
  to: MembershipStatus,
  reason: string | null,
  actorAccountId: number,
): Promise<void> {
  const name = (await organizationNames(em, [organizationId])).get(organizationId) ?? { ko: '', en: '' };
  await recordEvents(em, [
    {
      type: 'MEMBERSHIP_DECIDED',
      subject: { type: 'Organization', id: organizationId },
      actorAccountId,
      audience: { organizationIds: [organizationId] },
      summary: { ko: summary(from, to, name.ko, 'ko'), en: summary(from, to, name.en, 'en') },
      data: { organizationId, from, to, reason },
    },
  ]);
}
