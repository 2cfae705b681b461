// Notification settings (updateNotificationSettings, Account.notificationSettings) and the
// PROJECT_MATCHED events an opened project writes for the accounts whose threshold it meets.
import { toGlobalId } from '../../src/graphql/global-id';
import { EventRecord } from '../../src/modules/events/event.entity';
import { EventType } from '../../src/modules/events/event.enums';
import { AccountRole, createTestAccount, TeamRole } from '../support/accounts';
import { createTestApi, type TestApi } from '../support/api';
import { createTestOrganization, removeTestOrganizations } from '../support/organizations';
import { ok, projectInput, SLOT, userError as expectUserError, useTestCity } from '../support/workflows';

let api: TestApi;
let dropCity: () => Promise<void>;
beforeAll(async () => {
  api = await createTestApi();
  dropCity = await useTestCity(api.dataSource);
});
afterAll(async () => {
  await dropCity();
  await removeTestOrganizations(api.dataSource);
  await api.close();
});

const SETTINGS = 'notificationSettings { deliveries { eventType delivery } projectMatchThreshold updatedAt }';
const ME = `{ me { id ${SETTINGS} } }`;
const UPDATE = `mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) {
  ${SETTINGS} userErrors { field message code } } }`;

type Settings = { deliveries: { eventType: string; delivery: string }[]; projectMatchThreshold: number | null; updatedAt: string | null };
const deliveryOf = (settings: Settings, type: string) => settings.deliveries.find((d) => d.eventType === type)?.delivery;

describe('notification settings', () => {
  it('start at the defaults: requests, invitations and membership decisions at once, the rest daily, matches from 0.5', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    const result = await api.query(ME, {}, account);
    expect(result.errors).toBeUndefined();
    const settings: Settings = result.data!.me.notificationSettings;
    expect(settings.deliveries.map((d) => d.eventType)).toEqual(Object.values(EventType));
    expect(deliveryOf(settings, 'PARTNERSHIP_REQUEST_SENT')).toBe('INSTANT');
    expect(deliveryOf(settings, 'CONSORTIUM_INVITATION_SENT')).toBe('INSTANT');
    expect(deliveryOf(settings, 'MEMBERSHIP_DECIDED')).toBe('INSTANT');
    expect(deliveryOf(settings, 'PROJECT_MATCHED')).toBe('DAILY');
    expect(deliveryOf(settings, 'PARTNERSHIP_REQUEST_EXPIRED')).toBe('DAILY');
    expect(settings.projectMatchThreshold).toBe(0.5);
    expect(settings.updatedAt).toBeNull();
  });

  it('change only what the input names; a null threshold turns matches off, a left-out one keeps it', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    const changed = await api.query(
      UPDATE,
      {
        input: {
          deliveries: [
            { eventType: 'PROJECT_MATCHED', delivery: 'INSTANT' },
            { eventType: 'PARTNERSHIP_REQUEST_SENT', delivery: 'NONE' },
          ],
          projectMatchThreshold: 0.7,
        },
      },
      account,
    );
    expect(changed.errors).toBeUndefined();
    const payload = changed.data!.updateNotificationSettings;
    expect(payload.userErrors).toEqual([]);
    expect(deliveryOf(payload.notificationSettings, 'PROJECT_MATCHED')).toBe('INSTANT');
    expect(deliveryOf(payload.notificationSettings, 'PARTNERSHIP_REQUEST_SENT')).toBe('NONE');
    expect(deliveryOf(payload.notificationSettings, 'CONSORTIUM_INVITATION_SENT')).toBe('INSTANT');
    expect(payload.notificationSettings.projectMatchThreshold).toBe(0.7);
    expect(payload.notificationSettings.updatedAt).not.toBeNull();

    const thresholdOnly = (await api.query(UPDATE, { input: { deliveries: [{ eventType: 'CONSORTIUM_DISSOLVED', delivery: 'NONE' }] } }, account)).data!
      .updateNotificationSettings.notificationSettings;
    expect(thresholdOnly.projectMatchThreshold).toBe(0.7);
    expect(deliveryOf(thresholdOnly, 'PROJECT_MATCHED')).toBe('INSTANT');
    expect(deliveryOf(thresholdOnly, 'CONSORTIUM_DISSOLVED')).toBe('NONE');

    const off = (await api.query(UPDATE, { input: { projectMatchThreshold: null } }, account)).data!.updateNotificationSettings.notificationSettings;
    expect(off.projectMatchThreshold).toBeNull();
    expect(deliveryOf(off, 'PARTNERSHIP_REQUEST_SENT')).toBe('NONE');

    const read = (await api.query(ME, {}, account)).data!.me.notificationSettings;
    expect(read).toEqual(off);
  });

  it('refuse a threshold outside 0–1 and a type listed twice, writing nothing', async () => {
    const account = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    const high = (await api.query(UPDATE, { input: { projectMatchThreshold: 1.5 } }, account)).data!.updateNotificationSettings;
    expect(high.notificationSettings).toBeNull();
    expect(high.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'projectMatchThreshold'] })]);
    const low = (await api.query(UPDATE, { input: { projectMatchThreshold: -0.1 } }, account)).data!.updateNotificationSettings;
    expect(low.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'projectMatchThreshold'] })]);
    const twice = (
      await api.query(
        UPDATE,
        {
          input: {
            deliveries: [
              { eventType: 'PROJECT_MATCHED', delivery: 'INSTANT' },
              { eventType: 'PROJECT_MATCHED', delivery: 'NONE' },
            ],
          },
        },
        account,
      )
    ).data!.updateNotificationSettings;
    expect(twice.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE_EVENT_TYPE', field: ['input', 'deliveries', '1', 'eventType'] })]);
    const unknown = await api.query(UPDATE, { input: { deliveries: [{ eventType: 'SOMETHING_ELSE', delivery: 'INSTANT' }] } }, account);
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rows = await api.dataSource.query('SELECT 1 FROM notification_settings WHERE account_id = $1', [account.id]);
    expect(rows).toEqual([]);
  });

  it('need a signed-in account, and are shown to the account itself only', async () => {
    const anonymous = await api.query(UPDATE, { input: { projectMatchThreshold: 0.3 } }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const organization = await createTestOrganization(api.dataSource);
    const owner = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const colleague = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const team = await api.query(`query($id: ID!) { organization(id: $id) { team { account { id ${SETTINGS} } } } }`, { id: organization.globalId }, owner);
    expect(team.errors).toBeUndefined();
    const byId = new Map(
      team.data!.organization.team.map((m: { account: { id: string; notificationSettings: unknown } }) => [m.account.id, m.account.notificationSettings]),
    );
    expect(byId.get(toGlobalId('Account', owner.id))).not.toBeNull();
    expect(byId.get(toGlobalId('Account', colleague.id))).toBeNull();
  });
});

describe('PROJECT_MATCHED', () => {
  const OPEN = 'openProject';

  async function matchedEvents(projectId: number): Promise<EventRecord[]> {
    return api.dataSource
      .getRepository(EventRecord)
      .find({ where: { type: 'PROJECT_MATCHED', subjectType: 'Project', subjectId: projectId }, order: { id: 'ASC' } });
  }

  it('opening a project writes one event per matching organisation, to the accounts whose threshold its score meets', async () => {
    const organization = await createTestOrganization(api.dataSource, { nameEn: 'Hanbit Mobility' });
    await api.dataSource.query(`UPDATE organization SET name_ko = '한빛 모빌리티' WHERE id = $1`, [organization.id]);
    // Level 4 in mobility with AI: fit 0.9 on the mobility slot, 0 on the water one; score 3·0.9 / (3 + 1) = 0.675.
    const [{ id: capabilityId }] = await api.dataSource.query(
      `INSERT INTO capability (organization_id, domain_id, level) SELECT $1, id, 4 FROM domain WHERE slug = 'mobility' RETURNING id`,
      [organization.id],
    );
    await api.dataSource.query(`INSERT INTO capability_technology (capability_id, technology_id) SELECT $1, id FROM technology WHERE slug = 'ai'`, [
      capabilityId,
    ]);
    const keen = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.OWNER);
    const choosy = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const deaf = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const exact = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    const disabled = await createTestAccount(api.dataSource, AccountRole.MEMBER, organization.id, TeamRole.MEMBER);
    await api.query(UPDATE, { input: { projectMatchThreshold: 0.7 } }, choosy);
    await api.query(UPDATE, { input: { projectMatchThreshold: null } }, deaf);
    await api.query(UPDATE, { input: { projectMatchThreshold: 0.675 } }, exact);
    await api.dataSource.query('UPDATE account SET disabled_at = now() WHERE id = $1', [disabled.id]);
    // An approved organisation with no capability in these domains scores 0 and hears nothing.
    const elsewhere = await createTestOrganization(api.dataSource);
    await createTestAccount(api.dataSource, AccountRole.MEMBER, elsewhere.id);

    const planner = await createTestAccount(api.dataSource, AccountRole.PLANNER);
    const created = await ok(
      api,
      'createProject',
      projectInput([SLOT, { role: 'OPERATOR', domain: 'water', technologies: [], minLevel: 1, weight: 1 }], {
        titleKo: '세종 자율주행 셔틀',
        titleEn: 'Sejong autonomous shuttle',
      }),
      planner,
    );
    const projectId = Number(Buffer.from(created.project.id, 'base64url').toString().split(':')[1]);
    expect(await matchedEvents(projectId)).toEqual([]);

    await ok(api, OPEN, { projectId: created.project.id }, planner);
    const events = await matchedEvents(projectId);
    const ours = events.filter((e) => e.data.organizationId === organization.id);
    expect(ours).toHaveLength(1);
    expect(events.some((e) => e.data.organizationId === elsewhere.id)).toBe(false);
    const [event] = ours;
    expect(event.audienceAccountIds).toEqual([keen.id, exact.id].sort((a, b) => a - b));
    expect(event.audienceOrganizationIds).toEqual([]);
    expect(event.actorAccountId).toBe(planner.id);
    expect(event.data).toMatchObject({ projectId, organizationId: organization.id, score: 0.675 });
    expect(event.summaryKo).toBe('한빛 모빌리티에 맞는 새 사업이 공개되었습니다: 세종 자율주행 셔틀 (적합도 68%).');
    expect(event.summaryEn).toBe('A newly opened project matches Hanbit Mobility: Sejong autonomous shuttle (68% match).');

    // A refused opening (it is OPEN already) writes none.
    await expectUserError(api, OPEN, { projectId: created.project.id }, planner, 'PROJECT_STATUS_FORBIDS');
    expect(await matchedEvents(projectId)).toHaveLength(events.length);
  });
});
