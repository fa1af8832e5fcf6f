import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ConfirmSubmitDialog } from '../../components/Dialog';
import { Notice } from '../../components/Status';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { describeUserAgent } from '../../lib/userAgent';
import { authMethodLabels } from '../SignInMethods/kinds';
import { RevokeSessionDocument, SignOutEverywhereDocument } from './profile.graphql';
import { type Me, Section } from './Section';

export function Sessions({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const revoke = useSubmit();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ sessions: number; tokens: number }>();
  const [revoked, setRevoked] = useState(false);
  const fmt = new Intl.NumberFormat(i18n.resolvedLanguage);
  const sessions = [...me.sessions].sort((a, b) => Number(b.current) - Number(a.current));

  return (
    <Section id="sessions" title={t('profile.sessionsTitle')}>
      <p>{t('profile.sessionsIntro')}</p>
      {revoked && <Notice>{t('profile.sessionRevoked')}</Notice>}
      {result && (
        <Notice>
          {t('profile.signedOutEverywhere', { sessions: fmt.format(result.sessions), tokens: fmt.format(result.tokens) })}
        </Notice>
      )}
      {revoke.alert}
      <ul className="cards">
        {sessions.map((s) => (
          <li key={s.id} className="card">
            <p className="card-title">
              {describeUserAgent(s.userAgent) || t('profile.unknownDevice')}{' '}
              {s.current && <span className="badge badge-ok">{t('profile.thisDevice')}</span>}
            </p>
            <dl className="facts">
              <div>
                <dt>{t('profile.ip')}</dt>
                <dd>{s.ip}</dd>
              </div>
              <div>
                <dt>{t('profile.signedInAt')}</dt>
                <dd>
                  <DateTime value={s.createdAt} />
                </dd>
              </div>
              <div>
                <dt>{t('profile.signedInWith')}</dt>
                <dd>
                  {s.authMethods.map((m) => t(authMethodLabels[m])).join(' + ') || '—'}{' '}
                  {s.authLevel === 'MULTI_FACTOR' && <span className="badge badge-ok">{t('profile.twoStep')}</span>}
                </dd>
              </div>
              <div>
                <dt>{t('profile.lastSeen')}</dt>
                <dd>
                  <DateTime value={s.lastSeenAt} />
                </dd>
              </div>
              <div>
                <dt>{t('profile.expires')}</dt>
                <dd>
                  <DateTime value={s.expiresAt} />
                </dd>
              </div>
            </dl>
            {!s.current && (
              <button
                type="button"
                className="button button-secondary button-small"
                aria-disabled={revoke.busy || undefined}
                aria-label={t('profile.signOutSessionLabel', { device: describeUserAgent(s.userAgent), ip: s.ip })}
                onClick={async () => {
                  if (revoke.busy) return;
                  setRevoked(false);
                  const revoked = await revoke.run(
                    async () => (await request(RevokeSessionDocument, { input: { id: s.id } })).revokeSession,
                  );
                  if (revoked) {
                    setRevoked(true);
                    onChanged();
                  }
                }}
              >
                {t('profile.signOutSession')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
        {t('profile.signOutEverywhere')}
      </button>
      {confirming && (
        <ConfirmSubmitDialog
          title={t('profile.signOutEverywhereTitle')}
          confirmLabel={t('profile.signOutEverywhere')}
          danger
          onCancel={() => setConfirming(false)}
          send={async () => (await request(SignOutEverywhereDocument)).signOutEverywhere}
          onDone={(ended) => {
            setResult({ sessions: ended.revokedSessions, tokens: ended.revokedTokens });
            setConfirming(false);
            onChanged();
          }}
        >
          <p>{t('profile.signOutEverywhereBody')}</p>
        </ConfirmSubmitDialog>
      )}
    </Section>
  );
}
