import { defineText } from '../../i18n/i18n';

export const text = defineText({
  ko: {
    title: '우리 기관에 맞는 사업',
    intro: '공모 중인 사업을 우리 기관이 채울 수 있는 비중(역할 가중치 × 적합도)의 순서로 보여 줍니다.',
    none: '지금 우리 기관의 역량에 맞는 공모 사업이 없습니다. 역량을 더하면 달라질 수 있습니다.',
    editCapabilities: '역량 편집',
    rank: '{rank}위',
    score: '적합 비중 {score}',
    slotsFitted: '맞는 역할 {fitted}/{total}개',
    slotsTable: '맞는 역할',
    slot: '역할',
    fit: '적합도',
    weight: '가중치',
    reasons: '근거',
    findPartners: '이 사업의 파트너 찾기',
  },
  en: {
    title: 'Projects that match us',
    intro: 'Open projects ranked by the share of their need our organisation can cover (slot weight × fit).',
    none: "No open project matches our organisation's capabilities now. Adding capabilities may change that.",
    editCapabilities: 'Edit capabilities',
    rank: 'No. {rank}',
    score: 'Share covered {score}',
    slotsFitted: '{fitted} of {total} roles fit',
    slotsTable: 'Roles that fit',
    slot: 'Role',
    fit: 'Fit',
    weight: 'Weight',
    reasons: 'Reasons',
    findPartners: 'Find partners for this project',
  },
});
