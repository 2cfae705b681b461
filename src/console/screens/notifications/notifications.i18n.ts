import { defineText } from '../../i18n/i18n';

export const text = defineText({
  ko: {
    title: '알림',
    unread: '읽지 않은 알림 {count}건',
    none: '알림이 없습니다. 파트너십 요청이나 컨소시엄 초대가 오면 여기에 바로 나타납니다.',
    markAll: '모두 읽음으로 표시',
    markOne: '읽음으로 표시',
    unreadBadge: '새 알림',
    arrived: '새 알림이 왔습니다: {summary}',
    live: '실시간으로 갱신됩니다.',
  },
  en: {
    title: 'Notifications',
    unread: '{count} unread',
    none: 'No notification. Partnership requests and consortium invitations appear here as they happen.',
    markAll: 'Mark all as read',
    markOne: 'Mark as read',
    unreadBadge: 'New',
    arrived: 'New notification: {summary}',
    live: 'Updated live.',
  },
});
