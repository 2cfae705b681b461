import fs from 'node:fs';
import path from 'node:path';
import { AllowList, documentHash } from '../../src/graphql/persisted/allow-list';
import { renderManifest } from '../../src/cli/build-allow-list';

describe('AllowList', () => {
  const body = 'query Domains { domains { slug } }';

  it('finds documents by the SHA-256 of their text', () => {
    const list = new AllowList([{ id: documentHash(body), name: 'Domains', type: 'query', body }]);
    expect(list.has(documentHash(body))).toBe(true);
    expect(list.document(documentHash(body))).toBe(body);
    expect(list.has(documentHash(`${body} `))).toBe(false);
    expect(list.operationNames()).toEqual(['Domains']);
  });

  it('refuses an entry whose id is not the hash of its body', () => {
    expect(() => new AllowList([{ id: documentHash('{ industries { slug } }'), name: 'Domains', type: 'query', body }])).toThrow(/not the SHA-256/);
  });

  it('refuses a manifest in another format', () => {
    expect(() => AllowList.fromManifest({ operations: [] })).toThrow();
    expect(() => AllowList.fromManifest({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: 'x', body }] })).toThrow();
  });
});

describe('schema/persisted-operations.json', () => {
  it('is up to date with schema/operations/ and every document validates (npm run persisted:build)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../schema/persisted-operations.json'), 'utf8');
    expect(committed).toBe(await renderManifest());
  });
});
