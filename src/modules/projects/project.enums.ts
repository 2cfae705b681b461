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

/** A project status in words, for messages (docs/api.md, "Languages"). */
export const projectStatusWords = (status: ProjectStatus) => PROJECT_STATUS_WORDS[status];
const PROJECT_STATUS_WORDS: Record<ProjectStatus, { en: string; ko: string }> = {
  DRAFT: { en: 'DRAFT', ko: '초안' },
  OPEN: { en: 'OPEN', ko: '공고 중' },
  FORMING: { en: 'FORMING', ko: '컨소시엄 구성 중' },
  AWARDED: { en: 'AWARDED', ko: '선정 완료' },
  CLOSED: { en: 'CLOSED', ko: '종료' },
};

/** What a requirement slot asks its member to be in the consortium. */
export const SlotRole = describedEnum('SlotRole', 'The part a member plays in the consortium for a slot.', {
  LEAD: 'Leads the consortium and signs with the city.',
  INTEGRATOR: 'Integrates the parts into one service.',
  SOLUTION_PROVIDER: 'Provides a product or service.',
  RESEARCH_PARTNER: 'Research and validation.',
  OPERATOR: 'Operates the service on site.',
});
export type SlotRole = EnumValue<typeof SlotRole>;
