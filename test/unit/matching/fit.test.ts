import { fit, techCoverage, type CapabilityInput, type OrganizationInput, type SlotInput } from '../../../src/matching';

// Hand-computed expectations for fit(o, r) = min(1, techCoverage * (0.5 + 0.1 * level) + 0.1 * [city]) (docs/matching.md).

const CITY = 1;
const OTHER_CITY = 2;

const capability = (over: Partial<CapabilityInput> = {}): CapabilityInput => ({
  id: 100,
  domainId: 1,
  level: 3,
  technologyIds: [1, 2, 3],
  cityIds: [],
  ...over,
});
const organization = (capabilities: CapabilityInput[], kind = 'SME'): OrganizationInput => ({ id: 1, kind, industryId: 10, capabilities });
const slot = (over: Partial<SlotInput> = {}): SlotInput => ({
  id: 7,
  domainId: 1,
  technologyIds: [1, 2, 3],
  minLevel: 1,
  weight: 3,
  allowedKinds: null,
  ...over,
});

describe('techCoverage', () => {
  it('is the share of the slot technologies the capability has', () => {
    expect(techCoverage(capability({ technologyIds: [4, 5] }), slot())).toBe(0);
    expect(techCoverage(capability({ technologyIds: [2, 9] }), slot())).toBeCloseTo(1 / 3, 12);
    expect(techCoverage(capability({ technologyIds: [3, 1, 2, 8] }), slot())).toBe(1);
  });

  it('is 1 when the slot names no technology', () => {
    expect(techCoverage(capability({ technologyIds: [] }), slot({ technologyIds: [] }))).toBe(1);
  });

  it('counts a repeated slot technology once', () => {
    expect(techCoverage(capability({ technologyIds: [1] }), slot({ technologyIds: [1, 1, 2] }))).toBeCloseTo(0.5, 12);
  });
});

describe('fit', () => {
  it('multiplies tech coverage by the level factor (partial coverage 1/3, level 3: 1/3 * 0.8)', () => {
    const f = fit(organization([capability({ technologyIds: [2] })]), slot(), CITY);
    expect(f.fit).toBeCloseTo(0.8 / 3, 12);
    expect(f).toMatchObject({ capabilityId: 100, matchedTechnologyIds: [2], cityBonus: 0, capped: false, level: 3 });
    expect(f.techCoverage).toBeCloseTo(1 / 3, 12);
    expect(f.levelFactor).toBeCloseTo(0.8, 12);
  });

  it('has level factor 0.6 at level 1 and 1.0 at level 5', () => {
    expect(fit(organization([capability({ level: 1 })]), slot(), OTHER_CITY).fit).toBeCloseTo(0.6, 12);
    const five = fit(organization([capability({ level: 5 })]), slot(), OTHER_CITY);
    expect(five.fit).toBeCloseTo(1, 12);
    expect(five.levelFactor).toBeCloseTo(1, 12);
    expect(five.capped).toBe(false);
  });

  it('covers a slot without technologies fully (level 2: 0.7)', () => {
    const f = fit(organization([capability({ level: 2, technologyIds: [9] })]), slot({ technologyIds: [] }), OTHER_CITY);
    expect(f.fit).toBeCloseTo(0.7, 12);
    expect(f.techCoverage).toBe(1);
    expect(f.matchedTechnologyIds).toEqual([]);
  });

  it('adds 0.1 only when the project city is among the capability cities (level 3, full: 0.9 vs 0.8)', () => {
    const deployed = organization([capability({ cityIds: [CITY] })]);
    expect(fit(deployed, slot(), CITY).fit).toBeCloseTo(0.9, 12);
    expect(fit(deployed, slot(), CITY).cityBonus).toBeCloseTo(0.1, 12);
    expect(fit(deployed, slot(), OTHER_CITY).fit).toBeCloseTo(0.8, 12);
    expect(fit(deployed, slot(), OTHER_CITY).cityBonus).toBe(0);
  });

  it('never gives a fit for the city bonus alone (tech coverage 0)', () => {
    const f = fit(organization([capability({ technologyIds: [8], cityIds: [CITY] })]), slot(), CITY);
    expect(f).toEqual({ fit: 0, capabilityId: null, techCoverage: 0, matchedTechnologyIds: [], levelFactor: 0, cityBonus: 0, capped: false, level: null });
  });

  it('caps at 1 (level 5, full coverage, city: 1.1 -> 1)', () => {
    const f = fit(organization([capability({ level: 5, cityIds: [CITY] })]), slot(), CITY);
    expect(f.fit).toBe(1);
    expect(f.capped).toBe(true);
    expect(f.levelFactor).toBeCloseTo(1, 12);
    expect(f.cityBonus).toBeCloseTo(0.1, 12);
  });

  it('ignores capabilities below the slot minLevel', () => {
    const org = organization([capability({ level: 2 })]);
    expect(fit(org, slot({ minLevel: 3 }), CITY).fit).toBe(0);
    expect(fit(org, slot({ minLevel: 2 }), CITY).fit).toBeCloseTo(0.7, 12);
  });

  it('gives 0 to kinds outside allowedKinds; null or empty allows every kind', () => {
    const startup = organization([capability()], 'STARTUP');
    expect(fit(startup, slot({ allowedKinds: ['SME'] }), CITY).fit).toBe(0);
    expect(fit(startup, slot({ allowedKinds: ['SME', 'STARTUP'] }), CITY).fit).toBeCloseTo(0.8, 12);
    expect(fit(startup, slot({ allowedKinds: [] }), CITY).fit).toBeCloseTo(0.8, 12);
    expect(fit(startup, slot({ allowedKinds: null }), CITY).fit).toBeCloseTo(0.8, 12);
  });

  it('takes the best of several capabilities and names it', () => {
    const org = organization([
      capability({ id: 1, level: 5, technologyIds: [1] }), // 1/3 * 1.0 = 0.333…
      capability({ id: 2, level: 2, technologyIds: [1, 2, 3] }), // 1 * 0.7 = 0.7
      capability({ id: 3, level: 4, technologyIds: [1, 2], cityIds: [CITY] }), // 2/3 * 0.9 + 0.1 = 0.7
      capability({ id: 4, domainId: 2, level: 5, technologyIds: [1, 2, 3] }), // other domain
    ]);
    const f = fit(org, slot(), CITY);
    expect(f.fit).toBeCloseTo(0.7, 12);
    // 0.7 twice: the tie goes to the smaller capability id
    expect(f.capabilityId).toBe(2);
    expect(fit(org, slot(), OTHER_CITY).capabilityId).toBe(2);
    const best = fit(organization([...org.capabilities, capability({ id: 5, level: 4, technologyIds: [3, 2, 1] })]), slot(), CITY);
    expect(best.fit).toBeCloseTo(0.9, 12);
    expect(best.capabilityId).toBe(5);
    expect(best.matchedTechnologyIds).toEqual([1, 2, 3]);
  });

  it('is 0 when no capability is in the slot domain', () => {
    expect(fit(organization([capability({ domainId: 2, level: 5 })]), slot(), CITY).fit).toBe(0);
    expect(fit(organization([]), slot(), CITY).fit).toBe(0);
  });
});
