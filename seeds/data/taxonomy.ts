import type { DomainSeed, IndustrySeed, TechnologySeed } from '../types';

/** Service domains of a smart city (docs/architecture.md, data model); the pilot cities' services map onto these. */
export const domains: DomainSeed[] = [
  { slug: 'mobility', nameKo: '모빌리티', nameEn: 'Mobility', descriptionKo: '자율주행, 공유 교통, 수요응답형 교통, 주차와 교통 관제', descriptionEn: 'Autonomous driving, shared and demand-responsive transport, parking and traffic control' },
  { slug: 'safety', nameKo: '안전', nameEn: 'Safety', descriptionKo: '방범, 재난 대응, 지능형 CCTV, 긴급 구조', descriptionEn: 'Crime prevention, disaster response, intelligent CCTV, emergency rescue' },
  { slug: 'energy-environment', nameKo: '에너지·환경', nameEn: 'Energy and environment', descriptionKo: '제로에너지 건물, 마이크로그리드, 대기질, 자원 순환', descriptionEn: 'Zero-energy buildings, microgrids, air quality, resource circulation' },
  { slug: 'education', nameKo: '교육', nameEn: 'Education', descriptionKo: '스마트 스쿨, 평생 학습, 에듀테크', descriptionEn: 'Smart schools, lifelong learning, edtech' },
  { slug: 'culture-shopping', nameKo: '문화·쇼핑', nameEn: 'Culture and shopping', descriptionKo: '실감형 콘텐츠, 스마트 상점가, 관광', descriptionEn: 'Immersive content, smart retail streets, tourism' },
  { slug: 'administration', nameKo: '행정', nameEn: 'Administration', descriptionKo: '데이터 기반 도시 행정, 시민 참여 거버넌스, 디지털 트윈 도시 운영', descriptionEn: 'Data-driven city administration, citizen governance, digital-twin city operations' },
  { slug: 'healthcare', nameKo: '헬스케어', nameEn: 'Healthcare', descriptionKo: '원격 진료, 응급 의료, 고령자 건강 모니터링', descriptionEn: 'Telemedicine, emergency care, health monitoring for the elderly' },
  { slug: 'water', nameKo: '스마트 물관리', nameEn: 'Smart water', descriptionKo: '상수도 누수 감지, 수질 모니터링, 물 재이용, 홍수 관리', descriptionEn: 'Leak detection, water-quality monitoring, water reuse, flood management' },
  { slug: 'robotics-living', nameKo: '로봇 생활', nameEn: 'Robot-based living', descriptionKo: '배송·돌봄·주차·청소 로봇이 함께하는 생활 서비스', descriptionEn: 'Everyday services with delivery, care, parking and cleaning robots' },
  { slug: 'jobs-industry', nameKo: '일자리·산업', nameEn: 'Jobs and industry', descriptionKo: '창업 지원, 리빙랩, 스마트 일자리', descriptionEn: 'Start-up support, living labs, smart jobs' },
];

export const technologies: TechnologySeed[] = [
  { slug: 'iot', nameKo: '사물인터넷', nameEn: 'Internet of Things' },
  { slug: 'big-data', nameKo: '빅데이터', nameEn: 'Big data' },
  { slug: 'ai', nameKo: '인공지능', nameEn: 'Artificial intelligence' },
  { slug: 'digital-twin', nameKo: '디지털 트윈', nameEn: 'Digital twin' },
  { slug: '5g', nameKo: '5G 통신', nameEn: '5G' },
  { slug: 'cloud', nameKo: '클라우드', nameEn: 'Cloud' },
  { slug: 'blockchain', nameKo: '블록체인', nameEn: 'Blockchain' },
  { slug: 'robotics', nameKo: '로보틱스', nameEn: 'Robotics' },
  { slug: 'autonomous-driving', nameKo: '자율주행', nameEn: 'Autonomous driving' },
  { slug: 'ar-vr', nameKo: '증강·가상현실', nameEn: 'AR/VR' },
  { slug: 'cybersecurity', nameKo: '사이버 보안', nameEn: 'Cybersecurity' },
  { slug: 'energy-storage', nameKo: '에너지 저장', nameEn: 'Energy storage' },
  { slug: 'sensors', nameKo: '센서', nameEn: 'Sensors' },
  { slug: 'drones', nameKo: '드론', nameEn: 'Drones' },
  { slug: 'gis', nameKo: '공간정보', nameEn: 'GIS' },
];

export const industries: IndustrySeed[] = [
  { slug: 'telecom', nameKo: '통신', nameEn: 'Telecommunications' },
  { slug: 'construction', nameKo: '건설', nameEn: 'Construction' },
  { slug: 'automotive', nameKo: '자동차', nameEn: 'Automotive' },
  { slug: 'energy-utility', nameKo: '에너지·유틸리티', nameEn: 'Energy and utilities' },
  { slug: 'it-services', nameKo: 'IT 서비스', nameEn: 'IT services' },
  { slug: 'electronics', nameKo: '전자', nameEn: 'Electronics' },
  { slug: 'finance', nameKo: '금융', nameEn: 'Finance' },
  { slug: 'education-services', nameKo: '교육 서비스', nameEn: 'Education services' },
  { slug: 'healthcare', nameKo: '의료·헬스케어', nameEn: 'Healthcare' },
  { slug: 'research', nameKo: '연구', nameEn: 'Research' },
  { slug: 'robotics', nameKo: '로봇', nameEn: 'Robotics' },
  { slug: 'water-utility', nameKo: '수자원', nameEn: 'Water utilities' },
  { slug: 'logistics', nameKo: '물류', nameEn: 'Logistics' },
  { slug: 'retail', nameKo: '유통', nameEn: 'Retail' },
  { slug: 'media-content', nameKo: '미디어·콘텐츠', nameEn: 'Media and content' },
  { slug: 'environmental-services', nameKo: '환경 서비스', nameEn: 'Environmental services' },
  { slug: 'public-sector', nameKo: '공공', nameEn: 'Public sector' },
  { slug: 'mobility-services', nameKo: '모빌리티 서비스', nameEn: 'Mobility services' },
];
