// The mailer: real SMTP to a loopback server, the .eml outbox without SMTP_URL, and a clear error
// when the mail server cannot be reached.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { bilingualMail, tokenLink } from '../../src/mail/bilingual';
import { createMailer, MailNotSentError } from '../../src/mail/mailer';
import { startTestSmtpServer, tokenFromMail, type TestSmtpServer } from '../support/smtp';

const quiet = pino({ level: 'silent' });
const mail = bilingualMail({
  to: 'Someone@Example.org',
  ko: { subject: '초대장', paragraphs: ['얼라이언스에 초대합니다.'], action: '초대 수락하기' },
  en: { subject: 'Invitation', paragraphs: ['You are invited to the alliance.'], action: 'Accept the invitation' },
  link: tokenLink('https://portal.example.org', '/invitation', 'abc_DEF-123'),
  footer: { ko: '이 링크는 7일 동안 유효합니다.', en: 'The link works for 7 days.' },
});

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

it('delivers over SMTP, in Korean then English, as text and HTML, with the link', async () => {
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'Alliance <no-reply@alliance.test>', outboxDir: '' }, quiet);
  try {
    await mailer.send(mail);
  } finally {
    mailer.close();
  }
  const received = await smtp.waitFor('someone@example.org');
  expect(received.subject).toBe('초대장 / Invitation');
  expect(received.text!.indexOf('얼라이언스에 초대합니다.')).toBeLessThan(received.text!.indexOf('You are invited'));
  expect(received.html).toContain('<a href="https://portal.example.org/invitation?token=abc_DEF-123">초대 수락하기</a>');
  expect(tokenFromMail(received)).toBe('abc_DEF-123');
});

it('writes an .eml file per mail to the outbox without SMTP_URL, and logs the subject but never the link', async () => {
  const outboxDir = await fs.mkdtemp(path.join(os.tmpdir(), 'outbox-'));
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  const mailer = createMailer({ smtpUrl: undefined, from: 'Alliance <no-reply@alliance.test>', outboxDir }, log);
  await mailer.send(mail);
  const files = await fs.readdir(outboxDir);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/\.eml$/);
  const eml = await fs.readFile(path.join(outboxDir, files[0]), 'utf8');
  expect(eml).toMatch(/^To: someone@example\.org\r?$/im);
  expect(lines.join('')).toContain('초대장 / Invitation');
  expect(lines.join('')).not.toContain('abc_DEF-123');
  await fs.rm(outboxDir, { recursive: true });
});

it('fails with MailNotSentError when the mail server does not answer', async () => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused.
  const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'Alliance <no-reply@alliance.test>', outboxDir: '' }, quiet);
  await expect(mailer.send(mail)).rejects.toBeInstanceOf(MailNotSentError);
  mailer.close();
});
