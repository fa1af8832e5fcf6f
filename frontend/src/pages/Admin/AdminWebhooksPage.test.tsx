import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import en from '../../i18n/en.json';
import { fakeServer, renderApp } from '../../testing';

const admin = {
  id: 'usr_admin',
  email: 'admin@example.com',
  username: 'admin',
  name: 'Ada Admin',
  role: 'ADMIN',
  locale: 'en',
  mustChangePassword: false,
};

const endpoint = {
  id: 'whe_1',
  url: 'https://crm.example.com/hooks',
  description: 'CRM',
  events: ['password.changed'],
  enabled: true,
  disabledReason: '',
  previousSecretExpiresAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  deliveries: {
    totalCount: 1,
    edges: [
      {
        node: {
          id: 'whd_1',
          eventType: 'password.changed',
          status: 'FAILED',
          attempts: 11,
          responseStatus: 503,
          durationMs: 12,
          responseBody: 'down',
          lastError: 'the endpoint answered 503',
          createdAt: '2026-12-01T10:05:00Z',
        },
      },
    ],
  },
};

const types = [
  { name: 'password.changed', description: 'A user changed their password.' },
  { name: 'user.created', description: 'An account was created.' },
  { name: 'webhook.test', description: 'A test event.' },
];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('admin webhooks', () => {
  it('registers an endpoint for the chosen events and shows its secret once', async () => {
    let list = { webhookEventTypes: types, webhookEndpoints: { edges: [] as unknown[] } };
    const server = fakeServer({
      Viewer: { me: admin },
      WebhookEndpoints: () => list,
      CreateWebhookEndpoint: () => {
        list = { webhookEventTypes: types, webhookEndpoints: { edges: [{ node: { ...endpoint, deliveries: { totalCount: 0, edges: [] } } }] } };
        return {
          createWebhookEndpoint: {
            endpoint: { id: 'whe_1', url: endpoint.url, events: ['user.created'], enabled: true },
            secret: 'whsec_c2VjcmV0',
            userErrors: [],
          },
        };
      },
    });
    const { user } = renderApp('/admin/webhooks');
    expect(await screen.findByText(en.admin.webhooks.none)).toBeTruthy();
    // The test event is not something to subscribe to.
    expect(screen.queryByLabelText('webhook.test')).toBeNull();
    await user.type(screen.getByLabelText(en.admin.webhooks.url), endpoint.url);
    await user.click(screen.getByLabelText('user.created'));
    await user.click(screen.getByRole('button', { name: en.admin.webhooks.createButton }));
    expect((await screen.findByTestId('webhook-secret')).textContent).toBe('whsec_c2VjcmV0');
    expect(server.sent('CreateWebhookEndpoint')[0].variables).toEqual({ input: { url: endpoint.url, description: '', events: ['user.created'] } });
  });

  it('refuses an empty URL without asking the server', async () => {
    const server = fakeServer({ Viewer: { me: admin }, WebhookEndpoints: { webhookEventTypes: types, webhookEndpoints: { edges: [] } } });
    const { user } = renderApp('/admin/webhooks');
    await user.click(await screen.findByRole('button', { name: en.admin.webhooks.createButton }));
    expect((await screen.findAllByText(en.admin.webhooks.urlRequired)).length).toBeGreaterThan(0);
    expect(server.sent('CreateWebhookEndpoint')).toHaveLength(0);
  });

  it('shows the delivery log, sends a test event and replays a failed delivery', async () => {
    const server = fakeServer({
      Viewer: { me: admin },
      WebhookEndpoints: { webhookEventTypes: types, webhookEndpoints: { edges: [{ node: endpoint }] } },
      SendTestWebhookEvent: { sendTestWebhookEvent: { eventId: 'whev_1', userErrors: [] } },
      ReplayWebhookEvent: { replayWebhookEvent: { delivery: { id: 'whd_2' }, userErrors: [] } },
    });
    const { user } = renderApp('/admin/webhooks');
    const log = await screen.findByRole('table', { name: `Delivery log of ${endpoint.url}` });
    const row = within(log).getAllByRole('row')[1];
    expect(within(row).getByText('password.changed', { selector: 'code' })).toBeTruthy();
    expect(within(row).getByText(en.admin.webhooks.state.FAILED)).toBeTruthy();
    expect(within(row).getByText('503')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: en.admin.webhooks.sendTest }));
    expect(await screen.findByText(en.admin.webhooks.testSent)).toBeTruthy();
    expect(server.sent('SendTestWebhookEvent')[0].variables).toEqual({ input: { id: 'whe_1' } });
    await user.click(within(row).getByRole('button', { name: /Replay/ }));
    expect(await screen.findByText(en.admin.webhooks.replayed)).toBeTruthy();
    expect(server.sent('ReplayWebhookEvent')[0].variables).toEqual({ input: { deliveryId: 'whd_1' } });
  });
});
