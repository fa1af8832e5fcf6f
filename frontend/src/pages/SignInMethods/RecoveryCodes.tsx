import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmSubmitDialog } from '../../components/Dialog';
import { confirmed } from '../../components/RecentAuthentication';
import { Notice } from '../../components/Status';
import { request } from '../../graphql';
import { formatNumber } from '../../i18n/format';
import { RecoveryCodesOnce } from './RecoveryCodesOnce';
import { RegenerateRecoveryCodesDocument } from './signInMethods.graphql';
import type { Methods } from './types';

/** How many recovery codes are left, and a new set (shown once; the old ones stop working). */
export function RecoveryCodes({ me, onChanged }: { me: Methods; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [codes, setCodes] = useState<readonly string[]>();
  const [renewed, setRenewed] = useState(false);
  const left = me.recoveryCodesLeft;

  if (me.secondFactors.length === 0 && left === 0) return <p>{t('recoveryCodes.noneYet')}</p>;

  if (codes) {
    return (
      <RecoveryCodesOnce
        codes={codes}
        account={me.email}
        onDone={() => {
          setCodes(undefined);
          setRenewed(true);
        }}
      />
    );
  }

  return (
    <>
      {renewed && <Notice>{t('recoveryCodes.renewed')}</Notice>}
      <p>
        <strong>{t('recoveryCodes.left', { left: formatNumber(left, i18n.resolvedLanguage ?? 'en') })}</strong>
      </p>
      {left <= 3 && (
        <Notice tone="warning">
          <p>{left === 0 ? t('recoveryCodes.noneLeft') : t('recoveryCodes.fewLeft')}</p>
        </Notice>
      )}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setRenewed(false);
          setAsking(true);
        }}
      >
        {t('recoveryCodes.regenerate')}
      </button>
      {asking && (
        <ConfirmSubmitDialog
          title={t('recoveryCodes.regenerateTitle')}
          confirmLabel={t('recoveryCodes.regenerate')}
          onCancel={() => setAsking(false)}
          send={() => confirmed(async () => (await request(RegenerateRecoveryCodesDocument)).regenerateRecoveryCodes)}
          onDone={(p) => {
            setAsking(false);
            setCodes(p.recoveryCodes);
            onChanged();
          }}
        >
          <p>{t('recoveryCodes.regenerateBody')}</p>
        </ConfirmSubmitDialog>
      )}
    </>
  );
}
