import { operationLabeller } from '../../src/graphql/metrics-plugin';

describe('operationLabeller (caps the operation label of the metrics)', () => {
  it('keeps the first names up to the cap, then folds new ones into "other"', () => {
    const label = operationLabeller([], 2);
    expect(label('A')).toBe('A');
    expect(label('B')).toBe('B');
    expect(label('C')).toBe('other');
    expect(label('A')).toBe('A');
    expect(label(undefined)).toBe('anonymous');
    expect(label('not a name')).toBe('invalid');
  });

  it('always keeps the known (allow-listed) names, and only those with a cap of 0', () => {
    const label = operationLabeller(['Organizations', 'Taxonomy'], 0);
    expect(label('Organizations')).toBe('Organizations');
    expect(label('Taxonomy')).toBe('Taxonomy');
    expect(label('Whatever')).toBe('other');
  });

  it('creates at most cap + known distinct labels for any number of names', () => {
    const label = operationLabeller(['Known'], 100);
    const labels = new Set(Array.from({ length: 10_000 }, (_, i) => label(`Op${i}`)));
    labels.add(label('Known'));
    expect(labels.size).toBe(102);
  });
});
