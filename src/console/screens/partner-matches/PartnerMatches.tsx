import { useQuery } from 'urql';
import { useRouter } from '../../app/router';
import { SelectField } from '../../components/Field';
import { Page } from '../../components/Page';
import { Empty, ErrorState, QueryState } from '../../components/States';
import { PartnerMatchesDocument, type PartnerMatchesQuery, PartnerTargetsDocument } from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { labels } from '../member-common/labels.i18n';
import { useApiLang, useMyOrganizationId } from '../member-common/member';
import { GainChart } from './GainChart';
import { text } from './partnerMatches.i18n';
import { RequestForm } from './RequestForm';

/** Partners that complement my organisation on a project (`?project=`), each with a request button. */
export function PartnerMatches() {
  const t = useText(text);
  const words = useText(labels);
  const l = useLocalized();
  const { search, navigate } = useRouter();
  const organizationId = useMyOrganizationId();
  const [targets, retryTargets] = useQuery({ query: PartnerTargetsDocument });
  const projects = targets.data?.projects.edges.map((e) => e.node) ?? [];
  const projectId = search.get('project') ?? projects[0]?.id ?? null;
  return (
    <Page title={t.title}>
      <p className="lead">{t.intro}</p>
      {!organizationId ? (
        <ErrorState error={words.noOrganization} />
      ) : (
        <QueryState result={targets} retry={() => retryTargets({ requestPolicy: 'network-only' })}>
          {() =>
            projects.length === 0 || !projectId ? (
              <Empty>{t.noProjects}</Empty>
            ) : (
              <>
                <div className="toolbar">
                  <SelectField
                    label={t.project}
                    value={projectId}
                    onChange={(e) => navigate(`/my/partners?project=${encodeURIComponent(e.target.value)}`, { replace: true })}
                    options={projects.map((p) => ({ value: p.id, label: l(p.titleKo, p.titleEn) }))}
                  />
                </div>
                <Matches organizationId={organizationId} projectId={projectId} />
              </>
            )
          }
        </QueryState>
      )}
    </Page>
  );
}

function Matches({ organizationId, projectId }: { organizationId: string; projectId: string }) {
  const t = useText(text);
  const lang = useApiLang();
  const [result, retry] = useQuery({ query: PartnerMatchesDocument, variables: { organizationId, projectId, lang } });
  return (
    <QueryState result={result} retry={() => retry({ requestPolicy: 'network-only' })}>
      {(data) =>
        data.partnerMatches.matches.length === 0 ? (
          <Empty>{t.none}</Empty>
        ) : (
          <ol className="cards match-list">
            {data.partnerMatches.matches.map((match) => (
              <PartnerCard key={match.organization?.id ?? match.rank} match={match} slots={data.partnerMatches.slots} projectId={projectId} />
            ))}
          </ol>
        )
      }
    </QueryState>
  );
}

type Match = PartnerMatchesQuery['partnerMatches']['matches'][number];

function PartnerCard({ match, slots, projectId }: { match: Match; slots: PartnerMatchesQuery['partnerMatches']['slots']; projectId: string }) {
  const t = useText(text);
  const words = useText(labels);
  const l = useLocalized();
  const organization = match.organization;
  const name = organization ? l(organization.nameKo, organization.nameEn) : '—';
  return (
    <li className="card match">
      <div className="match-head">
        <h2 className="match-title">
          <span className="rank">{format(t.rank, { rank: match.rank })}</span> {name}
        </h2>
        <p className="score">{format(t.score, { score: match.score.toFixed(2) })}</p>
      </div>
      {organization && (
        <ul className="chips">
          <li className="chip">{words[organization.kind]}</li>
          <li className="chip">{l(organization.industry.nameKo, organization.industry.nameEn)}</li>
          {match.crossIndustry && <li className="chip chip-accent">{t.crossIndustry}</li>}
        </ul>
      )}
      <GainChart slots={slots} breakdown={match.breakdown} />
      <h3 className="reasons-title">{t.reasons}</h3>
      <ul className="member-reasons">
        {match.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {organization && <RequestForm toOrganizationId={organization.id} toName={name} projectId={projectId} />}
    </li>
  );
}
