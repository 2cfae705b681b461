import type { PartnerMatchesQuery } from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { labels } from '../member-common/labels.i18n';
import { percent } from '../member-common/member';
import { text } from './partnerMatches.i18n';

type Result = PartnerMatchesQuery['partnerMatches'];

/**
 * Per-slot gains as CSS bars: for every slot of the target, our own fit (light) and what the
 * partner adds on top (dark), on the 0–1 fit scale. The bars are drawn for the eye; each row says
 * the same in words, so the chart reads without them.
 */
export function GainChart({ slots, breakdown }: { slots: Result['slots']; breakdown: Result['matches'][number]['breakdown'] }) {
  const t = useText(text);
  const words = useText(labels);
  const l = useLocalized();
  const gains = new Map(breakdown.map((b) => [b.slot.position, b]));
  return (
    <figure className="gain-chart">
      <figcaption>
        {t.gains} <span className="meta">({t.gainsLegend})</span>
      </figcaption>
      <ul>
        {slots.map((slot) => {
          const gain = gains.get(slot.position);
          const own = gain?.seekerFit ?? 0;
          const added = gain?.gain ?? 0;
          const name = `${slot.position}. ${l(slot.domain.nameKo, slot.domain.nameEn)} ${slot.role ? words[slot.role] : ''}`;
          return (
            <li key={slot.position} className={added > 0 ? 'gain-row' : 'gain-row gain-none'}>
              <span className="gain-label">{format(t.gainLine, { slot: name, own: percent(own), gain: percent(added) })}</span>
              <span className="gain-track" aria-hidden="true">
                <span className="gain-own" style={{ width: percent(own) }} />
                <span className="gain-added" style={{ width: percent(Math.min(added, 1 - own)) }} />
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
