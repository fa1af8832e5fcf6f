import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Status';
import { useSubmit } from '../../components/useSubmit';
import type { SecurityNotice } from '../../gql/graphql';
import { request } from '../../graphql';
import { UpdateNotificationPreferencesDocument } from './notifications.graphql';
import { type Me, Section } from './Section';

/**
 * The security emails of one's own account: the optional ones can be
 * turned off; those about credentials are listed as always sent (the
 * server refuses to turn them off).
 */
export function Notifications({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t } = useTranslation();
  const optional = me.notificationPreferences.filter((p) => p.optional);
  const always = me.notificationPreferences.filter((p) => !p.optional);
  const [enabled, setEnabled] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(optional.map((p) => [p.notice, p.enabled])),
  );
  const [saved, setSaved] = useState(false);
  const action = useSubmit();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(false);
    const preferences = optional.map((p) => ({ notice: p.notice, enabled: enabled[p.notice] ?? p.enabled }));
    const ok = await action.run(
      async () =>
        (await request(UpdateNotificationPreferencesDocument, { input: { preferences } })).updateNotificationPreferences,
    );
    if (ok) {
      setSaved(true);
      onChanged();
    }
  }
  const label = (n: SecurityNotice) => t(`notifications.notice.${n}`);
  return (
    <Section id="notifications" title={t('notifications.title')}>
      <p>{t('notifications.intro')}</p>
      <form noValidate onSubmit={onSubmit}>
        <fieldset>
          <legend>{t('notifications.legend')}</legend>
          {optional.map((p) => (
            <div className="checkbox" key={p.notice}>
              <input
                id={`notification-${p.notice}`}
                type="checkbox"
                checked={enabled[p.notice] ?? p.enabled}
                onChange={(e) => {
                  setEnabled({ ...enabled, [p.notice]: e.target.checked });
                  setSaved(false);
                }}
              />
              <label htmlFor={`notification-${p.notice}`}>{label(p.notice)}</label>
            </div>
          ))}
          <ul aria-label={t('notifications.always')}>
            {always.map((p) => (
              <li key={p.notice}>
                {label(p.notice)} ({t('notifications.always')})
              </li>
            ))}
          </ul>
        </fieldset>
        {action.alert}
        <button type="submit" className="button button-secondary" aria-disabled={action.busy || undefined}>
          {action.busy ? t('app.saving') : t('app.save')}
        </button>
      </form>
      {saved && <Notice>{t('notifications.saved')}</Notice>}
    </Section>
  );
}
