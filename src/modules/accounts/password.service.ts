import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { unauthenticated } from '../../graphql/errors';
import type { Wording } from '../../graphql/language';
import { badUserInput, conflict, userError, UserFacingError } from '../../graphql/user-error';
import { bilingualMail, tokenLink } from '../../mail/bilingual';
import type { Mail, Mailer } from '../../mail/mailer';
import { recordAudit } from '../audit/audit.service';
import type { Write } from '../write';
import { Account } from './account.entity';
import { normalizeEmail } from './account.inputs';
import { TooManyAttemptsError, type AccountService, type Session } from './account.service';
import { hashOneTimeToken, newOneTimeToken } from './one-time-token';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetThrottle } from './password-reset-throttle';
import { PasswordErrorCode } from './password.errors';
import type { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from './password.inputs';
import { hashPassword, verifyPassword } from './passwords';
import type { SignInThrottle } from './sign-in-throttle';
import type { Viewer } from './viewer';

/**
 * The shortest time a requestPasswordReset answer takes, for every address. A known address costs
 * a read, an insert and a commit (a few milliseconds, tens on a busy database); an unknown one the
 * read only. Answering no sooner than this floor, far above either, makes both take the same time,
 * so timing cannot tell who has an account. The mail goes out after the commit, never awaited.
 */
export const RESET_REQUEST_MIN_MS = 300;

/** How long a mailed reset link works. */
export const RESET_LINK_TTL_MINUTES = 30;

/** The one answer to every reset request that is not refused: it must not say whether the address has an account. */
export const RESET_REQUESTED_MESSAGE: Wording = {
  en: 'If an account has this address, a link to reset its password is on its way to it. The link works once, for 30 minutes.',
  ko: '이 주소의 계정이 있으면 비밀번호 재설정 링크를 그 주소로 보냈습니다. 링크는 30분 동안 한 번만 사용할 수 있습니다.',
};

/** Where reset mails go and the portal address their links point at (`services.mail`). */
export interface PasswordMail {
  mailer: Mailer;
  publicUrl: string;
}

/** What a request tells the service about itself: where it comes from (limits) and where to log (the background mail). */
export interface RequestInfo {
  clientIp: string;
  log: Logger;
}

const ACCOUNT_GONE: Wording = { en: 'Your account no longer exists; sign in again.', ko: '계정이 더 이상 존재하지 않습니다. 다시 로그인하십시오.' };

const invalidResetToken = () =>
  userError(
    PasswordErrorCode.INVALID_RESET_TOKEN,
    {
      en: 'This reset link does not work: it was used already, it has expired, or it was never issued. Ask for a new one.',
      ko: '이 재설정 링크는 사용할 수 없습니다. 이미 사용했거나, 만료되었거나, 발급된 적이 없는 링크입니다. 새 링크를 요청하십시오.',
    },
    ['input', 'token'],
  );

/**
 * Passwords: changing one's own, asking for a reset link by mail, and resetting with it. Every
 * change moves the account's token generation on (all its older access tokens stop working) and
 * uses up its pending reset links, then signs the account in afresh.
 */
export class PasswordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly mail: PasswordMail,
    /** Wrong current passwords count as failed sign-ins: a stolen token must not become a password oracle. */
    private readonly signInThrottle: SignInThrottle,
    private readonly resetThrottle: PasswordResetThrottle = new PasswordResetThrottle(),
  ) {}

  async changePassword(viewer: Viewer, input: ChangePasswordInput, clientIp: string, write: Write): Promise<Session> {
    const before = await this.dataSource.getRepository(Account).findOneBy({ id: viewer.accountId });
    if (!before) throw unauthenticated(ACCOUNT_GONE);
    const waitMs = await this.signInThrottle.waitMs(before.email, clientIp);
    if (waitMs > 0) throw new TooManyAttemptsError(Math.ceil(waitMs / 1000), { en: 'failed password checks', ko: '비밀번호 확인 실패' });
    // scrypt runs outside the transaction, so no row lock is held while it works.
    if (!(await verifyPassword(input.currentPassword, before.passwordHash))) {
      await this.signInThrottle.failed(before.email, clientIp);
      throw userError(PasswordErrorCode.INVALID_CREDENTIALS, { en: 'The current password is wrong.', ko: '현재 비밀번호가 틀렸습니다.' }, [
        'input',
        'currentPassword',
      ]);
    }
    if (await verifyPassword(input.newPassword, before.passwordHash))
      throw badUserInput(
        { en: 'The new password is the current one; choose another.', ko: '새 비밀번호가 현재 비밀번호와 같습니다. 다른 비밀번호를 정하십시오.' },
        ['input', 'newPassword'],
      );
    const passwordHash = await hashPassword(input.newPassword);
    const account = await write.transaction(this.dataSource, async (em) => {
      const row = await em.getRepository(Account).findOne({ where: { id: viewer.accountId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw unauthenticated(ACCOUNT_GONE);
      // Checked against the hash read above: a change or reset in between wins, and this one must be retried.
      if (row.passwordHash !== before.passwordHash)
        throw conflict(
          { en: 'The password changed meanwhile; sign in again and retry.', ko: '그사이 비밀번호가 바뀌었습니다. 다시 로그인한 뒤 다시 시도하십시오.' },
          ['input', 'currentPassword'],
        );
      return this.setPassword(em, row, passwordHash, 'account.password_changed');
    });
    return this.accounts.session(account);
  }

  /**
   * Mails a reset link when an enabled account has this address, and answers the same way, in the
   * same time (RESET_REQUEST_MIN_MS), whether one does or not. Every request counts against the
   * limits per email and per client address, known address or not, so a refusal tells nothing either.
   */
  async requestReset(input: RequestPasswordResetInput, request: RequestInfo, write: Write): Promise<void> {
    const answerAt = performance.now() + RESET_REQUEST_MIN_MS;
    try {
      const email = normalizeEmail(input.email);
      const waitMs = await this.resetThrottle.requested(email, request.clientIp);
      if (waitMs > 0) throw new TooManyAttemptsError(Math.ceil(waitMs / 1000), { en: 'password-reset requests', ko: '비밀번호 재설정 요청' });
      const mail = await this.createReset(email, write);
      // After the commit, in the background: a slow or failing mail server must neither delay the
      // answer (its time would tell the address is known) nor change it.
      if (mail) {
        this.mail.mailer.send(mail).catch((error: unknown) => request.log.error({ err: error }, 'password-reset mail not sent'));
      }
    } finally {
      await sleep(Math.max(0, answerAt - performance.now()));
    }
  }

  /** The reset mail for an enabled account with this address, its link's hash stored; null for any other address. */
  private async createReset(email: string, write: Write): Promise<Mail | null> {
    // Known address or not, the same transaction is opened and the same read made.
    const found = await write.transaction(this.dataSource, async (em) => {
      const account = await em.getRepository(Account).findOneBy({ email });
      if (!account || account.disabledAt !== null) return null;
      const { token, hash } = newOneTimeToken();
      await em.getRepository(PasswordReset).insert({
        accountId: account.id,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + RESET_LINK_TTL_MINUTES * 60_000),
      });
      return { email: account.email, token };
    });
    return found && resetMail(found.email, tokenLink(this.mail.publicUrl, '/reset-password', found.token));
  }

  /** Sets the new password with a mailed token (single use, RESET_LINK_TTL_MINUTES) and signs the account in. */
  async resetPassword(input: ResetPasswordInput, clientIp: string, write: Write): Promise<Session> {
    const waitMs = await this.resetThrottle.resetWaitMs(clientIp);
    if (waitMs > 0) throw new TooManyAttemptsError(Math.ceil(waitMs / 1000), { en: 'refused reset links', ko: '거부된 재설정 링크' });
    const passwordHash = await hashPassword(input.newPassword);
    let account: Account;
    try {
      account = await write.transaction(this.dataSource, async (em) => {
        // Locked, so two requests with the same token cannot both use it.
        const reset = await em
          .getRepository(PasswordReset)
          .findOne({ where: { tokenHash: hashOneTimeToken(input.token) }, lock: { mode: 'pessimistic_write' } });
        if (!reset || reset.usedAt !== null || reset.expiresAt.getTime() <= Date.now()) throw invalidResetToken();
        const row = await em.getRepository(Account).findOne({ where: { id: reset.accountId }, lock: { mode: 'pessimistic_write' } });
        if (!row || row.disabledAt !== null) throw invalidResetToken();
        return this.setPassword(em, row, passwordHash, 'account.password_reset');
      });
    } catch (error) {
      if (error instanceof UserFacingError && error.code === PasswordErrorCode.INVALID_RESET_TOKEN) await this.resetThrottle.resetFailed(clientIp);
      throw error;
    }
    // Whoever holds the mailbox has proved it: earlier failed sign-ins no longer hold the account back.
    await this.signInThrottle.succeeded(account.email);
    return this.accounts.session(account);
  }

  /** The new hash, a new token generation (every older token stops working), every pending reset used up; audited. */
  private async setPassword(em: EntityManager, account: Account, passwordHash: string, action: string): Promise<Account> {
    await em
      .createQueryBuilder()
      .update(Account)
      .set({ passwordHash, tokenGeneration: () => 'token_generation + 1' })
      .where('id = :id', { id: account.id })
      .execute();
    await em
      .createQueryBuilder()
      .update(PasswordReset)
      .set({ usedAt: () => 'now()' })
      .where('account_id = :id AND used_at IS NULL', { id: account.id })
      .execute();
    await recordAudit(em, { actorId: account.id, action, subjectType: 'Account', subjectId: account.id });
    return em.getRepository(Account).findOneByOrFail({ id: account.id });
  }
}

/** The reset mail, Korean first (bilingual.ts). */
function resetMail(to: string, link: string): Mail {
  return bilingualMail({
    to,
    link,
    ko: {
      subject: '비밀번호 재설정 안내',
      paragraphs: [
        '안녕하세요. 스마트시티 융합 얼라이언스 매칭 서비스 계정의 비밀번호 재설정 요청을 받았습니다.',
        '아래 링크에서 새 비밀번호를 설정해 주십시오. 직접 요청하지 않으셨다면 이 메일은 무시하셔도 됩니다. 비밀번호는 바뀌지 않습니다.',
      ],
      action: '비밀번호 재설정하기',
    },
    en: {
      subject: 'Reset your password',
      paragraphs: [
        'Hello. We received a request to reset the password of your Smart City Convergence Alliance matching service account.',
        'Set a new password with the link below. If you did not ask for this, you can ignore this mail: your password stays as it is.',
      ],
      action: 'Reset password',
    },
    footer: {
      ko: `이 링크는 ${RESET_LINK_TTL_MINUTES}분 동안 한 번만 사용할 수 있습니다.`,
      en: `The link works once, for ${RESET_LINK_TTL_MINUTES} minutes.`,
    },
  });
}
