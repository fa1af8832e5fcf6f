// The profile of the component tests: one person, as the Profile query
// answers, and the queries the profile page sends when it opens.

export const me = {
  id: 'usr_1',
  email: 'alice@example.com',
  username: 'alice',
  name: 'Alice Example',
  role: 'USER',
  locale: 'en',
  createdAt: '2024-03-05T14:30:00Z',
  lastSignInAt: null,
  emailVerifiedAt: null,
  mustChangePassword: false,
  secondFactors: [],
  recoveryCodesLeft: 0,
  notificationPreferences: [
    { notice: 'NEW_SIGN_IN', enabled: true, optional: true },
    { notice: 'PASSWORD_CHANGED', enabled: true, optional: false },
    { notice: 'ACCESS_TOKEN_CREATED', enabled: true, optional: false },
    { notice: 'EMAIL_CHANGE_REQUESTED', enabled: true, optional: false },
    { notice: 'FORCED_SIGN_IN', enabled: true, optional: false },
  ],
  sessions: [
    { id: 's1', createdAt: '2024-03-05T14:30:00Z', lastSeenAt: '2024-03-05T14:30:00Z', expiresAt: '2024-03-12T14:30:00Z', ip: '10.0.0.1', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0', current: true, authMethods: ['PASSWORD', 'TOTP'], authLevel: 'MULTI_FACTOR' },
    { id: 's2', createdAt: '2024-03-04T14:30:00Z', lastSeenAt: '2024-03-04T14:30:00Z', expiresAt: '2024-03-11T14:30:00Z', ip: '10.0.0.2', userAgent: 'curl/8.5.0', current: false, authMethods: ['PASSWORD'], authLevel: 'SINGLE_FACTOR' },
  ],
  accessTokens: [],
  memberships: [{ id: 'm1', rights: ['VIEW_ORDERS'], createdAt: '2024-03-05T14:30:00Z', organization: { id: 'org_1', name: 'Hôtel du Lac' } }],
};

/** What a fake server answers when the profile page opens, for this person. */
export function profileServer<P extends { id: string }>(person: P) {
  return {
    Viewer: { me: person },
    Profile: { me: person },
    MyActivity: { me: { id: person.id, activity: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } },
    AuditPeople: { nodes: [] },
  };
}
