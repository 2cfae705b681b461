import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SentMessageInfo, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

/** One mail, bilingual already (see bilingual.ts): the addressee and what to send. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends mail; `send` resolves once the SMTP server accepted the message (or the .eml file is written). */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Why a mail could not be handed over; the message names no address or token. */
export class MailNotSentError extends Error {
  constructor(cause: unknown) {
    super('The mail could not be handed to the mail server.', { cause });
    this.name = 'MailNotSentError';
  }
}

export interface MailerSettings {
  /** smtp:// or smtps:// URL; without it mails are written to `outboxDir`. */
  smtpUrl: string | undefined;
  from: string;
  /** Where mails go without SMTP_URL (development and tests): one .eml file each. */
  outboxDir: string;
}

/** How long an SMTP server may take to answer at each step before the send fails. */
const SMTP_TIMEOUT_MS = 10_000;

/**
 * Mail through nodemailer: to SMTP_URL when set; otherwise (never in production, config.ts) each
 * message is rendered by nodemailer's stream transport and written to DATA_DIR/outbox/ as an
 * .eml file a developer can open, with a log line naming the subject and file, never the body
 * (it carries one-time tokens).
 */
export function createMailer(settings: MailerSettings, log: Logger): Mailer {
  if (settings.smtpUrl) {
    const url = new URL(settings.smtpUrl);
    url.searchParams.set('connectionTimeout', String(SMTP_TIMEOUT_MS));
    url.searchParams.set('greetingTimeout', String(SMTP_TIMEOUT_MS));
    url.searchParams.set('socketTimeout', String(SMTP_TIMEOUT_MS));
    const transport = nodemailer.createTransport(url.toString());
    return transportMailer(transport, settings.from, async (mail, info) => {
      log.info({ subject: mail.subject, messageId: info.messageId }, 'mail sent');
    });
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return transportMailer(transport, settings.from, async (mail, info) => {
    await fs.mkdir(settings.outboxDir, { recursive: true, mode: 0o700 });
    const file = path.join(settings.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await fs.writeFile(file, (info as unknown as { message: Buffer }).message, { mode: 0o600 });
    log.info({ subject: mail.subject, file }, 'mail written to the outbox (no SMTP_URL)');
  });
}

function transportMailer(transport: Transporter, from: string, delivered: (mail: Mail, info: SentMessageInfo) => Promise<void>): Mailer {
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
        await delivered(mail, info);
      } catch (error) {
        throw new MailNotSentError(error);
      }
    },
    close: () => transport.close(),
  };
}
