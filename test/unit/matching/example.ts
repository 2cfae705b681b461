// The worked example shared by the consortium and partner-match tests, computed by hand.
import type { OrganizationInput, ProjectInput } from '../../../src/matching';

// A project in city 1 with three slots:
//   S1 (id 11) mobility (domain 1), technologies [1, 2], minLevel 3, weight 5
//   S2 (id 12) safety (domain 2), technology [3], minLevel 2, weight 3
//   S3 (id 13) energy (domain 3), no technologies, minLevel 1, weight 2
//
// Four organisations:
//   A (1) LARGE_ENTERPRISE, industry 100: mobility L5 [1,2] -> S1 1.0; safety L4 [3] -> S2 0.9
//   B (2) SME, industry 200: mobility L4 [1] -> S1 0.5*0.9 = 0.45; safety L3 [3] in city 1 -> S2 0.8+0.1 = 0.9
//   C (3) STARTUP, industry 200: energy L4 [7] -> S3 0.9; safety L2 [3,4] -> S2 0.7
//   D (4) RESEARCH_INSTITUTE, industry 300: energy L2 [8] in city 1 -> S3 0.7+0.1 = 0.8; mobility L3 [1,2] -> S1 0.8
//
//        S1 (w5)  S2 (w3)  S3 (w2)
//   A    1.0      0.9      -
//   B    0.45     0.9      -
//   C    -        0.7      0.9
//   D    0.8      -        0.8
//
// value = Σ w·fit + 0.5·(industries − 1) − 0.1·|T| (defaults). Every member fills a slot, so |T| <= 3.
//   {A,B,D}: A S1 5 + B S2 2.7 + D S3 1.6 = 9.3; 3 industries +1.0; −0.3       = 10.0
//   {A,C}:   A S1 5 + A S2 2.7 + C S3 1.8 = 9.5; 2 industries +0.5; −0.2       =  9.8
//   {A,B,C}: A S1 5 + B S2 2.7 + C S3 1.8 = 9.5; 2 industries +0.5; −0.3       =  9.7
//   {A,D}:   A S1 5 + A S2 2.7 + D S3 1.6 = 9.3; +0.5; −0.2                    =  9.6
//   {A,C,D}: A S1 5 + C S2 2.1 + D S3 1.6 = 8.7; +1.0; −0.3                    =  9.4
//   {B,C,D}: D S1 4 + B S2 2.7 + C S3 1.8 = 8.5; +0.5; −0.3                    =  8.7
//   {B,D}:   D S1 4 + B S2 2.7 + D S3 1.6 = 8.3; +0.5; −0.2                    =  8.6
//   {C,D}:   D S1 4 + C S2 2.1 + C S3 1.8 = 7.9; +0.5; −0.2                    =  8.2
//   {A,B}:   A S1 5 + B S2 2.7, S3 a gap  = 7.7; +0.5; −0.2                    =  8.0
//   one member or {B,C} (both industry 200): fails minIndustries 2.

export const project: ProjectInput = {
  cityId: 1,
  slots: [
    { id: 11, domainId: 1, technologyIds: [1, 2], minLevel: 3, weight: 5, allowedKinds: null },
    { id: 12, domainId: 2, technologyIds: [3], minLevel: 2, weight: 3, allowedKinds: null },
    { id: 13, domainId: 3, technologyIds: [], minLevel: 1, weight: 2, allowedKinds: null },
  ],
};

export const A: OrganizationInput = {
  id: 1,
  kind: 'LARGE_ENTERPRISE',
  industryId: 100,
  capabilities: [
    { id: 101, domainId: 1, level: 5, technologyIds: [1, 2], cityIds: [] },
    { id: 102, domainId: 2, level: 4, technologyIds: [3], cityIds: [] },
  ],
};
export const B: OrganizationInput = {
  id: 2,
  kind: 'SME',
  industryId: 200,
  capabilities: [
    { id: 201, domainId: 1, level: 4, technologyIds: [1], cityIds: [] },
    { id: 202, domainId: 2, level: 3, technologyIds: [3], cityIds: [1] },
  ],
};
export const C: OrganizationInput = {
  id: 3,
  kind: 'STARTUP',
  industryId: 200,
  capabilities: [
    { id: 301, domainId: 3, level: 4, technologyIds: [7], cityIds: [] },
    { id: 302, domainId: 2, level: 2, technologyIds: [3, 4], cityIds: [] },
  ],
};
export const D: OrganizationInput = {
  id: 4,
  kind: 'RESEARCH_INSTITUTE',
  industryId: 300,
  capabilities: [
    { id: 401, domainId: 3, level: 2, technologyIds: [8], cityIds: [1] },
    { id: 402, domainId: 1, level: 3, technologyIds: [1, 2], cityIds: [] },
  ],
};
