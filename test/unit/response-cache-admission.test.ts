import { seenBefore } from '../../src/graphql/response-cache';

const request = (variables: Record<string, unknown> = {}, operationName?: string, queryHash = 'hash-of-the-document') => ({
  request: { variables, operationName },
  queryHash,
  source: '{ never read when the hash is there }',
});

describe('response cache admission (seenBefore)', () => {
  it('admits a request from its second time', () => {
    const admitted = seenBefore();
    expect(admitted(request({ id: 'a' }))).toBe(false);
    expect(admitted(request({ id: 'a' }))).toBe(true);
    expect(admitted(request({ id: 'a' }))).toBe(true);
  });

  it('tells requests apart by document, operation and variables', () => {
    const admitted = seenBefore();
    admitted(request({ id: 'a' }, 'Profile'));
    expect(admitted(request({ id: 'b' }, 'Profile'))).toBe(false);
    expect(admitted(request({ id: 'a' }, 'Other'))).toBe(false);
    expect(admitted(request({ id: 'a' }, 'Profile', 'another-document'))).toBe(false);
    expect(admitted(request({ id: 'a' }, 'Profile'))).toBe(true);
  });

  it('remembers only the last requests up to its capacity', () => {
    const admitted = seenBefore(2);
    admitted(request({ n: 1 }));
    admitted(request({ n: 2 }));
    admitted(request({ n: 3 })); // pushes out n = 1
    expect(admitted(request({ n: 1 }))).toBe(false);
    expect(admitted(request({ n: 3 }))).toBe(true);
  });
});
