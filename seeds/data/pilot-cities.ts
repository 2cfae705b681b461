import { Region } from '../../src/modules/organizations/organization.enums';
import type { PilotCitySeed } from '../types';

/** The two national pilot smart cities and their planned services, as published by the ministry. */
export const pilotCities: PilotCitySeed[] = [
  {
    slug: 'sejong-5-1',
    nameKo: '세종 5-1생활권',
    nameEn: 'Sejong 5-1 life zone',
    region: Region.SEJONG,
    areaKm2: 2.74,
    descriptionKo: '인공지능과 데이터를 기반으로 시민의 일상을 바꾸는 국가시범도시. 7대 서비스를 도입한다.',
    descriptionEn: 'National pilot city built on AI and data that changes citizens\' daily lives, with seven planned services.',
    themes: [
      { nameKo: '모빌리티', nameEn: 'Mobility', domain: 'mobility' },
      { nameKo: '헬스케어', nameEn: 'Healthcare', domain: 'healthcare' },
      { nameKo: '교육', nameEn: 'Education', domain: 'education' },
      { nameKo: '에너지와 환경', nameEn: 'Energy and environment', domain: 'energy-environment' },
      { nameKo: '거버넌스', nameEn: 'Governance', domain: 'administration' },
      { nameKo: '문화와 쇼핑', nameEn: 'Culture and shopping', domain: 'culture-shopping' },
      { nameKo: '일자리', nameEn: 'Jobs', domain: 'jobs-industry' },
    ],
  },
  {
    slug: 'busan-eco-delta',
    nameKo: '부산 에코델타시티',
    nameEn: 'Busan Eco Delta City',
    region: Region.BUSAN,
    areaKm2: 2.8,
    descriptionKo: '낙동강 삼각주에 조성되는 친환경 수변 도시. 물과 로봇을 중심으로 10대 혁신 서비스를 도입한다.',
    descriptionEn: 'Waterfront city on the Nakdong delta with ten innovation services, focused on water and robots.',
    themes: [
      { nameKo: '로봇 활용 생활혁신', nameEn: 'Robot-based living', domain: 'robotics-living' },
      { nameKo: '배움·일·놀이 (LWP)', nameEn: 'Learn, work and play', domain: 'jobs-industry' },
      { nameKo: '도시행정·도시관리 지능화', nameEn: 'Intelligent city administration', domain: 'administration' },
      { nameKo: '스마트 워터', nameEn: 'Smart water', domain: 'water' },
      { nameKo: '제로에너지 도시', nameEn: 'Zero-energy city', domain: 'energy-environment' },
      { nameKo: '스마트 교육·생활', nameEn: 'Smart education and living', domain: 'education' },
      { nameKo: '스마트 헬스케어', nameEn: 'Smart healthcare', domain: 'healthcare' },
      { nameKo: '스마트 모빌리티', nameEn: 'Smart mobility', domain: 'mobility' },
      { nameKo: '스마트 안전', nameEn: 'Smart safety', domain: 'safety' },
      { nameKo: '스마트 공원', nameEn: 'Smart parks', domain: 'culture-shopping' },
    ],
  },
];
