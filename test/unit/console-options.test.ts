// The console's assembleConsortium form: its defaults are the schema's, and the large-stake cap's
// three choices map to left out (the project's own), null (none) and a number.
import { DEFAULT_OPTIONS, toOptionsInput } from '../../src/console/screens/assemble/options';

it('starts from the schema defaults of ConsortiumOptionsInput', () => {
  expect(toOptionsInput(DEFAULT_OPTIONS)).toEqual({
    k: 3,
    maxMembers: 6,
    minIndustries: 2,
    minSmes: 0,
    maxLargeShare: 1,
    kappa: 0.1,
    mu: 0.5,
    interestBonus: 0,
    tieBonus: 0,
    requireFullCoverage: false,
    respectCapacity: true,
    requiredKinds: [],
    includeOrganizations: [],
    excludeOrganizations: [],
  });
});

it("leaves maxLargeStake out for the project's own cap, sends null for none and the number when set", () => {
  expect('maxLargeStake' in toOptionsInput(DEFAULT_OPTIONS)).toBe(false);
  expect(toOptionsInput({ ...DEFAULT_OPTIONS, maxLargeStakeMode: 'none' }).maxLargeStake).toBeNull();
  expect(toOptionsInput({ ...DEFAULT_OPTIONS, maxLargeStakeMode: 'custom', maxLargeStake: '0.25' }).maxLargeStake).toBe(0.25);
});

it('sends the included and excluded organisations by id', () => {
  const org = (id: string) => ({ id, nameKo: id, nameEn: id });
  const input = toOptionsInput({ ...DEFAULT_OPTIONS, include: [org('T3JnOjE=')], exclude: [org('T3JnOjI='), org('T3JnOjM=')] });
  expect(input.includeOrganizations).toEqual(['T3JnOjE=']);
  expect(input.excludeOrganizations).toEqual(['T3JnOjI=', 'T3JnOjM=']);
});
