import { type FormEvent, useState } from 'react';
import { FormErrors, SelectField, TextAreaField, TextField } from '../../components/Field';
import { type UserError, useUserErrors } from '../../components/userErrors';
import { enums, ORGANIZATION_KINDS, SLOT_ROLES } from '../../i18n/enums';
import { useLocalized, useText } from '../../i18n/i18n';
import type { OrganizationKind, ProjectSlotFragment, RequirementSlotInput, SlotRole } from '../../gql/graphql';
import { text } from './project.i18n';

const NAMES = ['role', 'domain', 'minLevel', 'weight', 'budgetShare', 'descriptionKo', 'descriptionEn', 'technologies', 'allowedKinds'] as const;

/** A slot's fields as the form holds them (text), from a slot or empty. */
function fieldsOf(slot: ProjectSlotFragment | undefined, firstDomain: string) {
  return {
    role: slot?.role ?? 'SOLUTION_PROVIDER',
    domain: slot?.domain.slug ?? firstDomain,
    minLevel: String(slot?.minLevel ?? 3),
    weight: String(slot?.weight ?? 3),
    budgetShare: String(slot?.budgetShare ?? 1),
    descriptionKo: slot?.descriptionKo ?? '',
    descriptionEn: slot?.descriptionEn ?? '',
    technologies: slot?.technologies.map((t) => t.slug).join(', ') ?? '',
    allowedKinds: (slot?.allowedKinds ?? []) as string[],
  };
}

/**
 * One requirement slot, to add or to change. `errorPrefix` is where the mutation's input keeps
 * the slot ("slot" for addRequirementSlot, nothing for updateRequirementSlot), so each userError
 * lands beside its field.
 */
export function SlotForm({
  slot,
  domains,
  errorPrefix,
  busy,
  userErrors,
  onSubmit,
  onCancel,
}: {
  slot?: ProjectSlotFragment;
  domains: readonly { slug: string; nameKo: string; nameEn: string }[];
  errorPrefix: string;
  busy: boolean;
  userErrors?: readonly UserError[] | null;
  onSubmit(slot: RequirementSlotInput): void;
  onCancel(): void;
}) {
  const t = useText(text);
  const e = useText(enums);
  const l = useLocalized();
  const [fields, setFields] = useState(() => fieldsOf(slot, domains[0]?.slug ?? ''));
  const named = (name: string) => (errorPrefix ? `${errorPrefix}.${name}` : name);
  const errors = useUserErrors(
    userErrors,
    NAMES.map((n) => named(n)),
  );
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));
  const toggleKind = (kind: string) =>
    setFields((f) => ({ ...f, allowedKinds: f.allowedKinds.includes(kind) ? f.allowedKinds.filter((k) => k !== kind) : [...f.allowedKinds, kind] }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      role: fields.role as SlotRole,
      domain: fields.domain,
      minLevel: Number(fields.minLevel),
      weight: Number(fields.weight),
      budgetShare: Number(fields.budgetShare),
      descriptionKo: fields.descriptionKo,
      descriptionEn: fields.descriptionEn,
      technologies: fields.technologies
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      allowedKinds: fields.allowedKinds.length > 0 ? (fields.allowedKinds as OrganizationKind[]) : null,
    });
  };
  const level = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));
  return (
    <form className="form slot-form" onSubmit={submit} noValidate>
      <div className="form-row">
        <SelectField
          label={t.role}
          value={fields.role}
          onChange={set('role')}
          options={SLOT_ROLES.map((r) => ({ value: r, label: e[r] }))}
          errors={errors.forField(named('role'))}
        />
        <SelectField
          label={t.domain}
          value={fields.domain}
          onChange={set('domain')}
          options={domains.map((d) => ({ value: d.slug, label: l(d.nameKo, d.nameEn) }))}
          errors={errors.forField(named('domain'))}
        />
      </div>
      <div className="form-row form-row-3">
        <SelectField label={t.minLevel} value={fields.minLevel} onChange={set('minLevel')} options={level} errors={errors.forField(named('minLevel'))} />
        <SelectField label={t.weight} value={fields.weight} onChange={set('weight')} options={level} errors={errors.forField(named('weight'))} />
        <TextField
          label={t.budgetShare}
          inputMode="decimal"
          value={fields.budgetShare}
          onChange={set('budgetShare')}
          errors={errors.forField(named('budgetShare'))}
        />
      </div>
      <div className="form-row">
        <TextAreaField
          label={t.descriptionKo}
          lang="ko"
          rows={2}
          value={fields.descriptionKo}
          onChange={set('descriptionKo')}
          errors={errors.forField(named('descriptionKo'))}
        />
        <TextAreaField
          label={t.descriptionEn}
          lang="en"
          rows={2}
          value={fields.descriptionEn}
          onChange={set('descriptionEn')}
          errors={errors.forField(named('descriptionEn'))}
        />
      </div>
      <TextField label={t.technologies} value={fields.technologies} onChange={set('technologies')} errors={errors.forField(named('technologies'))} />
      <fieldset className="checks">
        <legend>{t.allowedKinds}</legend>
        {ORGANIZATION_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={fields.allowedKinds.includes(kind)} onChange={() => toggleKind(kind)} />
            {e[kind]}
          </label>
        ))}
      </fieldset>
      <FormErrors messages={errors.formLevel()} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t.saveSlot}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
