import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../graphql';
import { checkPassword, passwordStrength, type Personal, type RuleState } from '../lib/password';
import { PasswordPolicyDocument } from './password.graphql';
import { TextField } from './TextField';

export interface NewPasswordValues {
  password: string;
  confirmation: string;
}

/**
 * A new password typed twice, with the policy's rules ticked off live and
 * a strength hint. The rules come from the server (Query.passwordPolicy).
 */
export function PasswordFields({
  ids,
  values,
  onChange,
  errors,
  personal,
  labels,
}: {
  ids: { password: string; confirmation: string };
  values: NewPasswordValues;
  onChange: (values: NewPasswordValues) => void;
  errors: { password?: string; confirmation?: string };
  personal?: Personal;
  labels?: { password?: string; confirmation?: string };
}) {
  const { t, i18n } = useTranslation();
  const query = useQuery(PasswordPolicyDocument);
  const policy = { data: query.data?.passwordPolicy ? query.data : undefined, error: query.error };
  const rulesId = useId();
  const strengthId = useId();
  const states = policy.data ? checkPassword(values.password, policy.data.passwordPolicy, personal) : [];
  const strength = passwordStrength(values.password);
  const min = policy.data?.passwordPolicy.minLength ?? 0;
  const max = policy.data?.passwordPolicy.maxLength ?? 256;
  const fmt = new Intl.NumberFormat(i18n.resolvedLanguage);
  const matches = values.confirmation !== '' && values.confirmation === values.password;

  const mark = (state: RuleState) => (state === 'met' ? '✓' : state === 'unmet' ? '✗' : '•');

  return (
    <>
      <TextField
        id={ids.password}
        name="new-password"
        type="password"
        autoComplete="new-password"
        label={labels?.password ?? t('password.new')}
        error={errors.password}
        describedBy={`${rulesId} ${strengthId}`}
        value={values.password}
        onChange={(e) => onChange({ ...values, password: e.target.value })}
      >
        <div className="password-help">
          <p className="rules-title" id={`${rulesId}-title`}>
            {t('password.rulesTitle')}
          </p>
          {policy.data ? (
            <ul className="rules" id={rulesId} aria-labelledby={`${rulesId}-title`}>
              {states.map(({ rule, state }) => (
                <li key={rule} className={`rule rule-${state}`}>
                  <span className="rule-mark" aria-hidden="true">
                    {mark(state)}
                  </span>{' '}
                  {t(`password.rule.${rule}`, { min: fmt.format(min), max: fmt.format(max) })}
                  <span className="visually-hidden"> – {t(`password.state.${state}`)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p id={rulesId} className="field-hint">
              {policy.error ? t('password.rulesUnavailable') : t('app.loading')}
            </p>
          )}
          <p className={`strength strength-${strength}`} id={strengthId}>
            {strength === 'empty' ? (
              t('password.strengthEmpty')
            ) : (
              <>
                {t('password.strength')}{' '}
                <strong>{t(`password.strengthLevel.${strength}`)}</strong>
              </>
            )}
          </p>
          <meter
            className="strength-meter"
            aria-hidden="true"
            min={0}
            max={4}
            low={2}
            high={3}
            optimum={4}
            value={{ empty: 0, weak: 1, fair: 2, good: 3, strong: 4 }[strength]}
          />
        </div>
      </TextField>
      <TextField
        id={ids.confirmation}
        name="new-password-confirmation"
        type="password"
        autoComplete="new-password"
        label={labels?.confirmation ?? t('password.confirm')}
        error={errors.confirmation}
        value={values.confirmation}
        onChange={(e) => onChange({ ...values, confirmation: e.target.value })}
      >
        {values.confirmation !== '' && (
          <p className={matches ? 'field-hint rule-met' : 'field-hint'}>
            {matches ? `✓ ${t('password.matches')}` : t('password.doesNotMatchYet')}
          </p>
        )}
      </TextField>
    </>
  );
}

/** Checks before sending: both typed, the same, and no rule the browser knows unmet. */
export function validateNewPassword(values: NewPasswordValues): { password?: string; confirmation?: string } {
  const errors: { password?: string; confirmation?: string } = {};
  if (values.password === '') errors.password = 'password.newRequired';
  if (values.confirmation === '') errors.confirmation = 'password.confirmRequired';
  else if (values.password !== values.confirmation) errors.confirmation = 'password.mismatch';
  return errors;
}
