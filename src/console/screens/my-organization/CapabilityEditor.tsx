import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { FormErrors, SelectField, TextAreaField } from '../../components/Field';
import { ErrorState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import { AddMyCapabilityDocument, type CapabilityFieldsFragment, type MyOrganizationQuery, UpdateMyCapabilityDocument } from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { text } from './myOrganization.i18n';

type Taxonomy = Pick<MyOrganizationQuery, 'domains' | 'technologies'>;

const FIELDS = ['domain', 'level', 'technologies', 'descriptionKo', 'descriptionEn'];
const LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * Adds a capability (no `capability`) or edits one, sending back the `version` it was read at. On
 * CONFLICT the reload button reads the organisation again; the editor is keyed by version, so the
 * fresh values replace the edits.
 */
export function CapabilityEditor({
  organizationId,
  capability,
  taxonomy,
  onDone,
  onReload,
}: {
  organizationId: string;
  capability?: CapabilityFieldsFragment;
  taxonomy: Taxonomy;
  onDone(): void;
  onReload(): void;
}) {
  const t = useText(text);
  const l = useLocalized();
  const techLegendId = useId();
  const [domain, setDomain] = useState(capability?.domain.slug ?? taxonomy.domains[0]?.slug ?? '');
  const [level, setLevel] = useState(String(capability?.level ?? 3));
  const [technologies, setTechnologies] = useState<readonly string[]>(capability?.technologies.map((x) => x.slug) ?? []);
  const [descriptionKo, setDescriptionKo] = useState(capability?.descriptionKo ?? '');
  const [descriptionEn, setDescriptionEn] = useState(capability?.descriptionEn ?? '');
  const [added, add] = useMutation(AddMyCapabilityDocument);
  const [updated, update] = useMutation(UpdateMyCapabilityDocument);
  const result = capability ? updated : added;
  const userErrors = capability ? updated.data?.updateCapability.userErrors : added.data?.addCapability.userErrors;
  const errors = useUserErrors(userErrors, FIELDS);
  const conflict = userErrors?.some((e) => e.code === 'CONFLICT') ?? false;
  const levelWords = [t.level1, t.level2, t.level3, t.level4, t.level5];

  const toggle = (slug: string) => setTechnologies(technologies.includes(slug) ? technologies.filter((s) => s !== slug) : [...technologies, slug]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = { domain, level: Number(level), technologies: [...technologies], descriptionKo, descriptionEn };
    const answer = capability
      ? (await update({ input: { capabilityId: capability.id, version: capability.version, ...common } })).data?.updateCapability
      : (await add({ input: { organizationId, ...common } })).data?.addCapability;
    if (answer?.capability && answer.userErrors.length === 0) onDone();
  };
  const techErrors = errors.forField('technologies');
  return (
    <form
      className="form capability-form"
      onSubmit={submit}
      noValidate
      aria-label={capability ? `${t.edit}: ${l(capability.domain.nameKo, capability.domain.nameEn)}` : t.addCapability}
    >
      <div className="member-form-grid">
        <SelectField
          label={t.domain}
          value={domain}
          onChange={(e) => setDomain(e.target.value)}
          options={taxonomy.domains.map((d) => ({ value: d.slug, label: l(d.nameKo, d.nameEn) }))}
          errors={errors.forField('domain')}
        />
        <SelectField
          label={t.level}
          value={level}
          onChange={(e) => setLevel(e.target.value)}
          options={LEVELS.map((n) => ({ value: String(n), label: format(t.levelOption, { level: n, name: levelWords[n - 1]! }) }))}
          errors={errors.forField('level')}
        />
      </div>
      <fieldset
        className={techErrors.length > 0 ? 'checkboxes field-invalid' : 'checkboxes'}
        aria-describedby={techErrors.length > 0 ? `${techLegendId}-error` : undefined}
      >
        <legend>{t.technologies}</legend>
        {taxonomy.technologies.map((tech) => (
          <label key={tech.slug} className="checkbox">
            <input type="checkbox" checked={technologies.includes(tech.slug)} onChange={() => toggle(tech.slug)} /> {l(tech.nameKo, tech.nameEn)}
          </label>
        ))}
        {techErrors.length > 0 && (
          <p className="field-error" id={`${techLegendId}-error`}>
            {techErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <div className="member-form-grid">
        <TextAreaField
          label={t.descriptionKo}
          rows={2}
          value={descriptionKo}
          onChange={(e) => setDescriptionKo(e.target.value)}
          errors={errors.forField('descriptionKo')}
        />
        <TextAreaField
          label={t.descriptionEn}
          rows={2}
          lang="en"
          value={descriptionEn}
          onChange={(e) => setDescriptionEn(e.target.value)}
          errors={errors.forField('descriptionEn')}
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
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={result.fetching}>
          {capability ? (result.fetching ? t.saving : t.save) : result.fetching ? t.adding : t.add}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
