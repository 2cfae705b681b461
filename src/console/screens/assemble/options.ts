import type { ConsortiumOptionsInput, OrganizationKind } from '../../gql/graphql';

/** An organisation named in the include or exclude list, with its names for the chips. */
export interface NamedOrg {
  id: string;
  nameKo: string;
  nameEn: string;
}

/** The options form as it holds them: numbers as typed, the schema's defaults to start with. */
export interface OptionsState {
  k: string;
  maxMembers: string;
  minIndustries: string;
  minSmes: string;
  maxLargeShare: string;
  maxLargeStakeMode: 'project' | 'none' | 'custom';
  maxLargeStake: string;
  kappa: string;
  mu: string;
  interestBonus: string;
  tieBonus: string;
  requireFullCoverage: boolean;
  respectCapacity: boolean;
  requiredKinds: OrganizationKind[];
  include: NamedOrg[];
  exclude: NamedOrg[];
}

export const DEFAULT_OPTIONS: OptionsState = {
  k: '3',
  maxMembers: '6',
  minIndustries: '2',
  minSmes: '0',
  maxLargeShare: '1',
  maxLargeStakeMode: 'project',
  maxLargeStake: '0.3',
  kappa: '0.1',
  mu: '0.5',
  interestBonus: '0',
  tieBonus: '0',
  requireFullCoverage: false,
  respectCapacity: true,
  requiredKinds: [],
  include: [],
  exclude: [],
};

/**
 * The options as assembleConsortium takes them: maxLargeStake left out for the project's own
 * cap, null for none. Range checks are the server's (its GraphQL error is shown).
 */
export function toOptionsInput(state: OptionsState): ConsortiumOptionsInput {
  const input: ConsortiumOptionsInput = {
    k: Number(state.k),
    maxMembers: Number(state.maxMembers),
    minIndustries: Number(state.minIndustries),
    minSmes: Number(state.minSmes),
    maxLargeShare: Number(state.maxLargeShare),
    kappa: Number(state.kappa),
    mu: Number(state.mu),
    interestBonus: Number(state.interestBonus),
    tieBonus: Number(state.tieBonus),
    requireFullCoverage: state.requireFullCoverage,
    respectCapacity: state.respectCapacity,
    requiredKinds: state.requiredKinds,
    includeOrganizations: state.include.map((o) => o.id),
    excludeOrganizations: state.exclude.map((o) => o.id),
  };
  if (state.maxLargeStakeMode === 'none') input.maxLargeStake = null;
  if (state.maxLargeStakeMode === 'custom') input.maxLargeStake = Number(state.maxLargeStake);
  return input;
}
