import { describedEnum, type EnumValue } from '../../graphql/enum';

/** Kinds of alliance member, as the alliance counts them (large firms, SMEs, start-ups, public and research bodies). */
export const OrganizationKind = describedEnum('OrganizationKind', 'Kind of member organisation.', {
  LARGE_ENTERPRISE: 'Large enterprise (대기업); in pilot-city calls only inside consortia, at most a 30% share.',
  MID_SIZED: 'Mid-sized enterprise (중견기업).',
  SME: 'Small or medium enterprise (중소기업).',
  STARTUP: 'Venture or start-up (벤처·스타트업).',
  UNIVERSITY: 'University (대학).',
  RESEARCH_INSTITUTE: 'Public or private research institute (연구기관).',
  ASSOCIATION: 'Industry association (협회·단체).',
  PUBLIC_AGENCY: 'Public agency or corporation (공공기관).',
});
export type OrganizationKind = EnumValue<typeof OrganizationKind>;

/** Where an organisation stands with the alliance; only APPROVED members are matched. */
export const MembershipStatus = describedEnum('MembershipStatus', 'Membership state; the steering committee decides applications.', {
  APPLIED: 'Applied, waiting for the steering committee.',
  APPROVED: 'Approved member; a candidate for matching.',
  REJECTED: 'Application rejected.',
  SUSPENDED: 'Membership suspended.',
  WITHDRAWN: 'Left the alliance.',
});
export type MembershipStatus = EnumValue<typeof MembershipStatus>;

/** A membership status in words, for messages (docs/api.md, "Languages"). */
export const membershipStatusWords = (status: MembershipStatus) => MEMBERSHIP_STATUS_WORDS[status];
const MEMBERSHIP_STATUS_WORDS: Record<MembershipStatus, { en: string; ko: string }> = {
  APPLIED: { en: 'APPLIED', ko: '가입 심사 중' },
  APPROVED: { en: 'APPROVED', ko: '승인' },
  REJECTED: { en: 'REJECTED', ko: '가입 거절' },
  SUSPENDED: { en: 'SUSPENDED', ko: '자격 정지' },
  WITHDRAWN: { en: 'WITHDRAWN', ko: '탈퇴' },
};

/** Who may see an organisation's profile. */
export const ProfileVisibility = describedEnum('ProfileVisibility', 'Who may see an organisation profile.', {
  PUBLIC: 'Everyone, signed in or not.',
  MEMBERS: 'Signed-in approved members only.',
  PRIVATE: "The organisation's own members, planners and admins only.",
});
export type ProfileVisibility = EnumValue<typeof ProfileVisibility>;

/** Korea's seventeen first-level divisions (시·도). */
export const Region = describedEnum('Region', 'First-level administrative division of Korea (시·도).', {
  SEOUL: '서울특별시',
  BUSAN: '부산광역시',
  DAEGU: '대구광역시',
  INCHEON: '인천광역시',
  GWANGJU: '광주광역시',
  DAEJEON: '대전광역시',
  ULSAN: '울산광역시',
  SEJONG: '세종특별자치시',
  GYEONGGI: '경기도',
  GANGWON: '강원특별자치도',
  CHUNGBUK: '충청북도',
  CHUNGNAM: '충청남도',
  JEONBUK: '전북특별자치도',
  JEONNAM: '전라남도',
  GYEONGBUK: '경상북도',
  GYEONGNAM: '경상남도',
  JEJU: '제주특별자치도',
});
export type Region = EnumValue<typeof Region>;
