import { type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it accepts, parsed. */
export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  messages: ParsedMail[];
  /** The messages to `to` so far. */
  to(address: string): ParsedMail[];
  /** Resolves with the first message to `to` that matches, waiting up to `timeoutMs`. */
  waitFor(to: string, timeoutMs?: number, matches?: (mail: ParsedMail) => boolean): Promise<ParsedMail>;
  close(): Promise<void>;
}

const addressesOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((group) => group.value.map((a) => (a.address ?? '').toLowerCase()));

/** `refuse`: addresses the server answers 550 (no such mailbox) at RCPT TO, as a real server does for a dead mailbox. */
export async function startTestSmtpServer(options: { refuse?: (address: string) => boolean } = {}): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!options.refuse?.(address.address.toLowerCase())) return callback();
      const error = new Error('No such mailbox') as Error & { responseCode: number };
      error.responseCode = 550;
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const to = (address: string) => messages.filter((m) => addressesOf(m).includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to,
    waitFor(address, timeoutMs = 10_000, matches = () => true) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = to(address).find(matches);
          if (!found) return false;
          cleanup();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no mail to ${address} within ${timeoutMs} ms (${messages.length} other messages)`));
        }, timeoutMs);
        const wake = () => void check();
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        waiters.add(wake);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The one-time token of the first `?token=` link in a mail's text. */
export function tokenFromMail(mail: ParsedMail): string {
  const match = /[?&]token=([A-Za-z0-9_%-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`no ?token= link in mail "${mail.subject}"`);
  return decodeURIComponent(match[1]);
}
