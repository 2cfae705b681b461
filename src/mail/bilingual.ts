import type { Mail } from './mailer';

/** One language's wording of a mail: a greeting line, paragraphs, the button's label. */
export interface Wording {
  subject: string;
  paragraphs: string[];
  action: string;
}

export interface BilingualMail {
  to: string;
  ko: Wording;
  en: Wording;
  /** The link the mail is for (it carries a one-time token). */
  link: string;
  /** Korean and English, e.g. "이 링크는 7일 동안 유효합니다." / "The link works for 7 days." */
  footer: { ko: string; en: string };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Every mail of the service reads Korean first, then English, as plain text and as simple HTML
 * (no images, no styles a client could block): the alliance's members are Korean firms and
 * foreign partners read the second half.
 */
export function bilingualMail(mail: BilingualMail): Mail {
  const subject = `${mail.ko.subject} / ${mail.en.subject}`;
  const textPart = (w: Wording, footer: string) => [...w.paragraphs, `${w.action}: ${mail.link}`, footer].join('\n\n');
  const htmlPart = (w: Wording, footer: string, lang: string) =>
    `<div lang="${lang}">${w.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}` +
    `<p><a href="${escapeHtml(mail.link)}">${escapeHtml(w.action)}</a></p><p><small>${escapeHtml(footer)}</small></p></div>`;
  return {
    to: mail.to,
    subject,
    text: `${textPart(mail.ko, mail.footer.ko)}\n\n---\n\n${textPart(mail.en, mail.footer.en)}\n`,
    html: `<!doctype html><html><body>${htmlPart(mail.ko, mail.footer.ko, 'ko')}<hr>` + `${htmlPart(mail.en, mail.footer.en, 'en')}</body></html>`,
  };
}

/** `PUBLIC_URL` + path + `?token=`: the links people open from a mail. */
export function tokenLink(publicUrl: string, pathname: string, token: string): string {
  return `${publicUrl}${pathname}?token=${encodeURIComponent(token)}`;
}
