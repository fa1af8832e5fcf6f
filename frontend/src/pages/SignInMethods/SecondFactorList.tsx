import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ConfirmSubmitDialog } from '../../components/Dialog';
import { confirmed } from '../../components/RecentAuthentication';
import { Empty, Notice } from '../../components/Status';
import { request } from '../../graphql';
import { factorKindLabels } from './kinds';
import { RenamePasskeyDialog } from './PasskeysSection';
import { RemoveSecondFactorDocument } from './signInMethods.graphql';
import type { Methods } from './types';

type Factor = Methods['secondFactors'][number];

/**
 * The second factors the person has, passkeys among them (one list: a
 * passkey is renamed and removed here, nowhere else), each with Remove (a
 * sensitive action: it may ask who they are).
 */
export function SecondFactorList({ me, onChanged }: { me: Methods; onChanged: () => void }) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<Factor>();
  const [renaming, setRenaming] = useState<Factor>();
  const [removed, setRemoved] = useState<string>();
  const nameOf = (f: Factor) => f.name || t(factorKindLabels[f.kind]);

  return (
    <>
      {removed && <Notice>{t('signInMethods.removed', { name: removed })}</Notice>}
      {me.secondFactors.length === 0 ? (
        <Empty>{t('signInMethods.none')}</Empty>
      ) : (
        <ul className="cards">
          {me.secondFactors.map((f) => (
            <li key={f.id} className="card">
              <p className="card-title">{nameOf(f)}</p>
              <dl className="facts">
                <div>
                  <dt>{t('signInMethods.kind')}</dt>
                  <dd>{t(factorKindLabels[f.kind])}</dd>
                </div>
                <div>
                  <dt>{t('signInMethods.added')}</dt>
                  <dd>
                    <DateTime value={f.createdAt} />
                  </dd>
                </div>
                <div>
                  <dt>{t('signInMethods.lastUsed')}</dt>
                  <dd>{f.lastUsedAt ? <DateTime value={f.lastUsedAt} /> : t('home.never')}</dd>
                </div>
              </dl>
              <div className="actions">
                {f.kind === 'PASSKEY' && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('passkeys.renameLabel', { name: nameOf(f) })}
                    onClick={() => {
                      setRemoved(undefined);
                      setRenaming(f);
                    }}
                  >
                    {t('passkeys.rename')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('signInMethods.removeLabel', { name: nameOf(f) })}
                  onClick={() => {
                    setRemoved(undefined);
                    setRemoving(f);
                  }}
                >
                  {t('signInMethods.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <ConfirmSubmitDialog
          title={t('signInMethods.removeTitle', { name: nameOf(removing) })}
          confirmLabel={t('signInMethods.remove')}
          danger
          onCancel={() => setRemoving(undefined)}
          send={() => confirmed(async () => (await request(RemoveSecondFactorDocument, { input: { id: removing.id } })).removeSecondFactor)}
          onDone={() => {
            setRemoved(nameOf(removing));
            setRemoving(undefined);
            onChanged();
          }}
        >
          <p>{me.secondFactors.length === 1 ? t('signInMethods.removeLastBody') : t('signInMethods.removeBody')}</p>
          {removing.kind === 'PASSKEY' && <p>{t('passkeys.removeFromDevice')}</p>}
        </ConfirmSubmitDialog>
      )}
      {renaming && (
        <RenamePasskeyDialog
          passkey={{ id: renaming.id, name: nameOf(renaming) }}
          onClose={() => setRenaming(undefined)}
          onDone={() => {
            setRenaming(undefined);
            onChanged();
          }}
        />
      )}
    </>
  );
}
