import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/unique-violation';
import { unauthenticated } from '../../graphql/errors';
import { subjectParticle, type Wording } from '../../graphql/language';
import { userError, UserFacingError } from '../../graphql/user-error';
import { createApplicant } from '../organizations/membership.service';
import { Account } from './account.entity';
import { AccountRole } from './account.enums';
import { normalizeEmail, type SignInInput, type SignUpInput } from './account.inputs';
import { DECOY_HASH, hashPassword, verifyPassword } from './passwords';
import { SignInThrottle } from './sign-in-throttle';
import { InvalidTokenError, type TokenClaims, type TokenService, type Viewer } from './tokens';
import type { Write } from '../write';
import { AccountErrorCode } from './account.errors';

/** The one answer to a wrong email and a wrong password alike, so sign-in does not tell who has an account. */
export const BAD_CREDENTIALS_MESSAGE: Wording = { en: 'Email or password is wrong.', ko: '이메일 또는 비밀번호가 틀렸습니다.' };

/** Too many failed sign-ins; carries the wait so the payload can say it in `retryAfterSeconds`. */
export class TooManyAttemptsError extends UserFacingError {
  constructor(
    readonly retryAfterSeconds: number,
    what: Wording = { en: 'failed sign-ins', ko: '로그인 실패' },
  ) {
    super(AccountErrorCode.TOO_MANY_ATTEMPTS, {
      en: `Too many ${what.en}; try again in ${retryAfterSeconds} seconds.`,
      ko: `${what.ko}${subjectParticle(what.ko)} 너무 많습니다. ${retryAfterSeconds}초 뒤에 다시 시도하십시오.`,
    });
    this.name = 'TooManyAttemptsError';
  }
}

export interface Session {
  account: Account;
  token: string;
  expiresAt: Date;
}

/** Accounts: sign-up (a member, optionally with its applying organisation) and sign-in for an access token. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle = new SignInThrottle(),
  ) {}

  /**
   * A new MEMBER account; with `organization`, also its APPLIED organisation (one transaction).
   * Planner and admin accounts are never self-made: the demo seed or an operator creates them.
   */
  async signUp(input: SignUpInput, write: Write): Promise<Session> {
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    const account = await write.transaction(this.dataSource, async (em) => {
      const repository = em.getRepository(Account);
      let created: Account;
      try {
        created = await repository.save(repository.create({ email, passwordHash, role: AccountRole.MEMBER, organizationId: null }));
      } catch (error) {
        if (isUniqueViolation(error))
          throw userError(
            AccountErrorCode.EMAIL_TAKEN,
            { en: 'An account with this email already exists; sign in instead.', ko: '이 이메일로 가입한 계정이 이미 있습니다. 로그인하십시오.' },
            ['input', 'email'],
          );
        throw error;
      }
      if (input.organization) await createApplicant(em, input.organization, created, ['input', 'organization']);
      return created;
    });
    return this.session(account);
  }

  /**
   * An access token for the right email and password. An unknown email is checked against a
   * decoy hash, so both failures take the same time and give the same message; failures are
   * counted per email and per client address (sign-in-throttle.ts).
   */
  async signIn(input: SignInInput, clientIp: string): Promise<Session> {
    const email = normalizeEmail(input.email);
    const waitMs = await this.throttle.waitMs(email, clientIp);
    if (waitMs > 0) throw new TooManyAttemptsError(Math.ceil(waitMs / 1000));
    const account = await this.dataSource.getRepository(Account).findOneBy({ email });
    const valid = await verifyPassword(input.password, account?.passwordHash ?? (await DECOY_HASH));
    // A disabled account answers like a wrong password: its tokens would be refused anyway.
    if (!account || !valid || account.disabledAt !== null) {
      await this.throttle.failed(email, clientIp);
      throw userError(AccountErrorCode.INVALID_CREDENTIALS, BAD_CREDENTIALS_MESSAGE);
    }
    await this.throttle.succeeded(email);
    return this.session(account);
  }

  /**
   * The account a valid token names, read by primary key once per request: it must still exist,
   * not be disabled, and be in the token's generation (signOut moves that on). Role and
   * organisation then come from this row, so a token never outlives a demotion.
   */
  async signedIn(claims: TokenClaims): Promise<Account> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: claims.accountId });
    if (!account || account.disabledAt !== null || account.tokenGeneration !== claims.generation) throw new InvalidTokenError('revoked');
    return account;
  }

  /** Revokes every token of the viewer's account, the one in use included, by moving its token generation on. */
  async signOut(viewer: Viewer, write: Write): Promise<Account> {
    return write.transaction(this.dataSource, async (em) => {
      const repository = em.getRepository(Account);
      const { affected } = await repository.increment({ id: viewer.accountId }, 'tokenGeneration', 1);
      if (!affected) throw unauthenticated({ en: 'Your account no longer exists.', ko: '계정이 더 이상 존재하지 않습니다.' });
      return repository.findOneByOrFail({ id: viewer.accountId });
    });
  }

  /** A token for the account in its current token generation. */
  async session(account: Account): Promise<Session> {
    const { token, expiresAt } = await this.tokens.issue(account);
    return { account, token, expiresAt };
  }
}
