import { useState, type ComponentProps, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSubmit, type Payload } from '../../components/useSubmit';
import { paths } from '../../routes';

type Field = Omit<ComponentProps<typeof TextField>, 'value' | 'onChange' | 'error'> & {
  /** The GraphQL input's field, so that a userError about it is shown under it. */
  name: string;
};

/**
 * "Forgot password?" and "Forgot username?": one field, then the same
 * confirmation whether or not an account matches (the server answers the
 * same too).
 */
export function ForgotForm({
  title,
  intro,
  field,
  submitLabel,
  check,
  send,
  sentTitle,
  sentBody,
  other,
  status,
}: {
  title: string;
  intro: string;
  field: Field;
  submitLabel: string;
  /** The catalogue key of what is wrong with the trimmed value, if anything. */
  check: (value: string) => string | undefined;
  send: (value: string) => Promise<Payload>;
  sentTitle: string;
  sentBody: (value: string) => ReactNode;
  /** The other of the two screens. */
  other: { href: string; label: string };
  /** Announced while the request is on its way (the proof of work, useChallenge). */
  status?: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const [value, setValue] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const submit = useSubmit({ [field.name]: field.id });

  if (sentTo) {
    return (
      <SentConfirmation title={sentTitle} onAgain={() => setSentTo(undefined)}>
        <p>{sentBody(sentTo)}</p>
      </SentConfirmation>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{title}</PageHeading>
      <p>{intro}</p>
      {submit.summary}
      {status}
      <form
        noValidate
        aria-busy={submit.busy || undefined}
        onSubmit={async (event) => {
          event.preventDefault();
          const trimmed = value.trim();
          const sent = await submit.run(() => send(trimmed), {
            check: () => {
              const key = check(trimmed);
              return key ? { [field.name]: { key } } : {};
            },
          });
          if (sent) setSentTo(trimmed);
        }}
      >
        <TextField {...field} error={submit.fieldError(field.name)} value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.sending') : submitLabel}
        </button>
      </form>
      <HelpLinks first={<Link href={other.href}>{other.label}</Link>} />
    </div>
  );
}

/** Below both steps: one way on, then back to sign-in. */
function HelpLinks({ first }: { first: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ul className="aside help-links">
      <li>{first}</li>
      <li>
        <Link href={paths.signIn}>{t('forgotPassword.backToSignIn')}</Link>
      </li>
    </ul>
  );
}

/**
 * "Check your inbox": the same whether or not an account matched, with the
 * reminder to look in the spam folder.
 */
function SentConfirmation({ title, children, onAgain }: { title: string; children: ReactNode; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeading focusOnMount>{title}</PageHeading>
      <div className="notice notice-success" role="status">
        {children}
        <p>{t('forgotPassword.checkSpam')}</p>
      </div>
      <HelpLinks
        first={
          <button type="button" className="link-button" onClick={onAgain}>
            {t('forgotPassword.tryAgain')}
          </button>
        }
      />
    </div>
  );
}
