// Demo accounts, one per role, so a newcomer can sign in at once (README "Signing in"). Created
// only when SEED_DEMO_ACCOUNTS is on: by default with the embedded database outside production,
// never by default in production.
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { Account } from '../src/modules/accounts/account.entity';
import { AccountRole } from '../src/modules/accounts/account.enums';
import { hashPassword } from '../src/modules/accounts/passwords';
import { Organization } from '../src/modules/organizations/organization.entity';

export interface DemoAccount {
  email: string;
  password: string;
  role: AccountRole;
  /** Slug of the member's organisation (a seeded, approved one). */
  organization: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@alliance.example', password: 'demo-admin-password', role: AccountRole.ADMIN, organization: null },
  { email: 'planner@alliance.example', password: 'demo-planner-password', role: AccountRole.PLANNER, organization: null },
  { email: 'member@hanbit-telecom.example', password: 'demo-member-password', role: AccountRole.MEMBER, organization: 'hanbit-telecom' },
];

/** Creates the demo accounts that do not exist yet; existing ones (and their passwords) are left alone. */
export async function seedDemoAccounts(dataSource: DataSource, log?: Logger): Promise<number> {
  const repository = dataSource.getRepository(Account);
  let created = 0;
  for (const demo of DEMO_ACCOUNTS) {
    if (await repository.existsBy({ email: demo.email })) continue;
    const organization = demo.organization ? await dataSource.getRepository(Organization).findOneBy({ slug: demo.organization }) : null;
    if (demo.organization && !organization) {
      log?.warn({ email: demo.email, organization: demo.organization }, 'demo account skipped: its organisation is not seeded');
      continue;
    }
    const result = await repository
      .createQueryBuilder()
      .insert()
      .values({ email: demo.email, passwordHash: await hashPassword(demo.password), role: demo.role, organizationId: organization?.id ?? null })
      .orIgnore()
      .execute();
    created += (result.raw as unknown[]).length;
  }
  if (created > 0) log?.info({ created, emails: DEMO_ACCOUNTS.map((d) => d.email) }, 'demo accounts created');
  return created;
}
