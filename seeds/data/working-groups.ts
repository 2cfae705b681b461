import { WorkingGroupKind } from '../../src/modules/working-groups/working-group.enums';
import type { WorkingGroupSeed } from '../types';

/** The alliance's four working groups (분과) and the national-pilot-city sub-committee launched first. */
export const workingGroups: WorkingGroupSeed[] = [
  { slug: 'pilot-city', kind: WorkingGroupKind.SUB_COMMITTEE, nameKo: '국가시범도시 소위원회', nameEn: 'National pilot city sub-committee', descriptionKo: '세종 5-1생활권과 부산 에코델타시티 사업에 기업 참여를 조율한다.', descriptionEn: 'Coordinates member participation in Sejong 5-1 and Busan Eco Delta City.' },
  { slug: 'tech-cooperation', kind: WorkingGroupKind.WORKING_GROUP, nameKo: '이종기업 간 기술협력 분과', nameEn: 'Cross-industry technology cooperation', descriptionKo: '서로 다른 산업의 기업이 기술을 결합해 스마트시티 솔루션을 만든다.', descriptionEn: 'Firms from different industries combine technologies into smart-city solutions.' },
  { slug: 'business-model', kind: WorkingGroupKind.WORKING_GROUP, nameKo: '사업모형 개발 분과', nameEn: 'Business model development', descriptionKo: '스마트시티 서비스의 수익 모델과 민관 협력 방식을 개발한다.', descriptionEn: 'Develops revenue models and public-private partnership schemes for smart-city services.' },
  { slug: 'regulation', kind: WorkingGroupKind.WORKING_GROUP, nameKo: '법·제도·규제 개선 분과', nameEn: 'Law, institutions and regulatory reform', descriptionKo: '실증과 사업화를 막는 규제를 찾아 개선을 건의한다.', descriptionEn: 'Finds regulations that block pilots and commercialisation and proposes reforms.' },
  { slug: 'dissemination', kind: WorkingGroupKind.WORKING_GROUP, nameKo: '국내외 보급·확산 분과', nameEn: 'Domestic and overseas dissemination', descriptionKo: '검증된 솔루션을 국내 도시와 해외 시장에 확산한다.', descriptionEn: 'Spreads proven solutions to other Korean cities and overseas markets.' },
];
