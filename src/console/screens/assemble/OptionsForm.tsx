import type { FormEvent } from 'react';
import { SelectField, TextField } from '../../components/Field';
import type { OrganizationKind } from '../../gql/graphql';
import { enums, ORGANIZATION_KINDS } from '../../i18n/enums';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { text } from './assemble.i18n';
import type { NamedOrg, OptionsState } from './options';

type NumberKey = 'k' | 'maxMembers' | 'minIndustries' | 'minSmes' | 'maxLargeShare' | 'kappa' | 'mu' | 'interestBonus' | 'tieBonus';
const NUMBERS: readonly NumberKey[] = ['k', 'maxMembers', 'minIndustries', 'minSmes', 'maxLargeShare', 'kappa', 'mu', 'interestBonus', 'tieBonus'];

/** Every option of assembleConsortium (ConsortiumOptionsInput), the schema's defaults filled in. */
export function OptionsForm({ state, onChange, onSubmit, busy }: { state: OptionsState; onChange(next: OptionsState): void; onSubmit(): void; busy: boolean }) {
  const t = useText(text);
  const e = useText(enums);
  const set = <K extends keyof OptionsState>(key: K, value: OptionsState[K]) => onChange({ ...state, [key]: value });
  const toggleKind = (kind: OrganizationKind) =>
    set('requiredKinds', state.requiredKinds.includes(kind) ? state.requiredKinds.filter((k) => k !== kind) : [...state.requiredKinds, kind]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form options-form" onSubmit={submit} noValidate aria-labelledby="options-heading">
      <h2 id="options-heading">{t.options}</h2>
      <div className="form-grid">
        {NUMBERS.map((key) => (
          <TextField key={key} label={t[key]} inputMode="decimal" value={state[key]} onChange={(event) => set(key, event.target.value)} />
        ))}
        <SelectField
          label={t.maxLargeStakeMode}
          value={state.maxLargeStakeMode}
          onChange={(event) => set('maxLargeStakeMode', event.target.value as OptionsState['maxLargeStakeMode'])}
          options={[
            { value: 'project', label: t.stakeProject },
            { value: 'none', label: t.stakeNone },
            { value: 'custom', label: t.stakeCustom },
          ]}
        />
        {state.maxLargeStakeMode === 'custom' && (
          <TextField label={t.maxLargeStake} inputMode="decimal" value={state.maxLargeStake} onChange={(event) => set('maxLargeStake', event.target.value)} />
        )}
      </div>
      <div className="checks-inline">
        <label className="check">
          <input type="checkbox" checked={state.requireFullCoverage} onChange={(event) => set('requireFullCoverage', event.target.checked)} />
          {t.requireFullCoverage}
        </label>
        <label className="check">
          <input type="checkbox" checked={state.respectCapacity} onChange={(event) => set('respectCapacity', event.target.checked)} />
          {t.respectCapacity}
        </label>
      </div>
      <fieldset className="checks">
        <legend>{t.requiredKinds}</legend>
        {ORGANIZATION_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={state.requiredKinds.includes(kind)} onChange={() => toggleKind(kind)} />
            {e[kind]}
          </label>
        ))}
      </fieldset>
      <OrgList
        label={t.includeList}
        orgs={state.include}
        onRemove={(id) =>
          set(
            'include',
            state.include.filter((o) => o.id !== id),
          )
        }
      />
      <OrgList
        label={t.excludeList}
        orgs={state.exclude}
        onRemove={(id) =>
          set(
            'exclude',
            state.exclude.filter((o) => o.id !== id),
          )
        }
      />
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t.running : t.run}
        </button>
      </div>
    </form>
  );
}

/** The include or exclude list: filled from the alternatives' members, emptied here. */
function OrgList({ label, orgs, onRemove }: { label: string; orgs: readonly NamedOrg[]; onRemove(id: string): void }) {
  const t = useText(text);
  const l = useLocalized();
  return (
    <div className="org-list">
      <span className="org-list-label">{label}:</span>{' '}
      {orgs.length === 0 ? (
        <span className="meta">{t.none}</span>
      ) : (
        <ul className="chips">
          {orgs.map((org) => (
            <li key={org.id} className="chip">
              {l(org.nameKo, org.nameEn)}{' '}
              <button
                type="button"
                className="chip-remove"
                aria-label={format(t.removeFrom, { name: l(org.nameKo, org.nameEn) })}
                onClick={() => onRemove(org.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
