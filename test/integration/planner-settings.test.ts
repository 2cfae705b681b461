import 'reflect-metadata';
import { createDataSource, type AppDataSource } from '../../src/db/data-source';
import { entities } from '../../src/modules';
import { testDatabaseUrl } from '../support/test-env';

/** Every pooled connection starts with our planner settings (src/db/planner-settings.ts), whatever the server's own are. */
let dataSource: AppDataSource;
beforeAll(async () => {
  dataSource = createDataSource({ url: testDatabaseUrl(), poolSize: 3, entities });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
});

it('prices random reads as SSD storage on every connection of the pool', async () => {
  // Held at once, so three different connections answer.
  const runners = [dataSource.createQueryRunner(), dataSource.createQueryRunner(), dataSource.createQueryRunner()];
  try {
    const settings = await Promise.all(runners.map(async (runner) => (await runner.query('SHOW random_page_cost'))[0].random_page_cost));
    expect(settings).toEqual(['1.1', '1.1', '1.1']);
  } finally {
    await Promise.all(runners.map((runner) => runner.release()));
  }
});
