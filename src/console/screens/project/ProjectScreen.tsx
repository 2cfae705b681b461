import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { FormErrors, SelectField } from '../../components/Field';
import { Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { Empty, ErrorState, QueryState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import {
  AddSlotDocument,
  OpenProjectDocument,
  type ProjectDetailFragment,
  ProjectFormChoicesDocument,
  ProjectPlannersDocument,
  ProjectScreenDocument,
  type ProjectSlotFragment,
  RemoveSlotDocument,
  TransferProjectDocument,
  UpdateProjectDocument,
  UpdateSlotDocument,
} from '../../gql/graphql';
import { common } from '../../i18n/common';
import { enums } from '../../i18n/enums';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { text } from './project.i18n';
import { optionalNumber, ProjectForm } from './ProjectForm';
import { SlotForm } from './SlotForm';

const EDITABLE = ['DRAFT', 'OPEN'];
const ASSEMBLABLE = ['OPEN', 'FORMING'];

/** One project: its details (edit), its roles (add, edit, remove), opening the call, and its consortia. */
export function ProjectScreen({ id }: { id: string }) {
  const t = useText(text);
  const c = useText(common);
  const l = useLocalized();
  const [result, refetch] = useQuery({ query: ProjectScreenDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState result={result} retry={reload}>
      {(data) => {
        const project = data.project;
        if (!project)
          return (
            <Page title={c.notFound}>
              <Empty action={<Link to="/projects">{c.backHome}</Link>} />
            </Page>
          );
        return (
          <Page
            title={l(project.titleKo, project.titleEn)}
            actions={
              <>
                <StatusBadge value={project.status} />
                {ASSEMBLABLE.includes(project.status) && (
                  <Link to={`/projects/${encodeURIComponent(project.id)}/assemble`} className="button button-primary">
                    {t.assemble}
                  </Link>
                )}
              </>
            }
          >
            <ProjectDetails project={project} onChanged={reload} refreshing={result.fetching} />
            <ProjectOwner project={project} onChanged={reload} refreshing={result.fetching} />
            <Slots project={project} onChanged={reload} refreshing={result.fetching} />
            <section aria-labelledby="consortia-heading">
              <h2 id="consortia-heading">{t.consortia}</h2>
              {data.consortia.edges.length === 0 ? (
                <Empty>{t.noConsortia}</Empty>
              ) : (
                <ul className="plain-list">
                  {data.consortia.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/consortia/${encodeURIComponent(node.id)}`}>{node.name}</Link> <StatusBadge value={node.status} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </Page>
        );
      }}
    </QueryState>
  );
}

/**
 * `refreshing`: the project is being read again after a change; its actions wait for the new
 * version, or they would send the old one and be refused (CONFLICT).
 */
function ProjectDetails({ project, onChanged, refreshing }: { project: ProjectDetailFragment; onChanged(): void; refreshing: boolean }) {
  const t = useText(text);
  const [result, update] = useMutation(UpdateProjectDocument);
  const [opened, open] = useMutation(OpenProjectDocument);
  const openErrors = useUserErrors(opened.data?.openProject.userErrors, []);
  const saved = result.data?.updateProject.project && !result.fetching;
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t.details}</h2>
      {EDITABLE.includes(project.status) ? (
        <ProjectForm
          key={project.version}
          initial={{
            titleKo: project.titleKo,
            titleEn: project.titleEn,
            summaryKo: project.summaryKo,
            summaryEn: project.summaryEn,
            maxLargeStake: project.maxLargeStake === null || project.maxLargeStake === undefined ? '' : String(project.maxLargeStake),
            city: project.city.slug,
            slug: project.slug,
          }}
          submitLabel={t.save}
          busy={result.fetching || refreshing}
          userErrors={result.data?.updateProject.userErrors}
          notice={saved ? t.saved : undefined}
          onSubmit={async (fields) => {
            const answer = await update({
              input: {
                projectId: project.id,
                version: project.version,
                titleKo: fields.titleKo,
                titleEn: fields.titleEn,
                summaryKo: fields.summaryKo,
                summaryEn: fields.summaryEn,
                maxLargeStake: optionalNumber(fields.maxLargeStake),
              },
            });
            if (answer.data?.updateProject.project) onChanged();
          }}
        />
      ) : null}
      {project.status === 'DRAFT' && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={opened.fetching || result.fetching || refreshing}
            onClick={async () => {
              const answer = await open({ input: { projectId: project.id, version: project.version } });
              if (answer.data?.openProject.project) onChanged();
            }}
          >
            {t.open}
          </button>
          <FormErrors messages={openErrors.formLevel()} />
        </div>
      )}
      {(result.error || opened.error) && <ErrorState error={(result.error ?? opened.error)!} />}
    </section>
  );
}

/**
 * Who is in charge: shown to that planner and to admins (the API shows the owner to no one else);
 * an admin hands the project to another planner here, which is how a seeded project gets one.
 */
function ProjectOwner({ project, onChanged, refreshing }: { project: ProjectDetailFragment; onChanged(): void; refreshing: boolean }) {
  const t = useText(text);
  const admin = useSession().session?.account.role === 'ADMIN';
  const [planners] = useQuery({ query: ProjectPlannersDocument, pause: !admin });
  const [transferred, transfer] = useMutation(TransferProjectDocument);
  const [chosen, setChosen] = useState('');
  const errors = useUserErrors(transferred.data?.transferProject.userErrors, ['ownerId']);
  if (!admin && !project.owner) return null;
  const options = (planners.data?.accounts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.email }));
  const target = chosen || options.find((o) => o.value !== project.owner?.id)?.value || '';
  const done = transferred.data?.transferProject.project && !transferred.fetching;
  return (
    <section aria-labelledby="owner-heading">
      <h2 id="owner-heading">{t.owner}</h2>
      <p>{project.owner?.email ?? t.noOwner}</p>
      {admin && options.length > 0 && project.status !== 'CLOSED' && (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const answer = await transfer({ input: { projectId: project.id, version: project.version, ownerId: target } });
            if (answer.data?.transferProject.project) onChanged();
          }}
        >
          <SelectField
            label={t.newOwner}
            options={options}
            value={target}
            errors={errors.forField('ownerId')}
            onChange={(event) => setChosen(event.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={transferred.fetching || refreshing || target === project.owner?.id}>
              {t.transfer}
            </button>
            {done && <span role="status">{t.transferred}</span>}
          </div>
          <FormErrors messages={errors.formLevel()} />
        </form>
      )}
      {(transferred.error || planners.error) && <ErrorState error={(transferred.error ?? planners.error)!} />}
    </section>
  );
}

function Slots({ project, onChanged, refreshing }: { project: ProjectDetailFragment; onChanged(): void; refreshing: boolean }) {
  const t = useText(text);
  const e = useText(enums);
  const l = useLocalized();
  const [choices] = useQuery({ query: ProjectFormChoicesDocument });
  const [editing, setEditing] = useState<string | null>(null);
  const [added, add] = useMutation(AddSlotDocument);
  const [updated, update] = useMutation(UpdateSlotDocument);
  const [removed, remove] = useMutation(RemoveSlotDocument);
  const removeErrors = useUserErrors(removed.data?.removeRequirementSlot.userErrors, []);
  const editable = EDITABLE.includes(project.status);
  const domains = choices.data?.domains ?? [];
  const summary = (slot: ProjectSlotFragment) =>
    format(t.slotSummary, {
      position: slot.position,
      role: e[slot.role],
      domain: l(slot.domain.nameKo, slot.domain.nameEn),
      minLevel: slot.minLevel,
      weight: slot.weight,
    });
  return (
    <section aria-labelledby="slots-heading">
      <h2 id="slots-heading">{t.slots}</h2>
      {project.slots.length === 0 && <Empty>{t.noSlots}</Empty>}
      <ol className="slot-list">
        {project.slots.map((slot) => (
          <li key={slot.id}>
            {editing === slot.id ? (
              <SlotForm
                slot={slot}
                domains={domains}
                errorPrefix=""
                busy={updated.fetching || refreshing}
                userErrors={updated.data?.updateRequirementSlot.userErrors}
                onCancel={() => setEditing(null)}
                onSubmit={async (input) => {
                  const answer = await update({ input: { ...input, slotId: slot.id, version: slot.version } });
                  if (answer.data?.updateRequirementSlot.slot) {
                    setEditing(null);
                    onChanged();
                  }
                }}
              />
            ) : (
              <div className="slot-row">
                <span>{summary(slot)}</span>
                {editable && (
                  <span className="button-row">
                    <button type="button" className="button button-quiet" aria-label={`${t.editSlot}: ${summary(slot)}`} onClick={() => setEditing(slot.id)}>
                      {t.editSlot}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={`${t.removeSlot}: ${summary(slot)}`}
                      disabled={removed.fetching || refreshing}
                      onClick={async () => {
                        const answer = await remove({ input: { slotId: slot.id, version: slot.version } });
                        if (answer.data?.removeRequirementSlot.userErrors.length === 0) onChanged();
                      }}
                    >
                      {t.removeSlot}
                    </button>
                  </span>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      <FormErrors messages={removeErrors.formLevel()} />
      {editable &&
        domains.length > 0 &&
        (editing === 'new' ? (
          <SlotForm
            domains={domains}
            errorPrefix="slot"
            busy={added.fetching || refreshing}
            userErrors={added.data?.addRequirementSlot.userErrors}
            onCancel={() => setEditing(null)}
            onSubmit={async (slot) => {
              const answer = await add({ input: { projectId: project.id, slot } });
              if (answer.data?.addRequirementSlot.slot) {
                setEditing(null);
                onChanged();
              }
            }}
          />
        ) : (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t.addSlot}
          </button>
        ))}
      {(added.error || updated.error || removed.error) && <ErrorState error={(added.error ?? updated.error ?? removed.error)!} />}
    </section>
  );
}
