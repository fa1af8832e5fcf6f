import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,t as n}from"./react-DCTAcUCH.js";import{f as r,o as i,p as a}from"./i18n-BEJJknIU.js";function o(e,t){if(e instanceof RegExp)return{keys:!1,pattern:e};var n,r,i,a,o=[],s=``,c=e.split(`/`);for(c[0]||c.shift();i=c.shift();)n=i[0],n===`*`?(o.push(n),s+=i[1]===`?`?`(?:/(.*))?`:`/(.*)`):n===`:`?(r=i.indexOf(`?`,1),a=i.indexOf(`.`,1),o.push(i.substring(1,~r?r:~a?a:i.length)),s+=~r&&!~a?`(?:/([^/]+?))?`:`/([^/]+?)`,~a&&(s+=(~r?`?`:``)+`\\`+i.substring(a))):s+=`/`+i;return{keys:o,pattern:RegExp(`^`+s+(t?`(?=$|/)`:`/?$`),`i`)}}var s=e(t(),1),c=a(),l=s.useInsertionEffect,u=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0?s.useLayoutEffect:s.useEffect,d=l||u,f=e=>{let t=s.useRef([e,(...e)=>t[0](...e)]).current;return d(()=>{t[0]=e}),t[1]},p=[`popstate`,`pushState`,`replaceState`,`hashchange`],m=[],h=()=>m.forEach(e=>e()),g=e=>(m.push(e)===1&&p.forEach(e=>addEventListener(e,h)),()=>{m=m.filter(t=>t!==e),m.length||p.forEach(e=>removeEventListener(e,h))}),_=(e,t)=>(0,c.useSyncExternalStore)(g,e,t),v=()=>location.search,y=({ssrSearch:e}={})=>_(v,e==null?v:()=>e),b=()=>location.pathname,x=({ssrPath:e}={})=>_(b,e==null?b:()=>e),S=(e,{replace:t=!1,state:n=null}={})=>history[t?`replaceState`:`pushState`](n,``,e),C=e=>[x(e),S],w=Symbol.for(`wouter_v3`);if(typeof history<`u`&&window[w]===void 0){for(let e of[`pushState`,`replaceState`]){let t=history[e];history[e]=function(){let n=t.apply(this,arguments),r=new Event(e);return r.arguments=arguments,dispatchEvent(r),n}}Object.defineProperty(window,w,{value:!0})}var T=(e=``)=>e===`/`?``:e,ee=(e,t)=>e[0]===`~`?e.slice(1):T(t)+e,E=(e,t)=>(e=D(T(e)),t=D(t),!e||(t.toLowerCase()+`/`).startsWith(e.toLowerCase()+`/`)?t.slice(e.length)||`/`:`~`+t),D=e=>{try{return e.includes(`%`)?decodeURI(e):e}catch{return e}},O=e=>D(e[0]===`?`?e.slice(1):e),k={hook:C,searchHook:y,parser:o,base:``,ssrPath:void 0,ssrSearch:void 0,ssrContext:void 0,hrefs:e=>e,aroundNav:(e,t,n)=>e(t,n)},A=(0,s.createContext)(k),j=()=>(0,s.useContext)(A),M={},N=(0,s.createContext)(M),P=()=>(0,s.useContext)(N),F=(e,t=e.base)=>E(t,e.hook(e)[0]),I=e=>{let[t,n]=e.hook(e);return[E(e.base,t),f((t,r)=>e.aroundNav(n,ee(t,e.base),r))]},te=()=>I(j()),ne=()=>{let e=j();return O(e.searchHook(e))},L=(e,t,n,r)=>{let{pattern:i,keys:a}=t instanceof RegExp?{pattern:t}:e(t||`*`,r),o=i.exec(n);if(!o)return[!1,null];let s={};for(let e=1;e<o.length;e++)s[e-1]=o[e];if(a)for(let e=0;e<a.length;e++)s[a[e]]=o[e+1];else Object.assign(s,o.groups);return r?[!0,s,o[0]]:[!0,s]},re=({children:e,...t})=>{let n=j(),r=t.hook?k:n,i=r;if(t.ssrPath){let[e,n=t.ssrSearch??``]=t.ssrPath.split(`?`);e&&(t.ssrSearch=n,t.ssrPath=e)}t.hrefs=t.hrefs??t.hook?.hrefs,t.searchHook=t.searchHook??t.hook?.searchHook;let a=(0,s.useRef)(r),o=a.current,c=o;for(let e in r){let n=e===`base`?r[e]+(t[e]??``):t[e]??r[e];n!==c[e]&&(o===c&&(a.current=c={...c}),c[e]=n),(n!==r[e]||n!==i[e])&&(i=c)}return(0,s.createElement)(A.Provider,{value:i},e)},ie=({children:e,component:t},n)=>t?(0,s.createElement)(t,{params:n}):typeof e==`function`?e(n):e,ae=e=>{let t=(0,s.useRef)(M),n=t.current,r=Object.keys(e);return t.current=r.length!==Object.keys(n).length||r.some(t=>e[t]!==n[t])?e:n},oe=({path:e,nest:t,match:n,...r})=>{let i=j(),a=F(i),[o,c,l]=n??L(i.parser,e,a,t),u=ae({...P(),...c});if(!o)return null;let d=ie(r,u);return(0,s.createElement)(N.Provider,{value:u},l?(0,s.createElement)(re,{base:l},d):d)},se=(0,s.forwardRef)((e,t)=>{let n=j(),[r,i]=I(n),{to:a=``,href:o=a,onClick:c,asChild:l,children:u,className:d,replace:p,state:m,transition:h,...g}=e;return g.onClick=f(t=>{t.ctrlKey||t.metaKey||t.altKey||t.shiftKey||t.button!==0||(c?.(t),t.defaultPrevented||(t.preventDefault(),i(o,e)))}),g.href=n.hrefs(o[0]===`~`?o.slice(1):n.base+o,n),d!==void 0&&(g.className=d?.call?d(r===o):d),t&&(g.ref=t),l&&(0,s.isValidElement)(u)?(0,s.cloneElement)(u,g):(0,s.createElement)(`a`,g,u)}),R=(e,t=[])=>{if(Array.isArray(e))for(let n of e)R(n&&n.type===s.Fragment?n.props.children:n,t);else t.push(e);return t},z=({children:e,location:t})=>{let n=j(),r=F(n);for(let i of R(e)){let e=0;if((0,s.isValidElement)(i)&&(e=L(n.parser,i.props.path,t||r,i.props.nest))[0])return(0,s.cloneElement)(i,{match:e})}return null},B=e=>{let{to:t,href:n=t}=e,r=j(),[,i]=I(r),a=f(()=>i(t||n,e)),{ssrContext:o}=r;return u(()=>{a()},[]),o&&(o.redirectTo=t),null},V=`/graphql`,H=class extends Error{code;errors;constructor(e,t,n=[]){super(t),this.name=`RequestError`,this.code=e,this.errors=n}};function U(e){return e===401?`UNAUTHENTICATED`:e===403?`FORBIDDEN`:e===429?`RATE_LIMITED`:`INTERNAL`}var W=new Set;function G(e){return W.add(e),()=>{W.delete(e)}}function K(e){for(let t of W)t(e);throw e}function ce(e,...[t]){return q(e.toString(),t)}async function q(e,t,n){let r;try{r=await fetch(V,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({query:e,variables:t??{}}),signal:n})}catch(e){if(e instanceof DOMException&&e.name===`AbortError`)throw e;K(new H(`NETWORK`,e instanceof Error?e.message:String(e)))}let i;try{i=await r.json()}catch{i=void 0}let a=i?.errors??[];if(a.length>0){let e=a[0];K(new H(e.extensions?.code??U(r.status),e.message,a))}return r.ok&&i?.data!=null||K(new H(U(r.status),`HTTP ${r.status}`)),i.data}function le(e,...[t]){let[n,r]=(0,s.useState)({loading:!0}),[i,a]=(0,s.useState)(0),o=JSON.stringify(t??{});(0,s.useEffect)(()=>{let t=new AbortController;return r(e=>({...e,loading:!0})),q(e.toString(),JSON.parse(o),t.signal).then(e=>r({data:e,loading:!1}),e=>{t.signal.aborted||r({loading:!1,error:e instanceof H?e:new H(`INTERNAL`,String(e))})}),()=>t.abort()},[e,o,i]);let c=(0,s.useCallback)(()=>a(e=>e+1),[]),l=(0,s.useCallback)(()=>{r({loading:!0}),a(e=>e+1)},[]);return{...n,refetch:c,reload:l}}var J=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},ue={"\n  query AuditPeople($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on User {\n        id\n        name\n        username\n      }\n    }\n  }\n":new J(`
    query AuditPeople($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on User {
      id
      name
      username
    }
  }
}
    `),"\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      maxLength\n      rules\n    }\n  }\n":new J(`
    query PasswordPolicy {
  passwordPolicy {
    preset
    minLength
    maxLength
    rules
  }
}
    `),"\n  query ReauthMethods {\n    me {\n      id\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n      }\n    }\n  }\n":new J(`
    query ReauthMethods {
  me {
    id
    recoveryCodesLeft
    secondFactors {
      id
      kind
    }
  }
}
    `),"\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation Reauthenticate($input: ReauthenticateInput!) {
  reauthenticate(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RequestReset($input: RequestResetInput!) {\n    requestReset(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n      challenge {\n        algorithm\n        challenge\n        salt\n        maxNumber\n        signature\n      }\n    }\n  }\n":new J(`
    mutation RequestReset($input: RequestResetInput!) {
  requestReset(input: $input) {
    userErrors {
      code
      field
      message
    }
    challenge {
      algorithm
      challenge
      salt
      maxNumber
      signature
    }
  }
}
    `),"\n  mutation SignOut {\n    signOut {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation SignOut {
  signOut {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        name\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation UpdateMe($input: UpdateMeInput!) {
  updateMe(input: $input) {
    user {
      id
      name
      locale
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      rights\n      expiresAt\n      hasAccount\n    }\n  }\n":new J(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    email
    organizationName
    rights
    expiresAt
    hasAccount
  }
}
    `),"\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        organization {\n          id\n          name\n        }\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    membership {
      id
      organization {
        id
        name
      }
    }
    user {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query AdminUsers($first: Int, $after: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          username\n          name\n          role\n          createdAt\n          lastSignInAt\n          lockedAt\n          lockKind\n          secondFactorLockedAt\n        }\n      }\n    }\n  }\n":new J(`
    query AdminUsers($first: Int, $after: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {
  users(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        username
        name
        role
        createdAt
        lastSignInAt
        lockedAt
        lockKind
        secondFactorLockedAt
      }
    }
  }
}
    `),"\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        id\n        email\n        username\n        name\n        role\n        locale\n        createdAt\n        lastSignInAt\n        lockedAt\n        lockKind\n        secondFactorLockedAt\n        secondFactorLockedUntil\n        emailVerifiedAt\n        mustChangePassword\n        secondFactorKinds\n        sessions {\n          id\n          createdAt\n          lastSeenAt\n          ip\n          userAgent\n          authMethods\n        }\n        accessTokens {\n          id\n          name\n          createdAt\n          lastUsedAt\n          expiresAt\n        }\n        memberships {\n          id\n          rights\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":new J(`
    query AdminUser($id: ID!) {
  node(id: $id) {
    ... on User {
      id
      email
      username
      name
      role
      locale
      createdAt
      lastSignInAt
      lockedAt
      lockKind
      secondFactorLockedAt
      secondFactorLockedUntil
      emailVerifiedAt
      mustChangePassword
      secondFactorKinds
      sessions {
        id
        createdAt
        lastSeenAt
        ip
        userAgent
        authMethods
      }
      accessTokens {
        id
        name
        createdAt
        lastUsedAt
        expiresAt
      }
      memberships {
        id
        rights
        organization {
          id
          name
        }
      }
    }
  }
}
    `),"\n  query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {\n    auditEvents(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          actorID\n          subjectID\n          ip\n          userAgent\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n":new J(`
    query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {
  auditEvents(
    first: $first
    after: $after
    where: $where
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        type
        actorID
        subjectID
        ip
        userAgent
        createdAt
        details {
          key
          value
        }
      }
    }
  }
}
    `),"\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      email
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        email\n        username\n        name\n        role\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    user {
      id
      email
      username
      name
      role
      locale
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      deletedUserId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation DeleteUser($input: DeleteUserInput!) {
  deleteUser(input: $input) {
    deletedUserId
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation LockUser($input: LockUserInput!) {\n    lockUser(input: $input) {\n      user {\n        id\n        lockedAt\n        lockKind\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation LockUser($input: LockUserInput!) {
  lockUser(input: $input) {
    user {
      id
      lockedAt
      lockKind
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedAt\n        lockKind\n        secondFactorLockedAt\n        secondFactorLockedUntil\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation UnlockUser($input: UnlockUserInput!) {
  unlockUser(input: $input) {
    user {
      id
      lockedAt
      lockKind
      secondFactorLockedAt
      secondFactorLockedUntil
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation AdminResetPassword($input: AdminResetPasswordInput!) {\n    adminResetPassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation AdminResetPassword($input: AdminResetPasswordInput!) {
  adminResetPassword(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ForceSignIn($input: ForceSignInInput!) {\n    forceSignIn(input: $input) {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation ForceSignIn($input: ForceSignInInput!) {
  forceSignIn(input: $input) {
    revokedSessions
    revokedTokens
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query SecuritySettings {\n    securitySettings {\n      resetLinkLifetimeMinutes\n      setPasswordLinkLifetimeMinutes\n      resetRequestsPerHour\n      resetMinIntervalSeconds\n      adminResetsPerHour\n      ipRequestsPerMinute\n      lockoutThreshold\n      lockoutMinutes\n      resetMethod\n      registrationOpen\n      passwordPolicy\n      requireSecondFactor\n      updatedAt\n      underPressure\n      hashPressure\n    }\n  }\n":new J(`
    query SecuritySettings {
  securitySettings {
    resetLinkLifetimeMinutes
    setPasswordLinkLifetimeMinutes
    resetRequestsPerHour
    resetMinIntervalSeconds
    adminResetsPerHour
    ipRequestsPerMinute
    lockoutThreshold
    lockoutMinutes
    resetMethod
    registrationOpen
    passwordPolicy
    requireSecondFactor
    updatedAt
    underPressure
    hashPressure
  }
}
    `),"\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        resetLinkLifetimeMinutes\n        setPasswordLinkLifetimeMinutes\n        resetRequestsPerHour\n        resetMinIntervalSeconds\n        adminResetsPerHour\n        ipRequestsPerMinute\n        lockoutThreshold\n        lockoutMinutes\n        resetMethod\n        registrationOpen\n        passwordPolicy\n        requireSecondFactor\n        updatedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {
  updateSecuritySettings(input: $input) {
    securitySettings {
      resetLinkLifetimeMinutes
      setPasswordLinkLifetimeMinutes
      resetRequestsPerHour
      resetMinIntervalSeconds
      adminResetsPerHour
      ipRequestsPerMinute
      lockoutThreshold
      lockoutMinutes
      resetMethod
      registrationOpen
      passwordPolicy
      requireSecondFactor
      updatedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Outbox($first: Int, $after: Cursor, $where: OutboxMessageWhereInput) {\n    outbox(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          toAddress\n          subject\n          textBody\n          link\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n":new J(`
    query Outbox($first: Int, $after: Cursor, $where: OutboxMessageWhereInput) {
  outbox(
    first: $first
    after: $after
    where: $where
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        toAddress
        subject
        textBody
        link
        status
        attempts
        lastError
        createdAt
        sentAt
      }
    }
  }
}
    `),"\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      createdAt\n      members {\n        id\n      }\n    }\n  }\n":new J(`
    query AdminOrganizations {
  organizations {
    id
    name
    createdAt
    members {
      id
    }
  }
}
    `),"\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
      name
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation AdminResetSecondFactors($input: AdminResetSecondFactorsInput!) {\n    adminResetSecondFactors(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation AdminResetSecondFactors($input: AdminResetSecondFactorsInput!) {
  adminResetSecondFactors(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query WebhookEndpoints {\n    webhookEventTypes {\n      name\n      description\n    }\n    webhookEndpoints(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          enabled\n          disabledReason\n          previousSecretExpiresAt\n          createdAt\n          deliveries(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {\n            totalCount\n            edges {\n              node {\n                id\n                eventType\n                status\n                attempts\n                responseStatus\n                durationMs\n                responseBody\n                lastError\n                createdAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":new J(`
    query WebhookEndpoints {
  webhookEventTypes {
    name
    description
  }
  webhookEndpoints(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) {
    edges {
      node {
        id
        url
        description
        events
        enabled
        disabledReason
        previousSecretExpiresAt
        createdAt
        deliveries(first: 20, orderBy: {field: CREATED_AT, direction: DESC}) {
          totalCount
          edges {
            node {
              id
              eventType
              status
              attempts
              responseStatus
              durationMs
              responseBody
              lastError
              createdAt
            }
          }
        }
      }
    }
  }
}
    `),"\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        url\n        events\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    endpoint {
      id
      url
      events
      enabled
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        enabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    endpoint {
      id
      enabled
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    secret
    endpoint {
      id
      previousSecretExpiresAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) {\n      deletedId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
  deleteWebhookEndpoint(input: $input) {
    deletedId
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation SendTestWebhookEvent($input: SendTestWebhookEventInput!) {\n    sendTestWebhookEvent(input: $input) {\n      eventId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation SendTestWebhookEvent($input: SendTestWebhookEventInput!) {
  sendTestWebhookEvent(input: $input) {
    eventId
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ReplayWebhookEvent($input: ReplayWebhookEventInput!) {\n    replayWebhookEvent(input: $input) {\n      delivery {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation ReplayWebhookEvent($input: ReplayWebhookEventInput!) {
  replayWebhookEvent(input: $input) {
    delivery {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    user {
      id
      mustChangePassword
    }
    revokedSessions
    revokedTokens
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
  confirmEmailChange(input: $input) {
    user {
      id
      email
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerifiedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation VerifyEmail($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    user {
      id
      email
      emailVerifiedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ReportSignIn($input: ReportSignInInput!) {\n    reportSignIn(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation ReportSignIn($input: ReportSignInInput!) {
  reportSignIn(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {\n    requestUsernameReminder(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {
  requestUsernameReminder(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Home {\n    me {\n      id\n      name\n      email\n      username\n      role\n      createdAt\n      lastSignInAt\n    }\n  }\n":new J(`
    query Home {
  me {
    id
    name
    email
    username
    role
    createdAt
    lastSignInAt
  }
}
    `),"\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      createdAt\n      viewerRights\n      requireSecondFactor\n      members {\n        id\n        rights\n        createdAt\n        user {\n          id\n          name\n          username\n          email\n        }\n      }\n    }\n  }\n":new J(`
    query Organization($id: ID!) {
  organization(id: $id) {
    id
    name
    createdAt
    viewerRights
    requireSecondFactor
    members {
      id
      rights
      createdAt
      user {
        id
        name
        username
        email
      }
    }
  }
}
    `),"\n  query Invitations($id: ID!) {\n    organization(id: $id) {\n      id\n      invitations {\n        id\n        email\n        rights\n        status\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n    }\n  }\n":new J(`
    query Invitations($id: ID!) {
  organization(id: $id) {
    id
    invitations {
      id
      email
      rights
      status
      createdAt
      expiresAt
      acceptedAt
      revokedAt
    }
  }
}
    `),"\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      id
      email
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      membership {\n        id\n        rights\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation UpdateMember($input: UpdateMemberInput!) {
  updateMember(input: $input) {
    membership {
      id
      rights
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n        requireSecondFactor\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation UpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      id
      name
      requireSecondFactor
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      notificationPreferences {\n        notice\n        enabled\n        optional\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    notificationPreferences {
      notice
      enabled
      optional
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Profile {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      createdAt\n      lastSignInAt\n      emailVerifiedAt\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n      }\n      notificationPreferences {\n        notice\n        enabled\n        optional\n      }\n      sessions {\n        id\n        createdAt\n        lastSeenAt\n        expiresAt\n        ip\n        userAgent\n        current\n        authMethods\n        authLevel\n      }\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      memberships {\n        id\n        rights\n        createdAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n":new J(`
    query Profile {
  me {
    id
    email
    username
    name
    role
    locale
    createdAt
    lastSignInAt
    emailVerifiedAt
    recoveryCodesLeft
    secondFactors {
      id
      kind
    }
    notificationPreferences {
      notice
      enabled
      optional
    }
    sessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      ip
      userAgent
      current
      authMethods
      authLevel
    }
    accessTokens {
      id
      name
      createdAt
      lastUsedAt
      expiresAt
    }
    memberships {
      id
      rights
      createdAt
      organization {
        id
        name
      }
    }
  }
}
    `),"\n  query MyActivity($first: Int, $after: Cursor) {\n    me {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            actorID\n            subjectID\n            ip\n            userAgent\n            createdAt\n            details {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n":new J(`
    query MyActivity($first: Int, $after: Cursor) {
  me {
    id
    activity(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          actorID
          subjectID
          ip
          userAgent
          createdAt
          details {
            key
            value
          }
        }
      }
    }
  }
}
    `),"\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RequestEmailChange($input: RequestEmailChangeInput!) {
  requestEmailChange(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RevokeSession($input: RevokeSessionInput!) {
  revokeSession(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation SignOutEverywhere {
  signOutEverywhere {
    revokedSessions
    revokedTokens
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation CreateAccessToken($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) {
    token
    accessToken {
      id
      name
      createdAt
      lastUsedAt
      expiresAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
  revokeAccessToken(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query ExportMyData {\n    exportMyData\n  }\n":new J(`
    query ExportMyData {
  exportMyData
}
    `),"\n  mutation DeleteMe($input: DeleteMeInput!) {\n    deleteMe(input: $input) {\n      deletedUserId\n      organizations {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation DeleteMe($input: DeleteMeInput!) {
  deleteMe(input: $input) {
    deletedUserId
    organizations {
      id
      name
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    user {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      secondFactorLockedUntil\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation VerifySecondFactor($input: VerifySecondFactorInput!) {
  verifySecondFactor(input: $input) {
    user {
      id
    }
    mustChangePassword
    secondFactorLockedUntil
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation BeginPasskeySignIn($input: BeginPasskeySignInInput!) {\n    beginPasskeySignIn(input: $input) {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation BeginPasskeySignIn($input: BeginPasskeySignInInput!) {
  beginPasskeySignIn(input: $input) {
    options
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {
  finishPasskeySignIn(input: $input) {
    user {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      secondFactorRequired\n      secondFactorMethods\n      secondFactorLockedUntil\n      userErrors {\n        code\n        field\n        message\n      }\n      challenge {\n        algorithm\n        challenge\n        salt\n        maxNumber\n        signature\n      }\n    }\n  }\n":new J(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      id
    }
    mustChangePassword
    secondFactorRequired
    secondFactorMethods
    secondFactorLockedUntil
    userErrors {
      code
      field
      message
    }
    challenge {
      algorithm
      challenge
      salt
      maxNumber
      signature
    }
  }
}
    `),"\n  mutation BeginPasskeyRegistration($input: BeginPasskeyRegistrationInput!) {\n    beginPasskeyRegistration(input: $input) {\n      options\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation BeginPasskeyRegistration($input: BeginPasskeyRegistrationInput!) {
  beginPasskeyRegistration(input: $input) {
    options
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      passkey {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) {
    passkey {
      id
      name
      createdAt
      lastUsedAt
    }
    recoveryCodes
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      passkey {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RenamePasskey($input: RenamePasskeyInput!) {
  renamePasskey(input: $input) {
    passkey {
      id
      name
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query SignInMethods {\n    me {\n      id\n      email\n      recoveryCodesLeft\n      secondFactors {\n        id\n        kind\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n":new J(`
    query SignInMethods {
  me {
    id
    email
    recoveryCodesLeft
    secondFactors {
      id
      kind
      name
      createdAt
      lastUsedAt
    }
  }
}
    `),"\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeSvg\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation EnrollTotp {
  enrollTotp {
    secret
    otpauthUrl
    qrCodeSvg
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ConfirmTotp($input: ConfirmTotpInput!) {\n    confirmTotp(input: $input) {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation ConfirmTotp($input: ConfirmTotpInput!) {
  confirmTotp(input: $input) {
    recoveryCodes
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RemoveSecondFactor($input: RemoveSecondFactorInput!) {\n    removeSecondFactor(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RemoveSecondFactor($input: RemoveSecondFactorInput!) {
  removeSecondFactor(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes {\n      recoveryCodes\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation RegenerateRecoveryCodes {
  regenerateRecoveryCodes {
    recoveryCodes
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new J(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Viewer {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      mustChangePassword\n      mustEnrollSecondFactor\n    }\n  }\n":new J(`
    query Viewer {
  me {
    id
    email
    username
    name
    role
    locale
    mustChangePassword
    mustEnrollSecondFactor
  }
}
    `)};function de(e){return ue[e]??{}}function Y(e){if(typeof e==`string`&&e!==``&&e.startsWith(`/`)&&!(e.startsWith(`//`)||e.startsWith(`/\\`))&&!/[\\\u0000-\u001f\u007f]/.test(e))try{let t=`https://latchkey.invalid`,n=new URL(e,t);return n.origin===t?n.pathname+n.search+n.hash:void 0}catch{return}}function fe(e,t){let n=Y(t);return n&&n!==`/`?`${e}?next=${encodeURIComponent(n)}`:e}var X={home:`/`,signIn:`/sign-in`,secondFactor:`/sign-in/second-factor`,signUp:`/sign-up`,forgotPassword:`/forgot-password`,forgotUsername:`/forgot-username`,resetPassword:`/reset-password`,changePassword:`/change-password`,verifyEmail:`/verify-email`,confirmEmail:`/confirm-email`,reportSignIn:`/this-wasnt-me`,acceptInvitation:`/accept-invitation`,profile:`/profile`,signInMethods:`/profile/sign-in-methods`,organization:`/organizations/:id`,adminUsers:`/admin/users`,adminNewUser:`/admin/users/new`,adminUser:`/admin/users/:id`,adminSettings:`/admin/settings`,adminAudit:`/admin/audit`,adminOutbox:`/admin/outbox`,adminWebhooks:`/admin/webhooks`,adminOrganizations:`/admin/organizations`,playground:`/playground`},pe=e=>`/organizations/${encodeURIComponent(e)}`,me=e=>`/admin/users/${encodeURIComponent(e)}`;function he(e){let t=Y(e),n=new URLSearchParams({required:`1`});return t&&t!==X.signInMethods&&!t.startsWith(`${X.signInMethods}?`)&&n.set(`next`,t),`${X.signInMethods}?${n.toString()}`}var Z=n();function ge({label:e}){let{t}=r();return(0,Z.jsxs)(`p`,{className:`status`,role:`status`,children:[(0,Z.jsx)(`span`,{className:`spinner`,"aria-hidden":`true`}),e??t(`app.loading`)]})}function _e({error:e,retry:t}){let{t:n}=r();return(0,Z.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,Z.jsx)(`p`,{children:i(n,e??{code:`UNKNOWN`})}),t&&(0,Z.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:t,children:n(`app.retry`)})]})}function ve({children:e,tone:t=`success`}){return(0,Z.jsx)(`div`,{className:`notice notice-${t}`,role:`status`,children:e})}function ye({children:e}){return(0,Z.jsx)(`p`,{className:`empty`,children:e})}var be=typeof window>`u`?``:window.location.href,Q=!1;function $({children:e,focusOnMount:t}){let n=(0,s.useRef)(null);return(0,s.useEffect)(()=>{window.location.href!==be&&(Q=!0),(Q||t)&&n.current?.focus()},[]),(0,Z.jsx)(`h1`,{ref:n,tabIndex:-1,children:e})}function xe(e){let{t}=r(),n=t(`app.pageTitle`,{page:e});(0,s.useEffect)(()=>{document.title=n},[n])}function Se({errors:e,focusKey:t}){let{t:n}=r(),i=(0,s.useRef)(null),a=(0,s.useId)();return(0,s.useEffect)(()=>{e.length>0&&i.current?.focus()},[t]),e.length===0?null:(0,Z.jsxs)(`div`,{ref:i,className:`error-summary`,role:`alert`,tabIndex:-1,"aria-labelledby":a,children:[(0,Z.jsx)(`h2`,{id:a,children:n(`form.errorSummaryTitle`)}),(0,Z.jsx)(`ul`,{children:e.map((e,t)=>(0,Z.jsx)(`li`,{children:e.fieldId?(0,Z.jsx)(`a`,{href:`#${e.fieldId}`,onClick:t=>{t.preventDefault(),document.getElementById(e.fieldId)?.focus()},children:e.message}):e.message},`${e.fieldId??``}:${t}`))})]})}function Ce(e){let{t}=r(),[n,a]=(0,s.useState)({fields:{},form:[],attempt:0}),o=Object.keys(e),c=(0,s.useCallback)(e=>`key`in e?String(t(e.key,e.values)):i(t,e),[t]),l=(0,s.useCallback)((e,t=[])=>{a(n=>({fields:e,form:t,attempt:n.attempt+1}))},[]),u=(0,s.useCallback)(()=>a(e=>({fields:{},form:[],attempt:e.attempt})),[]),d=(0,s.useCallback)((t,n)=>{let r={},i=[];for(let a of t){let t=a.field?.[a.field.length-1],o=t?n?.(t)??(t in e?t:void 0):void 0;o&&!r[o]?r[o]={code:a.code,message:a.message,field:a.field}:i.push({code:a.code,message:a.message,field:a.field})}t.length===0&&i.push({code:`UNKNOWN`}),l(r,i)},[l]),f=(0,s.useCallback)(e=>{l({},[e instanceof H?{code:e.code,message:e.message}:{code:`UNKNOWN`}])},[l]),p=e=>{let t=n.fields[e];return t?c(t):void 0},m=(0,s.useMemo)(()=>[...n.form.map(e=>({message:c(e)})),...o.filter(e=>n.fields[e]).map(t=>({message:c(n.fields[t]),fieldId:e[t]}))],[n,c]);return{describe:c,show:l,clear:u,showUserErrors:d,showError:f,fieldError:p,problems:n,hasProblems:m.length>0,summary:(0,Z.jsx)(Se,{errors:m,focusKey:n.attempt})}}var we={};function Te(e=we){let t=Ce(e),[n,r]=(0,s.useState)(!1),i=(0,s.useRef)(!1),a=Object.keys(e).length===0;async function o(e,n={}){if(i.current)return;let o=n.check?.()??{};if(Object.keys(o).length>0)t.show(o);else{i.current=!0,r(!0),a&&t.clear();try{let r=await e();if(r.userErrors.length===0&&(n.succeeded?.(r)??!0))return t.clear(),r;n.handle?.(r.userErrors,r)||t.showUserErrors(r.userErrors,n.fieldFor);return}catch(e){t.showError(e);return}finally{i.current=!1,r(!1)}}}let{form:c,fields:l}=t.problems,u=c[0]??Object.keys(e).map(e=>l[e]).find(Boolean),d=u&&t.describe(u);return{busy:n,run:o,show:t.show,clear:t.clear,fieldError:t.fieldError,summary:t.summary,problem:u,message:d,alert:d?(0,Z.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:d}):null}}export{te as C,z as S,ne as T,ce as _,_e as a,B as b,me as c,X as d,Y as f,G as g,H as h,ye as i,he as l,de as m,xe as n,ge as o,fe as p,$ as r,ve as s,Te as t,pe as u,le as v,P as w,oe as x,se as y};