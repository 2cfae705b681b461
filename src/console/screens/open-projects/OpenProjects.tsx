import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { Empty, QueryState } from '../../components/States';
import { OpenProjectsDocument, type OpenProjectsQuery } from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { text } from './openProjects.i18n';

type ProjectNode = OpenProjectsQuery['projects']['edges'][number]['node'];

/** The first screen, before anyone signs in: open projects grouped by pilot city. */
export function OpenProjects() {
  const t = useText(text);
  const [result, retry] = useQuery({ query: OpenProjectsDocument });
  return (
    <Page title={t.title}>
      <p className="lead">{t.intro}</p>
      <QueryState result={result} retry={() => retry({ requestPolicy: 'network-only' })}>
        {(data) => (
          <div className="city-columns">
            {data.pilotCities.map((city) => (
              <CitySection key={city.id} city={city} projects={data.projects.edges.map((e) => e.node).filter((p) => p.city.slug === city.slug)} />
            ))}
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function CitySection({ city, projects }: { city: OpenProjectsQuery['pilotCities'][number]; projects: ProjectNode[] }) {
  const t = useText(text);
  const l = useLocalized();
  const headingId = `city-${city.slug}`;
  return (
    <section className="city" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {l(city.nameKo, city.nameEn)} <span className="count">{format(t.projectCount, { count: projects.length })}</span>
      </h2>
      {projects.length === 0 ? (
        <Empty>{t.noProjects}</Empty>
      ) : (
        <ul className="cards">
          {projects.map((project) => (
            <li key={project.id} className="card">
              <h3>{l(project.titleKo, project.titleEn)}</h3>
              <p>{l(project.summaryKo, project.summaryEn)}</p>
              <p className="meta">{format(t.slots, { count: project.slots.length })}</p>
              <ul className="chips" aria-label={t.domains}>
                {[...new Map(project.slots.map((s) => [s.domain.slug, s.domain])).values()].map((domain) => (
                  <li key={domain.slug} className="chip">
                    {l(domain.nameKo, domain.nameEn)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
