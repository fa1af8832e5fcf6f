import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ConfirmDialog } from '../../components/Dialog';
import { Notice } from '../../components/Status';
import { useAction } from '../../components/useAction';
import { request } from '../../graphql';
import { errorMessage } from '../../i18n/errors';
import { describeUserAgent } from '../../lib/userAgent';
import { RevokeSessionDocument, SignOutEverywhereDocument } from './profile.graphql';
import { type Me, Section } from './Section';

export function Sessions({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const revoke = useAction();
  const everywhere = useAction();
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
      {revoke.problem && (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, revoke.problem)}
        </p>
      )}
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
                  const ok = await revoke.run(
                    async () => (await request(RevokeSessionDocument, { input: { id: s.id } })).revokeSession.userErrors,
                  );
                  if (ok) {
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
        <ConfirmDialog
          title={t('profile.signOutEverywhereTitle')}
          confirmLabel={t('profile.signOutEverywhere')}
          busy={everywhere.busy}
          danger
          error={everywhere.problem && errorMessage(t, everywhere.problem)}
          onCancel={() => {
            everywhere.reset();
            setConfirming(false);
          }}
          onConfirm={async () => {
            let counts: { sessions: number; tokens: number } | undefined;
            const ok = await everywhere.run(async () => {
              const { signOutEverywhere } = await request(SignOutEverywhereDocument);
              counts = { sessions: signOutEverywhere.revokedSessions, tokens: signOutEverywhere.revokedTokens };
              return signOutEverywhere.userErrors;
            });
            if (ok) {
              setResult(counts);
              setConfirming(false);
              onChanged();
            }
          }}
        >
          <p>{t('profile.signOutEverywhereBody')}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}
