import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import en from '../../i18n/en.json';
import { fakeServer, renderApp } from '../../testing';

const admin = { id: 'usr_admin', email: 'admin@example.com', username: 'admin', name: 'Ada Admin', role: 'ADMIN', locale: 'en', mustChangePassword: false, mustEnrollSecondFactor: false };

const settings = {
  resetLinkLifetimeMinutes: 60,
  setPasswordLinkLifetimeMinutes: 4320,
  resetRequestsPerHour: 3,
  resetMinIntervalSeconds: 60,
  adminResetsPerHour: 20,
  ipRequestsPerMinute: 30,
  lockoutThreshold: 10,
  lockoutMinutes: 15,
  resetMethod: 'LINK',
  registrationOpen: false,
  passwordPolicy: 'DEFAULT',
  requireSecondFactor: 'OFF',
  updatedAt: '2026-12-01T10:00:00Z',
};

describe('requiring a second factor', () => {
  it('is a security setting: nobody, admins or everyone', async () => {
    const server = fakeServer({
      Viewer: { me: admin },
      SecuritySettings: { securitySettings: settings },
      UpdateSecuritySettings: ({ input }: Record<string, unknown>) => ({
        updateSecuritySettings: { securitySettings: { ...settings, ...(input as object) }, userErrors: [] },
      }),
    });
    const { user } = renderApp('/admin/settings');
    const select = (await screen.findByLabelText(en.admin.settings.field.requireSecondFactor)) as HTMLSelectElement;
    expect(select.value).toBe('OFF');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      en.admin.settings.requireSecondFactor.OFF,
      en.admin.settings.requireSecondFactor.ADMINS,
      en.admin.settings.requireSecondFactor.EVERYONE,
    ]);
    await user.selectOptions(select, 'ADMINS');
    await user.click(screen.getByRole('button', { name: en.app.save }));
    expect(await screen.findByText(en.admin.settings.saved)).toBeTruthy();
    expect(server.sent('UpdateSecuritySettings')[0].variables.input).toMatchObject({ requireSecondFactor: 'ADMINS' });
  });

  it("is an organisation's setting for its members, for those who manage it", async () => {
    let required = false;
    const organization = () => ({
      id: 'org_1',
      name: 'Extranet',
      createdAt: '2024-03-05T14:30:00Z',
      viewerRights: ['MANAGE_ORGANIZATION'],
      requireSecondFactor: required,
      members: [],
    });
    const server = fakeServer({
      Viewer: { me: { ...admin, role: 'USER' } },
      Organization: () => ({ organization: organization() }),
      UpdateOrganization: ({ input }: Record<string, unknown>) => {
        required = Boolean((input as { requireSecondFactor: boolean }).requireSecondFactor);
        return { updateOrganization: { organization: { id: 'org_1', name: 'Extranet', requireSecondFactor: required }, userErrors: [] } };
      },
    });
    const { user } = renderApp('/organizations/org_1');
    await user.click(await screen.findByText(en.org.secondFactorSummaryOptional));
    const box = screen.getByRole('checkbox', { name: en.org.secondFactorCheck }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(box);
    const form = box.closest('form')!;
    await user.click(within(form).getByRole('button', { name: en.app.save }));
    expect(await screen.findByText(en.org.secondFactorNowRequired)).toBeTruthy();
    expect(server.sent('UpdateOrganization')[0].variables.input).toEqual({ id: 'org_1', name: 'Extranet', requireSecondFactor: true });
    expect(await screen.findByText(en.org.secondFactorSummaryRequired)).toBeTruthy();
  });
});
