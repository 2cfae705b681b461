import { defineText } from '../../i18n/i18n';

export const text = defineText({
  ko: {
    title: '공모 중인 시범도시 사업',
    intro: '국가 시범도시의 공모 중인 사업입니다. 로그인하면 컨소시엄을 구성하거나 참여 제안을 받을 수 있습니다.',
    projectCount: '사업 {count}건',
    noProjects: '이 도시에는 공모 중인 사업이 없습니다.',
    slots: '모집 역할 {count}개',
    domains: '분야',
  },
  en: {
    title: 'Open pilot-city projects',
    intro: "The national pilot cities' projects open for consortia. Sign in to assemble a consortium or to be invited to one.",
    projectCount: '{count} projects',
    noProjects: 'No open project in this city.',
    slots: '{count} roles to fill',
    domains: 'Domains',
  },
});
