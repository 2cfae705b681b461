import { describedEnum, type EnumValue } from '../../graphql/enum';

/** The alliance's bodies: four working groups (분과) and the national-pilot-city sub-committee (소위원회). */
export const WorkingGroupKind = describedEnum('WorkingGroupKind', 'Kind of alliance body.', {
  WORKING_GROUP: 'A working group (분과).',
  SUB_COMMITTEE: 'A sub-committee (소위원회), such as the national-pilot-city one.',
});
export type WorkingGroupKind = EnumValue<typeof WorkingGroupKind>;

/** A member's part in a working group. */
export const WorkingGroupRole = describedEnum('WorkingGroupRole', "A member organisation's part in a working group.", {
  CHAIR: 'Leads the group.',
  MEMBER: 'Takes part.',
});
export type WorkingGroupRole = EnumValue<typeof WorkingGroupRole>;
