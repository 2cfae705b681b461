import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../../app/router';
import { Page } from '../../components/Page';
import { Empty, ErrorState, Loading, QueryState } from '../../components/States';
import { AssembleConsortiumDocument, AssembleProjectDocument, type ConsortiumOptionsInput } from '../../gql/graphql';
import { common } from '../../i18n/common';
import { format, useLang, useLocalized, useText } from '../../i18n/i18n';
import { Alternative } from './Alternative';
import { text } from './assemble.i18n';
import { DEFAULT_OPTIONS, type NamedOrg, type OptionsState, toOptionsInput } from './options';
import { OptionsForm } from './OptionsForm';

/** assembleConsortium with every option in a form, and its alternatives side by side. */
export function Assemble({ projectId }: { projectId: string }) {
  const t = useText(text);
  const c = useText(common);
  const l = useLocalized();
  const [project] = useQuery({ query: AssembleProjectDocument, variables: { id: projectId } });
  const [state, setState] = useState<OptionsState>(DEFAULT_OPTIONS);
  // The options of the last run: the alternatives, "why not?" and "create" all use these, not the form's edits since.
  const [asked, setAsked] = useState<ConsortiumOptionsInput | null>(null);
  const add = (list: 'include' | 'exclude') => (org: NamedOrg) => {
    const other = list === 'include' ? 'exclude' : 'include';
    setState((s) => ({
      ...s,
      [list]: s[list].some((o) => o.id === org.id) ? s[list] : [...s[list], { id: org.id, nameKo: org.nameKo, nameEn: org.nameEn }],
      [other]: s[other].filter((o) => o.id !== org.id),
    }));
  };
  return (
    <QueryState result={project}>
      {(data) => {
        if (!data.project)
          return (
            <Page title={c.notFound}>
              <Empty action={<Link to="/projects">{c.backHome}</Link>} />
            </Page>
          );
        const title = l(data.project.titleKo, data.project.titleEn);
        return (
          <Page title={format(t.title, { project: title })}>
            <div className="assemble">
              <OptionsForm state={state} onChange={setState} onSubmit={() => setAsked(toOptionsInput(state))} busy={false} />
              {asked && <Results projectId={projectId} projectTitle={title} options={asked} onInclude={add('include')} onExclude={add('exclude')} />}
            </div>
          </Page>
        );
      }}
    </QueryState>
  );
}

function Results({
  projectId,
  projectTitle,
  options,
  onInclude,
  onExclude,
}: {
  projectId: string;
  projectTitle: string;
  options: ConsortiumOptionsInput;
  onInclude(org: NamedOrg): void;
  onExclude(org: NamedOrg): void;
}) {
  const t = useText(text);
  const { lang } = useLang();
  const [result, retry] = useQuery({
    query: AssembleConsortiumDocument,
    variables: { projectId, options, lang: lang === 'ko' ? 'KO' : 'EN' },
  });
  const answer = result.data?.assembleConsortium;
  const best = useMemo(() => new Set(answer?.alternatives[0]?.members.flatMap((m) => (m.organization ? [m.organization.id] : [])) ?? []), [answer]);
  if (result.fetching && !answer) return <Loading label={t.running} />;
  if (result.error) return <ErrorState error={result.error} onRetry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!answer) return null;
  return (
    <section aria-labelledby="alternatives-heading" aria-busy={result.fetching}>
      <h2 id="alternatives-heading">{t.alternatives}</h2>
      <p className="meta">
        {format(t.stats, { candidates: answer.candidates, atCapacity: answer.atCapacity, optedOut: answer.optedOut, ms: Math.round(answer.solveMs) })}
      </p>
      {answer.alternatives.length === 0 ? (
        // A time limit is not the rules' fault: the same question may succeed again.
        answer.infeasibleCode === 'TIME_LIMIT' ? (
          <ErrorState error={answer.infeasibleReason ?? t.timeLimit} onRetry={() => retry({ requestPolicy: 'network-only' })} />
        ) : (
          <ErrorState error={`${t.infeasible}: ${answer.infeasibleReason ?? answer.infeasibleCode ?? ''}`} />
        )
      ) : (
        <div className="alternatives">
          {answer.alternatives.map((alternative) => (
            <Alternative
              key={alternative.rank}
              alternative={alternative}
              best={best}
              projectId={projectId}
              projectTitle={projectTitle}
              options={options}
              onInclude={onInclude}
              onExclude={onExclude}
            />
          ))}
        </div>
      )}
    </section>
  );
}
