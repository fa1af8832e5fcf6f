import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityNotice } from '../../gql/graphql';
import { request } from '../../graphql';
import { UpdateNotificationPreferencesDocument } from './notifications.graphql';
import { type Me, Section } from './Section';
import { SettingForm } from './SettingForm';

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
  const preferences = () => optional.map((p) => ({ notice: p.notice, enabled: enabled[p.notice] ?? p.enabled }));
  const label = (n: SecurityNotice) => t(`notifications.notice.${n}`);
  return (
    <Section id="notifications" title={t('notifications.title')}>
      <p>{t('notifications.intro')}</p>
      <SettingForm
        send={async () =>
          (await request(UpdateNotificationPreferencesDocument, { input: { preferences: preferences() } }))
            .updateNotificationPreferences
        }
        onSaved={onChanged}
        savedText={t('notifications.saved')}
      >
        <fieldset>
          <legend>{t('notifications.legend')}</legend>
          {optional.map((p) => (
            <div className="checkbox" key={p.notice}>
              <input
                id={`notification-${p.notice}`}
                type="checkbox"
                checked={enabled[p.notice] ?? p.enabled}
                onChange={(e) => setEnabled({ ...enabled, [p.notice]: e.target.checked })}
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
      </SettingForm>
    </Section>
  );
}
