import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Notice } from '../../components/Status';
import { useAction } from '../../components/useAction';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { ServerUserError } from '../../components/useProblems';
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
  run: (token: string) => Promise<{ errors: readonly ServerUserError[]; result?: string }>;
  done: (result: string) => ReactNode;
  badLink: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const token = useEmailedToken();
  const action = useAction();
  const [result, setResult] = useState<string>();

  return (
    <div className="narrow">
      <PageHeading>{title}</PageHeading>
      {result !== undefined ? (
        <Notice>{done(result)}</Notice>
      ) : !token || action.problem?.code === 'TOKEN_INVALID' || action.problem?.code === 'TOKEN_EXPIRED' ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{errorMessage(t, action.problem ?? { code: 'TOKEN_INVALID' })}</strong>
          </p>
          {badLink}
        </div>
      ) : (
        <>
          <p>{intro}</p>
          {action.problem && (
            <p className="notice notice-error" role="alert">
              {errorMessage(t, action.problem)}
            </p>
          )}
          <button
            type="button"
            className="button"
            aria-disabled={action.busy || undefined}
            onClick={async () => {
              if (action.busy) return;
              let value = '';
              const ok = await action.run(async () => {
                const r = await run(token);
                value = r.result ?? '';
                return r.errors;
              });
              if (ok) setResult(value);
            }}
          >
            {action.busy ? t('app.working') : button}
          </button>
        </>
      )}
    </div>
  );
}
