import { describedEnum, type EnumValue } from './enum';

export const SortDirection = describedEnum('SortDirection', 'Order of a sorted list.', {
  ASC: 'Smallest first.',
  DESC: 'Largest first.',
});
export type SortDirection = EnumValue<typeof SortDirection>;
