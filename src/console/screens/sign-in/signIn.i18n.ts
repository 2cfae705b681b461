import { defineText } from '../../i18n/i18n';

export const text = defineText({
  ko: {
    title: '로그인',
    email: '이메일',
    password: '비밀번호',
    submit: '로그인',
    submitting: '로그인 중…',
    retryAfter: '{seconds}초 뒤에 다시 시도하세요.',
  },
  en: {
    title: 'Sign in',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    retryAfter: 'Try again in {seconds} seconds.',
  },
});
