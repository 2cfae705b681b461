import { bilingualMail } from '../../mail/bilingual';
import type { Mail } from '../../mail/mailer';
import type { EventRecord } from '../events/event.entity';
import type { EventType } from '../events/event.enums';

/** Where the portal shows the notification centre; mails link to it. */
export const NOTIFICATIONS_PATH = '/notifications';

/** Most events one digest lists; the rest are counted ("and 12 more") and wait in the notification centre. */
export const DIGEST_MAX_ITEMS = 30;

/** A short name of each kind of event for a mail's subject; a kind not listed gets the plain "notification". */
const SUBJECT: Partial<Record<EventType, { ko: string; en: string }>> = {
  PARTNERSHIP_REQUEST_SENT: { ko: '새 협력 요청', en: 'New partnership request' },
  PARTNERSHIP_REQUEST_ACCEPTED: { ko: '협력 요청 수락', en: 'Partnership request accepted' },
  PARTNERSHIP_REQUEST_DECLINED: { ko: '협력 요청 거절', en: 'Partnership request declined' },
  PARTNERSHIP_REQUEST_WITHDRAWN: { ko: '협력 요청 철회', en: 'Partnership request withdrawn' },
  PARTNERSHIP_REQUEST_EXPIRED: { ko: '협력 요청 만료', en: 'Partnership request expired' },
  CONSORTIUM_INVITATION_SENT: { ko: '컨소시엄 초대', en: 'Consortium invitation' },
  CONSORTIUM_INVITATION_ACCEPTED: { ko: '컨소시엄 초대 수락', en: 'Consortium invitation accepted' },
  CONSORTIUM_INVITATION_DECLINED: { ko: '컨소시엄 초대 거절', en: 'Consortium invitation declined' },
  CONSORTIUM_INVITATION_EXPIRED: { ko: '컨소시엄 초대 만료', en: 'Consortium invitation expired' },
  CONSORTIUM_CONFIRMED: { ko: '컨소시엄 확정', en: 'Consortium confirmed' },
  CONSORTIUM_DISSOLVED: { ko: '컨소시엄 해산', en: 'Consortium dissolved' },
  MEMBERSHIP_DECIDED: { ko: '회원 가입 심사 결과', en: 'Membership decision' },
  PROJECT_MATCHED: { ko: '우리 기관에 맞는 새 사업', en: 'A new project for your organisation' },
  PROJECT_INTEREST_EXPRESSED: { ko: '사업 관심 표명', en: 'Interest in your project' },
};

const FOOTER = {
  ko: '어떤 알림을 메일로 받을지는 알림 설정에서 바꿀 수 있습니다 (바로, 하루 한 번 요약, 받지 않음).',
  en: 'You can choose which notifications you get by mail in your notification settings (at once, in a daily digest, or not at all).',
};

/** One event, mailed at once (INSTANT). */
export function instantMail(to: string, event: Pick<EventRecord, 'type' | 'summaryKo' | 'summaryEn'>, publicUrl: string): Mail {
  const subject = SUBJECT[event.type] ?? { ko: '알림', en: 'Notification' };
  return bilingualMail({
    to,
    ko: { subject: `[얼라이언스 매치] ${subject.ko}`, paragraphs: [event.summaryKo], action: '알림 센터에서 보기' },
    en: { subject: `[Alliance Match] ${subject.en}`, paragraphs: [event.summaryEn], action: 'Open the notification centre' },
    link: `${publicUrl}${NOTIFICATIONS_PATH}`,
    footer: FOOTER,
  });
}

/** The daily digest: what happened since the last one, oldest first. `day` is the Korean date it is for (YYYY-MM-DD). */
export function digestMail(to: string, day: string, events: readonly Pick<EventRecord, 'summaryKo' | 'summaryEn'>[], publicUrl: string): Mail {
  const [, month, date] = day.split('-').map(Number);
  const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  const listed = events.slice(0, DIGEST_MAX_ITEMS);
  const more = events.length - listed.length;
  return bilingualMail({
    to,
    ko: {
      subject: `[얼라이언스 매치] ${month}월 ${date}일 알림 요약 (${events.length}건)`,
      paragraphs: [
        `지난 요약 이후 새 알림이 ${events.length}건 있습니다.`,
        ...listed.map((e) => `• ${e.summaryKo}`),
        ...(more > 0 ? [`외 ${more}건은 알림 센터에서 볼 수 있습니다.`] : []),
      ],
      action: '알림 센터에서 보기',
    },
    en: {
      subject: `[Alliance Match] Your digest for ${date} ${monthName} (${events.length})`,
      paragraphs: [
        `${events.length === 1 ? 'One new notification' : `${events.length} new notifications`} since your last digest.`,
        ...listed.map((e) => `• ${e.summaryEn}`),
        ...(more > 0 ? [`${more} more in the notification centre.`] : []),
      ],
      action: 'Open the notification centre',
    },
    link: `${publicUrl}${NOTIFICATIONS_PATH}`,
    footer: FOOTER,
  });
}
