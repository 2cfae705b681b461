import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { ErrorState, QueryState } from '../../components/States';
import { MyOrganizationDocument } from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { labels } from '../member-common/labels.i18n';
import { useMyOrganizationId } from '../member-common/member';
import { Capabilities } from './Capabilities';
import { text } from './myOrganization.i18n';
import { ProfileForm } from './ProfileForm';

/** My organisation's profile and capabilities, edited with optimistic concurrency (`version`). */
export function MyOrganization() {
  const t = useText(text);
  const words = useText(labels);
  const l = useLocalized();
  const organizationId = useMyOrganizationId();
  const [result, refetch] = useQuery({ query: MyOrganizationDocument, variables: { id: organizationId ?? '' }, pause: !organizationId });
  // A reload after CONFLICT starts the profile form afresh once the newer version is in.
  const [generation, setGeneration] = useState(0);
  const [reloadingFrom, setReloadingFrom] = useState<number | null>(null);
  const version = result.data?.organization?.version;
  useEffect(() => {
    if (reloadingFrom === null || version === undefined || version === reloadingFrom) return;
    setReloadingFrom(null);
    setGeneration((g) => g + 1);
  }, [version, reloadingFrom]);
  const reload = () => {
    setReloadingFrom(version ?? 0);
    refetch({ requestPolicy: 'network-only' });
  };

  if (!organizationId) {
    return (
      <Page title={t.title}>
        <ErrorState error={words.noOrganization} />
      </Page>
    );
  }
  const organization = result.data?.organization;
  return (
    <Page title={organization ? l(organization.nameKo, organization.nameEn) : t.title}>
      <QueryState result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          !data.organization ? (
            <ErrorState error={words.noOrganization} />
          ) : (
            <>
              <p className="lead">
                {format(t.summary, {
                  kind: words[data.organization.kind],
                  industry: l(data.organization.industry.nameKo, data.organization.industry.nameEn),
                  status: words[data.organization.membershipStatus],
                })}
              </p>
              <div className="org-columns">
                <ProfileForm key={generation} organization={data.organization} reloaded={generation > 0} onReload={reload} />
                <Capabilities organization={data.organization} taxonomy={data} onReload={reload} />
              </div>
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
