import { useQuery } from 'urql';
import { Link } from '../../app/router';
import { Page } from '../../components/Page';
import { Empty, ErrorState, QueryState } from '../../components/States';
import { type ProjectMatchesQuery, ProjectMatchesDocument } from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { labels } from '../member-common/labels.i18n';
import { percent, useApiLang, useMyOrganizationId } from '../member-common/member';
import { text } from './projectMatches.i18n';

type Match = ProjectMatchesQuery['projectMatches']['matches'][number];

/** OPEN projects ranked for my organisation, with the slots it fits and why. */
export function ProjectMatches() {
  const t = useText(text);
  const words = useText(labels);
  const organizationId = useMyOrganizationId();
  const lang = useApiLang();
  const [result, retry] = useQuery({ query: ProjectMatchesDocument, variables: { organizationId: organizationId ?? '', lang }, pause: !organizationId });
  return (
    <Page
      title={t.title}
      actions={
        <Link to="/my/organization" className="button">
          {t.editCapabilities}
        </Link>
      }
    >
      <p className="lead">{t.intro}</p>
      {!organizationId ? (
        <ErrorState error={words.noOrganization} />
      ) : (
        <QueryState result={result} retry={() => retry({ requestPolicy: 'network-only' })}>
          {(data) =>
            data.projectMatches.matches.length === 0 ? (
              <Empty>{t.none}</Empty>
            ) : (
              <ol className="cards match-list">
                {data.projectMatches.matches.map((match) => (
                  <ProjectMatchCard key={match.project.id} match={match} />
                ))}
              </ol>
            )
          }
        </QueryState>
      )}
    </Page>
  );
}

function ProjectMatchCard({ match }: { match: Match }) {
  const t = useText(text);
  const words = useText(labels);
  const l = useLocalized();
  const headingId = `project-match-${match.rank}`;
  return (
    <li className="card match">
      <div className="match-head">
        <h2 id={headingId} className="match-title">
          <span className="rank">{format(t.rank, { rank: match.rank })}</span> {l(match.project.titleKo, match.project.titleEn)}
        </h2>
        <p className="score">{format(t.score, { score: percent(match.score) })}</p>
      </div>
      <p className="meta">
        {l(match.project.city.nameKo, match.project.city.nameEn)} ·{' '}
        {format(t.slotsFitted, { fitted: match.breakdown.length, total: match.project.slots.length })}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t.slotsTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.slot}</th>
              <th scope="col">{t.weight}</th>
              <th scope="col">{t.fit}</th>
            </tr>
          </thead>
          <tbody>
            {match.breakdown.map((row) => (
              <tr key={row.slot.id}>
                <th scope="row">
                  {row.slot.position}. {l(row.slot.domain.nameKo, row.slot.domain.nameEn)} {words[row.slot.role]}
                </th>
                <td>{row.slot.weight}</td>
                <td>
                  <span className="meter" aria-hidden="true">
                    <span className="meter-fill" style={{ width: percent(row.fit.fit) }} />
                  </span>{' '}
                  {percent(row.fit.fit)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="reasons-title">{t.reasons}</h3>
      <ul className="member-reasons">
        {match.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <Link to={`/my/partners?project=${encodeURIComponent(match.project.id)}`} className="button button-primary">
        {t.findPartners}
      </Link>
    </li>
  );
}
