import { type BilingualMail, bilingualMail, tokenLink } from '../../mail/bilingual';
import type { Mail } from '../../mail/mailer';
import { AccountRole, TeamRole } from '../accounts/account.enums';
import type { Organization } from '../organizations/organization.entity';
import { InvitationKind } from './invitation.enums';

/** How long an invitation link works. */
export const INVITATION_VALID_DAYS = 7;

/** Where the portal opens an invitation link (`?token=` is appended). */
export const INVITATION_PATH = '/invitation';

export interface InvitationMailFacts {
  kind: InvitationKind;
  email: string;
  role: AccountRole;
  teamRole: TeamRole | null;
  organization: Pick<Organization, 'nameKo' | 'nameEn'> | null;
}

const STAFF_ROLE = { ko: { PLANNER: '플래너', ADMIN: '관리자' }, en: { PLANNER: 'planner', ADMIN: 'admin' } } as const;
// With the particle: 소유자 ends in a vowel (로), 팀원 in a consonant (으로).
const TEAM_ROLE = { ko: { OWNER: '소유자로', MEMBER: '팀원으로' }, en: { OWNER: 'an owner', MEMBER: 'a member' } } as const;

const FOOTER = {
  ko: `이 링크는 ${INVITATION_VALID_DAYS}일 동안 유효하며 한 번만 사용할 수 있습니다. 요청하지 않은 초대라면 이 메일을 무시하셔도 됩니다.`,
  en: `The link works once, for ${INVITATION_VALID_DAYS} days. If you did not expect this invitation, you can ignore this mail.`,
};

/** The wording of each kind of invitation, Korean first (bilingual.ts puts them in order). */
function wording(facts: InvitationMailFacts): Pick<BilingualMail, 'ko' | 'en'> {
  const org = facts.organization;
  switch (facts.kind) {
    case InvitationKind.STAFF: {
      const role = facts.role === AccountRole.ADMIN ? AccountRole.ADMIN : AccountRole.PLANNER;
      return {
        ko: {
          subject: '얼라이언스 매치 계정 초대',
          paragraphs: [
            '스마트시티 융합 얼라이언스 사무국에서 얼라이언스 매치에 초대합니다.',
            `아래 링크에서 비밀번호를 정하면 ${STAFF_ROLE.ko[role]} 계정이 만들어집니다.`,
          ],
          action: '초대 수락하기',
        },
        en: {
          subject: 'Your invitation to Alliance Match',
          paragraphs: [
            'The Smart City Convergence Alliance secretariat invites you to Alliance Match.',
            `Open the link below and choose a password to create your ${STAFF_ROLE.en[role]} account.`,
          ],
          action: 'Accept the invitation',
        },
      };
    }
    case InvitationKind.TEAM: {
      const teamRole = facts.teamRole === TeamRole.OWNER ? TeamRole.OWNER : TeamRole.MEMBER;
      return {
        ko: {
          subject: `${org?.nameKo} 팀 초대`,
          paragraphs: [
            `얼라이언스 매치에서 ${org?.nameKo} 팀에 ${TEAM_ROLE.ko[teamRole]} 초대되었습니다.`,
            '아래 링크에서 비밀번호를 정하면 계정이 만들어지고 바로 팀에 합류합니다.',
          ],
          action: '초대 수락하기',
        },
        en: {
          subject: `Join ${org?.nameEn} on Alliance Match`,
          paragraphs: [
            `${org?.nameEn} invites you to its team on Alliance Match, as ${TEAM_ROLE.en[teamRole]}.`,
            'Open the link below and choose a password: your account is created and joins the team at once.',
          ],
          action: 'Accept the invitation',
        },
      };
    }
    case InvitationKind.CLAIM:
      return {
        ko: {
          subject: `${org?.nameKo} 프로필 관리 계정 안내`,
          paragraphs: [
            '스마트시티 융합 얼라이언스 사무국입니다.',
            `얼라이언스 매치에 등록된 ${org?.nameKo}의 프로필을 직접 관리하실 수 있도록 계정을 준비했습니다.`,
            '아래 링크에서 비밀번호를 정하면 계정이 만들어집니다. 이 계정으로 프로필과 역량 정보를 수정하고 동료를 초대할 수 있습니다.',
          ],
          action: '계정 만들기',
        },
        en: {
          subject: `Take over ${org?.nameEn} on Alliance Match`,
          paragraphs: [
            'This is the Smart City Convergence Alliance secretariat.',
            `${org?.nameEn} is listed on Alliance Match, and you can now keep its profile yourself.`,
            'Open the link below and choose a password: your account becomes the owner of the organisation, keeps its profile and capabilities up to date and invites colleagues.',
          ],
          action: 'Create the account',
        },
      };
  }
}

/** The invitation mail with its link (PUBLIC_URL/invitation?token=…). */
export function invitationMail(facts: InvitationMailFacts, publicUrl: string, token: string): Mail {
  return bilingualMail({ to: facts.email, ...wording(facts), link: tokenLink(publicUrl, INVITATION_PATH, token), footer: FOOTER });
}
