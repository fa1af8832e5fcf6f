import { useTranslation } from 'react-i18next';
import type { Right } from '../gql/graphql';
import { rights as allRights } from '../i18n/audit';

/** "Access rights": one checkbox per right; rights the granter lacks are shown but disabled. */
export function RightsFieldset({
  idPrefix,
  value,
  onChange,
  grantable,
  error,
}: {
  idPrefix: string;
  value: readonly Right[];
  onChange: (rights: Right[]) => void;
  grantable: readonly Right[];
  error?: string;
}) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className={error ? 'field-invalid' : undefined}>
      <legend>{t('org.rightsLegend')}</legend>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {allRights.map((r) => {
        const id = `${idPrefix}-${r}`;
        const can = grantable.includes(r);
        return (
          <div className="checkbox" key={r}>
            <input
              id={id}
              type="checkbox"
              checked={value.includes(r)}
              disabled={!can}
              onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))}
            />
            <label htmlFor={id}>
              {t(`rights.${r}`)}
              {!can && <span className="muted"> ({t('org.cannotGrant')})</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
