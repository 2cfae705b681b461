import { isEmail } from 'class-validator';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/unique-violation';
import { recordAudit } from '../audit/audit.service';
import { Organization } from '../organizations/organization.entity';
import { Account } from './account.entity';
import { AccountRole, TeamRole } from './account.enums';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, normalizeEmail } from './account.inputs';
import { hashPassword } from './passwords';

/** What an operator asks for on the command line (`npm run account:create`). */
export interface AccountRequest {
  email: string;
  role: string;
  /** Slug of the organisation a MEMBER account owns; none for planners and admins. */
  organization?: string;
  password: string;
}

export type AccountCreationProblem = 'BAD_EMAIL' | 'BAD_ROLE' | 'BAD_ORGANIZATION' | 'UNKNOWN_ORGANIZATION' | 'BAD_PASSWORD' | 'EMAIL_TAKEN';

/** A refusal the operator can fix; its message is one line and names nothing secret. */
export class AccountCreationError extends Error {
  constructor(
    readonly problem: AccountCreationProblem,
    message: string,
  ) {
    super(message);
    this.name = 'AccountCreationError';
  }
}

export interface CreatedAccount {
  account: Account;
  organization: Organization | null;
}

/** The checks that need no database, so a bad call fails before the password prompt. */
export function checkAccountRequest(request: Omit<AccountRequest, 'password'>): { email: string; role: AccountRole } {
  const email = normalizeEmail(request.email);
  if (!isEmail(email) || email.length > 320) throw new AccountCreationError('BAD_EMAIL', `'${request.email}' is not an email address.`);
  const role = request.role.toUpperCase();
  if (!(role in AccountRole)) {
    throw new AccountCreationError('BAD_ROLE', `role must be ${Object.keys(AccountRole).join(', ')}, not '${request.role}'.`);
  }
  if (role === AccountRole.MEMBER && !request.organization) {
    throw new AccountCreationError('BAD_ORGANIZATION', 'a MEMBER account needs --organization <slug>: it becomes that organisation’s OWNER.');
  }
  if (role !== AccountRole.MEMBER && request.organization) {
    throw new AccountCreationError('BAD_ORGANIZATION', `a ${role} account belongs to no organisation: leave out --organization.`);
  }
  return { email, role: role as AccountRole };
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountCreationError('BAD_PASSWORD', `the password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AccountCreationError('BAD_PASSWORD', `the password must be at most ${MAX_PASSWORD_LENGTH} characters long.`);
  }
}

/**
 * An account made by an operator on the server itself, the way the first admin of a fresh
 * production database comes to be (nobody can invite yet). A MEMBER account becomes the OWNER of
 * its organisation's team. Audited with no actor: the operator is not an account.
 */
export async function createAccount(dataSource: DataSource, request: AccountRequest): Promise<CreatedAccount> {
  const { email, role } = checkAccountRequest(request);
  checkPassword(request.password);
  const passwordHash = await hashPassword(request.password);
  return dataSource.transaction(async (em) => {
    const organization = request.organization ? await em.getRepository(Organization).findOneBy({ slug: request.organization }) : null;
    if (request.organization && !organization) {
      throw new AccountCreationError('UNKNOWN_ORGANIZATION', `no organisation has the slug '${request.organization}'.`);
    }
    const repository = em.getRepository(Account);
    if (await repository.existsBy({ email })) throw new AccountCreationError('EMAIL_TAKEN', `an account with the email ${email} already exists.`);
    let account: Account;
    try {
      account = await repository.save(
        repository.create({ email, passwordHash, role, organizationId: organization?.id ?? null, teamRole: organization ? TeamRole.OWNER : null }),
      );
    } catch (error) {
      // Two operators at once: the unique constraint decides.
      if (isUniqueViolation(error)) throw new AccountCreationError('EMAIL_TAKEN', `an account with the email ${email} already exists.`);
      throw error;
    }
    await recordAudit(em, {
      actorId: null,
      action: 'account.created',
      subjectType: 'Account',
      subjectId: account.id,
      details: { role, organization: organization?.slug ?? null, teamRole: account.teamRole, by: 'account:create' },
    });
    return { account, organization };
  });
}
