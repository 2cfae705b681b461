import { useMutation, useQuery } from 'urql';
import { useRouter } from '../../app/router';
import { Page } from '../../components/Page';
import { ErrorState, QueryState } from '../../components/States';
import { CreateProjectDocument, ProjectFormChoicesDocument } from '../../gql/graphql';
import { useText } from '../../i18n/i18n';
import { text } from './project.i18n';
import { optionalNumber, ProjectForm } from './ProjectForm';

/** A new DRAFT project; its roles are added on the project's screen, where it opens next. */
export function NewProject() {
  const t = useText(text);
  const { navigate } = useRouter();
  const [choices] = useQuery({ query: ProjectFormChoicesDocument });
  const [result, create] = useMutation(CreateProjectDocument);
  return (
    <Page title={t.newTitle}>
      <QueryState result={choices}>
        {(data) => (
          <ProjectForm
            initial={{ titleKo: '', titleEn: '', summaryKo: '', summaryEn: '', maxLargeStake: '0.3', city: data.pilotCities[0]?.slug ?? '', slug: '' }}
            cities={data.pilotCities}
            submitLabel={t.create}
            busy={result.fetching}
            userErrors={result.data?.createProject.userErrors}
            onSubmit={async (fields) => {
              const answer = await create({
                input: {
                  city: fields.city,
                  slug: fields.slug.trim(),
                  titleKo: fields.titleKo,
                  titleEn: fields.titleEn,
                  summaryKo: fields.summaryKo,
                  summaryEn: fields.summaryEn,
                  maxLargeStake: optionalNumber(fields.maxLargeStake),
                },
              });
              const project = answer.data?.createProject.project;
              if (project) navigate(`/projects/${encodeURIComponent(project.id)}`);
            }}
          />
        )}
      </QueryState>
      {result.error && <ErrorState error={result.error} />}
    </Page>
  );
}
