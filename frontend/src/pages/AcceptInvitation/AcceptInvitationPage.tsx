import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { PageHeading } from '../../components/PageHeading';
import { NewAccountFields, checkNewAccount, emptyNewAccount, type NewAccountValues } from '../../components/NewAccountFields';
import { LoadError, Loading } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSubmit } from '../../components/useSubmit';
import { request, useQuery } from '../../graphql';
import type { InvitationPreviewQuery } from '../../gql/graphql';
import { errorMessage } from '../../i18n/errors';
import { useEmailedToken } from '../../lib/token';
import { organizationPath, paths } from '../../routes';
import { useViewer } from '../../viewer';
import { SignOutDocument } from '../../components/signOut.graphql';
import { AcceptInvitationDocument, InvitationPreviewDocument } from './acceptInvitation.graphql';

type Preview = NonNullable<InvitationPreviewQuery['invitation']>;

/** A new person: username, name and a password twice; accepting signs them in. */
function NewAccount({ token, preview, onJoined }: { token: string; preview: Preview; onJoined: (orgId?: string) => void }) {
  const { t } = useTranslation();
  const ids = { username: 'accept-username', name: 'accept-name', password: 'accept-password', confirmation: 'accept-confirmation' };
  const [account, setAccount] = useState<NewAccountValues>(emptyNewAccount);
  const submit = useSubmit(ids);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const accepted = await submit.run(
      async () =>
        (
          await request(AcceptInvitationDocument, {
            input: {
              token,
              username: account.username.trim(),
              name: account.name.trim() || undefined,
              password: account.password.password,
            },
          })
        ).acceptInvitation,
      {
        check: () => checkNewAccount(account),
        succeeded: (p) => Boolean(p.membership),
      },
    );
    if (accepted) onJoined(accepted.membership?.organization.id);
  }

  return (
    <>
      <p>{t('accept.newIntro', { email: preview.email })}</p>
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <TextField id="accept-email" label={t('home.email')} value={preview.email} readOnly autoComplete="email" />
        <NewAccountFields
          ids={ids}
          values={account}
          onChange={setAccount}
          email={preview.email}
          errors={{
            username: submit.fieldError('username'),
            name: submit.fieldError('name'),
            password: submit.fieldError('password'),
            confirmation: submit.fieldError('confirmation'),
          }}
        />
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.working') : t('accept.createAndJoin')}
        </button>
      </form>
    </>
  );
}

function ExistingAccount({ token, preview, onJoined }: { token: string; preview: Preview; onJoined: (orgId?: string) => void }) {
  const { t } = useTranslation();
  const { viewer, reload } = useViewer();
  const [, navigate] = useLocation();
  const submit = useSubmit();
  const here = `${paths.acceptInvitation}?token=${encodeURIComponent(token)}`;
  const signIn = `${paths.signIn}?next=${encodeURIComponent(here)}`;
  if (viewer === undefined) return <Loading />;
  if (!viewer) {
    return (
      <>
        <p>{t('accept.signInFirst', { email: preview.email })}</p>
        <p>
          <Link href={signIn} className="button">
            {t('accept.signInToAccept')}
          </Link>
        </p>
      </>
    );
  }
  if (viewer.email.toLowerCase() !== preview.email.toLowerCase()) {
    return (
      <div className="notice notice-warning" role="status">
        <p>{t('accept.otherAccount', { current: viewer.email, email: preview.email })}</p>
        <button
          type="button"
          className="button"
          onClick={async () => {
            try {
              await request(SignOutDocument);
            } catch {
              // signed out already: go on
            }
            reload();
            navigate(signIn);
          }}
        >
          {t('accept.switchAccount', { email: preview.email })}
        </button>
      </div>
    );
  }
  return (
    <>
      <p>{t('accept.existingIntro', { email: preview.email })}</p>
      {submit.alert}
      <button
        type="button"
        className="button"
        aria-disabled={submit.busy || undefined}
        onClick={async () => {
          const accepted = await submit.run(async () => (await request(AcceptInvitationDocument, { input: { token } })).acceptInvitation);
          if (accepted) onJoined(accepted.membership?.organization.id);
        }}
      >
        {submit.busy ? t('app.working') : t('accept.accept')}
      </button>
    </>
  );
}

/** /accept-invitation?token=…: what the invitation is, then join. */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accept.title'));
  const token = useEmailedToken();
  const [, navigate] = useLocation();
  const { reload } = useViewer();
  const { data, error, loading, refetch } = useQuery(InvitationPreviewDocument, { token: token ?? '' });
  const preview = data?.invitation;

  const joined = (orgId?: string) => {
    reload();
    navigate(orgId ? organizationPath(orgId) : paths.profile, { replace: true });
  };

  let body;
  if (!token || (data && !preview)) {
    body = (
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{errorMessage(t, { code: 'TOKEN_INVALID' })}</strong>
        </p>
        <p>{t('accept.badLink')}</p>
      </div>
    );
  } else if (error) {
    body = <LoadError error={error} retry={refetch} />;
  } else if (!preview) {
    body = loading ? <Loading /> : <LoadError retry={refetch} />;
  } else {
    body = (
      <>
        <div className="notice notice-info">
          <p>
            <strong>{t('accept.summary', { org: preview.organizationName, email: preview.email })}</strong>
          </p>
          <p>
            {t('accept.rights')}{' '}
            {preview.rights.length ? preview.rights.map((r) => t(`rights.${r}`)).join(', ') : t('org.noRights')}
          </p>
          <p>
            {t('accept.expires')} <DateTime value={preview.expiresAt} />
          </p>
        </div>
        {preview.hasAccount ? (
          <ExistingAccount token={token} preview={preview} onJoined={joined} />
        ) : (
          <NewAccount token={token} preview={preview} onJoined={joined} />
        )}
      </>
    );
  }
  return (
    <div className="narrow">
      <PageHeading>{t('accept.title')}</PageHeading>
      {body}
    </div>
  );
}
