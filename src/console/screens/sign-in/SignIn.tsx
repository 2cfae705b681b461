import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useRouter } from '../../app/router';
import { useSession } from '../../app/session';
import { FormErrors, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { ErrorState } from '../../components/States';
import { useUserErrors } from '../../components/userErrors';
import { SignInDocument } from '../../gql/graphql';
import { format, useText } from '../../i18n/i18n';
import { text } from './signIn.i18n';

const FIELDS = ['email', 'password'];

/** Email and password for a token; then on to `?next=` or the role's home screen. */
export function SignIn({ homeFor }: { homeFor(role: string): string }) {
  const t = useText(text);
  const { signedIn } = useSession();
  const { navigate, search } = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signIn] = useMutation(SignInDocument);
  const payload = result.data?.signIn;
  const errors = useUserErrors(payload?.userErrors, FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await signIn({ input: { email, password } });
    const signed = answer.data?.signIn;
    if (signed?.token && signed.account) {
      signedIn({ token: signed.token, expiresAt: signed.expiresAt ?? null, account: signed.account });
      const next = search.get('next');
      navigate(next?.startsWith('/') ? next : homeFor(signed.account.role), { replace: true });
    }
  };

  const general = errors.formLevel();
  if (payload?.retryAfterSeconds) general.push(format(t.retryAfter, { seconds: payload.retryAfterSeconds }));
  return (
    <Page title={t.title}>
      <form className="form narrow" onSubmit={submit} noValidate>
        <TextField
          label={t.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={errors.forField('email')}
        />
        <TextField
          label={t.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={errors.forField('password')}
        />
        <FormErrors messages={general} />
        {result.error && <ErrorState error={result.error} />}
        <button type="submit" className="button button-primary" disabled={result.fetching}>
          {result.fetching ? t.submitting : t.submit}
        </button>
      </form>
    </Page>
  );
}
