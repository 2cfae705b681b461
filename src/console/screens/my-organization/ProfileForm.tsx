import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { FormErrors, SelectField, TextAreaField, TextField } from '../../components/Field';
import { ErrorState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import { type MyOrganizationQuery, type ProfileVisibility, UpdateMyOrganizationDocument } from '../../gql/graphql';
import { useText } from '../../i18n/i18n';
import { labels } from '../member-common/labels.i18n';
import { text } from './myOrganization.i18n';

type Organization = NonNullable<MyOrganizationQuery['organization']>;

const FIELDS = ['nameKo', 'nameEn', 'descriptionKo', 'descriptionEn', 'website', 'employees', 'visibility'];
const VISIBILITIES: readonly ProfileVisibility[] = ['PUBLIC', 'MEMBERS', 'PRIVATE'];

/**
 * The profile as read, edited and sent back with the `version` it was read at: a change made
 * elsewhere in between answers CONFLICT, shown with a button that reloads (the form is keyed by
 * version, so the reloaded values replace the edits).
 */
export function ProfileForm({ organization, reloaded, onReload }: { organization: Organization; reloaded: boolean; onReload(): void }) {
  const t = useText(text);
  const words = useText(labels);
  const [values, setValues] = useState({
    nameKo: organization.nameKo,
    nameEn: organization.nameEn,
    descriptionKo: organization.descriptionKo,
    descriptionEn: organization.descriptionEn,
    website: organization.website ?? '',
    employees: String(organization.employees),
  });
  const [visibility, setVisibility] = useState<ProfileVisibility>(organization.visibility);
  const [result, update] = useMutation(UpdateMyOrganizationDocument);
  const payload = result.data?.updateOrganization;
  const errors = useUserErrors(payload?.userErrors, FIELDS);
  const conflict = payload?.userErrors.some((e) => e.code === 'CONFLICT') ?? false;
  // After a reload the form is new: the keyboard starts again at its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (reloaded) heading.current?.focus();
  }, [reloaded]);
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const employees = Number.parseInt(values.employees, 10);
    void update({
      input: {
        organizationId: organization.id,
        version: organization.version,
        nameKo: values.nameKo,
        nameEn: values.nameEn,
        descriptionKo: values.descriptionKo,
        descriptionEn: values.descriptionEn,
        website: values.website.trim() === '' ? null : values.website.trim(),
        employees: Number.isNaN(employees) ? undefined : employees,
        visibility,
      },
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading" ref={heading} tabIndex={-1}>
        {t.profile}
      </h2>
      <div className="member-form-grid">
        <TextField label={t.nameKo} required value={values.nameKo} onChange={set('nameKo')} errors={errors.forField('nameKo')} />
        <TextField label={t.nameEn} required value={values.nameEn} onChange={set('nameEn')} errors={errors.forField('nameEn')} lang="en" />
        <TextAreaField
          label={t.descriptionKo}
          rows={4}
          value={values.descriptionKo}
          onChange={set('descriptionKo')}
          errors={errors.forField('descriptionKo')}
        />
        <TextAreaField
          label={t.descriptionEn}
          rows={4}
          value={values.descriptionEn}
          onChange={set('descriptionEn')}
          errors={errors.forField('descriptionEn')}
          lang="en"
        />
        <TextField label={t.website} type="url" inputMode="url" value={values.website} onChange={set('website')} errors={errors.forField('website')} />
        <TextField
          label={t.employees}
          type="number"
          min={0}
          inputMode="numeric"
          value={values.employees}
          onChange={set('employees')}
          errors={errors.forField('employees')}
        />
        <SelectField
          label={t.visibility}
          hint={t.visibilityHint}
          value={visibility}
          onChange={(e) => setVisibility(e.target.value as ProfileVisibility)}
          options={VISIBILITIES.map((v) => ({ value: v, label: words[v] }))}
          errors={errors.forField('visibility')}
        />
      </div>
      <FormErrors messages={errors.formLevel()} />
      {conflict && (
        <div className="conflict">
          <button type="button" className="button" onClick={onReload}>
            {t.reload}
          </button>
          <p className="field-hint">{t.conflictHint}</p>
        </div>
      )}
      {result.error && <ErrorState error={result.error} />}
      {payload?.organization && payload.userErrors.length === 0 && (
        <p className="member-notice notice-ok" role="status">
          {t.saved}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={result.fetching}>
          {result.fetching ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
