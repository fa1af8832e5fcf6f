import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Status';
import { useSubmit, type Payload } from '../../components/useSubmit';

/**
 * A setting of one's own that one Save button sends (the language, the
 * security emails): through useSubmit, its problem announced above the
 * button, then `onSaved` and `savedText` as a notice until the next change.
 */
export function SettingForm<P extends Payload>({
  send,
  onSaved,
  savedText,
  children,
}: {
  send: () => Promise<P>;
  onSaved: (payload: P) => void | Promise<void>;
  savedText: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const action = useSubmit();
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(false);
    const payload = await action.run(send);
    if (!payload) return;
    await onSaved(payload);
    setSaved(true);
  }

  return (
    <>
      <form noValidate onSubmit={onSubmit} onChange={() => setSaved(false)}>
        {children}
        {action.alert}
        <button type="submit" className="button button-secondary" aria-disabled={action.busy || undefined}>
          {action.busy ? t('app.saving') : t('app.save')}
        </button>
      </form>
      {saved && <Notice>{savedText}</Notice>}
    </>
  );
}
