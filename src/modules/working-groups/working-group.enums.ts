import { registerEnumType } from 'type-graphql';

/** The alliance's bodies: four working groups (분과) and the national-pilot-city sub-committee (소위원회). */
export enum WorkingGroupKind {
  WORKING_GROUP = 'WORKING_GROUP',
  SUB_COMMITTEE = 'SUB_COMMITTEE',
}

/** A member's part in a working group. */
export enum WorkingGroupRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
}

registerEnumType(WorkingGroupKind, {
  name: 'WorkingGroupKind',
  description: 'Kind of alliance body.',
  valuesConfig: {
    WORKING_GROUP: { description: 'A working group (분과).' },
    SUB_COMMITTEE: { description: 'A sub-committee (소위원회), such as the national-pilot-city one.' },
  },
});

registerEnumType(WorkingGroupRole, {
  name: 'WorkingGroupRole',
  description: "A member organisation's part in a working group.",
  valuesConfig: {
    CHAIR: { description: 'Leads the group.' },
    MEMBER: { description: 'Takes part.' },
  },
});
