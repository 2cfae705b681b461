import { defineText } from './i18n';

/**
 * The console's own words for userErrors' codes (a client branches on the code, never on the
 * message). A code not listed here, and BAD_USER_INPUT (whose message names the field's problem and
 * follows Accept-Language), shows the server's message. Add codes here as screens need them.
 */
export const errorCodes = defineText({
  ko: {
    INVALID_CREDENTIALS: '이메일 또는 비밀번호가 맞지 않습니다.',
    TOO_MANY_ATTEMPTS: '시도가 너무 많습니다. 잠시 뒤에 다시 시도하세요.',
    CONFLICT: '그 사이에 다른 사람이 바꾸었습니다. 새로 불러온 뒤 다시 시도하세요.',
    NOT_FOUND: '찾을 수 없습니다.',
    EMAIL_TAKEN: '이미 쓰이고 있는 이메일입니다.',
    SLUG_TAKEN: '이미 쓰이고 있는 식별자입니다.',
    DUPLICATE_REQUEST: '이미 보낸 요청이 있습니다.',
    SELF_REQUEST: '자기 기관에는 요청할 수 없습니다.',
    PENDING_LIMIT_REACHED: '답을 기다리는 요청이 너무 많습니다.',
    REQUEST_NOT_PENDING: '이미 처리된 요청입니다.',
    INVITATION_NOT_PENDING: '이미 답한 초대입니다.',
    PROJECT_STATUS_FORBIDS: '사업의 현재 상태에서는 할 수 없습니다.',
    NO_SUCH_ALTERNATIVE: '그 대안은 더 이상 없습니다. 다시 구성하세요.',
  },
  en: {
    INVALID_CREDENTIALS: 'Email or password is wrong.',
    TOO_MANY_ATTEMPTS: 'Too many attempts. Please wait a moment and try again.',
    CONFLICT: 'Someone changed this in the meantime. Reload it and try again.',
    NOT_FOUND: 'Not found.',
    EMAIL_TAKEN: 'This email is already in use.',
    SLUG_TAKEN: 'This identifier is already in use.',
    DUPLICATE_REQUEST: 'A request was already sent.',
    SELF_REQUEST: 'Your organisation cannot send a request to itself.',
    PENDING_LIMIT_REACHED: 'Too many requests await an answer.',
    REQUEST_NOT_PENDING: 'This request was already answered.',
    INVITATION_NOT_PENDING: 'This invitation was already answered.',
    PROJECT_STATUS_FORBIDS: "The project's status does not allow this.",
    NO_SUCH_ALTERNATIVE: 'That alternative no longer exists. Assemble again.',
  },
});
