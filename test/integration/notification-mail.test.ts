// Notification mail: instant mails and daily digests, sent by dispatchers that every instance may
// run, on a database of the test's own (a dispatcher mails everything in the log it reads, and the
// shared test database has every other file's events), through a real SMTP server on loopback,
// with a clock the test moves.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { Clock } from '../../src/clock';
import { createDataSource, type AppDataSource } from '../../src/db/data-source';
import { createMailer, type Mailer } from '../../src/mail/mailer';
import { entities } from '../../src/modules';
import { recordEvents, type EventDraft } from '../../src/modules/events/event-log';
import type { EventType } from '../../src/modules/events/event.enums';
import { MailDispatcher, seoulTime } from '../../src/modules/notifications/mail-dispatcher';
import { NotificationSettings } from '../../src/modules/notifications/notification-settings.entity';
import type { NotificationDelivery } from '../../src/modules/notifications/notification.enums';
import { AccountRole, createTestAccount, TeamRole } from '../support/accounts';
import { createTestOrganization } from '../support/organizations';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { testDatabaseUrl } from '../support/test-env';

const PUBLIC_URL = 'https://portal.alliance.test';
const name = `am_mail_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let server: AppDataSource;
/** Two instances: each its own connection pool, mailer and dispatcher, one database. */
let instances: { dataSource: AppDataSource; mailer: Mailer; dispatcher: MailDispatcher }[];
let smtp: TestSmtpServer;
let now: Date;
const clock: Clock = { now: () => now };

beforeAll(async () => {
  server = createDataSource({ url: testDatabaseUrl(), poolSize: 1, entities });
  await server.initialize();
  await server.query(`CREATE DATABASE ${name}`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  smtp = await startTestSmtpServer({ refuse: (address) => address.startsWith('gone-') });
  instances = [];
  for (let i = 0; i < 2; i++) {
    const dataSource = createDataSource({ url: url.toString(), poolSize: 3, entities });
    await dataSource.initialize();
    if (i === 0) {
      await dataSource.runMigrations();
      // createTestOrganization takes the telecom industry; this database has no seeds.
      await dataSource.query(`INSERT INTO industry (slug, name_ko, name_en) VALUES ('telecom', '통신', 'Telecom')`);
    }
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Alliance Match <no-reply@alliance-match.test>', outboxDir: '' }, pino({ level: 'silent' }));
    instances.push({ dataSource, mailer, dispatcher: new MailDispatcher(dataSource, clock, { mailer, publicUrl: PUBLIC_URL, digestHour: 8, batchSize: 2 }) });
  }
}, 60_000);

afterAll(async () => {
  for (const { dataSource, mailer, dispatcher } of instances ?? []) {
    await dispatcher.stop();
    mailer.close();
    await dataSource.destroy();
  }
  await smtp?.close();
  await server?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await server?.destroy();
});

const db = () => instances[0].dataSource;

/** Korean time `hh:00` on the Korean day `offset` days after today's. */
function seoulAt(hour: number, offset = 0): Date {
  const { day } = seoulTime(new Date());
  return new Date(Date.parse(`${day}T00:00:00+09:00`) + (offset * 24 + hour) * 3_600_000);
}

async function record(type: EventType, audience: EventDraft['audience'], actorAccountId: number | null, text: string): Promise<number> {
  const [id] = await db().transaction((em) =>
    recordEvents(em, [
      { type, subject: { type: 'PartnershipRequest', id: 1 }, actorAccountId, audience, summary: { ko: `${text} (한국어)`, en: `${text} (English)` } },
    ]),
  );
  return id;
}

async function choose(accountId: number, deliveries: Partial<Record<EventType, NotificationDelivery>>): Promise<void> {
  await db().getRepository(NotificationSettings).save({ accountId, deliveries });
}

/** Both instances' dispatchers at once, as two servers would run them. */
async function bothRun(step: 'sendInstant' | 'sendDigests'): Promise<number> {
  const counts = await Promise.all(instances.map(({ dispatcher }) => dispatcher[step]()));
  return counts[0] + counts[1];
}

describe('instant mail', () => {
  it('goes out once across two instances, to the audience as it is at send time, never to the actor, as each account chose', async () => {
    now = seoulAt(6);
    const organization = await createTestOrganization(db());
    const other = await createTestOrganization(db());
    const owner = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const quiet = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const actor = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const leaver = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const disabled = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const outsider = await createTestAccount(db(), AccountRole.MEMBER, other.id);
    const named = await createTestAccount(db(), AccountRole.PLANNER);
    await choose(quiet.id, { PARTNERSHIP_REQUEST_SENT: 'NONE' });
    await db().query('UPDATE account SET disabled_at = now() WHERE id = $1', [disabled.id]);

    await record('PARTNERSHIP_REQUEST_SENT', { organizationIds: [organization.id], accountIds: [named.id] }, actor.id, '요청 1');
    // DAILY by default: waits for the digest.
    await record('PROJECT_INTEREST_EXPRESSED', { organizationIds: [organization.id] }, null, '관심 1');
    await record('PARTNERSHIP_REQUEST_ACCEPTED', { organizationIds: [organization.id] }, null, '수락 1');
    // Removed from the organisation after the events were written, before they are mailed.
    await db().query('UPDATE account SET organization_id = NULL, team_role = NULL WHERE id = $1', [leaver.id]);

    // The owner twice, the named planner, and the actor and the quiet one of the acceptance only.
    expect(await bothRun('sendInstant')).toBe(5);
    expect(await bothRun('sendInstant')).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.to(owner.email).map((m) => m.subject)).toEqual([
      '[얼라이언스 매치] 새 협력 요청 / [Alliance Match] New partnership request',
      '[얼라이언스 매치] 협력 요청 수락 / [Alliance Match] Partnership request accepted',
    ]);
    expect(smtp.to(named.email)).toHaveLength(1);
    expect(smtp.to(actor.email).map((m) => m.subject)).toEqual(['[얼라이언스 매치] 협력 요청 수락 / [Alliance Match] Partnership request accepted']);
    expect(smtp.to(quiet.email).map((m) => m.subject)).toEqual(['[얼라이언스 매치] 협력 요청 수락 / [Alliance Match] Partnership request accepted']);
    for (const nobody of [leaver, disabled, outsider]) expect(smtp.to(nobody.email)).toEqual([]);
    const [mail] = smtp.to(owner.email);
    expect(mail.text!.indexOf('요청 1 (한국어)')).toBeLessThan(mail.text!.indexOf('요청 1 (English)'));
    expect(mail.text).toContain(`${PUBLIC_URL}/notifications`);
    expect(mail.html).toContain('<div lang="ko">');
  });

  it('resumes after the last event mailed when the mail server was down', async () => {
    const organization = await createTestOrganization(db());
    const member = await createTestAccount(db(), AccountRole.MEMBER, organization.id);
    const broken = createMailer(
      { smtpUrl: 'smtp://127.0.0.1:9', from: 'Alliance Match <no-reply@alliance-match.test>', outboxDir: '' },
      pino({ level: 'silent' }),
    );
    const down = new MailDispatcher(db(), clock, { mailer: broken, publicUrl: PUBLIC_URL, digestHour: 8 });
    await record('CONSORTIUM_INVITATION_SENT', { organizationIds: [organization.id] }, null, '초대 1');
    expect(await down.sendInstant()).toBe(0);
    broken.close();
    expect(smtp.to(member.email)).toEqual([]);
    expect(await instances[1].dispatcher.sendInstant()).toBe(1);
    await smtp.waitFor(member.email, 2_000);
    expect(smtp.to(member.email).map((m) => m.subject)).toEqual(['[얼라이언스 매치] 컨소시엄 초대 / [Alliance Match] Consortium invitation']);
  });

  it('skips an address the mail server refuses for good, and mails the others', async () => {
    const organization = await createTestOrganization(db());
    const gone = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const here = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const goneEmail = `gone-${gone.email}`;
    await db().query('UPDATE account SET email = $1 WHERE id = $2', [goneEmail, gone.id]);
    await record('PARTNERSHIP_REQUEST_DECLINED', { organizationIds: [organization.id] }, null, '거절');
    expect(await instances[0].dispatcher.sendInstant()).toBe(1);
    expect(await instances[1].dispatcher.sendInstant()).toBe(0);
    await smtp.waitFor(here.email, 2_000);
    expect(smtp.to(goneEmail)).toEqual([]);
  });
});

describe('the daily digest', () => {
  it('goes out once per Korean day per account from DIGEST_HOUR, with two instances running, listing only DAILY events not yet told', async () => {
    // Earlier tests' events are in earlier digests' past: start every account's digest from here.
    now = seoulAt(9, -1);
    await bothRun('sendDigests');
    const organization = await createTestOrganization(db());
    const reader = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const none = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const actor = await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    await choose(none.id, { PROJECT_INTEREST_EXPRESSED: 'NONE', CONSORTIUM_CONFIRMED: 'NONE' });
    // A second page of accounts (batches of two), none with anything to hear.
    for (let i = 0; i < 3; i++) await createTestAccount(db(), AccountRole.PLANNER);

    await record('PROJECT_INTEREST_EXPRESSED', { organizationIds: [organization.id] }, actor.id, '관심 표명');
    await record('PARTNERSHIP_REQUEST_SENT', { organizationIds: [organization.id] }, null, '즉시 알림');
    await record('CONSORTIUM_CONFIRMED', { organizationIds: [organization.id] }, null, '컨소시엄 확정');

    now = seoulAt(7);
    expect(await bothRun('sendDigests')).toBe(0);
    now = seoulAt(9);
    const [first, second] = await Promise.all(instances.map(({ dispatcher }) => dispatcher.sendDigests()));
    expect(first + second).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const digests = smtp.to(reader.email).filter((m) => m.subject?.includes('알림 요약'));
    expect(digests).toHaveLength(1);
    const { day } = seoulTime(now);
    const [, month, date] = day.split('-').map(Number);
    expect(digests[0].subject).toMatch(
      new RegExp(`^\\[얼라이언스 매치\\] ${month}월 ${date}일 알림 요약 \\(2건\\) / \\[Alliance Match\\] Your digest for ${date} `),
    );
    expect(digests[0].text).toContain('• 관심 표명 (한국어)');
    expect(digests[0].text).toContain('• 컨소시엄 확정 (English)');
    expect(digests[0].text).not.toContain('즉시 알림');
    // The actor hears of the confirmation only; the account that chose NONE hears nothing.
    const actorDigests = smtp.to(actor.email).filter((m) => m.subject?.includes('알림 요약'));
    expect(actorDigests).toHaveLength(1);
    expect(actorDigests[0].text).not.toContain('관심 표명');
    expect(smtp.to(none.email).filter((m) => m.subject?.includes('알림 요약'))).toEqual([]);

    // Later the same day: nothing more, even with news.
    await record('PROJECT_INTEREST_EXPRESSED', { organizationIds: [organization.id] }, null, '두 번째 관심');
    now = seoulAt(23);
    expect(await bothRun('sendDigests')).toBe(0);
    // The next Korean day: only what is new.
    now = seoulAt(8, 1);
    expect(await bothRun('sendDigests')).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const all = smtp.to(reader.email).filter((m) => m.subject?.includes('알림 요약'));
    expect(all).toHaveLength(2);
    expect(all[1].subject).toContain('(1건)');
    expect(all[1].text).toContain('두 번째 관심 (한국어)');
    expect(all[1].text).not.toContain('관심 표명 (한국어)');
    const rows = await db().query('SELECT count(*)::int AS n FROM notification_digest WHERE account_id = $1 AND last_day = $2::date', [
      reader.id,
      seoulTime(now).day,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('is exactly once per account under many concurrent rounds', async () => {
    // New accounts: their first digest, today (the events' own time is the database's, today).
    now = seoulAt(23);
    const organization = await createTestOrganization(db());
    const members = [];
    for (let i = 0; i < 5; i++) members.push(await createTestAccount(db(), AccountRole.MEMBER, organization.id, TeamRole.MEMBER));
    await record('CONSORTIUM_DISSOLVED', { organizationIds: [organization.id] }, null, '해산');
    await Promise.all([...instances, ...instances].map(({ dispatcher }) => dispatcher.sendDigests()));
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const member of members) expect(smtp.to(member.email).filter((m) => m.text?.includes('해산 (한국어)'))).toHaveLength(1);
  });
});

describe('idle rounds', () => {
  it('write nothing, so they leave the data version (the response cache key) alone', async () => {
    await bothRun('sendInstant');
    await bothRun('sendDigests');
    const version = async () => (await db().query('SELECT version::text AS v FROM data_version WHERE id = 1'))[0].v as string;
    const before = await version();
    expect(await bothRun('sendInstant')).toBe(0);
    expect(await bothRun('sendDigests')).toBe(0);
    expect(await version()).toBe(before);
  });
});

describe('running', () => {
  it('start() runs rounds on its interval and stop() waits for the one under way', async () => {
    const organization = await createTestOrganization(db());
    const member = await createTestAccount(db(), AccountRole.MEMBER, organization.id);
    await record('MEMBERSHIP_DECIDED', { organizationIds: [organization.id] }, null, '심사 결과');
    instances[0].dispatcher.start(50);
    await smtp.waitFor(member.email, 5_000);
    await instances[0].dispatcher.stop();
    expect(smtp.to(member.email)).toHaveLength(1);
  });
});
