import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Notice } from '../../components/Status';
import { useSubmit, type Payload } from '../../components/useSubmit';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { errorMessage } from '../../i18n/errors';
import { useEmailedToken } from '../../lib/token';

/**
 * A page behind an emailed link that confirms something. The person
 * presses the button: opening the link alone (a mail scanner does) changes
 * nothing.
 */
export function EmailLinkPage({
  title,
  intro,
  button,
  run,
  done,
  badLink,
}: {
  title: string;
  intro: string;
  button: string;
  run: (token: string) => Promise<Payload & { result?: string }>;
  done: (result: string) => ReactNode;
  badLink: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const token = useEmailedToken();
  const action = useSubmit();
  const [result, setResult] = useState<string>();
  const serverProblem = action.problem && 'code' in action.problem ? action.problem : undefined;
  const code = serverProblem?.code;

  return (
    <div className="narrow">
      <PageHeading>{title}</PageHeading>
      {result !== undefined ? (
        <Notice>{done(result)}</Notice>
      ) : !token || code === 'TOKEN_INVALID' || code === 'TOKEN_EXPIRED' ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{errorMessage(t, serverProblem ?? { code: 'TOKEN_INVALID' })}</strong>
          </p>
          {badLink}
        </div>
      ) : (
        <>
          <p>{intro}</p>
          {action.alert}
          <button
            type="button"
            className="button"
            aria-disabled={action.busy || undefined}
            onClick={async () => {
              const confirmed = await action.run(() => run(token));
              if (confirmed) setResult(confirmed.result ?? '');
            }}
          >
            {action.busy ? t('app.working') : button}
          </button>
        </>
      )}
    </div>
  );
}
