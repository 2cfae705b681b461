import { operationLabel, outcomeLabel } from '../../src/graphql/metrics-plugin';

describe('GraphQL metric labels stay few', () => {
  it('keeps plain operation names, and names the rest "anonymous" or "invalid"', () => {
    expect(operationLabel('Partners')).toBe('Partners');
    expect(operationLabel('_a1')).toBe('_a1');
    expect(operationLabel('A'.repeat(64))).toBe('A'.repeat(64));
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('')).toBe('anonymous');
    expect(operationLabel('A'.repeat(65))).toBe('invalid');
    expect(operationLabel('1st')).toBe('invalid');
    expect(operationLabel('a-b')).toBe('invalid');
    expect(operationLabel('a"} 1\nfake_metric 9')).toBe('invalid');
  });

  it('is "ok" without errors, else the first error code', () => {
    expect(outcomeLabel(undefined)).toBe('ok');
    expect(outcomeLabel([])).toBe('ok');
    expect(outcomeLabel([{ extensions: { code: 'BAD_USER_INPUT' } }, { extensions: { code: 'FORBIDDEN' } }])).toBe('BAD_USER_INPUT');
    expect(outcomeLabel([{}])).toBe('INTERNAL_SERVER_ERROR');
    expect(outcomeLabel([{ extensions: { code: 'not a code' } }])).toBe('INTERNAL_SERVER_ERROR');
  });
});
