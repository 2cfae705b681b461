import { useQuery } from 'urql';
import { Link } from '../../app/router';
import { Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { Empty, QueryState } from '../../components/States';
import { PlannerProjectsDocument } from '../../gql/graphql';
import { useLang, useLocalized, useText } from '../../i18n/i18n';
import { text } from './projects.i18n';

/** The planner's projects with their status, newest first; each opens its detail. */
export function Projects() {
  const t = useText(text);
  const l = useLocalized();
  const { lang } = useLang();
  const [result, retry] = useQuery({ query: PlannerProjectsDocument });
  return (
    <Page
      title={t.title}
      actions={
        <Link to="/projects/new" className="button button-primary">
          {t.newProject}
        </Link>
      }
    >
      <QueryState result={result} retry={() => retry({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.projects.edges.length === 0 ? (
            <Empty>{t.none}</Empty>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t.project}</th>
                    <th scope="col">{t.city}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.slots}</th>
                    <th scope="col">{t.updated}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.projects.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link to={`/projects/${encodeURIComponent(node.id)}`}>{l(node.titleKo, node.titleEn)}</Link>
                      </th>
                      <td>{l(node.city.nameKo, node.city.nameEn)}</td>
                      <td>
                        <StatusBadge value={node.status} />
                      </td>
                      <td className="number">{node.slots.length}</td>
                      <td>{new Date(node.updatedAt).toLocaleDateString(lang === 'ko' ? 'ko-KR' : 'en-GB')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </Page>
  );
}
