// The admin screens: one chunk, loaded only when an admin opens one.
export { AdminUsersPage } from './AdminUsersPage';
export { AdminNewUserPage } from './AdminNewUserPage';
export { AdminUserPage } from './AdminUserPage';
export { AdminSettingsPage } from './AdminSettingsPage';
export { AdminAuditPage } from './AdminAuditPage';
export { AdminOutboxPage } from './AdminOutboxPage';
export { AdminOrganizationsPage } from './AdminOrganizationsPage';
export { AdminWebhooksPage } from './AdminWebhooksPage';
