import { useMutation, useQuery } from 'urql';
import { Link } from '../../app/router';
import { FormErrors } from '../../components/Field';
import { Page } from '../../components/Page';
import { Empty, ErrorState, QueryState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import {
  AnswerPartnershipRequestDocument,
  MyPartnershipRequestsDocument,
  type PartnershipRequestFieldsFragment,
  WithdrawPartnershipRequestDocument,
} from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { labels } from '../member-common/labels.i18n';
import { useDateTime, useFocusOnChange, useMyOrganizationId } from '../member-common/member';
import { text } from './partnershipRequests.i18n';

/** My organisation's partnership requests: received ones to answer, sent ones to withdraw. */
export function PartnershipRequests() {
  const t = useText(text);
  const words = useText(labels);
  const organizationId = useMyOrganizationId();
  const [result, retry] = useQuery({ query: MyPartnershipRequestsDocument, pause: !organizationId });
  if (!organizationId) {
    return (
      <Page title={t.title}>
        <ErrorState error={words.noOrganization} />
      </Page>
    );
  }
  return (
    <Page title={t.title}>
      <QueryState result={result} retry={() => retry({ requestPolicy: 'network-only' })}>
        {(data) => {
          const requests = data.myPartnershipRequests.edges.map((e) => e.node);
          const incoming = requests.filter((r) => r.to?.id === organizationId);
          const outgoing = requests.filter((r) => r.from?.id === organizationId);
          return (
            <div className="two-columns">
              <section aria-labelledby="requests-incoming">
                <h2 id="requests-incoming">
                  {t.incoming} <span className="count">{incoming.length}</span>
                </h2>
                {incoming.length === 0 ? (
                  <Empty>{t.noIncoming}</Empty>
                ) : (
                  <ul className="cards">
                    {incoming.map((r) => (
                      <RequestCard key={r.id} request={r} incoming />
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="requests-outgoing">
                <h2 id="requests-outgoing">
                  {t.outgoing} <span className="count">{outgoing.length}</span>
                </h2>
                {outgoing.length === 0 ? (
                  <Empty
                    action={
                      <Link to="/my/partners" className="button">
                        {t.findPartners}
                      </Link>
                    }
                  >
                    {t.noOutgoing}
                  </Empty>
                ) : (
                  <ul className="cards">
                    {outgoing.map((r) => (
                      <RequestCard key={r.id} request={r} incoming={false} />
                    ))}
                  </ul>
                )}
              </section>
            </div>
          );
        }}
      </QueryState>
    </Page>
  );
}

function RequestCard({ request, incoming }: { request: PartnershipRequestFieldsFragment; incoming: boolean }) {
  const t = useText(text);
  const words = useText(labels);
  const l = useLocalized();
  const when = useDateTime();
  const [answered, answer] = useMutation(AnswerPartnershipRequestDocument);
  const [withdrawn, withdraw] = useMutation(WithdrawPartnershipRequestDocument);
  const errors = useUserErrors(
    [...(answered.data?.answerPartnershipRequest.userErrors ?? []), ...(withdrawn.data?.withdrawPartnershipRequest.userErrors ?? [])],
    [],
  );
  const other = incoming ? request.from : request.to;
  const name = other ? l(other.nameKo, other.nameEn) : '—';
  const busy = answered.fetching || withdrawn.fetching;
  // The buttons go once answered: the card's heading keeps the keyboard's place.
  const heading = useFocusOnChange<HTMLHeadingElement>(answered.data ?? withdrawn.data);
  return (
    <li className="card">
      <div className="match-head">
        <h3 ref={heading} tabIndex={-1}>
          {format(incoming ? t.from : t.to, { name })}
        </h3>
        <span className={`status status-${request.status.toLowerCase()}`}>{words[request.status]}</span>
      </div>
      {request.project && <p className="meta">{format(t.about, { project: l(request.project.titleKo, request.project.titleEn) })}</p>}
      <p className="message">{request.message || t.noMessage}</p>
      <p className="meta">
        {format(t.sentAt, { time: when(request.createdAt) })}
        {request.answeredAt && ` · ${format(t.answeredAt, { time: when(request.answeredAt) })}`}
      </p>
      <FormErrors messages={errors.formLevel()} />
      {(answered.error || withdrawn.error) && <ErrorState error={(answered.error ?? withdrawn.error)!} />}
      {request.status === 'PENDING' && (
        <div className="form-actions">
          {incoming ? (
            <>
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => answer({ input: { requestId: request.id, answer: 'ACCEPTED', version: request.version } })}
              >
                {t.accept}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => answer({ input: { requestId: request.id, answer: 'DECLINED', version: request.version } })}
              >
                {t.decline}
              </button>
            </>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => withdraw({ input: { requestId: request.id, version: request.version } })}>
              {t.withdraw}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
