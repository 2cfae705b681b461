import { partnerMatches, type OrganizationInput, type ProjectInput } from '../../../src/matching';
import { A, B, C, D, project } from './example';

// The project of example.ts (city 1): S1 (11) mobility [1,2] minLevel 3 weight 5;
// S2 (12) safety [3] minLevel 2 weight 3; S3 (13) energy, no technologies, weight 2.
// score(c) = Σ_r w_r · max(0, fit(c, r) − fit(S, r)) + μ · [industry(c) ≠ industry(S)], μ = 0.5.
//
// Seeker S = B (2), industry 200: fits S1 0.45, S2 0.9, S3 0.
//   A (1), industry 100: S1 (1.0 − 0.45) · 5 = 2.75; S2 0.9 − 0.9 = 0; + 0.5      = 3.25
//   C (3), industry 200: S2 0.7 < 0.9; S3 0.9 · 2 = 1.8; same industry            = 1.8
//   D (4), industry 300: S1 (0.8 − 0.45) · 5 = 1.75; S3 0.8 · 2 = 1.6; + 0.5       = 3.85
//   H (7), a copy of D                                                            = 3.85 (tie: id 4 first)
//   E (5), industry 200: S2 0.8 < 0.9, nothing else                               = 0 (left out)

const E: OrganizationInput = { id: 5, kind: 'STARTUP', industryId: 200, capabilities: [{ id: 501, domainId: 2, level: 3, technologyIds: [3], cityIds: [] }] };
const H: OrganizationInput = { ...D, id: 7 };

// The copy comes first so that only the id can put D ahead of it.
const candidates = [H, E, C, B, A, D];

describe('partnerMatches', () => {
  it('ranks by score, ties by id, leaving out the seeker and zero scores', () => {
    const matches = partnerMatches(B, candidates, project, 0.5, 10);
    expect(matches.map((m) => m.organizationId)).toEqual([4, 7, 1, 3]);
    const scores = matches.map((m) => m.score);
    [3.85, 3.85, 3.25, 1.8].forEach((s, i) => expect(scores[i]).toBeCloseTo(s, 12));
    expect(matches.map((m) => m.crossIndustry)).toEqual([true, true, true, false]);
  });

  it('lists the slots each candidate improves, with the capability that does it', () => {
    const [d] = partnerMatches(B, candidates, project, 0.5, 1);
    expect(d.organizationId).toBe(4);
    expect(d.gains.map((g) => g.slotId)).toEqual([11, 13]);
    const [s1, s3] = d.gains;
    expect(s1.fit).toMatchObject({ capabilityId: 402, level: 3 });
    expect(s1.fit.fit).toBeCloseTo(0.8, 12);
    expect(s1.seekerFit).toBeCloseTo(0.45, 12);
    expect(s1.gain).toBeCloseTo(0.35, 12);
    expect(s1.weightedGain).toBeCloseTo(1.75, 12);
    expect(s3.fit).toMatchObject({ capabilityId: 401, cityBonus: 0.1 });
    expect(s3.seekerFit).toBe(0);
    expect(s3.gain).toBeCloseTo(0.8, 12);
    expect(s3.weightedGain).toBeCloseTo(1.6, 12);
    // A gains nothing on S2 (0.9 = 0.9), so S2 is not listed.
    const a = partnerMatches(B, candidates, project, 0.5, 10).find((m) => m.organizationId === 1);
    expect(a?.gains.map((g) => g.slotId)).toEqual([11]);
  });

  it('applies the limit after ranking', () => {
    expect(partnerMatches(B, candidates, project, 0.5, 2).map((m) => m.organizationId)).toEqual([4, 7]);
    expect(partnerMatches(B, candidates, project, 0.5, 0)).toEqual([]);
  });

  it('rewards crossing industries by μ only', () => {
    // μ = 0: D and H keep 3.35 from their fits, A 2.75, C 1.8.
    const matches = partnerMatches(B, candidates, project, 0, 10);
    expect(matches.map((m) => m.organizationId)).toEqual([4, 7, 1, 3]);
    expect(matches[0].score).toBeCloseTo(3.35, 12);
    // μ = 2 lifts a cross-industry candidate with no fit gain at all above zero.
    const empty: OrganizationInput = { id: 9, kind: 'SME', industryId: 900, capabilities: [] };
    const withEmpty = partnerMatches(B, [empty], project, 2, 10);
    expect(withEmpty).toEqual([{ organizationId: 9, score: 2, crossIndustry: true, gains: [] }]);
    expect(partnerMatches(B, [empty], project, 0, 10)).toEqual([]);
  });

  it('works for a target of domains (slots of weight 1, minLevel 1, no technologies)', () => {
    const domains: ProjectInput = {
      cityId: 1,
      slots: [1, 3].map((domainId) => ({ id: domainId, domainId, technologyIds: [], minLevel: 1, weight: 1, allowedKinds: null })),
    };
    // B: mobility 0.9, energy 0. D: mobility 0.8 (no gain), energy 0.7 + 0.1 = 0.8; + 0.5 = 1.3.
    const [d] = partnerMatches(B, [D], domains, 0.5, 10);
    expect(d.score).toBeCloseTo(1.3, 12);
    expect(d.gains.map((g) => g.slotId)).toEqual([3]);
  });
});
