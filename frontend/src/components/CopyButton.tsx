import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text to the clipboard and says so (politely announced). */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <button type="button" className="button button-secondary button-small" onClick={copy}>
        {label ?? t('app.copy')}
      </button>{' '}
      <span role="status" className="copy-status">
        {state === 'copied' ? t('app.copied') : state === 'failed' ? t('app.copyFailed') : ''}
      </span>
    </>
  );
}
