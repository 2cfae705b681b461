import { integerArray } from '../../src/db/integer-array';

describe('integerArray', () => {
  it('writes integers as the array literal pg would send', () => {
    expect(integerArray([3, 1, -2, 0])).toBe('{3,1,-2,0}');
    expect(integerArray([])).toBe('{}');
  });

  it('refuses anything that is not a safe integer, so nothing but digits reaches the literal', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1},{2' as unknown as number]) {
      expect(() => integerArray([1, bad])).toThrow(TypeError);
    }
  });
});
