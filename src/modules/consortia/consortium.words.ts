// What consortium errors say, in English and Korean (docs/api.md, "Languages"): organisations by
// name, slots by role and domain, states in words; numbers go in the error's fields.
import type { EntityManager } from 'typeorm';
import { Language, subjectParticle, topicParticle, type Wording } from '../../graphql/language';
import type { Viewer } from '../accounts/viewer';
import { loadNamesInBoth } from '../matching/names';
import { slotLabel } from '../matching/reasons';
import { visibleOrganizationRows } from '../organizations/organization.access';
import type { SlotRole } from '../projects/project.enums';
import type { ConsortiumStatus, InvitationStatus } from './consortium.enums';

type Words<K extends string> = Record<K, Wording>;

const CONSORTIUM_STATUS: Words<ConsortiumStatus> = {
  DRAFT: { en: 'DRAFT', ko: '초안' },
  INVITING: { en: 'INVITING', ko: '초대 중' },
  CONFIRMED: { en: 'CONFIRMED', ko: '확정' },
  DISSOLVED: { en: 'DISSOLVED', ko: '해산' },
};

const INVITATION_STATUS: Words<InvitationStatus> = {
  NOT_SENT: { en: 'NOT_SENT', ko: '초대 전' },
  INVITED: { en: 'INVITED', ko: '답변 대기' },
  ACCEPTED: { en: 'ACCEPTED', ko: '수락' },
  DECLINED: { en: 'DECLINED', ko: '거절' },
  EXPIRED: { en: 'EXPIRED', ko: '만료' },
};

export const consortiumStatus = (status: ConsortiumStatus) => CONSORTIUM_STATUS[status];
export const invitationStatus = (status: InvitationStatus) => INVITATION_STATUS[status];

/** "a or b" / "a 또는 b" of worded items. */
export function either(items: readonly Wording[]): Wording {
  return { en: items.map((w) => w.en).join(' or '), ko: items.map((w) => w.ko).join(' 또는 ') };
}

/** Korean particles after a worded name. */
export const ko = {
  topic: (w: Wording) => `${w.ko}${topicParticle(w.ko)}`,
  subject: (w: Wording) => `${w.ko}${subjectParticle(w.ko)}`,
};

/** Names of organisations and slots, in both languages, for one error. */
export interface Namer {
  organization(id: number): Wording;
  slot(slot: { id: number; domainId: number; role: SlotRole }): Wording;
}

/**
 * Reads the names an error mentions. An organisation the viewer may not see is not named (its name
 * is part of its profile, organization.access.ts), only called one they may not see.
 */
export async function namer(em: EntityManager, viewer: Viewer, organizationIds: readonly number[]): Promise<Namer> {
  const [names, rows] = await Promise.all([loadNamesInBoth(em, organizationIds), visibleOrganizationRows(em, viewer, organizationIds)]);
  return {
    organization: (id) =>
      rows.visible(id)
        ? { en: names[Language.EN].organization(id), ko: names[Language.KO].organization(id) }
        : { en: 'an organisation you may not see', ko: '볼 수 없는 기관' },
    slot: (slot) => {
      const scene = (lang: Language) => ({ names: names[lang], slots: [], roleOf: () => slot.role, cityId: 0 });
      return { en: slotLabel(slot, scene(Language.EN)), ko: slotLabel(slot, scene(Language.KO)) };
    },
  };
}

/** Worded items joined with commas, each language on its own. */
export function joined(items: readonly Wording[]): Wording {
  return { en: items.map((w) => w.en).join(', '), ko: items.map((w) => w.ko).join(', ') };
}
