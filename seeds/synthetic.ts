// `npm run seed:synthetic -- --organizations N --seed S`: loads N reproducible synthetic members
// (slugs `syn-000001`…) for load and matching tests. Replaces earlier synthetic members; idempotent.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
// Faker 10 ships as an ES module only; Node >= 20.19 loads it from CommonJS (require of ESM).
import { Faker, base, en } from '@faker-js/faker';
import { Presets, SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { entities } from '../src/modules';
import { createLogger } from '../src/logger';
import { MembershipStatus, OrganizationKind, ProfileVisibility, Region } from '../src/modules/organizations/organization.enums';
import { pilotCities } from './data/pilot-cities';
import { domains, industries, technologies } from './data/taxonomy';
import { workingGroups } from './data/working-groups';
import { analyze, seedOrganizations, seedReferenceData } from './seed';
import { loadSyntheticProjects } from './synthetic-projects';
import type { CapabilitySeed, EvidenceSeed, NamedSeed, OrganizationSeed } from './types';

/** Organisations written per transaction: about 2,000 capabilities, well within PostgreSQL's parameter limit. */
const BATCH_SIZE = 500;
/** Faker seeds a 32-bit Mersenne Twister, so larger seeds would silently repeat smaller ones. */
const MAX_SEED = 0xffff_ffff;

type Level = CapabilitySeed['level'];
type Weights<K extends string> = Partial<Record<K, number>>;
type Table<T> = { value: T; weight: number }[];

const table = <K extends string>(weights: Weights<K>): Table<K> => (Object.entries(weights) as [K, number][]).map(([value, weight]) => ({ value, weight }));

const bySlug = <T extends NamedSeed>(rows: T[]): Map<string, T> => new Map(rows.map((row) => [row.slug, row]));
const DOMAINS = bySlug(domains);
const TECHNOLOGIES = bySlug(technologies);
const INDUSTRIES = bySlug(industries);

// ── Distributions, shaped like the alliance's membership ────────────────────────────────────────

const KINDS = table<OrganizationKind>({
  LARGE_ENTERPRISE: 8,
  MID_SIZED: 12,
  SME: 30,
  STARTUP: 35,
  UNIVERSITY: 5,
  RESEARCH_INSTITUTE: 5,
  ASSOCIATION: 3,
  PUBLIC_AGENCY: 2,
});

/** Industries of firms and associations; universities and research institutes have their own. */
const FIRM_INDUSTRIES = table<string>({
  'it-services': 20,
  electronics: 8,
  construction: 8,
  'mobility-services': 7,
  healthcare: 7,
  'energy-utility': 6,
  robotics: 6,
  'media-content': 6,
  automotive: 5,
  logistics: 5,
  'environmental-services': 5,
  telecom: 4,
  finance: 3,
  'water-utility': 3,
  retail: 3,
  'public-sector': 1,
});
const PUBLIC_INDUSTRIES = table<string>({ 'public-sector': 6, 'water-utility': 2, 'energy-utility': 2, construction: 1, 'mobility-services': 1 });

const REGIONS = table<Region>({
  SEOUL: 34,
  GYEONGGI: 24,
  BUSAN: 6,
  DAEJEON: 6,
  SEJONG: 4,
  INCHEON: 4,
  DAEGU: 3,
  GWANGJU: 3,
  GYEONGNAM: 3,
  ULSAN: 2,
  GYEONGBUK: 2,
  CHUNGNAM: 2,
  CHUNGBUK: 2,
  JEONBUK: 1.5,
  JEONNAM: 1.5,
  GANGWON: 1.5,
  JEJU: 1.5,
});
/** Area codes of the regions; the 555 exchange keeps every number fictional. */
const AREA_CODES: Record<Region, string> = {
  SEOUL: '02',
  GYEONGGI: '031',
  INCHEON: '032',
  GANGWON: '033',
  CHUNGNAM: '041',
  DAEJEON: '042',
  CHUNGBUK: '043',
  SEJONG: '044',
  BUSAN: '051',
  ULSAN: '052',
  DAEGU: '053',
  GYEONGBUK: '054',
  GYEONGNAM: '055',
  JEONNAM: '061',
  GWANGJU: '062',
  JEONBUK: '063',
  JEJU: '064',
};

const EMPLOYEES: Record<OrganizationKind, [number, number]> = {
  LARGE_ENTERPRISE: [1_000, 60_000],
  MID_SIZED: [300, 3_000],
  SME: [10, 300],
  STARTUP: [2, 80],
  UNIVERSITY: [300, 5_000],
  RESEARCH_INSTITUTE: [50, 2_500],
  ASSOCIATION: [3, 60],
  PUBLIC_AGENCY: [100, 8_000],
};

/** Maturity weights for levels 1–5: start-ups and research bodies are earlier, large firms and agencies proven. */
const LEVELS: Record<OrganizationKind, [number, number, number, number, number]> = {
  LARGE_ENTERPRISE: [2, 10, 25, 38, 25],
  MID_SIZED: [4, 18, 33, 32, 13],
  SME: [7, 24, 33, 27, 9],
  STARTUP: [14, 32, 30, 19, 5],
  UNIVERSITY: [25, 35, 25, 12, 3],
  RESEARCH_INSTITUTE: [20, 32, 28, 15, 5],
  ASSOCIATION: [10, 30, 35, 20, 5],
  PUBLIC_AGENCY: [3, 12, 30, 35, 20],
};

const MEMBERSHIP = table<MembershipStatus>({ APPROVED: 90, APPLIED: 5, REJECTED: 3, SUSPENDED: 1, WITHDRAWN: 1 });
const VISIBILITY = table<ProfileVisibility>({ PUBLIC: 93, MEMBERS: 5, PRIVATE: 2 });
/** 2–6 capabilities, about 4 on average. */
const CAPABILITY_COUNTS: Table<number> = [
  [2, 15],
  [3, 25],
  [4, 25],
  [5, 20],
  [6, 15],
].map(([value, weight]) => ({ value, weight }));
const WORKING_GROUP_COUNTS: Table<number> = [
  [0, 40],
  [1, 40],
  [2, 20],
].map(([value, weight]) => ({ value, weight }));

/** Which domains an industry works in: the main (first) capability is one of these; later ones may be any domain. */
const INDUSTRY_DOMAINS: Record<string, Weights<string>> = {
  telecom: { safety: 3, administration: 3, mobility: 3, healthcare: 1, 'energy-environment': 1 },
  construction: { 'energy-environment': 3, administration: 2, safety: 2, water: 2, 'robotics-living': 1 },
  automotive: { mobility: 6, 'energy-environment': 2, 'robotics-living': 1, safety: 1 },
  'energy-utility': { 'energy-environment': 6, water: 1, administration: 1 },
  'it-services': { administration: 4, safety: 2, mobility: 2, healthcare: 1, education: 1, 'culture-shopping': 1, 'jobs-industry': 1, 'energy-environment': 1 },
  electronics: { 'energy-environment': 2, safety: 2, healthcare: 2, 'robotics-living': 2, mobility: 1, 'culture-shopping': 1 },
  finance: { 'culture-shopping': 3, 'jobs-industry': 3, administration: 2 },
  'education-services': {
    education: 4,
    'jobs-industry': 2,
    mobility: 1,
    'energy-environment': 1,
    healthcare: 1,
    administration: 1,
    'robotics-living': 1,
    water: 1,
    safety: 1,
  },
  healthcare: { healthcare: 6, safety: 1, 'robotics-living': 1 },
  research: {
    administration: 2,
    mobility: 2,
    'energy-environment': 2,
    safety: 1,
    healthcare: 1,
    water: 1,
    'robotics-living': 1,
    education: 1,
    'jobs-industry': 1,
  },
  robotics: { 'robotics-living': 6, mobility: 1, healthcare: 1, safety: 1 },
  'water-utility': { water: 6, safety: 1, 'energy-environment': 1 },
  logistics: { mobility: 3, 'robotics-living': 3, 'jobs-industry': 1 },
  retail: { 'culture-shopping': 5, 'robotics-living': 1, 'jobs-industry': 1 },
  'media-content': { 'culture-shopping': 4, education: 3, administration: 1 },
  'environmental-services': { 'energy-environment': 5, water: 2, safety: 1 },
  'public-sector': { administration: 5, safety: 2, 'jobs-industry': 2, water: 1, mobility: 1 },
  'mobility-services': { mobility: 6, 'energy-environment': 1, administration: 1 },
};
const MAIN_DOMAINS = new Map(Object.entries(INDUSTRY_DOMAINS).map(([industry, weights]) => [industry, table(weights)]));
/** Secondary capabilities: every domain outside the industry's own gets a small weight, so all domains occur. */
const OTHER_DOMAINS = new Map(
  Object.entries(INDUSTRY_DOMAINS).map(([industry, weights]) => [industry, domains.map((d) => ({ value: d.slug, weight: weights[d.slug] ?? 0.25 }))]),
);

/** Technologies each domain typically draws on. */
const DOMAIN_TECHNOLOGIES: Record<string, Weights<string>> = {
  mobility: { 'autonomous-driving': 4, '5g': 3, ai: 3, sensors: 3, 'big-data': 2, iot: 2, gis: 1, cloud: 1, 'digital-twin': 1 },
  safety: { ai: 4, iot: 3, sensors: 3, '5g': 2, drones: 2, 'big-data': 2, cybersecurity: 2, gis: 1 },
  'energy-environment': { 'energy-storage': 4, iot: 3, sensors: 3, 'big-data': 2, ai: 2, 'digital-twin': 2, cloud: 1, blockchain: 1 },
  education: { 'ar-vr': 4, ai: 3, cloud: 3, 'big-data': 1, iot: 1 },
  'culture-shopping': { 'ar-vr': 4, 'big-data': 3, ai: 2, blockchain: 2, cloud: 1, '5g': 1 },
  administration: { 'big-data': 4, 'digital-twin': 4, cloud: 3, gis: 3, ai: 2, cybersecurity: 2, blockchain: 1 },
  healthcare: { ai: 4, iot: 3, cloud: 2, 'big-data': 2, sensors: 2, '5g': 1, robotics: 1 },
  water: { sensors: 4, iot: 4, ai: 2, 'big-data': 2, drones: 2, gis: 2, 'digital-twin': 2 },
  'robotics-living': { robotics: 6, ai: 3, 'autonomous-driving': 2, sensors: 2, '5g': 1, iot: 1 },
  'jobs-industry': { cloud: 3, 'big-data': 2, ai: 2, blockchain: 2, iot: 1, 'ar-vr': 1 },
};

// ── Words that names and descriptions are composed of ([Korean, English] pairs) ─────────────────

type Pair = [string, string];

/** Two syllables make a stem: 한+울 → 한울 / Hanul; 30 × 30 stems keep duplicate names rare. */
const FIRST_SYLLABLES: Pair[] = [
  ['한', 'Han'],
  ['다', 'Da'],
  ['세', 'Se'],
  ['미', 'Mi'],
  ['누', 'Nu'],
  ['가', 'Ga'],
  ['하', 'Ha'],
  ['새', 'Sae'],
  ['태', 'Tae'],
  ['은', 'Eun'],
  ['서', 'Seo'],
  ['도', 'Do'],
  ['지', 'Ji'],
  ['수', 'Su'],
  ['윤', 'Yun'],
  ['인', 'In'],
  ['채', 'Chae'],
  ['예', 'Ye'],
  ['유', 'Yu'],
  ['온', 'On'],
  ['청', 'Cheong'],
  ['해', 'Hae'],
  ['별', 'Byeol'],
  ['정', 'Jeong'],
  ['보', 'Bo'],
  ['원', 'Won'],
  ['소', 'So'],
  ['상', 'Sang'],
  ['여', 'Yeo'],
  ['로', 'Ro'],
];
const SECOND_SYLLABLES: Pair[] = [
  ['울', 'ul'],
  ['솔', 'sol'],
  ['온', 'on'],
  ['빛', 'bit'],
  ['결', 'gyeol'],
  ['림', 'rim'],
  ['담', 'dam'],
  ['린', 'rin'],
  ['율', 'yul'],
  ['우', 'u'],
  ['나', 'na'],
  ['람', 'ram'],
  ['솜', 'som'],
  ['별', 'byeol'],
  ['한', 'han'],
  ['진', 'jin'],
  ['연', 'yeon'],
  ['아', 'a'],
  ['현', 'hyeon'],
  ['경', 'gyeong'],
  ['성', 'seong'],
  ['늘', 'neul'],
  ['음', 'eum'],
  ['루', 'ru'],
  ['이', 'i'],
  ['봄', 'bom'],
  ['강', 'gang'],
  ['산', 'san'],
  ['들', 'deul'],
  ['샘', 'saem'],
];
/** Sometimes between stem and suffix: 한울AI솔루션 / Hanul AI Solutions. */
const NAME_INFIXES: Pair[] = [
  ['스마트', 'Smart'],
  ['AI', 'AI'],
  ['디지털', 'Digital'],
  ['그린', 'Green'],
  ['퓨처', 'Future'],
  ['데이터', 'Data'],
];

const FIRM_SUFFIXES: Record<string, Pair[]> = {
  telecom: [
    ['텔레콤', 'Telecom'],
    ['통신', 'Communications'],
    ['네트웍스', 'Networks'],
    ['커넥트', 'Connect'],
  ],
  construction: [
    ['건설', 'Construction'],
    ['종합건설', 'E&C'],
    ['엔지니어링', 'Engineering'],
    ['건축', 'Architects'],
  ],
  automotive: [
    ['모터스', 'Motors'],
    ['오토모티브', 'Automotive'],
    ['모빌리티', 'Mobility'],
    ['차량시스템', 'Vehicle Systems'],
  ],
  'energy-utility': [
    ['에너지', 'Energy'],
    ['파워', 'Power'],
    ['그리드', 'Grid'],
    ['전력', 'Electric Power'],
  ],
  'it-services': [
    ['테크', 'Tech'],
    ['시스템즈', 'Systems'],
    ['솔루션', 'Solutions'],
    ['소프트', 'Soft'],
    ['랩스', 'Labs'],
    ['정보기술', 'Information Technology'],
  ],
  electronics: [
    ['전자', 'Electronics'],
    ['일렉트로닉스', 'Electronics'],
    ['디바이스', 'Devices'],
    ['센서텍', 'Sensortech'],
  ],
  finance: [
    ['금융', 'Financial'],
    ['페이', 'Pay'],
    ['캐피탈', 'Capital'],
    ['핀테크', 'Fintech'],
  ],
  healthcare: [
    ['헬스케어', 'Healthcare'],
    ['메디컬', 'Medical'],
    ['바이오', 'Bio'],
    ['케어', 'Care'],
  ],
  robotics: [
    ['로보틱스', 'Robotics'],
    ['로봇', 'Robot'],
    ['오토메이션', 'Automation'],
  ],
  'water-utility': [
    ['워터', 'Water'],
    ['아쿠아', 'Aqua'],
    ['수처리', 'Water Treatment'],
  ],
  logistics: [
    ['로지스틱스', 'Logistics'],
    ['물류', 'Logistics'],
    ['익스프레스', 'Express'],
  ],
  retail: [
    ['리테일', 'Retail'],
    ['커머스', 'Commerce'],
    ['마켓', 'Market'],
  ],
  'media-content': [
    ['미디어', 'Media'],
    ['스튜디오', 'Studio'],
    ['엔터테인먼트', 'Entertainment'],
    ['콘텐츠', 'Contents'],
  ],
  'environmental-services': [
    ['환경', 'Environmental'],
    ['에코', 'Eco'],
    ['그린텍', 'Greentech'],
    ['클린', 'Clean'],
  ],
  'public-sector': [
    ['행정정보', 'Civic Information'],
    ['시티웍스', 'Cityworks'],
  ],
  'mobility-services': [
    ['모빌리티', 'Mobility'],
    ['트랜짓', 'Transit'],
    ['라이드', 'Ride'],
    ['모빌리티랩', 'Mobility Lab'],
  ],
};
const KIND_SUFFIXES: Partial<Record<OrganizationKind, Pair[]>> = {
  UNIVERSITY: [
    ['대학교', 'University'],
    ['과학기술대학교', 'University of Science and Technology'],
    ['공과대학교', 'Institute of Technology'],
  ],
  RESEARCH_INSTITUTE: [
    ['연구원', 'Research Institute'],
    ['기술연구원', 'Institute of Technology'],
    ['스마트시티연구소', 'Smart City Research Center'],
    ['융합기술연구원', 'Convergence Technology Institute'],
  ],
  ASSOCIATION: [
    ['협회', 'Association'],
    ['협의회', 'Council'],
    ['연합회', 'Federation'],
    ['포럼', 'Forum'],
  ],
  PUBLIC_AGENCY: [
    ['도시공사', 'Urban Development Corporation'],
    ['정보진흥원', 'Information Agency'],
    ['시설관리공단', 'Facilities Management Agency'],
    ['스마트도시재단', 'Smart City Foundation'],
  ],
};
const KIND_NOUNS: Record<OrganizationKind, Pair> = {
  LARGE_ENTERPRISE: ['대기업', 'Large enterprise'],
  MID_SIZED: ['중견기업', 'Mid-sized company'],
  SME: ['중소기업', 'SME'],
  STARTUP: ['스타트업', 'Start-up'],
  UNIVERSITY: ['대학', 'University'],
  RESEARCH_INSTITUTE: ['연구기관', 'Research institute'],
  ASSOCIATION: ['협회', 'Industry association'],
  PUBLIC_AGENCY: ['공공기관', 'Public agency'],
};

const SURNAMES: Pair[] = [
  ['김', 'kim'],
  ['이', 'lee'],
  ['박', 'park'],
  ['최', 'choi'],
  ['정', 'jung'],
  ['강', 'kang'],
  ['조', 'cho'],
  ['윤', 'yoon'],
  ['장', 'jang'],
  ['임', 'lim'],
  ['한', 'han'],
  ['오', 'oh'],
  ['서', 'seo'],
  ['신', 'shin'],
  ['권', 'kwon'],
  ['황', 'hwang'],
];
const GIVEN_NAMES: Pair[] = [
  ['민준', 'minjun'],
  ['서연', 'seoyeon'],
  ['지훈', 'jihoon'],
  ['수아', 'sua'],
  ['도윤', 'doyun'],
  ['하은', 'haeun'],
  ['예준', 'yejun'],
  ['지우', 'jiwoo'],
  ['시우', 'siwoo'],
  ['서윤', 'seoyun'],
  ['주원', 'juwon'],
  ['지민', 'jimin'],
  ['현우', 'hyunwoo'],
  ['채원', 'chaewon'],
  ['건우', 'gunwoo'],
  ['유진', 'yujin'],
  ['우진', 'woojin'],
  ['다은', 'daeun'],
];

const SERVICES: Pair[] = [
  ['플랫폼', 'platform'],
  ['솔루션', 'solution'],
  ['통합 관제 서비스', 'integrated control service'],
  ['모니터링 시스템', 'monitoring system'],
  ['데이터 분석 서비스', 'data analytics service'],
  ['운영 서비스', 'operations service'],
];
const DOMESTIC_CITIES: Pair[] = [
  ['서울', 'Seoul'],
  ['부산', 'Busan'],
  ['대구', 'Daegu'],
  ['인천', 'Incheon'],
  ['광주', 'Gwangju'],
  ['대전', 'Daejeon'],
  ['울산', 'Ulsan'],
  ['수원', 'Suwon'],
  ['고양', 'Goyang'],
  ['성남', 'Seongnam'],
  ['화성', 'Hwaseong'],
  ['창원', 'Changwon'],
  ['전주', 'Jeonju'],
  ['청주', 'Cheongju'],
  ['김해', 'Gimhae'],
  ['제주', 'Jeju'],
];
const SEJONG: Pair = ['세종', 'Sejong'];
const OVERSEAS_CITIES = ['Singapore', 'Hanoi', 'Jakarta', 'Dubai', 'Bangkok', 'Kuala Lumpur'];
const PROJECTS_KO = ['실증사업', '구축사업', '시범사업', '고도화 사업', '리빙랩'];
const PROJECTS_EN = ['Pilot', 'Deployment', 'Living Lab', 'Feasibility Study'];

const WORKING_GROUP_SLUGS = workingGroups.map((g) => g.slug);

/**
 * Single words that synthetic names and descriptions contain, in both languages: `stems` (the
 * 한울 / Hanul part of names) and `words` (infixes, suffixes, kind nouns, services, cities, domain
 * and technology names). The HTTP benchmark draws its search words from these. Phrases are split,
 * since a search splits its text into words; Latin words shorter than 3 letters are left out.
 */
export function searchVocabulary(): { stems: string[]; words: string[] } {
  const stems = new Set<string>();
  for (const [firstKo, firstEn] of FIRST_SYLLABLES) {
    for (const [secondKo, secondEn] of SECOND_SYLLABLES) {
      stems.add(firstKo + secondKo);
      stems.add(firstEn + secondEn);
    }
  }
  const phrases: string[] = [
    ...[...NAME_INFIXES, ...Object.values(FIRM_SUFFIXES).flat(), ...Object.values(KIND_SUFFIXES).flat(), ...Object.values(KIND_NOUNS)].flat(),
    ...[...SERVICES, ...DOMESTIC_CITIES, SEJONG].flat(),
    ...[...domains, ...technologies].flatMap((t) => [t.nameKo, t.nameEn]),
  ];
  const words = new Set<string>();
  for (const phrase of phrases) {
    for (const word of phrase.split(/[\s·,()]+/)) {
      if (/^[A-Za-z0-9&/-]{3,}$/.test(word) || /^[가-힣]{2,}$/.test(word)) words.add(word);
    }
  }
  return { stems: [...stems], words: [...words].filter((w) => !stems.has(w)) };
}

// ── Generation ───────────────────────────────────────────────────────────────────────────────────

/**
 * `count` synthetic organisations, the same for the same arguments. Organisation i depends only on
 * (seed, i), so the first k of any run equal `generateOrganizations(k, seed)` and batches can be made apart.
 */
export function generateOrganizations(count: number, seed: number): OrganizationSeed[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number, got ${count}`);
  return generateRange(0, count, seed);
}

function generateRange(from: number, to: number, seed: number): OrganizationSeed[] {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`seed must be an integer 0..${MAX_SEED}, got ${seed}`);
  const faker = new Faker({ locale: [en, base] });
  const result: OrganizationSeed[] = [];
  for (let i = from; i < to; i++) {
    faker.seed([seed, i]);
    result.push(organization(faker, i + 1));
  }
  return result;
}

function organization(faker: Faker, n: number): OrganizationSeed {
  const pick = <T>(rows: Table<T>): T => faker.helpers.weightedArrayElement(rows);
  const slug = `syn-${String(n).padStart(6, '0')}`;
  const kind = pick(KINDS);
  const industry =
    kind === OrganizationKind.RESEARCH_INSTITUTE
      ? 'research'
      : kind === OrganizationKind.UNIVERSITY
        ? 'education-services'
        : kind === OrganizationKind.PUBLIC_AGENCY
          ? pick(PUBLIC_INDUSTRIES)
          : pick(FIRM_INDUSTRIES);
  // Research institutes cluster in Daedeok (Daejeon), central agencies moved to Sejong.
  const region =
    kind === OrganizationKind.RESEARCH_INSTITUTE && faker.datatype.boolean(0.5)
      ? Region.DAEJEON
      : kind === OrganizationKind.PUBLIC_AGENCY && faker.datatype.boolean(0.4)
        ? Region.SEJONG
        : pick(REGIONS);
  const [minEmployees, maxEmployees] = EMPLOYEES[kind];
  // Log-uniform: many small organisations, few very large ones.
  const employees = Math.round(Math.exp(faker.number.float({ min: Math.log(minEmployees), max: Math.log(maxEmployees) })));

  const capabilities: CapabilitySeed[] = [];
  const capabilityCount = pick(CAPABILITY_COUNTS);
  while (capabilities.length < capabilityCount) {
    const domainTable = (capabilities.length === 0 ? MAIN_DOMAINS : OTHER_DOMAINS).get(industry) ?? [];
    capabilities.push(capability(faker, kind, domainTable, new Set(capabilities.map((c) => c.domain))));
  }

  const [nameKo, nameEn] = name(faker, kind, industry);
  const [descriptionKo, descriptionEn] = organizationDescription(faker, kind, industry, capabilities[0]);
  const [surnameKo, surnameEn] = faker.helpers.arrayElement(SURNAMES);
  const [givenKo, givenEn] = faker.helpers.arrayElement(GIVEN_NAMES);
  return {
    slug,
    nameKo,
    nameEn,
    kind,
    industry,
    region,
    employees,
    website: faker.datatype.boolean(0.9) ? `https://${slug}.example` : null,
    descriptionKo,
    descriptionEn,
    membershipStatus: pick(MEMBERSHIP),
    visibility: pick(VISIBILITY),
    contact: {
      name: `${surnameKo}${givenKo}`,
      email: `${givenEn}.${surnameEn}@${slug}.example`,
      phone: `${AREA_CODES[region]}-555-${faker.string.numeric(4)}`,
    },
    workingGroups: faker.helpers.arrayElements(WORKING_GROUP_SLUGS, pick(WORKING_GROUP_COUNTS)),
    capabilities,
  };
}

function capability(faker: Faker, kind: OrganizationKind, domainTable: Table<string>, used: Set<string>): CapabilitySeed {
  // Prefer a domain the organisation does not cover yet, but a narrow industry may repeat one.
  let domain = faker.helpers.weightedArrayElement(domainTable);
  for (let retry = 0; retry < 3 && used.has(domain); retry++) domain = faker.helpers.weightedArrayElement(domainTable);

  const techSlugs = pickDistinct(faker, table(DOMAIN_TECHNOLOGIES[domain] ?? {}), faker.number.int({ min: 1, max: 4 }));
  const techs = techSlugs.map((slug) => TECHNOLOGIES.get(slug) as NamedSeed);
  const d = DOMAINS.get(domain) as NamedSeed;
  const [serviceKo, serviceEn] = faker.helpers.arrayElement(SERVICES);
  const level = faker.helpers.weightedArrayElement(LEVELS[kind].map((weight, i) => ({ value: (i + 1) as Level, weight })));
  return {
    domain,
    technologies: techSlugs,
    level,
    descriptionKo: `${techs.map((t) => t.nameKo).join('·')} 기반 ${d.nameKo} ${serviceKo}`,
    descriptionEn: `${d.nameEn} ${serviceEn} using ${englishList(techs.map((t) => lowerFirst(t.nameEn)))}`,
    evidence: Array.from({ length: faker.number.int({ min: 0, max: 2 }) }, () => evidence(faker, d)),
    cities: pilotCities.filter(() => faker.datatype.boolean(0.1)).map((city) => city.slug),
  };
}

function evidence(faker: Faker, domain: NamedSeed): EvidenceSeed {
  const year = faker.number.int({ min: 2015, max: 2025 });
  if (faker.datatype.boolean(0.15)) {
    return { project: `${domain.nameEn} ${faker.helpers.arrayElement(PROJECTS_EN)}`, city: faker.helpers.arrayElement(OVERSEAS_CITIES), year };
  }
  const [cityKo] = faker.helpers.arrayElement([...DOMESTIC_CITIES, SEJONG]);
  return { project: `${cityKo} ${domain.nameKo} ${faker.helpers.arrayElement(PROJECTS_KO)}`, city: cityKo, year };
}

function name(faker: Faker, kind: OrganizationKind, industry: string): Pair {
  const [firstKo, firstEn] = faker.helpers.arrayElement(FIRST_SYLLABLES);
  const [secondKo, secondEn] = faker.helpers.arrayElement(SECOND_SYLLABLES);
  const stem: Pair = [firstKo + secondKo, firstEn + secondEn];
  const [suffixKo, suffixEn] = faker.helpers.arrayElement(KIND_SUFFIXES[kind] ?? FIRM_SUFFIXES[industry] ?? [['테크', 'Tech']]);
  if (kind === OrganizationKind.ASSOCIATION) {
    const field = INDUSTRIES.get(industry) as NamedSeed;
    return [`${stem[0]}${field.nameKo}${suffixKo}`.replace(/ /g, ''), `${stem[1]} ${field.nameEn} ${suffixEn}`];
  }
  if (KIND_SUFFIXES[kind] === undefined && faker.datatype.boolean(0.2)) {
    const [infixKo, infixEn] = faker.helpers.arrayElement(NAME_INFIXES);
    return [`${stem[0]}${infixKo}${suffixKo}`, `${stem[1]} ${infixEn} ${suffixEn}`];
  }
  return [`${stem[0]}${suffixKo}`, `${stem[1]} ${suffixEn}`];
}

/** One sentence each; mentions the main (first) domain and the industry, sometimes a city. */
function organizationDescription(faker: Faker, kind: OrganizationKind, industry: string, main: CapabilitySeed): Pair {
  const d = DOMAINS.get(main.domain) as NamedSeed;
  const field = INDUSTRIES.get(industry) as NamedSeed;
  const tech = TECHNOLOGIES.get(main.technologies[0]) as NamedSeed;
  const [kindKo, kindEn] = KIND_NOUNS[kind];
  // "University in education services" says nothing; only name the field when the kind does not imply it.
  const implied = kind === OrganizationKind.UNIVERSITY || kind === OrganizationKind.RESEARCH_INSTITUTE;
  const fieldKo = implied ? '' : `${field.nameKo} 분야 `;
  const fieldEn = implied ? '' : ` in ${lowerFirst(field.nameEn)}`;
  const city = faker.datatype.boolean(0.05) ? SEJONG : faker.datatype.boolean(0.1) ? faker.helpers.arrayElement(DOMESTIC_CITIES) : null;
  if (city === null) {
    return [
      `${tech.nameKo} 기반 ${d.nameKo} 서비스를 제공하는 ${fieldKo}${kindKo}입니다.`,
      `${kindEn}${fieldEn} offering ${lowerFirst(d.nameEn)} services built on ${lowerFirst(tech.nameEn)}.`,
    ];
  }
  return [
    `${city[0]}에서 ${tech.nameKo} 기반 ${d.nameKo} 서비스를 실증한 ${fieldKo}${kindKo}입니다.`,
    `${kindEn}${fieldEn} that has piloted ${lowerFirst(d.nameEn)} services built on ${lowerFirst(tech.nameEn)} in ${city[1]}.`,
  ];
}

/** Weighted sampling without replacement. */
function pickDistinct<T>(faker: Faker, rows: Table<T>, n: number): T[] {
  const left = [...rows];
  const picked: T[] = [];
  while (picked.length < n && left.length > 0) {
    const value = faker.helpers.weightedArrayElement(left);
    picked.push(value);
    left.splice(
      left.findIndex((row) => row.value === value),
      1,
    );
  }
  return picked;
}

/** "Artificial intelligence" → "artificial intelligence", but "5G", "AR/VR", "Internet of Things" stay. */
function lowerFirst(text: string): string {
  return /[A-Z]/.test(text.slice(1)) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const ENGLISH_LIST = new Intl.ListFormat('en', { type: 'conjunction' });
const englishList = (items: string[]): string => ENGLISH_LIST.format(items);

// ── Loading ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Replaces all synthetic organisations (slug `syn-…`) with `count` freshly generated ones, in
 * transactions of BATCH_SIZE; reference data is upserted first. Running it twice leaves the same data.
 */
export async function loadSyntheticOrganizations(
  dataSource: DataSource,
  count: number,
  seed: number,
  onProgress?: (done: number) => void,
): Promise<{ organizations: number; capabilities: number }> {
  const ids = await dataSource.transaction((manager) => seedReferenceData(manager));
  // Capabilities, their links and working-group seats cascade; a smaller run must not leave old extras.
  await dataSource.query(`DELETE FROM organization WHERE slug LIKE 'syn-%'`);
  let capabilities = 0;
  for (let from = 0; from < count; from += BATCH_SIZE) {
    const batch = generateRange(from, Math.min(from + BATCH_SIZE, count), seed);
    capabilities += await dataSource.transaction((manager) => seedOrganizations(manager, batch, ids, { assignChairs: false }));
    onProgress?.(from + batch.length);
  }
  await analyze(dataSource);
  return { organizations: count, capabilities };
}

// ── CLI ──────────────────────────────────────────────────────────────────────────────────────────

const USAGE = `Usage: npm run seed:synthetic -- [--organizations N] [--seed S]
  --organizations N  synthetic organisations to load, 1..1000000 (default 10000)
  --seed S           seed of the generator, an integer 0..${MAX_SEED} (default 42)
Replaces every organisation whose slug starts with 'syn-', and loads synthetic projects of 4, 8 and 12 slots.`;

class UsageError extends Error {}

function parseCli(argv: string[]): { organizations: number; seed: number } | 'help' {
  let values: { organizations?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { organizations: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const integer = (flag: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
    if (raw === undefined) return fallback;
    const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) throw new UsageError(`--${flag} must be an integer ${min}..${max}, got '${raw}'`);
    return value;
  };
  return {
    organizations: integer('organizations', values.organizations, 10_000, 1, 1_000_000),
    seed: integer('seed', values.seed, 42, 0, MAX_SEED),
  };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseCli>;
  try {
    args = parseCli(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { organizations: count, seed } = args;

  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const dataSource = await openDatabase({ ...config, entities }, log);
  const started = Date.now();
  // A bar only for a person watching; logs and CI get a line per tenth instead.
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'syn organisations {bar} {percentage}% | {value}/{total} | {duration}s', hideCursor: true }, Presets.shades_classic)
    : null;
  let lastTenth = 0;
  const onProgress = (done: number): void => {
    if (bar) {
      bar.update(done);
      return;
    }
    const tenth = Math.floor((done * 10) / count);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      log.info({ done, total: count }, `synthetic organisations: ${tenth * 10}%`);
    }
  };
  try {
    bar?.start(count, 0);
    const counts = await loadSyntheticOrganizations(dataSource, count, seed, onProgress);
    bar?.stop(); // finish the bar's line before the summary; stopping again below is a no-op
    const projects = await loadSyntheticProjects(dataSource, seed);
    log.info({ ...counts, projects, seed, seconds: (Date.now() - started) / 1000 }, 'synthetic organisations and projects loaded');
  } finally {
    bar?.stop();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`Loading synthetic organisations failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
