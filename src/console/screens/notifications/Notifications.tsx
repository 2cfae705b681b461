import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { FormErrors } from '../../components/Field';
import { Page } from '../../components/Page';
import { Empty, ErrorState, QueryState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import { LiveEventsDocument, MarkEventsReadDocument, MyEventsDocument } from '../../gql/graphql';
import { format, useText } from '../../i18n/i18n';
import { useApiLang, useDateTime } from '../member-common/member';
import { text } from './notifications.i18n';

/**
 * The notification centre: my events, newest first, read live from the `myEvents` subscription.
 * The subscription resumes after the newest event shown, so an event that happens between the
 * list's answer and the socket's opening still arrives.
 */
export function Notifications() {
  const t = useText(text);
  const lang = useApiLang();
  const when = useDateTime();
  const [result, reload] = useQuery({ query: MyEventsDocument, variables: { lang } });
  const events = result.data?.myEvents;
  const newest = events?.edges[0]?.cursor ?? null;
  const [live] = useSubscription({ query: LiveEventsDocument, variables: { after: newest, lang }, pause: !events });
  const [arrived, setArrived] = useState<string | null>(null);
  const liveEvent = live.data?.myEvents;
  useEffect(() => {
    if (!liveEvent) return;
    setArrived(liveEvent.summary);
    reload({ requestPolicy: 'network-only' });
  }, [liveEvent, reload]);

  const [marked, mark] = useMutation(MarkEventsReadDocument);
  const errors = useUserErrors(marked.data?.markEventsRead.userErrors, []);
  const markRead = async (input: { upTo?: string; eventIds?: string[] }) => {
    await mark({ input });
    // The payload carries the count only: read the list again for the read flags.
    reload({ requestPolicy: 'network-only' });
  };

  return (
    <Page
      title={t.title}
      actions={
        events && events.unreadCount > 0 && newest ? (
          <button type="button" className="button" disabled={marked.fetching} onClick={() => markRead({ upTo: newest })}>
            {t.markAll}
          </button>
        ) : undefined
      }
    >
      <p className="visually-hidden" role="status" aria-live="polite">
        {arrived ? format(t.arrived, { summary: arrived }) : ''}
      </p>
      <FormErrors messages={errors.formLevel()} />
      {marked.error && <ErrorState error={marked.error} />}
      <QueryState result={result} retry={() => reload({ requestPolicy: 'network-only' })}>
        {(data) => (
          <>
            <p className="lead">
              <strong className="unread-count">{format(t.unread, { count: data.myEvents.unreadCount })}</strong> · {t.live}
            </p>
            {data.myEvents.edges.length === 0 ? (
              <Empty>{t.none}</Empty>
            ) : (
              <ul className="cards events">
                {data.myEvents.edges.map(({ node }) => (
                  <li key={node.id} className={node.read ? 'card event' : 'card event event-unread'}>
                    <div className="match-head">
                      <p className="event-summary" id={`event-${node.id}`}>
                        {!node.read && <span className="chip chip-accent">{t.unreadBadge}</span>} {node.summary}
                      </p>
                      {!node.read && (
                        <button
                          type="button"
                          className="button button-quiet"
                          aria-describedby={`event-${node.id}`}
                          disabled={marked.fetching}
                          onClick={() => markRead({ eventIds: [node.id] })}
                        >
                          {t.markOne}
                        </button>
                      )}
                    </div>
                    <p className="meta">
                      <time dateTime={node.createdAt}>{when(node.createdAt)}</time>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
