import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createLoaders } from '../../src/modules';
import { createOrganizationLoaders } from '../../src/modules/organizations/organization.loaders';
import { createTaxonomyLoaders } from '../../src/modules/taxonomy/taxonomy.loaders';

// Making loaders touches no database; only `load` would.
const dataSource = {} as DataSource;

describe('per-request loaders', () => {
  it('give every module loader by name, the same instance throughout one request', () => {
    const loaders = createLoaders(dataSource);
    const names = [...Object.keys(createTaxonomyLoaders(dataSource)), ...Object.keys(createOrganizationLoaders(dataSource))];
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      const loader = (loaders as unknown as Record<string, unknown>)[name];
      expect(loader).toBeInstanceOf(DataLoader);
      expect((loaders as unknown as Record<string, unknown>)[name]).toBe(loader);
    }
  });

  it('are fresh for each request, so no cached row outlives the request that read it', () => {
    const first = createLoaders(dataSource);
    const second = createLoaders(dataSource);
    expect(first.domainById).not.toBe(second.domainById);
  });

  it('answer undefined for a name no module makes', () => {
    expect((createLoaders(dataSource) as unknown as Record<string, unknown>).noSuchLoader).toBeUndefined();
  });
});
