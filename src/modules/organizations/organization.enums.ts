import { registerEnumType } from 'type-graphql';

/** Kinds of alliance member, as the alliance counts them (large firms, SMEs, start-ups, public and research bodies). */
export enum OrganizationKind {
  LARGE_ENTERPRISE = 'LARGE_ENTERPRISE',
  MID_SIZED = 'MID_SIZED',
  SME = 'SME',
  STARTUP = 'STARTUP',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  ASSOCIATION = 'ASSOCIATION',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
}

/** Where an organisation stands with the alliance; only APPROVED members are matched. */
export enum MembershipStatus {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Who may see an organisation's profile. */
export enum ProfileVisibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
  PRIVATE = 'PRIVATE',
}

/** Korea's seventeen first-level divisions (시·도). */
export enum Region {
  SEOUL = 'SEOUL',
  BUSAN = 'BUSAN',
  DAEGU = 'DAEGU',
  INCHEON = 'INCHEON',
  GWANGJU = 'GWANGJU',
  DAEJEON = 'DAEJEON',
  ULSAN = 'ULSAN',
  SEJONG = 'SEJONG',
  GYEONGGI = 'GYEONGGI',
  GANGWON = 'GANGWON',
  CHUNGBUK = 'CHUNGBUK',
  CHUNGNAM = 'CHUNGNAM',
  JEONBUK = 'JEONBUK',
  JEONNAM = 'JEONNAM',
  GYEONGBUK = 'GYEONGBUK',
  GYEONGNAM = 'GYEONGNAM',
  JEJU = 'JEJU',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Kind of member organisation.',
  valuesConfig: {
    LARGE_ENTERPRISE: { description: 'Large enterprise (대기업); in pilot-city calls only inside consortia, at most a 30% share.' },
    MID_SIZED: { description: 'Mid-sized enterprise (중견기업).' },
    SME: { description: 'Small or medium enterprise (중소기업).' },
    STARTUP: { description: 'Venture or start-up (벤처·스타트업).' },
    UNIVERSITY: { description: 'University (대학).' },
    RESEARCH_INSTITUTE: { description: 'Public or private research institute (연구기관).' },
    ASSOCIATION: { description: 'Industry association (협회·단체).' },
    PUBLIC_AGENCY: { description: 'Public agency or corporation (공공기관).' },
  },
});

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Membership state; the steering committee decides applications.',
  valuesConfig: {
    APPLIED: { description: 'Applied, waiting for the steering committee.' },
    APPROVED: { description: 'Approved member; a candidate for matching.' },
    REJECTED: { description: 'Application rejected.' },
    SUSPENDED: { description: 'Membership suspended.' },
    WITHDRAWN: { description: 'Left the alliance.' },
  },
});

registerEnumType(ProfileVisibility, {
  name: 'ProfileVisibility',
  description: 'Who may see an organisation profile.',
  valuesConfig: {
    PUBLIC: { description: 'Everyone, signed in or not.' },
    MEMBERS: { description: 'Signed-in approved members only.' },
    PRIVATE: { description: "The organisation's own members, planners and admins only." },
  },
});

registerEnumType(Region, {
  name: 'Region',
  description: 'First-level administrative division of Korea (시·도).',
  valuesConfig: {
    SEOUL: { description: '서울특별시' },
    BUSAN: { description: '부산광역시' },
    DAEGU: { description: '대구광역시' },
    INCHEON: { description: '인천광역시' },
    GWANGJU: { description: '광주광역시' },
    DAEJEON: { description: '대전광역시' },
    ULSAN: { description: '울산광역시' },
    SEJONG: { description: '세종특별자치시' },
    GYEONGGI: { description: '경기도' },
    GANGWON: { description: '강원특별자치도' },
    CHUNGBUK: { description: '충청북도' },
    CHUNGNAM: { description: '충청남도' },
    JEONBUK: { description: '전북특별자치도' },
    JEONNAM: { description: '전라남도' },
    GYEONGBUK: { description: '경상북도' },
    GYEONGNAM: { description: '경상남도' },
    JEJU: { description: '제주특별자치도' },
  },
});
