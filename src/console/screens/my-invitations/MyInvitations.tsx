import { useMutation, useQuery } from 'urql';
import { FormErrors } from '../../components/Field';
import { Page } from '../../components/Page';
import { Empty, ErrorState, QueryState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import { AnswerConsortiumInvitationDocument, type MyInvitationsQuery, MyInvitationsDocument } from '../../gql/graphql';
import { format, useLocalized, useText } from '../../i18n/i18n';
import { labels } from '../member-common/labels.i18n';
import { percent, useDateTime, useFocusOnChange, useMyOrganizationId } from '../member-common/member';
import { text } from './myInvitations.i18n';

type Invitation = MyInvitationsQuery['myInvitations']['edges'][number]['node'];

/** Consortium invitations to my organisation, answered here. */
export function MyInvitations() {
  const t = useText(text);
  const words = useText(labels);
  const organizationId = useMyOrganizationId();
  const [result, retry] = useQuery({ query: MyInvitationsDocument, pause: !organizationId });
  return (
    <Page title={t.title}>
      <p className="lead">{t.intro}</p>
      {!organizationId ? (
        <ErrorState error={words.noOrganization} />
      ) : (
        <QueryState result={result} retry={() => retry({ requestPolicy: 'network-only' })}>
          {(data) =>
            data.myInvitations.edges.length === 0 ? (
              <Empty>{t.none}</Empty>
            ) : (
              <ul className="cards">
                {data.myInvitations.edges.map(({ node }) => (
                  <InvitationCard key={node.consortium?.id} invitation={node} onAnswered={() => retry({ requestPolicy: 'network-only' })} />
                ))}
              </ul>
            )
          }
        </QueryState>
      )}
    </Page>
  );
}

function InvitationCard({ invitation, onAnswered }: { invitation: Invitation; onAnswered(): void }) {
  const t = useText(text);
  const words = useText(labels);
  const l = useLocalized();
  const when = useDateTime();
  const [result, answer] = useMutation(AnswerConsortiumInvitationDocument);
  const errors = useUserErrors(result.data?.answerConsortiumInvitation.userErrors, []);
  // The buttons go once answered: the card's heading keeps the keyboard's place.
  const heading = useFocusOnChange<HTMLHeadingElement>(result.data);
  const consortium = invitation.consortium;
  if (!consortium) return null;
  const send = async (value: 'ACCEPTED' | 'DECLINED') => {
    const answered = await answer({ input: { consortiumId: consortium.id, answer: value } });
    // The membership is not a cached object of its own: read the list again.
    if (answered.data?.answerConsortiumInvitation.consortium) onAnswered();
  };
  const pending = invitation.invitationStatus === 'INVITED' && consortium.status === 'INVITING';
  return (
    <li className="card">
      <div className="match-head">
        <h2 ref={heading} tabIndex={-1} className="match-title">
          {consortium.name}
        </h2>
        <span className={`status status-${invitation.invitationStatus.toLowerCase()}`}>{words[invitation.invitationStatus]}</span>
      </div>
      {consortium.project && <p>{format(t.project, { project: l(consortium.project.titleKo, consortium.project.titleEn) })}</p>}
      <p className="meta">
        {format(t.role, { role: words[invitation.role] })}
        {invitation.slots.length > 0 &&
          ` · ${format(t.slots, { slots: invitation.slots.map((s) => `${s.position}. ${l(s.domain.nameKo, s.domain.nameEn)}`).join(', ') })}`}
        {invitation.stake != null && ` · ${format(t.stake, { stake: percent(invitation.stake) })}`}
      </p>
      <p className="meta">
        {format(t.consortium, { status: words[consortium.status] })}
        {invitation.invitedAt && ` · ${format(t.invitedAt, { time: when(invitation.invitedAt) })}`}
        {invitation.answeredAt && ` · ${format(t.answeredAt, { time: when(invitation.answeredAt) })}`}
      </p>
      <FormErrors messages={errors.formLevel()} />
      {result.error && <ErrorState error={result.error} />}
      {pending && (
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={result.fetching} onClick={() => send('ACCEPTED')}>
            {t.accept}
          </button>
          <button type="button" className="button" disabled={result.fetching} onClick={() => send('DECLINED')}>
            {t.decline}
          </button>
        </div>
      )}
    </li>
  );
}
