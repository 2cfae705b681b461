// Demo accounts, one per role, so a newcomer can sign in at once (docs/workflows.md "Demo
// accounts"), and an OWNER for every sample organisation, so every partnership request and
// consortium invitation can be answered by signing in as its receiver. Created only when
// SEED_DEMO_ACCOUNTS is on: by default with the embedded database outside production, never in production.
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { Account } from '../src/modules/accounts/account.entity';
import { AccountRole, TeamRole } from '../src/modules/accounts/account.enums';
import { hashPassword } from '../src/modules/accounts/passwords';
import { Organization } from '../src/modules/organizations/organization.entity';
import { organizations } from './data/organizations';

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

/** The one password of every demo owner (public, like the others). */
export const DEMO_OWNER_PASSWORD = 'demo-owner-password';

/** The demo owner of the sample organisation with this slug: `owner@<slug>.example`. */
export function demoOwnerEmail(slug: string): string {
  return `owner@${slug}.example`;
}

/** One OWNER per sample organisation (seeds/data/organizations.ts), all with DEMO_OWNER_PASSWORD; synthetic ones get theirs too (seedDemoOwners). */
export const DEMO_OWNERS: readonly DemoAccount[] = organizations.map((o) => ({
  email: demoOwnerEmail(o.slug),
  password: DEMO_OWNER_PASSWORD,
  role: AccountRole.MEMBER,
  organization: o.slug,
}));

/**
 * Creates the demo accounts and demo owners that do not exist yet; existing ones (and their
 * passwords) are left alone. Returns how many were created.
 */
export async function seedDemoAccounts(dataSource: DataSource, log?: Logger): Promise<number> {
  return (await seedRoleAccounts(dataSource, log)) + (await seedDemoOwners(dataSource, log));
}

/** The three accounts of the README, one per role; the member is its organisation's OWNER. */
async function seedRoleAccounts(dataSource: DataSource, log?: Logger): Promise<number> {
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
      .values({
        email: demo.email,
        passwordHash: await hashPassword(demo.password),
        role: demo.role,
        organizationId: organization?.id ?? null,
        teamRole: organization ? TeamRole.OWNER : null,
      })
      .orIgnore()
      .execute();
    created += (result.raw as unknown[]).length;
  }
  if (created > 0) log?.info({ created, emails: DEMO_ACCOUNTS.map((d) => d.email) }, 'demo accounts created');
  return created;
}

/** Synthetic members (seeds/synthetic.ts, `syn-000001`…) get demo owners too: matching picks them as often as sample ones. */
const SYNTHETIC_SLUGS = 'syn-%';
/** Rows per INSERT, well within PostgreSQL's 65,535 parameters. */
const CHUNK = 2_000;

/**
 * The missing demo owners of the sample and synthetic organisations present in the database.
 * The password is hashed once for all of them: scrypt per account would add seconds to every start.
 */
async function seedDemoOwners(dataSource: DataSource, log?: Logger): Promise<number> {
  // Reloading the synthetic members (seed:synthetic) deletes and re-creates them, which leaves their
  // owners without an organisation (ON DELETE SET NULL): those rejoin the organisation of their slug.
  await dataSource.query(
    `UPDATE account a SET organization_id = o.id, team_role = 'OWNER', version = a.version + 1, updated_at = now()
       FROM organization o
      WHERE a.email = 'owner@' || o.slug || '.example' AND a.organization_id IS NULL AND a.role = 'MEMBER'
        AND (o.slug = ANY($1) OR o.slug LIKE $2)`,
    [DEMO_OWNERS.map((o) => o.organization), SYNTHETIC_SLUGS],
  );
  const missing: { id: number; slug: string }[] = await dataSource.query(
    `SELECT o.id, o.slug FROM organization o
      WHERE (o.slug = ANY($1) OR o.slug LIKE $2)
        AND NOT EXISTS (SELECT 1 FROM account a WHERE a.email = 'owner@' || o.slug || '.example')
      ORDER BY o.id`,
    [DEMO_OWNERS.map((o) => o.organization), SYNTHETIC_SLUGS],
  );
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_OWNER_PASSWORD);
  let created = 0;
  for (let i = 0; i < missing.length; i += CHUNK) {
    const result = await dataSource
      .getRepository(Account)
      .createQueryBuilder()
      .insert()
      .values(
        missing
          .slice(i, i + CHUNK)
          .map((o) => ({ email: demoOwnerEmail(o.slug), passwordHash, role: AccountRole.MEMBER, organizationId: o.id, teamRole: TeamRole.OWNER })),
      )
      .orIgnore()
      .execute();
    created += (result.raw as unknown[]).length;
  }
  if (created > 0) log?.info({ created, pattern: demoOwnerEmail('<slug>') }, 'demo organisation owners created');
  return created;
}
