import { type FormEvent, useState } from 'react';
import { FormErrors, SelectField, TextAreaField, TextField } from '../../components/Field';
import { type UserError, useUserErrors } from '../../components/userErrors';
import { useLocalized, useText } from '../../i18n/i18n';
import { text } from './project.i18n';

export interface ProjectFields {
  titleKo: string;
  titleEn: string;
  summaryKo: string;
  summaryEn: string;
  maxLargeStake: string;
  city: string;
  slug: string;
}

const FIELDS = ['titleKo', 'titleEn', 'summaryKo', 'summaryEn', 'maxLargeStake', 'city', 'slug'];

/** A number field's text as the API wants it: empty is null (no cap). */
export const optionalNumber = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/**
 * The project's own fields, for creating (with city and identifier) and editing. userErrors
 * are shown beside the field they name.
 */
export function ProjectForm({
  initial,
  cities,
  submitLabel,
  busy,
  userErrors,
  onSubmit,
  notice,
}: {
  initial: ProjectFields;
  /** Given when creating: the city and identifier are chosen once. */
  cities?: readonly { slug: string; nameKo: string; nameEn: string }[];
  submitLabel: string;
  busy: boolean;
  userErrors?: readonly UserError[] | null;
  onSubmit(fields: ProjectFields): void;
  notice?: string;
}) {
  const t = useText(text);
  const l = useLocalized();
  const [fields, setFields] = useState(initial);
  const errors = useUserErrors(userErrors, FIELDS);
  const set = (name: keyof ProjectFields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(fields);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {cities && (
        <div className="form-row">
          <SelectField
            label={t.city}
            required
            value={fields.city}
            onChange={set('city')}
            options={cities.map((c) => ({ value: c.slug, label: l(c.nameKo, c.nameEn) }))}
            errors={errors.forField('city')}
          />
          <TextField label={t.slug} required value={fields.slug} onChange={set('slug')} hint={t.slugHint} errors={errors.forField('slug')} />
        </div>
      )}
      <div className="form-row">
        <TextField label={t.titleKo} required lang="ko" value={fields.titleKo} onChange={set('titleKo')} errors={errors.forField('titleKo')} />
        <TextField label={t.titleEn} required lang="en" value={fields.titleEn} onChange={set('titleEn')} errors={errors.forField('titleEn')} />
      </div>
      <div className="form-row">
        <TextAreaField label={t.summaryKo} lang="ko" rows={3} value={fields.summaryKo} onChange={set('summaryKo')} errors={errors.forField('summaryKo')} />
        <TextAreaField label={t.summaryEn} lang="en" rows={3} value={fields.summaryEn} onChange={set('summaryEn')} errors={errors.forField('summaryEn')} />
      </div>
      <TextField
        label={t.maxLargeStake}
        inputMode="decimal"
        value={fields.maxLargeStake}
        onChange={set('maxLargeStake')}
        hint={t.maxLargeStakeHint}
        errors={errors.forField('maxLargeStake')}
      />
      <FormErrors messages={errors.formLevel()} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
