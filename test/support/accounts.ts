import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Account } from '../../src/modules/accounts/account.entity';
import { AccountRole, TeamRole } from '../../src/modules/accounts/account.enums';
import { hashPassword } from '../../src/modules/accounts/passwords';
import type { Viewer } from '../../src/modules/accounts/tokens';

/** The password of every account these helpers create. */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** A fresh account (unique email) of `role`, written to the test database; returns its viewer for TestApi.query (and its `id` for tokens). */
export async function createTestAccount(
  dataSource: DataSource,
  role: AccountRole,
  organizationId: number | null = null,
  /** A member of an organisation is its owner unless told otherwise. */
  teamRole: TeamRole | null = organizationId === null ? null : TeamRole.OWNER,
): Promise<Viewer & { email: string; id: number; tokenGeneration: number }> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role.toLowerCase()}-${randomUUID()}@test.example`;
  const account = await dataSource.getRepository(Account).save({ email, passwordHash: await passwordHash, role, organizationId, teamRole });
  return { accountId: account.id, role, organizationId, email, id: account.id, tokenGeneration: 0 };
}

export { AccountRole, TeamRole };
