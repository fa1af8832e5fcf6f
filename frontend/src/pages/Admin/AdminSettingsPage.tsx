import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { SelectField } from '../../components/SelectField';
import { LoadError, Loading, Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import type { Problem } from '../../components/useProblems';
import { useSubmit } from '../../components/useSubmit';
import { request, useQuery } from '../../graphql';
import type { PasswordPolicyPreset, RequireSecondFactor, ResetMethod, SecuritySettingsQuery } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';
import { AdminLayout } from './AdminLayout';
import { SecuritySettingsDocument, UpdateSecuritySettingsDocument } from './admin.graphql';

type Settings = Omit<SecuritySettingsQuery['securitySettings'], 'underPressure' | 'hashPressure'>;

/** The numeric settings with the bounds the server enforces (internal/settings). */
export const numericSettings = [
  ['resetLinkLifetimeMinutes', 5, 7 * 24 * 60],
  ['setPasswordLinkLifetimeMinutes', 5, 30 * 24 * 60],
  ['resetRequestsPerHour', 1, 100],
  ['resetMinIntervalSeconds', 0, 3600],
  ['adminResetsPerHour', 1, 1000],
  ['ipRequestsPerMinute', 0, 100000],
  ['lockoutThreshold', 1, 100],
  ['lockoutMinutes', 0, 7 * 24 * 60],
] as const;

/** Every value of RequireSecondFactor, in the order the list offers them: a value the schema adds fails the type-check here. */
const everyRequireSecondFactor = { OFF: true, ADMINS: true, EVERYONE: true } satisfies Record<RequireSecondFactor, true>;
const requireSecondFactorValues = Object.keys(everyRequireSecondFactor) as RequireSecondFactor[];

type NumericKey = (typeof numericSettings)[number][0];
type Field = NumericKey | 'resetMethod' | 'registrationOpen' | 'passwordPolicy' | 'requireSecondFactor';

const ids = Object.fromEntries(
  [...numericSettings.map(([k]) => k), 'resetMethod', 'registrationOpen', 'passwordPolicy', 'requireSecondFactor'].map((k) => [k, `settings-${k}`]),
) as Record<Field, string>;

/** Checks the numbers: whole, within the server's bounds. */
export function validateSettings(values: Record<NumericKey, string>): Partial<Record<NumericKey, Problem>> {
  const out: Partial<Record<NumericKey, Problem>> = {};
  for (const [key, min, max] of numericSettings) {
    const raw = values[key].trim();
    const n = Number(raw);
    if (raw === '' || !Number.isInteger(n) || n < min || n > max) {
      out[key] = { key: 'admin.settings.outOfRange', values: { min: String(min), max: String(max) } };
    }
  }
  return out;
}

function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatNumber(n, i18n.resolvedLanguage ?? 'en');
  const [numbers, setNumbers] = useState<Record<NumericKey, string>>(
    () => Object.fromEntries(numericSettings.map(([k]) => [k, String(settings[k])])) as Record<NumericKey, string>,
  );
  const [resetMethod, setResetMethod] = useState<ResetMethod>(settings.resetMethod);
  const [registrationOpen, setRegistrationOpen] = useState(settings.registrationOpen);
  const [passwordPolicy, setPasswordPolicy] = useState<PasswordPolicyPreset>(settings.passwordPolicy);
  const [requireSecondFactor, setRequireSecondFactor] = useState<RequireSecondFactor>(settings.requireSecondFactor);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit(ids);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.busy) return;
    setSaved(false);
    const input = {
      ...(Object.fromEntries(numericSettings.map(([k]) => [k, Number(numbers[k])])) as Record<NumericKey, number>),
      resetMethod,
      registrationOpen,
      passwordPolicy,
      requireSecondFactor,
    };
    const updated = await submit.run(async () => (await request(UpdateSecuritySettingsDocument, { input })).updateSecuritySettings, {
      check: () => validateSettings(numbers),
      succeeded: (p) => Boolean(p.securitySettings),
    });
    if (!updated?.securitySettings) return;
    setSaved(true);
    onSaved(updated.securitySettings);
  }

  const group = (legend: string, keys: NumericKey[]) => (
    <fieldset>
      <legend>{legend}</legend>
      {keys.map((key) => {
        const [, min, max] = numericSettings.find(([k]) => k === key)!;
        return (
          <TextField
            key={key}
            id={ids[key]}
            label={t(`admin.settings.field.${key}`)}
            hint={`${t(`admin.settings.hint.${key}`)} ${t('admin.settings.range', { min: fmt(min), max: fmt(max) })}`}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={numbers[key]}
            error={submit.fieldError(key)}
            onChange={(e) => {
              setNumbers((n) => ({ ...n, [key]: e.target.value }));
              setSaved(false);
            }}
          />
        );
      })}
    </fieldset>
  );

  return (
    <>
      {submit.summary}
      {saved && <Notice>{t('admin.settings.saved')}</Notice>}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined} className="settings-form">
        <fieldset>
          <legend>{t('admin.settings.passwords')}</legend>
          <SelectField
            id={ids.passwordPolicy}
            label={t('admin.settings.field.passwordPolicy')}
            hint={t('admin.settings.hint.passwordPolicy')}
            value={passwordPolicy}
            error={submit.fieldError('passwordPolicy')}
            onChange={(e) => setPasswordPolicy(e.target.value as PasswordPolicyPreset)}
          >
            <option value="DEFAULT">{t('admin.settings.policy.DEFAULT')}</option>
            <option value="NIST">{t('admin.settings.policy.NIST')}</option>
          </SelectField>
          <SelectField
            id={ids.resetMethod}
            label={t('admin.settings.field.resetMethod')}
            hint={t('admin.settings.hint.resetMethod')}
            value={resetMethod}
            error={submit.fieldError('resetMethod')}
            onChange={(e) => setResetMethod(e.target.value as ResetMethod)}
          >
            <option value="LINK">{t('admin.settings.method.LINK')}</option>
            <option value="TEMPORARY_PASSWORD">{t('admin.settings.method.TEMPORARY_PASSWORD')}</option>
          </SelectField>
          <div className="checkbox">
            <input
              id={ids.registrationOpen}
              type="checkbox"
              checked={registrationOpen}
              aria-describedby={`${ids.registrationOpen}-hint`}
              onChange={(e) => setRegistrationOpen(e.target.checked)}
            />
            <label htmlFor={ids.registrationOpen}>{t('admin.settings.field.registrationOpen')}</label>
          </div>
          <p className="field-hint" id={`${ids.registrationOpen}-hint`}>
            {t('admin.settings.hint.registrationOpen')}
          </p>
        </fieldset>
        <fieldset>
          <legend>{t('admin.settings.secondFactor')}</legend>
          <SelectField
            id={ids.requireSecondFactor}
            label={t('admin.settings.field.requireSecondFactor')}
            hint={t('admin.settings.hint.requireSecondFactor')}
            value={requireSecondFactor}
            error={submit.fieldError('requireSecondFactor')}
            onChange={(e) => setRequireSecondFactor(e.target.value as RequireSecondFactor)}
          >
            {requireSecondFactorValues.map((v) => (
              <option key={v} value={v}>
                {t(`admin.settings.requireSecondFactor.${v}`)}
              </option>
            ))}
          </SelectField>
        </fieldset>
        {group(t('admin.settings.links'), ['resetLinkLifetimeMinutes', 'setPasswordLinkLifetimeMinutes'])}
        {group(t('admin.settings.limits'), ['resetRequestsPerHour', 'resetMinIntervalSeconds', 'adminResetsPerHour', 'ipRequestsPerMinute'])}
        {group(t('admin.settings.lockout'), ['lockoutThreshold', 'lockoutMinutes'])}
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.saving') : t('app.save')}
        </button>
      </form>
    </>
  );
}

/** How busy password hashing is on this instance, and whether challenges are asked of everyone. */
function Pressure({ under, pressure }: { under: boolean; pressure: number }) {
  const { t } = useTranslation();
  const percent = Math.round(pressure * 100);
  return under ? (
    <div className="notice notice-warning" role="status">
      <p>
        <strong>{t('admin.settings.pressure.under')}</strong> {t('admin.settings.pressure.busy', { percent })}
      </p>
    </div>
  ) : (
    <p className="muted">{t('admin.settings.pressure.busy', { percent })}</p>
  );
}

export function AdminSettingsPage() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(SecuritySettingsDocument);
  const [latest, setLatest] = useState<Settings>();
  const settings = latest ?? data?.securitySettings;
  return (
    <AdminLayout title={t('admin.settings.title')}>
      <div className="narrow-left">
        {error ? (
          <LoadError error={error} retry={refetch} />
        ) : !settings ? (
          loading ? <Loading /> : <LoadError retry={refetch} />
        ) : (
          <>
            <p className="muted">
              {t('admin.settings.updatedAt')} <DateTime value={settings.updatedAt} />
            </p>
            {data?.securitySettings && <Pressure under={data.securitySettings.underPressure} pressure={data.securitySettings.hashPressure} />}
            <SettingsForm settings={settings} onSaved={setLatest} />
          </>
        )}
      </div>
    </AdminLayout>
  );
}
