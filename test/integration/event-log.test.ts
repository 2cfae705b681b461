import { createTestApi, type TestApi } from '../support/api';
import { mayReceive } from '../../src/modules/events/event.access';
import { EventRecord } from '../../src/modules/events/event.entity';
import { recordEvents, WRITTEN_EVENT_IDS, type EventDraft } from '../../src/modules/events/event-log';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const draft = (subjectId: number): EventDraft => ({
  type: 'PARTNERSHIP_REQUEST_SENT',
  subject: { type: 'PartnershipRequest', id: subjectId },
  actorAccountId: null,
  audience: { organizationIds: [3, 1, 3], accountIds: [] },
  summary: { ko: '요청이 왔습니다.', en: 'A request arrived.' },
});

describe('the event log', () => {
  it('writes only inside a transaction, and remembers the ids on the transaction for after COMMIT', async () => {
    await expect(recordEvents(api.dataSource.manager, [draft(1)])).rejects.toThrow(/inside the transaction/);
    let noted: unknown;
    const ids = await api.dataSource.transaction(async (em) => {
      const written = await recordEvents(em, [draft(1), draft(2)]);
      noted = em.queryRunner?.data[WRITTEN_EVENT_IDS];
      return written;
    });
    expect(ids[1]).toBe(ids[0] + 1);
    expect(noted).toEqual(ids);
    const stored = await api.dataSource.getRepository(EventRecord).findOneByOrFail({ id: ids[0] });
    expect(stored).toMatchObject({ type: 'PARTNERSHIP_REQUEST_SENT', subjectId: 1, audienceOrganizationIds: [1, 3], summaryKo: '요청이 왔습니다.' });
    expect(typeof stored.id).toBe('number');
  });

  it('writes nothing when the change rolls back', async () => {
    const before = await api.dataSource.getRepository(EventRecord).count();
    await expect(
      api.dataSource.transaction(async (em) => {
        await recordEvents(em, [draft(9)]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await api.dataSource.getRepository(EventRecord).count()).toBe(before);
  });

  it('hands out ids in commit order: a second writer waits until the first commits', async () => {
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstRecorded!: () => void;
    const recorded = new Promise<void>((resolve) => {
      firstRecorded = resolve;
    });
    const first = api.dataSource.transaction(async (em) => {
      const [id] = await recordEvents(em, [draft(10)]);
      firstRecorded();
      await firstHolds;
      return id;
    });
    await recorded;
    let secondDone = false;
    const second = api.dataSource
      .transaction(async (em) => (await recordEvents(em, [draft(11)]))[0])
      .finally(() => {
        secondDone = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondDone).toBe(false);
    releaseFirst();
    const [a, b] = await Promise.all([first, second]);
    expect(b).toBeGreaterThan(a);
  });
});

describe('who receives an event', () => {
  const event = { audienceAccountIds: [7], audienceOrganizationIds: [2] };
  it('an account named in the audience, or one now in an audience organisation, if enabled', () => {
    expect(mayReceive({ accountId: 7, organizationId: null, disabled: false }, event)).toBe(true);
    expect(mayReceive({ accountId: 8, organizationId: 2, disabled: false }, event)).toBe(true);
    expect(mayReceive({ accountId: 8, organizationId: 3, disabled: false }, event)).toBe(false);
    expect(mayReceive({ accountId: 8, organizationId: null, disabled: false }, event)).toBe(false);
    expect(mayReceive({ accountId: 7, organizationId: 2, disabled: true }, event)).toBe(false);
  });
});
