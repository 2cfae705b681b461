import { describedEnum, type EnumValue } from '../../graphql/enum';

/** A project's life: drafted by a planner, opened as a call, forming a consortium, awarded, closed. */
export const ProjectStatus = describedEnum('ProjectStatus', 'Where a pilot-city project stands.', {
  DRAFT: 'Being written by its planner; not public.',
  OPEN: 'Published; members may be matched and invited.',
  FORMING: 'A consortium is being formed.',
  AWARDED: 'Awarded to a consortium.',
  CLOSED: 'Finished or withdrawn.',
});
export type ProjectStatus = EnumValue<typeof ProjectStatus>;

/** What a requirement slot asks its member to be in the consortium. */
export const SlotRole = describedEnum('SlotRole', 'The part a member plays in the consortium for a slot.', {
  LEAD: 'Leads the consortium and signs with the city.',
  INTEGRATOR: 'Integrates the parts into one service.',
  SOLUTION_PROVIDER: 'Provides a product or service.',
  RESEARCH_PARTNER: 'Research and validation.',
  OPERATOR: 'Operates the service on site.',
});
export type SlotRole = EnumValue<typeof SlotRole>;
