/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditPeople($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on User {\n        id\n        name\n        username\n      }\n    }\n  }\n": typeof types.AuditPeopleDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      maxLength\n      rules\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  query ReauthMethods {\n    me {\n      id\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.ReauthMethodsDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ReauthenticateDocument,
    "\n  mutation RequestReset($input: RequestResetInput!) {\n    requestReset(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n      challenge {\n        algorithm\n        challenge\n        salt\n        maxNumber\n        signature\n      }\n    }\n  }\n": typeof types.RequestResetDocument,
    "\n  mutation SignOut {\n    signOut {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        name\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateMeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      rights\n      expiresAt\n      hasAccount\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        organization {\n          id\n          name\n        }\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query AdminUsers($first: Int, $after: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          username\n          name\n          role\n          createdAt\n          lastSignInAt\n          lockedAt\n          lockKind\n          secondFactorLockedAt\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        id\n        email\n        username\n        name\n        role\n        locale\n        createdAt\n        lastSignInAt\n        lockedAt\n        lockKind\n        secondFactorLockedAt\n        secondFactorLockedUntil\n        emailVerifiedAt\n        mustChangePassword\n        secondFactorKinds\n        sessions {\n          id\n          createdAt\n          lastSeenAt\n          ip\n          userAgent\n          authMethods\n        }\n        accessTokens {\n          id\n          name\n          createdAt\n          lastUsedAt\n          expiresAt\n        }\n        memberships {\n          id\n          rights\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {\n    auditEvents(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          actorID\n          subjectID\n          ip\n          userAgent\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        email\n        username\n        name\n        role\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      deletedUserId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeleteUserDocument,
    "\n  mutation LockUser($input: LockUserInput!) {\n    lockUser(input: $input) {\n      user {\n        id\n        lockedAt\n        lockKind\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LockUserDocument,
    "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedAt\n        lockKind\n        secondFactorLockedAt\n        secondFactorLockedUntil\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation AdminResetPassword($input: AdminResetPasswordInput!) {\n    adminResetPassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AdminResetPasswordDocument,
    "\n  mutation ForceSignIn($input: ForceSignInInput!) {\n    forceSignIn(input: $input) {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ForceSignInDocument,
    "\n  query SecuritySettings {\n    securitySettings {\n      resetLinkLifetimeMinutes\n      setPasswordLinkLifetimeMinutes\n      resetRequestsPerHour\n      resetMinIntervalSeconds\n      adminResetsPerHour\n      ipRequestsPerMinute\n      lockoutThreshold\n      lockoutMinutes\n      resetMethod\n      registrationOpen\n      passwordPolicy\n      requireSecondFactor\n      updatedAt\n      underPressure\n      hashPressure\n    }\n  }\n": typeof types.SecuritySettingsDocument,
    "\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        resetLinkLifetimeMinutes\n        setPasswordLinkLifetimeMinutes\n        resetRequestsPerHour\n        resetMinIntervalSeconds\n        adminResetsPerHour\n        ipRequestsPerMinute\n        lockoutThreshold\n        lockoutMinutes\n        resetMethod\n        registrationOpen\n        passwordPolicy\n        requireSecondFactor\n        updatedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateSecuritySettingsDocument,
    "\n  query Outbox($first: Int, $after: Cursor, $where: OutboxMessageWhereInput) {\n    outbox(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          toAddress\n          subject\n          textBody\n          link\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      createdAt\n      members {\n        id\n      }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation AdminResetSecondFactors($input: AdminResetSecondFactorsInput!) {\n    adminResetSecondFactors(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AdminResetSecondFactorsDocument,
    "\n  query WebhookEndpoints {\n    webhookEventTypes {\n      name\n      description\n    }\n    webhookEndpoints(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          enabled\n          disabledReason\n          previousSecretExpiresAt\n          createdAt\n          deliveries(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {\n            totalCount\n            edges {\n              node {\n                id\n                eventType\n                status\n                attempts\n                responseStatus\n                durationMs\n                responseBody\n                lastError\n                createdAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n        events\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation SendTestWebhookEvent($input: SendTestWebhookEventInput!) {\n    sendTestWebhookEvent(input: $input) {\n      eventId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SendTestWebhookEventDocument,
    "\n  mutation ReplayWebhookEvent($input: ReplayWebhookEventInput!) {\n    replayWebhookEvent(input: $input) {\n      delivery {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ReplayWebhookEventDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerifiedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ReportSignIn($input: ReportSignInInput!) {\n    reportSignIn(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ReportSignInDocument,
    "\n  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {\n    requestUsernameReminder(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RequestUsernameReminderDocument,
    "\n  query Home {\n    me {\n      id\n      name\n      email\n      username\n      role\n      createdAt\n      lastSignInAt\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      createdAt\n      viewerRights\n      requireSecondFactor\n      members {\n        id\n        rights\n        createdAt\n        user {\n          id\n          name\n          username\n          email\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query Invitations($id: ID!) {\n    organization(id: $id) {\n      id\n      invitations {\n        id\n        email\n        rights\n        status\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      membership {\n        id\n        rights\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n        requireSecondFactor\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      notificationPreferences {\n        notice\n        enabled\n        optional\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query Profile {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      createdAt\n      lastSignInAt\n      emailVerifiedAt\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n      }\n      notificationPreferences {\n        notice\n        enabled\n        optional\n      }\n      sessions {\n        id\n        createdAt\n        lastSeenAt\n        expiresAt\n        ip\n        userAgent\n        current\n        authMethods\n        authLevel\n      }\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      memberships {\n        id\n        rights\n        createdAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query MyActivity($first: Int, $after: Cursor) {\n    me {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            actorID\n            subjectID\n            ip\n            userAgent\n            createdAt\n            details {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyActivityDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMe($input: DeleteMeInput!) {\n    deleteMe(input: $input) {\n      deletedUserId\n      organizations {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeleteMeDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      secondFactorLockedUntil\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation BeginPasskeySignIn($input: BeginPasskeySignInInput!) {\n    beginPasskeySignIn(input: $input) {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BeginPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FinishPasskeySignInDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      secondFactorRequired\n      secondFactorMethods\n      secondFactorLockedUntil\n      userErrors {\n        code\n        field\n        message\n      }\n      challenge {\n        algorithm\n        challenge\n        salt\n        maxNumber\n        signature\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation BeginPasskeyRegistration($input: BeginPasskeyRegistrationInput!) {\n    beginPasskeyRegistration(input: $input) {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      passkey {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RenamePasskeyDocument,
    "\n  query SignInMethods {\n    me {\n      id\n      email\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.SignInMethodsDocument,
    "\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeSvg\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.EnrollTotpDocument,
    "\n  mutation ConfirmTotp($input: ConfirmTotpInput!) {\n    confirmTotp(input: $input) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ConfirmTotpDocument,
    "\n  mutation RemoveSecondFactor($input: RemoveSecondFactorInput!) {\n    removeSecondFactor(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RemoveSecondFactorDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      mustChangePassword\n      mustEnrollSecondFactor\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query AuditPeople($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on User {\n        id\n        name\n        username\n      }\n    }\n  }\n": types.AuditPeopleDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      maxLength\n      rules\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  query ReauthMethods {\n    me {\n      id\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n      }\n    }\n  }\n": types.ReauthMethodsDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ReauthenticateDocument,
    "\n  mutation RequestReset($input: RequestResetInput!) {\n    requestReset(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n      challenge {\n        algorithm\n        challenge\n        salt\n        maxNumber\n        signature\n      }\n    }\n  }\n": types.RequestResetDocument,
    "\n  mutation SignOut {\n    signOut {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        name\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateMeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      rights\n      expiresAt\n      hasAccount\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        organization {\n          id\n          name\n        }\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query AdminUsers($first: Int, $after: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          username\n          name\n          role\n          createdAt\n          lastSignInAt\n          lockedAt\n          lockKind\n          secondFactorLockedAt\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        id\n        email\n        username\n        name\n        role\n        locale\n        createdAt\n        lastSignInAt\n        lockedAt\n        lockKind\n        secondFactorLockedAt\n        secondFactorLockedUntil\n        emailVerifiedAt\n        mustChangePassword\n        secondFactorKinds\n        sessions {\n          id\n          createdAt\n          lastSeenAt\n          ip\n          userAgent\n          authMethods\n        }\n        accessTokens {\n          id\n          name\n          createdAt\n          lastUsedAt\n          expiresAt\n        }\n        memberships {\n          id\n          rights\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminUserDocument,
    "\n  query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {\n    auditEvents(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          actorID\n          subjectID\n          ip\n          userAgent\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        email\n        username\n        name\n        role\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      deletedUserId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeleteUserDocument,
    "\n  mutation LockUser($input: LockUserInput!) {\n    lockUser(input: $input) {\n      user {\n        id\n        lockedAt\n        lockKind\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LockUserDocument,
    "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedAt\n        lockKind\n        secondFactorLockedAt\n        secondFactorLockedUntil\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation AdminResetPassword($input: AdminResetPasswordInput!) {\n    adminResetPassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AdminResetPasswordDocument,
    "\n  mutation ForceSignIn($input: ForceSignInInput!) {\n    forceSignIn(input: $input) {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ForceSignInDocument,
    "\n  query SecuritySettings {\n    securitySettings {\n      resetLinkLifetimeMinutes\n      setPasswordLinkLifetimeMinutes\n      resetRequestsPerHour\n      resetMinIntervalSeconds\n      adminResetsPerHour\n      ipRequestsPerMinute\n      lockoutThreshold\n      lockoutMinutes\n      resetMethod\n      registrationOpen\n      passwordPolicy\n      requireSecondFactor\n      updatedAt\n      underPressure\n      hashPressure\n    }\n  }\n": types.SecuritySettingsDocument,
    "\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        resetLinkLifetimeMinutes\n        setPasswordLinkLifetimeMinutes\n        resetRequestsPerHour\n        resetMinIntervalSeconds\n        adminResetsPerHour\n        ipRequestsPerMinute\n        lockoutThreshold\n        lockoutMinutes\n        resetMethod\n        registrationOpen\n        passwordPolicy\n        requireSecondFactor\n        updatedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateSecuritySettingsDocument,
    "\n  query Outbox($first: Int, $after: Cursor, $where: OutboxMessageWhereInput) {\n    outbox(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          toAddress\n          subject\n          textBody\n          link\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      createdAt\n      members {\n        id\n      }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation AdminResetSecondFactors($input: AdminResetSecondFactorsInput!) {\n    adminResetSecondFactors(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AdminResetSecondFactorsDocument,
    "\n  query WebhookEndpoints {\n    webhookEventTypes {\n      name\n      description\n    }\n    webhookEndpoints(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          enabled\n          disabledReason\n          previousSecretExpiresAt\n          createdAt\n          deliveries(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {\n            totalCount\n            edges {\n              node {\n                id\n                eventType\n                status\n                attempts\n                responseStatus\n                durationMs\n                responseBody\n                lastError\n                createdAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n        events\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation SendTestWebhookEvent($input: SendTestWebhookEventInput!) {\n    sendTestWebhookEvent(input: $input) {\n      eventId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SendTestWebhookEventDocument,
    "\n  mutation ReplayWebhookEvent($input: ReplayWebhookEventInput!) {\n    replayWebhookEvent(input: $input) {\n      delivery {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ReplayWebhookEventDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerifiedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ReportSignIn($input: ReportSignInInput!) {\n    reportSignIn(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ReportSignInDocument,
    "\n  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {\n    requestUsernameReminder(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RequestUsernameReminderDocument,
    "\n  query Home {\n    me {\n      id\n      name\n      email\n      username\n      role\n      createdAt\n      lastSignInAt\n    }\n  }\n": types.HomeDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      createdAt\n      viewerRights\n      requireSecondFactor\n      members {\n        id\n        rights\n        createdAt\n        user {\n          id\n          name\n          username\n          email\n        }\n      }\n    }\n  }\n": types.OrganizationDocument,
    "\n  query Invitations($id: ID!) {\n    organization(id: $id) {\n      id\n      invitations {\n        id\n        email\n        rights\n        status\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      membership {\n        id\n        rights\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n        requireSecondFactor\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      notificationPreferences {\n        notice\n        enabled\n        optional\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query Profile {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      createdAt\n      lastSignInAt\n      emailVerifiedAt\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n      }\n      notificationPreferences {\n        notice\n        enabled\n        optional\n      }\n      sessions {\n        id\n        createdAt\n        lastSeenAt\n        expiresAt\n        ip\n        userAgent\n        current\n        authMethods\n        authLevel\n      }\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      memberships {\n        id\n        rights\n        createdAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  query MyActivity($first: Int, $after: Cursor) {\n    me {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            actorID\n            subjectID\n            ip\n            userAgent\n            createdAt\n            details {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyActivityDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevokeAccessTokenDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMe($input: DeleteMeInput!) {\n    deleteMe(input: $input) {\n      deletedUserId\n      organizations {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeleteMeDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      secondFactorLockedUntil\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation BeginPasskeySignIn($input: BeginPasskeySignInInput!) {\n    beginPasskeySignIn(input: $input) {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BeginPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FinishPasskeySignInDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      secondFactorRequired\n      secondFactorMethods\n      secondFactorLockedUntil\n      userErrors {\n        code\n        field\n        message\n      }\n      challenge {\n        algorithm\n        challenge\n        salt\n        maxNumber\n        signature\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation BeginPasskeyRegistration($input: BeginPasskeyRegistrationInput!) {\n    beginPasskeyRegistration(input: $input) {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      passkey {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RenamePasskeyDocument,
    "\n  query SignInMethods {\n    me {\n      id\n      email\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.SignInMethodsDocument,
    "\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeSvg\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.EnrollTotpDocument,
    "\n  mutation ConfirmTotp($input: ConfirmTotpInput!) {\n    confirmTotp(input: $input) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ConfirmTotpDocument,
    "\n  mutation RemoveSecondFactor($input: RemoveSecondFactorInput!) {\n    removeSecondFactor(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RemoveSecondFactorDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      mustChangePassword\n      mustEnrollSecondFactor\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPeople($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on User {\n        id\n        name\n        username\n      }\n    }\n  }\n"): typeof import('./graphql').AuditPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      maxLength\n      rules\n    }\n  }\n"): typeof import('./graphql').PasswordPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReauthMethods {\n    me {\n      id\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').ReauthMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReauthenticateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReset($input: RequestResetInput!) {\n    requestReset(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n      challenge {\n        algorithm\n        challenge\n        salt\n        maxNumber\n        signature\n      }\n    }\n  }\n"): typeof import('./graphql').RequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        name\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      rights\n      expiresAt\n      hasAccount\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        organization {\n          id\n          name\n        }\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int, $after: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          username\n          name\n          role\n          createdAt\n          lastSignInAt\n          lockedAt\n          lockKind\n          secondFactorLockedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        id\n        email\n        username\n        name\n        role\n        locale\n        createdAt\n        lastSignInAt\n        lockedAt\n        lockKind\n        secondFactorLockedAt\n        secondFactorLockedUntil\n        emailVerifiedAt\n        mustChangePassword\n        secondFactorKinds\n        sessions {\n          id\n          createdAt\n          lastSeenAt\n          ip\n          userAgent\n          authMethods\n        }\n        accessTokens {\n          id\n          name\n          createdAt\n          lastUsedAt\n          expiresAt\n        }\n        memberships {\n          id\n          rights\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {\n    auditEvents(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          actorID\n          subjectID\n          ip\n          userAgent\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        email\n        username\n        name\n        role\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      deletedUserId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockUser($input: LockUserInput!) {\n    lockUser(input: $input) {\n      user {\n        id\n        lockedAt\n        lockKind\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').LockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedAt\n        lockKind\n        secondFactorLockedAt\n        secondFactorLockedUntil\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UnlockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($input: AdminResetPasswordInput!) {\n    adminResetPassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AdminResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForceSignIn($input: ForceSignInInput!) {\n    forceSignIn(input: $input) {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ForceSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecuritySettings {\n    securitySettings {\n      resetLinkLifetimeMinutes\n      setPasswordLinkLifetimeMinutes\n      resetRequestsPerHour\n      resetMinIntervalSeconds\n      adminResetsPerHour\n      ipRequestsPerMinute\n      lockoutThreshold\n      lockoutMinutes\n      resetMethod\n      registrationOpen\n      passwordPolicy\n      requireSecondFactor\n      updatedAt\n      underPressure\n      hashPressure\n    }\n  }\n"): typeof import('./graphql').SecuritySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        resetLinkLifetimeMinutes\n        setPasswordLinkLifetimeMinutes\n        resetRequestsPerHour\n        resetMinIntervalSeconds\n        adminResetsPerHour\n        ipRequestsPerMinute\n        lockoutThreshold\n        lockoutMinutes\n        resetMethod\n        registrationOpen\n        passwordPolicy\n        requireSecondFactor\n        updatedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateSecuritySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int, $after: Cursor, $where: OutboxMessageWhereInput) {\n    outbox(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          toAddress\n          subject\n          textBody\n          link\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      createdAt\n      members {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetSecondFactors($input: AdminResetSecondFactorsInput!) {\n    adminResetSecondFactors(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AdminResetSecondFactorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEventTypes {\n      name\n      description\n    }\n    webhookEndpoints(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          enabled\n          disabledReason\n          previousSecretExpiresAt\n          createdAt\n          deliveries(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {\n            totalCount\n            edges {\n              node {\n                id\n                eventType\n                status\n                attempts\n                responseStatus\n                durationMs\n                responseBody\n                lastError\n                createdAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n        events\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhookEvent($input: SendTestWebhookEventInput!) {\n    sendTestWebhookEvent(input: $input) {\n      eventId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SendTestWebhookEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookEvent($input: ReplayWebhookEventInput!) {\n    replayWebhookEvent(input: $input) {\n      delivery {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReplayWebhookEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerifiedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSignIn($input: ReportSignInInput!) {\n    reportSignIn(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReportSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {\n    requestUsernameReminder(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RequestUsernameReminderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      id\n      name\n      email\n      username\n      role\n      createdAt\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      createdAt\n      viewerRights\n      requireSecondFactor\n      members {\n        id\n        rights\n        createdAt\n        user {\n          id\n          name\n          username\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($id: ID!) {\n    organization(id: $id) {\n      id\n      invitations {\n        id\n        email\n        rights\n        status\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      membership {\n        id\n        rights\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n        requireSecondFactor\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      notificationPreferences {\n        notice\n        enabled\n        optional\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      createdAt\n      lastSignInAt\n      emailVerifiedAt\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n      }\n      notificationPreferences {\n        notice\n        enabled\n        optional\n      }\n      sessions {\n        id\n        createdAt\n        lastSeenAt\n        expiresAt\n        ip\n        userAgent\n        current\n        authMethods\n        authLevel\n      }\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      memberships {\n        id\n        rights\n        createdAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivity($first: Int, $after: Cursor) {\n    me {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            actorID\n            subjectID\n            ip\n            userAgent\n            createdAt\n            details {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAccessTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeAccessTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): typeof import('./graphql').ExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMe($input: DeleteMeInput!) {\n    deleteMe(input: $input) {\n      deletedUserId\n      organizations {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      secondFactorLockedUntil\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').VerifySecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeySignIn($input: BeginPasskeySignInInput!) {\n    beginPasskeySignIn(input: $input) {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BeginPasskeySignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').FinishPasskeySignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      secondFactorRequired\n      secondFactorMethods\n      secondFactorLockedUntil\n      userErrors {\n        code\n        field\n        message\n      }\n      challenge {\n        algorithm\n        challenge\n        salt\n        maxNumber\n        signature\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyRegistration($input: BeginPasskeyRegistrationInput!) {\n    beginPasskeyRegistration(input: $input) {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BeginPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      passkey {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').FinishPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RenamePasskeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMethods {\n    me {\n      id\n      email\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SignInMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeSvg\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').EnrollTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotp($input: ConfirmTotpInput!) {\n    confirmTotp(input: $input) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSecondFactor($input: RemoveSecondFactorInput!) {\n    removeSecondFactor(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveSecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RegenerateRecoveryCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      mustChangePassword\n      mustEnrollSecondFactor\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
