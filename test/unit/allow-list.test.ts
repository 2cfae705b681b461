import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
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

  it('knows a listed document printed another way (spacing, commas, order of definitions), and no other', () => {
    const listed = 'fragment F on Domain { slug nameKo } query Domains($first: Int) { domains { ...F } }';
    const list = new AllowList([{ id: documentHash(listed), name: 'Domains', type: 'query', body: listed }]);
    const reprinted = 'query Domains($first: Int) {\n  domains {\n    ...F\n  }\n}\nfragment F on Domain {\n  slug,\n  nameKo\n}';
    expect(list.allows(parse(reprinted))).toBe(true);
    expect(list.allows(parse('fragment F on Domain { slug nameKo nameEn } query Domains($first: Int) { domains { ...F } }'))).toBe(false);
    expect(list.allows(parse('query Domains($first: Int) { domains { ...F } }'))).toBe(false);
    expect(list.allows(parse('query Other($first: Int) { domains { ...F } } fragment F on Domain { slug nameKo }'))).toBe(false);
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
