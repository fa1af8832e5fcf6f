import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';

/** The text file "Download as text" gives: a title line, then one code a line. */
export function recoveryCodesFile(title: string, codes: readonly string[]): string {
  return `${title}\n\n${codes.join('\n')}\n`;
}

/** Hands the codes to the browser as a text file download. */
function saveText(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const recoveryCodesFileName = 'latchkey-recovery-codes.txt';

/**
 * Recovery codes, shown this once (the server keeps only their hashes):
 * copy, download as text, and a clear "I've saved them" step before they go.
 * The panel takes the focus when it appears so that it is read out.
 */
export function RecoveryCodesOnce({ codes, account, onDone }: { codes: readonly string[]; account: string; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const file = recoveryCodesFile(t('recoveryCodes.fileTitle', { account }), codes);

  return (
    <div className="panel recovery-codes" role="region" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" ref={heading} tabIndex={-1}>
        {t('recoveryCodes.shownTitle')}
      </h3>
      <p>{t('recoveryCodes.shownBody')}</p>
      <p>
        <strong>{t('recoveryCodes.shownOnce')}</strong>
      </p>
      <ol className="code-list" aria-label={t('recoveryCodes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p className="actions">
        <CopyButton text={codes.join('\n')} label={t('recoveryCodes.copy')} />
        <button type="button" className="button button-secondary button-small" onClick={() => saveText(recoveryCodesFileName, file)}>
          {t('recoveryCodes.download')}
        </button>
      </p>
      <div className={unsaved ? 'checkbox field-invalid' : 'checkbox'}>
        <input
          id="recovery-codes-saved"
          type="checkbox"
          checked={saved}
          aria-invalid={unsaved || undefined}
          aria-describedby={unsaved ? 'recovery-codes-saved-error' : undefined}
          onChange={(e) => {
            setSaved(e.target.checked);
            if (e.target.checked) setUnsaved(false);
          }}
        />
        <label htmlFor="recovery-codes-saved">{t('recoveryCodes.savedCheck')}</label>
      </div>
      {unsaved && (
        <p id="recovery-codes-saved-error" className="field-error" role="alert">
          {t('recoveryCodes.savedRequired')}
        </p>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          if (saved) onDone();
          else {
            setUnsaved(true);
            document.getElementById('recovery-codes-saved')?.focus();
          }
        }}
      >
        {t('recoveryCodes.done')}
      </button>
    </div>
  );
}
