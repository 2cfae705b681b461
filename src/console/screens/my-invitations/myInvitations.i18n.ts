import { defineText } from '../../i18n/i18n';

export const text = defineText({
  ko: {
    title: '컨소시엄 초대',
    intro: '우리 기관을 컨소시엄에 초대한 요청입니다. 답을 기다리는 초대가 먼저 나옵니다.',
    none: '받은 컨소시엄 초대가 없습니다.',
    project: '사업: {project}',
    role: '맡을 역할: {role}',
    slots: '맡을 자리: {slots}',
    stake: '지분 {stake}',
    invitedAt: '초대받은 때 {time}',
    answeredAt: '답한 때 {time}',
    consortium: '컨소시엄 상태: {status}',
    accept: '참여 수락',
    decline: '거절',
    answered: '답을 보냈습니다.',
  },
  en: {
    title: 'Consortium invitations',
    intro: 'Consortia that invited our organisation. Those awaiting an answer come first.',
    none: 'No consortium invitation received.',
    project: 'Project: {project}',
    role: 'Role: {role}',
    slots: 'Slots: {slots}',
    stake: 'Stake {stake}',
    invitedAt: 'Invited {time}',
    answeredAt: 'Answered {time}',
    consortium: 'Consortium: {status}',
    accept: 'Accept',
    decline: 'Decline',
    answered: 'Your answer was sent.',
  },
});
