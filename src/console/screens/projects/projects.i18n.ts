import { defineText } from '../../i18n/i18n';

export const text = defineText({
  ko: {
    title: '사업 관리',
    newProject: '새 사업',
    none: '아직 사업이 없습니다.',
    project: '사업',
    city: '도시',
    status: '상태',
    slots: '역할',
    updated: '수정',
  },
  en: {
    title: 'Projects',
    newProject: 'New project',
    none: 'No project yet.',
    project: 'Project',
    city: 'City',
    status: 'Status',
    slots: 'Roles',
    updated: 'Updated',
  },
});
