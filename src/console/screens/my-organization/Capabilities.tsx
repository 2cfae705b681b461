import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { FormErrors } from '../../components/Field';
import { Empty, ErrorState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import { type CapabilityFieldsFragment, type MyOrganizationQuery, RemoveMyCapabilityDocument } from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { useFocusOnChange } from '../member-common/member';
import { CapabilityEditor } from './CapabilityEditor';
import { text } from './myOrganization.i18n';

type Organization = NonNullable<MyOrganizationQuery['organization']>;
type Taxonomy = Pick<MyOrganizationQuery, 'domains' | 'technologies'>;

/** My organisation's capabilities: each shown, edited in place or removed; a new one added below. */
export function Capabilities({ organization, taxonomy, onReload }: { organization: Organization; taxonomy: Taxonomy; onReload(): void }) {
  const t = useText(text);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // Where the keyboard goes back to when an editor closes: the card's edit button, or "add".
  const [closed, setClosed] = useState<string | null>(null);
  const addButton = useFocusOnChange<HTMLButtonElement>(adding);
  const closeEditor = (id: string) => {
    setEditing(null);
    setClosed(id);
  };
  return (
    <section aria-labelledby="capabilities-heading" className="capabilities">
      <h2 id="capabilities-heading">
        {t.capabilities} <span className="count">{organization.capabilities.length}</span>
      </h2>
      <p className="lead">{t.capabilitiesIntro}</p>
      {organization.capabilities.length === 0 ? (
        <Empty>{t.noCapabilities}</Empty>
      ) : (
        <ul className="cards">
          {organization.capabilities.map((capability) =>
            editing === capability.id ? (
              <li key={`${capability.id}:${capability.version}`} className="card">
                <CapabilityEditor
                  organizationId={organization.id}
                  capability={capability}
                  taxonomy={taxonomy}
                  onDone={() => closeEditor(capability.id)}
                  onReload={onReload}
                />
              </li>
            ) : (
              <CapabilityCard key={capability.id} capability={capability} returnFocus={closed === capability.id} onEdit={() => setEditing(capability.id)} />
            ),
          )}
        </ul>
      )}
      {adding ? (
        <CapabilityEditor organizationId={organization.id} taxonomy={taxonomy} onDone={() => setAdding(false)} onReload={onReload} />
      ) : (
        <button type="button" className="button" ref={addButton} onClick={() => setAdding(true)}>
          {t.addCapability}
        </button>
      )}
    </section>
  );
}

function CapabilityCard({ capability, returnFocus, onEdit }: { capability: CapabilityFieldsFragment; returnFocus: boolean; onEdit(): void }) {
  const t = useText(text);
  const l = useLocalized();
  const [removed, remove] = useMutation(RemoveMyCapabilityDocument);
  const errors = useUserErrors(removed.data?.removeCapability.userErrors, []);
  const name = l(capability.domain.nameKo, capability.domain.nameEn);
  const levelWords = [t.level1, t.level2, t.level3, t.level4, t.level5];
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (returnFocus) editButton.current?.focus();
  }, [returnFocus]);
  return (
    <li className="card capability">
      <div className="match-head">
        <h3>{name}</h3>
        <span className="level" title={levelWords[capability.level - 1]}>
          {format(t.levelOption, { level: capability.level, name: levelWords[capability.level - 1] ?? '' })}
        </span>
      </div>
      <ul className="chips" aria-label={t.technologies}>
        {capability.technologies.map((tech) => (
          <li key={tech.slug} className="chip">
            {l(tech.nameKo, tech.nameEn)}
          </li>
        ))}
      </ul>
      {l(capability.descriptionKo, capability.descriptionEn) && <p>{l(capability.descriptionKo, capability.descriptionEn)}</p>}
      <FormErrors messages={errors.formLevel()} />
      {removed.error && <ErrorState error={removed.error} />}
      <div className="form-actions">
        <button type="button" className="button" ref={editButton} onClick={onEdit} aria-label={`${t.edit}: ${name}`}>
          {t.edit}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={removed.fetching}
          aria-label={format(t.removeNamed, { name })}
          onClick={() => remove({ input: { capabilityId: capability.id, version: capability.version } })}
        >
          {t.remove}
        </button>
      </div>
    </li>
  );
}
