import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  message: string;
  /** The id of the field at fault, if any: the entry then links to it. */
  fieldId?: string;
}

/**
 * The list of a form's problems, above the form. It is announced
 * (role="alert") and takes the focus whenever focusKey changes while there
 * are errors (the form bumps it on each failed submission); an entry for a
 * field moves the focus to that field.
 */
export function ErrorSummary({ errors, focusKey }: { errors: readonly SummaryError[]; focusKey: unknown }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Only a new submission moves the focus, not a re-render or a language switch.
  }, [focusKey]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('form.errorSummaryTitle')}</h2>
      <ul>
        {errors.map((error, i) => (
          <li key={`${error.fieldId ?? ''}:${i}`}>
            {error.fieldId ? (
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.fieldId!)?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
