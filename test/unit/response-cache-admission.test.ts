import { requestMemory } from '../../src/graphql/response-cache';

const request = (variables: Record<string, unknown> = {}, operationName?: string, queryHash = 'hash-of-the-document') => ({
  request: { variables, operationName },
  queryHash,
  source: '{ never read when the hash is there }',
});

describe('response cache admission (requestMemory)', () => {
  it('knows a request from its second time, with the data version it last came under', () => {
    const memory = requestMemory();
    const key = memory.key(request({ id: 'a' }));
    expect(memory.last(key)).toBeUndefined();
    memory.remember(key, null);
    expect(memory.last(key)).toBeNull();
    memory.remember(key, '41');
    expect(memory.last(memory.key(request({ id: 'a' })))).toBe('41');
  });

  it('tells requests apart by document, operation and variables', () => {
    const memory = requestMemory();
    const keys = [
      memory.key(request({ id: 'a' }, 'Profile')),
      memory.key(request({ id: 'b' }, 'Profile')),
      memory.key(request({ id: 'a' }, 'Other')),
      memory.key(request({ id: 'a' }, 'Profile', 'another-document')),
    ];
    expect(new Set(keys).size).toBe(4);
    expect(memory.key(request({ id: 'a' }, 'Profile'))).toBe(keys[0]);
  });

  it('remembers only the last requests up to its capacity, the least recently come going first', () => {
    const memory = requestMemory(2);
    const [one, two, three] = [1, 2, 3].map((n) => memory.key(request({ n })));
    memory.remember(one, null);
    memory.remember(two, null);
    memory.remember(one, '7'); // came again: now the most recent
    memory.remember(three, null); // pushes out two
    expect(memory.last(two)).toBeUndefined();
    expect(memory.last(one)).toBe('7');
    expect(memory.last(three)).toBeNull();
  });
});
