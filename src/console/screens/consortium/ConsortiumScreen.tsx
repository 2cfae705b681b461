import { useEffect, useMemo } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Link } from '../../app/router';
import { FormErrors } from '../../components/Field';
import { Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { Empty, ErrorState, QueryState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import { ConsortiumEventsDocument, type ConsortiumEventsSubscription, ConsortiumScreenDocument, InviteConsortiumMembersDocument } from '../../gql/graphql';
import { common } from '../../i18n/common';
import { enums } from '../../i18n/enums';
import { useLang, useLocalized, useText } from '../../i18n/i18n';
import { text } from './consortium.i18n';

type LiveEvent = ConsortiumEventsSubscription['myEvents'];

/** A consortium: its members and their invitations, updated live as they answer (myEvents over graphql-ws). */
export function ConsortiumScreen({ id }: { id: string }) {
  const t = useText(text);
  const c = useText(common);
  const e = useText(enums);
  const l = useLocalized();
  const { lang } = useLang();
  const [result, refetch] = useQuery({ query: ConsortiumScreenDocument, variables: { id } });
  const [invited, invite] = useMutation(InviteConsortiumMembersDocument);
  const inviteErrors = useUserErrors(invited.data?.inviteToConsortium.userErrors, []);
  // Every event of the viewer, newest first; any one may be an answer to this consortium's invitations, so the consortium is read again.
  const [live] = useSubscription({ query: ConsortiumEventsDocument, variables: { lang: lang === 'ko' ? 'KO' : 'EN' } }, (seen: LiveEvent[] = [], event) => [
    event.myEvents,
    ...seen.slice(0, 19),
  ]);
  const newest = live.data?.[0]?.id;
  useEffect(() => {
    if (newest) refetch({ requestPolicy: 'network-only' });
  }, [newest, refetch]);
  const time = useMemo(() => new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }), [lang]);
  return (
    <QueryState result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const consortium = data.consortium;
        if (!consortium)
          return (
            <Page title={c.notFound}>
              <Empty action={<Link to="/projects">{c.backHome}</Link>} />
            </Page>
          );
        return (
          <Page title={consortium.name} actions={<StatusBadge value={consortium.status} />}>
            {consortium.project && (
              <p>
                {t.project}:{' '}
                <Link to={`/projects/${encodeURIComponent(consortium.project.id)}`}>{l(consortium.project.titleKo, consortium.project.titleEn)}</Link>
              </p>
            )}
            <section aria-labelledby="members-heading">
              <h2 id="members-heading">{t.members}</h2>
              <div className="table-scroll">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t.organization}</th>
                      <th scope="col">{t.kind}</th>
                      <th scope="col">{t.role}</th>
                      <th scope="col">{t.stake}</th>
                      <th scope="col">{t.slots}</th>
                      <th scope="col">{t.invitation}</th>
                      <th scope="col">{t.answeredAt}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {consortium.members.map((member, index) => (
                      <tr key={member.organization?.id ?? index}>
                        <th scope="row">{member.organization ? l(member.organization.nameKo, member.organization.nameEn) : '—'}</th>
                        <td>{member.organization ? e[member.organization.kind] : '—'}</td>
                        <td>{e[member.role]}</td>
                        <td className="number">{member.stake === null || member.stake === undefined ? '—' : `${Math.round(member.stake * 100)}%`}</td>
                        <td>{member.slots.map((s) => s.position).join(', ')}</td>
                        <td>
                          <StatusBadge value={member.invitationStatus} />
                        </td>
                        <td>{member.answeredAt ? time.format(new Date(member.answeredAt)) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {consortium.status === 'DRAFT' && (
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={invited.fetching}
                    onClick={async () => {
                      await invite({ input: { consortiumId: consortium.id, version: consortium.version } });
                      refetch({ requestPolicy: 'network-only' });
                    }}
                  >
                    {invited.fetching ? t.inviting : t.invite}
                  </button>
                </div>
              )}
              <FormErrors messages={inviteErrors.formLevel()} />
              {invited.error && <ErrorState error={invited.error} />}
            </section>
            <section aria-labelledby="live-heading">
              <h2 id="live-heading">{t.live}</h2>
              <p className="meta">{t.liveHint}</p>
              <ul className="events" aria-live="polite">
                {(live.data ?? []).map((event) => (
                  <li key={event.id}>
                    <span className="meta">{time.format(new Date(event.createdAt))}</span> {event.summary}
                  </li>
                ))}
              </ul>
              {!live.data && <p className="meta">{t.noEvents}</p>}
            </section>
          </Page>
        );
      }}
    </QueryState>
  );
}
