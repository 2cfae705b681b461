import { type EnumValue, enums } from '../i18n/enums';
import { useText } from '../i18n/i18n';

/** A status as a word in a tinted pill: the colour helps, the word carries the meaning. */
export function StatusBadge({ value }: { value: string }) {
  const t = useText(enums);
  return <span className={`badge badge-${value.toLowerCase()}`}>{t[value as EnumValue] ?? value}</span>;
}
