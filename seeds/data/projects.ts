import { OrganizationKind } from '../../src/modules/organizations/organization.enums';
import { ProjectStatus, SlotRole } from '../../src/modules/projects/project.enums';
import type { ProjectSeed } from '../types';

const { LEAD, INTEGRATOR, SOLUTION_PROVIDER, RESEARCH_PARTNER, OPERATOR } = SlotRole;
const SMALL = [OrganizationKind.SME, OrganizationKind.STARTUP];
const RESEARCH = [OrganizationKind.UNIVERSITY, OrganizationKind.RESEARCH_INSTITUTE];

/** Fictional but realistic pilot-city projects, shaped like the two cities' published service plans. */
const described: ProjectSeed[] = [
  {
    slug: 'sejong-autonomous-shuttle',
    city: 'sejong-5-1',
    titleKo: '세종 5-1생활권 자율주행 공유 셔틀',
    titleEn: 'Autonomous shared shuttle for Sejong 5-1',
    summaryKo: 'BRT 정류장과 생활권을 잇는 수요응답형 자율주행 셔틀을 실증하고 운영한다.',
    summaryEn: 'Pilot and operate demand-responsive autonomous shuttles linking BRT stops and neighbourhoods.',
    status: ProjectStatus.OPEN,
    slots: [
      { role: LEAD, domain: 'mobility', technologies: ['autonomous-driving', 'ai'], minLevel: 3, weight: 5, descriptionKo: '자율주행 차량과 주행 소프트웨어', descriptionEn: 'Autonomous vehicles and driving software' },
      { role: INTEGRATOR, domain: 'mobility', technologies: ['5g', 'cloud'], minLevel: 3, weight: 4, descriptionKo: 'V2X 통신과 관제 플랫폼', descriptionEn: 'V2X communication and control platform' },
      { role: SOLUTION_PROVIDER, domain: 'mobility', technologies: ['big-data', 'ai'], minLevel: 2, weight: 3, allowedKinds: SMALL, descriptionKo: '수요응답형 배차 앱', descriptionEn: 'Demand-responsive dispatch app' },
      { role: SOLUTION_PROVIDER, domain: 'safety', technologies: ['sensors', 'iot'], minLevel: 3, weight: 3, descriptionKo: '교차로 보행자 안전 센서', descriptionEn: 'Pedestrian safety sensors at crossings' },
      { role: RESEARCH_PARTNER, domain: 'mobility', technologies: ['ai'], minLevel: 1, weight: 2, allowedKinds: RESEARCH, descriptionKo: '안전성 검증과 이용자 연구', descriptionEn: 'Safety validation and user research' },
    ],
  },
  {
    slug: 'busan-smart-water-leak',
    city: 'busan-eco-delta',
    titleKo: '에코델타시티 스마트 상수도 누수 감지',
    titleEn: 'Smart-water leak detection in Eco Delta City',
    summaryKo: '상수관망에 음향·압력 센서를 설치하고 AI로 누수를 조기 감지해 유수율을 높인다.',
    summaryEn: 'Acoustic and pressure sensors across the water mains, with AI that finds leaks early.',
    status: ProjectStatus.OPEN,
    slots: [
      { role: LEAD, domain: 'water', technologies: ['iot', 'big-data'], minLevel: 4, weight: 5, descriptionKo: '스마트 상수도 운영 총괄', descriptionEn: 'Smart water network operation' },
      { role: SOLUTION_PROVIDER, domain: 'water', technologies: ['sensors'], minLevel: 3, weight: 4, allowedKinds: SMALL, descriptionKo: '음향·압력 누수 센서', descriptionEn: 'Acoustic and pressure leak sensors' },
      { role: SOLUTION_PROVIDER, domain: 'water', technologies: ['ai', 'big-data'], minLevel: 2, weight: 4, descriptionKo: 'AI 누수 예측 모델', descriptionEn: 'AI leak prediction' },
      { role: INTEGRATOR, domain: 'administration', technologies: ['digital-twin', 'gis'], minLevel: 3, weight: 3, descriptionKo: '상수관망 디지털 트윈', descriptionEn: 'Digital twin of the water network' },
      { role: OPERATOR, domain: 'water', technologies: [], minLevel: 3, weight: 2, descriptionKo: '현장 유지관리', descriptionEn: 'Field maintenance' },
      { role: RESEARCH_PARTNER, domain: 'water', technologies: ['sensors', 'ai'], minLevel: 1, weight: 2, allowedKinds: RESEARCH, descriptionKo: '성능 검증', descriptionEn: 'Performance validation' },
    ],
  },
  {
    slug: 'busan-robot-delivery',
    city: 'busan-eco-delta',
    titleKo: '에코델타시티 생활 로봇 배송 서비스',
    titleEn: 'Everyday robot delivery in Eco Delta City',
    summaryKo: '아파트 단지와 상가를 잇는 실외 배송 로봇과 로봇 친화 인프라를 구축한다.',
    summaryEn: 'Outdoor delivery robots between apartment blocks and shops, with robot-friendly infrastructure.',
    status: ProjectStatus.OPEN,
    slots: [
      { role: LEAD, domain: 'robotics-living', technologies: ['robotics', 'autonomous-driving'], minLevel: 3, weight: 5, descriptionKo: '실외 배송 로봇', descriptionEn: 'Outdoor delivery robots' },
      { role: INTEGRATOR, domain: 'robotics-living', technologies: ['cloud', '5g'], minLevel: 3, weight: 4, descriptionKo: '다중 로봇 관제 플랫폼', descriptionEn: 'Multi-robot control platform' },
      { role: SOLUTION_PROVIDER, domain: 'culture-shopping', technologies: ['big-data'], minLevel: 2, weight: 2, descriptionKo: '상점 주문 연동', descriptionEn: 'Shop order integration' },
      { role: SOLUTION_PROVIDER, domain: 'safety', technologies: ['sensors', 'ai'], minLevel: 2, weight: 3, descriptionKo: '보행자 충돌 방지', descriptionEn: 'Pedestrian collision avoidance' },
      { role: OPERATOR, domain: 'robotics-living', technologies: [], minLevel: 2, weight: 2, allowedKinds: SMALL, descriptionKo: '로봇 현장 운영', descriptionEn: 'On-site robot operation' },
    ],
  },
  {
    slug: 'sejong-digital-twin-operations',
    city: 'sejong-5-1',
    titleKo: '세종 디지털 트윈 도시 운영센터',
    titleEn: 'Digital-twin city operations centre for Sejong',
    summaryKo: '도시 데이터 허브와 디지털 트윈으로 교통·에너지·안전을 한 화면에서 운영한다.',
    summaryEn: 'A city data hub and digital twin that run traffic, energy and safety from one screen.',
    status: ProjectStatus.FORMING,
    slots: [
      { role: LEAD, domain: 'administration', technologies: ['digital-twin', 'big-data'], minLevel: 4, weight: 5, descriptionKo: '디지털 트윈 플랫폼', descriptionEn: 'Digital-twin platform' },
      { role: INTEGRATOR, domain: 'administration', technologies: ['cloud', 'cybersecurity'], minLevel: 3, weight: 4, descriptionKo: '도시 데이터 허브와 보안', descriptionEn: 'City data hub and security' },
      { role: SOLUTION_PROVIDER, domain: 'mobility', technologies: ['big-data', 'ai'], minLevel: 3, weight: 3, descriptionKo: '교통 시뮬레이션', descriptionEn: 'Traffic simulation' },
      { role: SOLUTION_PROVIDER, domain: 'energy-environment', technologies: ['iot', 'big-data'], minLevel: 3, weight: 3, descriptionKo: '에너지 데이터 연계', descriptionEn: 'Energy data integration' },
      { role: SOLUTION_PROVIDER, domain: 'safety', technologies: ['ai', 'sensors'], minLevel: 3, weight: 3, descriptionKo: '지능형 CCTV 연계', descriptionEn: 'Intelligent CCTV integration' },
      { role: SOLUTION_PROVIDER, domain: 'administration', technologies: ['gis'], minLevel: 2, weight: 2, allowedKinds: SMALL, descriptionKo: '3차원 공간정보', descriptionEn: '3D geospatial data' },
      { role: RESEARCH_PARTNER, domain: 'administration', technologies: ['ai'], minLevel: 1, weight: 2, allowedKinds: RESEARCH, descriptionKo: '정책 시뮬레이션 연구', descriptionEn: 'Policy simulation research' },
      { role: OPERATOR, domain: 'administration', technologies: [], minLevel: 3, weight: 2, descriptionKo: '운영센터 운영', descriptionEn: 'Running the operations centre' },
    ],
  },
  {
    slug: 'busan-zero-energy-district',
    city: 'busan-eco-delta',
    titleKo: '에코델타시티 제로에너지 주거 단지',
    titleEn: 'Zero-energy residential district in Eco Delta City',
    summaryKo: '태양광·ESS·수열을 묶은 마이크로그리드로 단지의 에너지 자립을 달성한다.',
    summaryEn: 'A microgrid of solar, storage and water-source heat that makes the district energy-independent.',
    status: ProjectStatus.OPEN,
    slots: [
      { role: LEAD, domain: 'energy-environment', technologies: ['energy-storage', 'iot'], minLevel: 4, weight: 5, descriptionKo: '마이크로그리드 구축·운영', descriptionEn: 'Microgrid build and operation' },
      { role: SOLUTION_PROVIDER, domain: 'energy-environment', technologies: ['ai', 'big-data'], minLevel: 3, weight: 4, descriptionKo: '에너지 수요 예측', descriptionEn: 'Energy demand forecasting' },
      { role: SOLUTION_PROVIDER, domain: 'water', technologies: ['sensors'], minLevel: 2, weight: 2, descriptionKo: '수열 에너지 계측', descriptionEn: 'Water-source heat metering' },
      { role: INTEGRATOR, domain: 'energy-environment', technologies: ['digital-twin'], minLevel: 2, weight: 3, descriptionKo: '건물 에너지 트윈', descriptionEn: 'Building energy twin' },
    ],
  },
  {
    slug: 'sejong-elderly-health-monitoring',
    city: 'sejong-5-1',
    titleKo: '세종 어르신 건강 모니터링',
    titleEn: 'Health monitoring for older residents in Sejong',
    summaryKo: '웨어러블과 댁내 센서로 어르신의 건강을 살피고 응급 상황에 보건소와 병원이 즉시 대응한다.',
    summaryEn: 'Wearables and home sensors watch over older residents; clinics and hospitals respond at once to emergencies.',
    status: ProjectStatus.OPEN,
    slots: [
      { role: LEAD, domain: 'healthcare', technologies: ['iot', 'ai'], minLevel: 3, weight: 5, descriptionKo: '원격 건강 모니터링 서비스', descriptionEn: 'Remote health monitoring service' },
      { role: SOLUTION_PROVIDER, domain: 'healthcare', technologies: ['sensors'], minLevel: 2, weight: 4, allowedKinds: SMALL, descriptionKo: '웨어러블·댁내 센서', descriptionEn: 'Wearables and home sensors' },
      { role: INTEGRATOR, domain: 'healthcare', technologies: ['cloud', 'cybersecurity'], minLevel: 3, weight: 3, descriptionKo: '의료 데이터 플랫폼', descriptionEn: 'Medical data platform' },
      { role: SOLUTION_PROVIDER, domain: 'safety', technologies: ['5g'], minLevel: 3, weight: 2, descriptionKo: '응급 호출 통신', descriptionEn: 'Emergency call connectivity' },
      { role: RESEARCH_PARTNER, domain: 'healthcare', technologies: ['big-data'], minLevel: 1, weight: 2, allowedKinds: RESEARCH, descriptionKo: '임상 효과 분석', descriptionEn: 'Clinical outcome analysis' },
    ],
  },
  {
    slug: 'busan-smart-park-safety',
    city: 'busan-eco-delta',
    titleKo: '에코델타시티 스마트 공원과 수변 안전',
    titleEn: 'Smart parks and waterfront safety in Eco Delta City',
    summaryKo: '수변 공원에 지능형 CCTV, 드론 순찰, 침수 센서를 두어 시민 안전과 여가를 함께 지킨다.',
    summaryEn: 'Intelligent CCTV, drone patrols and flood sensors along waterfront parks keep visitors safe.',
    status: ProjectStatus.OPEN,
    slots: [
      { role: LEAD, domain: 'safety', technologies: ['ai', 'sensors'], minLevel: 3, weight: 5, descriptionKo: '지능형 관제', descriptionEn: 'Intelligent monitoring' },
      { role: SOLUTION_PROVIDER, domain: 'safety', technologies: ['drones'], minLevel: 2, weight: 3, allowedKinds: SMALL, descriptionKo: '드론 순찰', descriptionEn: 'Drone patrols' },
      { role: SOLUTION_PROVIDER, domain: 'water', technologies: ['sensors', 'iot'], minLevel: 3, weight: 3, descriptionKo: '침수 감지', descriptionEn: 'Flood detection' },
      { role: SOLUTION_PROVIDER, domain: 'culture-shopping', technologies: ['ar-vr'], minLevel: 2, weight: 2, descriptionKo: '공원 실감형 콘텐츠', descriptionEn: 'Immersive park content' },
    ],
  },
  {
    slug: 'sejong-smart-school',
    city: 'sejong-5-1',
    titleKo: '세종 스마트 스쿨과 평생학습',
    titleEn: 'Smart schools and lifelong learning in Sejong',
    summaryKo: 'AI 튜터와 실감형 수업, 주민 평생학습 플랫폼을 학교와 마을에 도입한다.',
    summaryEn: 'AI tutors, immersive classes and a lifelong-learning platform for schools and neighbourhoods.',
    status: ProjectStatus.DRAFT,
    slots: [
      { role: LEAD, domain: 'education', technologies: ['ai', 'cloud'], minLevel: 3, weight: 5, descriptionKo: 'AI 학습 플랫폼', descriptionEn: 'AI learning platform' },
      { role: SOLUTION_PROVIDER, domain: 'education', technologies: ['ar-vr'], minLevel: 2, weight: 3, descriptionKo: '실감형 수업 콘텐츠', descriptionEn: 'Immersive class content' },
      { role: SOLUTION_PROVIDER, domain: 'jobs-industry', technologies: ['big-data'], minLevel: 2, weight: 2, descriptionKo: '일자리 연계 평생학습', descriptionEn: 'Job-linked lifelong learning' },
      { role: RESEARCH_PARTNER, domain: 'education', technologies: [], minLevel: 1, weight: 2, allowedKinds: RESEARCH, descriptionKo: '학습 효과 연구', descriptionEn: 'Learning outcome research' },
    ],
  },
  {
    slug: 'busan-intelligent-administration',
    city: 'busan-eco-delta',
    titleKo: '에코델타시티 지능형 도시행정',
    titleEn: 'Intelligent city administration for Eco Delta City',
    summaryKo: '시민 민원, 시설 관리, 쓰레기 수거를 데이터로 연결해 행정을 자동화한다.',
    summaryEn: 'Connects citizen requests, facility management and waste collection through data to automate administration.',
    status: ProjectStatus.OPEN,
    slots: [
      { role: LEAD, domain: 'administration', technologies: ['big-data', 'ai', 'cloud'], minLevel: 4, weight: 5, descriptionKo: '도시행정 데이터 플랫폼', descriptionEn: 'City administration data platform' },
      { role: SOLUTION_PROVIDER, domain: 'energy-environment', technologies: ['iot', 'sensors'], minLevel: 3, weight: 3, descriptionKo: '스마트 쓰레기 수거', descriptionEn: 'Smart waste collection' },
      { role: SOLUTION_PROVIDER, domain: 'administration', technologies: ['blockchain'], minLevel: 2, weight: 2, descriptionKo: '블록체인 민원 이력', descriptionEn: 'Blockchain request records' },
      { role: SOLUTION_PROVIDER, domain: 'robotics-living', technologies: ['robotics'], minLevel: 2, weight: 2, descriptionKo: '시설 점검 로봇', descriptionEn: 'Facility inspection robots' },
      { role: INTEGRATOR, domain: 'administration', technologies: ['cybersecurity'], minLevel: 3, weight: 3, descriptionKo: '보안 통합', descriptionEn: 'Security integration' },
      { role: OPERATOR, domain: 'jobs-industry', technologies: [], minLevel: 2, weight: 1, allowedKinds: SMALL, descriptionKo: '주민 리빙랩 운영', descriptionEn: 'Running the residents\' living lab' },
    ],
  },
];

/**
 * A slot's share of the budget by its role: the lead and the integrator carry most of the work
 * and its cost, research the least (relative numbers; a member's stake is its slots' share).
 */
const BUDGET_SHARE: Record<SlotRole, number> = { LEAD: 3, INTEGRATOR: 2, SOLUTION_PROVIDER: 1.5, OPERATOR: 1, RESEARCH_PARTNER: 0.5 };

/** Both cities' calls cap the large enterprises' stake (지분) in a consortium at 30%. */
export const projects: ProjectSeed[] = described.map((project) => ({
  ...project,
  maxLargeStake: 0.3,
  slots: project.slots.map((slot) => ({ budgetShare: BUDGET_SHARE[slot.role], ...slot })),
}));
