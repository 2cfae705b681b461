import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Link } from '../../app/router';
import { FormErrors, TextAreaField } from '../../components/Field';
import { ErrorState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import { SendPartnershipRequestDocument } from '../../gql/graphql';
import { format, useText } from '../../i18n/i18n';
import { useFocusOnChange } from '../member-common/member';
import { text } from './partnerMatches.i18n';

const FIELDS = ['message'];

/** A partnership request to one matched partner, about the project it was matched on. */
export function RequestForm({ toOrganizationId, toName, projectId }: { toOrganizationId: string; toName: string; projectId: string }) {
  const t = useText(text);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [result, send] = useMutation(SendPartnershipRequestDocument);
  const payload = result.data?.sendPartnershipRequest;
  const errors = useUserErrors(payload?.userErrors, FIELDS);
  // The form goes once sent: the confirmation keeps the keyboard's place.
  const sent = useFocusOnChange<HTMLParagraphElement>(payload?.request?.id);

  if (payload?.request) {
    return (
      <p className="member-notice notice-ok" role="status" ref={sent} tabIndex={-1}>
        {format(t.sent, { name: toName })} <Link to="/my/requests">{t.seeRequests}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
        {t.sendRequest}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send({ input: { toOrganizationId, projectId, message } });
  };
  return (
    <form className="form inline-form" onSubmit={submit} aria-label={`${t.sendRequest}: ${toName}`}>
      <TextAreaField
        label={t.message}
        hint={t.messageHint}
        rows={3}
        maxLength={2000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        errors={errors.forField('message')}
        // The form opens on the user's click: typing goes where they meant.
        autoFocus
      />
      <FormErrors messages={errors.formLevel()} />
      {result.error && <ErrorState error={result.error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={result.fetching}>
          {result.fetching ? t.sending : t.send}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
