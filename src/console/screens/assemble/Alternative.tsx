import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useRouter } from '../../app/router';
import { FormErrors, TextField } from '../../components/Field';
import { fitColours } from '../../components/fit-scale';
import { FitLegend } from '../../components/FitScale';
import { ErrorState, Loading } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import {
  type AssembledAlternativeFragment,
  type ConsortiumOptionsInput,
  CreateConsortiumFromAlternativeDocument,
  ExplainExclusionDocument,
} from '../../gql/graphql';
import { enums } from '../../i18n/enums';
import { format, useLang, useLocalized, useText } from '../../i18n/i18n';
import { text } from './assemble.i18n';
import type { NamedOrg } from './options';

type Member = AssembledAlternativeFragment['members'][number];

/** One alternative: value, coverage matrix, value terms, members with reasons, and what to do with it. */
export function Alternative({
  alternative,
  best,
  projectId,
  projectTitle,
  options,
  onInclude,
  onExclude,
}: {
  alternative: AssembledAlternativeFragment;
  /** The members of alternative 1, to offer "why not?" on the others' members. */
  best: ReadonlySet<string>;
  projectId: string;
  projectTitle: string;
  options: ConsortiumOptionsInput;
  onInclude(org: NamedOrg): void;
  onExclude(org: NamedOrg): void;
}) {
  const t = useText(text);
  const headingId = `alternative-${alternative.rank}`;
  return (
    <article className="alternative" aria-labelledby={headingId}>
      <header className="alternative-head">
        <h3 id={headingId}>{format(t.rank, { rank: alternative.rank })}</h3>
        <p className="alternative-value">{format(t.value, { value: alternative.value.toFixed(2) })}</p>
        <p className="meta">
          {alternative.optimality.proven ? t.proven : format(t.gap, { gap: alternative.optimality.gap.toFixed(3) })} ·{' '}
          {format(t.largeStake, { share: `${Math.round(alternative.largeStake * 100)}%` })}
        </p>
      </header>
      <CoverageMatrix alternative={alternative} />
      <ValueBar alternative={alternative} />
      <Members alternative={alternative} best={best} projectId={projectId} options={options} onInclude={onInclude} onExclude={onExclude} />
      <details className="reasons">
        <summary>{t.reasons}</summary>
        <ul>
          {alternative.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </details>
      <CreateFromAlternative rank={alternative.rank} projectId={projectId} projectTitle={projectTitle} options={options} />
    </article>
  );
}

/** Slots × members, each cell the member's fit for the slot it fills, on one colour scale; unfilled slots marked as gaps. */
function CoverageMatrix({ alternative }: { alternative: AssembledAlternativeFragment }) {
  const t = useText(text);
  const e = useText(enums);
  const l = useLocalized();
  const members = alternative.members.filter((m): m is Member & { organization: NonNullable<Member['organization']> } => m.organization !== null);
  return (
    <section className="matrix-section">
      <h4>{t.matrix}</h4>
      <div className="table-scroll">
        <table className="matrix">
          <caption className="visually-hidden">{format(t.matrixCaption, { rank: alternative.rank })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.slot}</th>
              {members.map((m) => (
                <th key={m.organization.id} scope="col" className="matrix-member">
                  {l(m.organization.nameKo, m.organization.nameEn)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {alternative.coverage.map((cell) => (
              <tr key={cell.slot.id} className={cell.covered ? undefined : 'matrix-gap-row'}>
                <th scope="row">
                  {cell.slot.position}. {e[cell.slot.role]} · {l(cell.slot.domain.nameKo, cell.slot.domain.nameEn)}
                </th>
                {members.map((m) =>
                  cell.covered && cell.organization?.id === m.organization.id ? (
                    <td key={m.organization.id} className="matrix-cell" style={fitColours(cell.fit)}>
                      {cell.fit.toFixed(2)}
                    </td>
                  ) : (
                    <td key={m.organization.id} className={cell.covered ? 'matrix-empty' : 'matrix-gap'}>
                      {cell.covered ? '' : t.gapCell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FitLegend label={t.scale} />
    </section>
  );
}

/** The value as its terms: the positive ones stacked, the size cost beside them, each with its number. */
function ValueBar({ alternative }: { alternative: AssembledAlternativeFragment }) {
  const t = useText(text);
  const b = alternative.breakdown;
  const terms = [
    { key: 'fitTerm', label: t.fitTerm, value: b.fitTerm, className: 'term-fit' },
    { key: 'diversityTerm', label: t.diversityTerm, value: b.diversityTerm, className: 'term-diversity' },
    { key: 'interestTerm', label: t.interestTerm, value: b.interestTerm, className: 'term-interest' },
    { key: 'tieTerm', label: t.tieTerm, value: b.tieTerm, className: 'term-tie' },
    { key: 'sizePenalty', label: t.sizePenalty, value: -b.sizePenalty, className: 'term-penalty' },
  ];
  const scale = terms.reduce((sum, term) => sum + Math.abs(term.value), 0) || 1;
  const described = terms.map((term) => `${term.label} ${term.value >= 0 ? '+' : '−'}${Math.abs(term.value).toFixed(2)}`).join(', ');
  return (
    <section>
      <h4>{t.valueTerms}</h4>
      <div className="value-bar" role="img" aria-label={`${t.valueTerms}: ${described}`}>
        {terms
          .filter((term) => term.value !== 0)
          .map((term) => (
            <span key={term.key} className={`value-segment ${term.className}`} style={{ width: `${(Math.abs(term.value) / scale) * 100}%` }} />
          ))}
      </div>
      <ul className="value-legend">
        {terms.map((term) => (
          <li key={term.key}>
            <span className={`swatch ${term.className}`} aria-hidden="true" />
            {term.label} {term.value >= 0 ? '+' : '−'}
            {Math.abs(term.value).toFixed(2)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Members({
  alternative,
  best,
  projectId,
  options,
  onInclude,
  onExclude,
}: {
  alternative: AssembledAlternativeFragment;
  best: ReadonlySet<string>;
  projectId: string;
  options: ConsortiumOptionsInput;
  onInclude(org: NamedOrg): void;
  onExclude(org: NamedOrg): void;
}) {
  const t = useText(text);
  const e = useText(enums);
  const l = useLocalized();
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <section>
      <h4>{t.members}</h4>
      <ul className="members">
        {alternative.members.map((member) => {
          const org = member.organization;
          if (!org) return null;
          const name = l(org.nameKo, org.nameEn);
          return (
            <li key={org.id} className="member">
              <p className="member-name">{name}</p>
              <p className="meta">
                {e[org.kind]} · {l(org.industry.nameKo, org.industry.nameEn)} · {t.stake} {Math.round(member.stake * 100)}% ·{' '}
                {member.roles.map((r) => e[r]).join(', ')}
              </p>
              <div className="button-row">
                <button type="button" className="button button-small" aria-label={`${t.include}: ${name}`} onClick={() => onInclude(org)}>
                  {t.include}
                </button>
                <button type="button" className="button button-small" aria-label={`${t.exclude}: ${name}`} onClick={() => onExclude(org)}>
                  {t.exclude}
                </button>
                {!best.has(org.id) && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={asking === org.id}
                    onClick={() => setAsking(asking === org.id ? null : org.id)}
                  >
                    {t.whyNot}
                  </button>
                )}
              </div>
              {asking === org.id && <WhyNot projectId={projectId} organizationId={org.id} name={name} options={options} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** explainExclusion for one candidate: the cause in a sentence, and what including it would cost. */
function WhyNot({ projectId, organizationId, name, options }: { projectId: string; organizationId: string; name: string; options: ConsortiumOptionsInput }) {
  const t = useText(text);
  const { lang } = useLang();
  const [result] = useQuery({
    query: ExplainExclusionDocument,
    variables: { projectId, organizationId, options, lang: lang === 'ko' ? 'KO' : 'EN' },
  });
  const answer = result.data?.explainExclusion;
  return (
    <div className="why-not" aria-live="polite">
      <p className="why-not-title">{format(t.whyNotTitle, { name })}</p>
      {answer ? (
        <>
          <p>{answer.explanation}</p>
          {answer.loss !== null && answer.loss !== undefined && answer.optimumValue !== null && answer.optimumValue !== undefined && (
            <p className="meta">{format(t.loss, { loss: answer.loss.toFixed(2), optimum: answer.optimumValue.toFixed(2) })}</p>
          )}
        </>
      ) : result.error ? (
        <ErrorState error={result.error} />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function CreateFromAlternative({
  rank,
  projectId,
  projectTitle,
  options,
}: {
  rank: number;
  projectId: string;
  projectTitle: string;
  options: ConsortiumOptionsInput;
}) {
  const t = useText(text);
  const { navigate } = useRouter();
  const [name, setName] = useState(() => format(t.defaultName, { project: projectTitle, rank }));
  const [result, create] = useMutation(CreateConsortiumFromAlternativeDocument);
  const errors = useUserErrors(result.data?.createConsortium.userErrors, ['name']);
  return (
    <form
      className="create-consortium"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const answer = await create({ input: { projectId, name, fromAlternative: { rank, options } } });
        const consortium = answer.data?.createConsortium.consortium;
        if (consortium) navigate(`/consortia/${encodeURIComponent(consortium.id)}`);
      }}
    >
      <TextField label={t.consortiumName} value={name} onChange={(event) => setName(event.target.value)} errors={errors.forField('name')} />
      <FormErrors messages={errors.formLevel()} />
      {result.error && <ErrorState error={result.error} />}
      <button type="submit" className="button button-primary" disabled={result.fetching}>
        {result.fetching ? t.creating : t.create}
      </button>
    </form>
  );
}
