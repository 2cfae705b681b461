import { registerEnumType } from 'type-graphql';

/** A project's life: drafted by a planner, opened as a call, forming a consortium, awarded, closed. */
export enum ProjectStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FORMING = 'FORMING',
  AWARDED = 'AWARDED',
  CLOSED = 'CLOSED',
}

/** What a requirement slot asks its member to be in the consortium. */
export enum SlotRole {
  LEAD = 'LEAD',
  INTEGRATOR = 'INTEGRATOR',
  SOLUTION_PROVIDER = 'SOLUTION_PROVIDER',
  RESEARCH_PARTNER = 'RESEARCH_PARTNER',
  OPERATOR = 'OPERATOR',
}

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Where a pilot-city project stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written by its planner; not public.' },
    OPEN: { description: 'Published; members may be matched and invited.' },
    FORMING: { description: 'A consortium is being formed.' },
    AWARDED: { description: 'Awarded to a consortium.' },
    CLOSED: { description: 'Finished or withdrawn.' },
  },
});

registerEnumType(SlotRole, {
  name: 'SlotRole',
  description: 'The part a member plays in the consortium for a slot.',
  valuesConfig: {
    LEAD: { description: 'Leads the consortium and signs with the city.' },
    INTEGRATOR: { description: 'Integrates the parts into one service.' },
    SOLUTION_PROVIDER: { description: 'Provides a product or service.' },
    RESEARCH_PARTNER: { description: 'Research and validation.' },
    OPERATOR: { description: 'Operates the service on site.' },
  },
});
