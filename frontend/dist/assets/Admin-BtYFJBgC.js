import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{_ as t,a as n,b as r,d as i,g as a,h as o,i as s,l as c,n as l,o as u,r as d,s as f,t as p,u as m}from"./index-CMNN8p7s.js";import{i as h,t as g}from"./react-DCTAcUCH.js";import{a as _,b as v,c as y,h as b,i as x,l as S,m as C,n as w,o as T,p as E,r as D,s as O,t as k,u as A,y as j}from"./useDocumentTitle-BZ7p3Vak.js";import{a as M,d as N,f as P,o as F,t as I}from"./i18n-Co5CFVo7.js";var L=e(h(),1),R;function z(e){R=e}function B(){let e=R;return R=void 0,e}var V=g(),ee=[[S.adminUsers,`admin.nav.users`],[S.adminOrganizations,`admin.nav.organizations`],[S.adminSettings,`admin.nav.settings`],[S.adminAudit,`admin.nav.audit`],[S.adminOutbox,`admin.nav.outbox`]];function H({title:e,children:t,actions:n}){let{t:r}=P();k(e);let[i]=j();return(0,V.jsxs)(`div`,{className:`wide`,children:[(0,V.jsx)(`nav`,{className:`sub-nav`,"aria-label":r(`admin.nav.label`),children:(0,V.jsxs)(`ul`,{children:[ee.map(([e,t])=>(0,V.jsx)(`li`,{children:(0,V.jsx)(b,{href:e,"aria-current":i===e||i.startsWith(`${e}/`)?`page`:void 0,children:r(t)})},e)),(0,V.jsx)(`li`,{children:(0,V.jsx)(`a`,{href:S.playground,children:r(`admin.nav.playground`)})})]})}),(0,V.jsxs)(`div`,{className:`page-head`,children:[(0,V.jsx)(w,{children:e}),n]}),t]})}var te=A(`
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
        }
      }
    }
  }
`),ne=A(`
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
        emailVerifiedAt
        mustChangePassword
        sessions {
          id
          createdAt
          lastSeenAt
          ip
          userAgent
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
`),U=A(`
  query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {
    auditEvents(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
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
`),re=A(`
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
`),ie=A(`
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
`),W=A(`
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
`),G=A(`
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
`),K=A(`
  mutation UnlockUser($input: UnlockUserInput!) {
    unlockUser(input: $input) {
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
`),q=A(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),J=A(`
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
`),ae=A(`
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
      updatedAt
    }
  }
`),oe=A(`
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
        updatedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`),se=A(`
  query Outbox($first: Int, $after: Cursor, $where: OutboxMessageWhereInput) {
    outbox(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
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
`),ce=A(`
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
`),le=A(`
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
`);function Y(e){return e===`ADMIN`?`admin.user.lockedAdmin`:`admin.user.lockedAutomatic`}function ue(e){return e===`ADMIN`?`admin.user.lockAdminHint`:`admin.user.lockAutomaticHint`}var de=20,fe=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function pe(e,t){let n=e.trim(),r=[];if(n&&r.push({search:n}),t&&r.push({lockedAtNotNil:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function me(){let{t:e,i18n:r}=P(),[a]=(0,L.useState)(B),[o,s]=(0,L.useState)(``),[c,u]=(0,L.useState)(``),[d,f]=(0,L.useState)(!1),[h,g]=(0,L.useState)(`CREATED_AT:DESC`),v=l(),[y,w]=h.split(`:`),{data:E,error:k,loading:A,refetch:j}=C(te,{first:de,after:v.after,where:pe(c,d),orderBy:{field:y,direction:w}}),{reset:N}=v;(0,L.useEffect)(N,[c,d,h,N]);function F(e){e.preventDefault(),u(o)}let I=(E?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),R=!!(c.trim()||d);return(0,V.jsxs)(H,{title:e(`admin.users.title`),actions:(0,V.jsx)(b,{href:S.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[a&&(0,V.jsx)(T,{children:e(a.key,a.values)}),(0,V.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:F,"aria-label":e(`admin.users.searchLabel`),children:[(0,V.jsx)(t,{id:`users-search`,type:`search`,maxLength:256,label:e(`admin.users.search`),value:o,onChange:e=>s(e.target.value)}),(0,V.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,V.jsx)(m,{id:`users-sort`,label:e(`admin.users.sort`),value:h,onChange:e=>g(e.target.value),children:fe.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,V.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,V.jsxs)(`div`,{className:`checkbox`,children:[(0,V.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:d,onChange:e=>f(e.target.checked)}),(0,V.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),k?(0,V.jsx)(x,{error:k,retry:j}):!E&&A?(0,V.jsx)(_,{}):I.length===0?(0,V.jsx)(D,{children:e(R?`admin.users.noMatch`:`admin.users.none`)}):(0,V.jsxs)(`div`,{"aria-busy":A||void 0,children:[(0,V.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:M(E?.users.totalCount??0,r.resolvedLanguage??`en`)})}),(0,V.jsx)(n,{label:e(`admin.users.title`),children:(0,V.jsxs)(`table`,{children:[(0,V.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.users.title`)}),(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`home.email`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`home.username`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`home.role`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`home.lastSignIn`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.users.status`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.users.action`)})]})}),(0,V.jsx)(`tbody`,{children:I.map(t=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:t.name||`—`}),(0,V.jsx)(`td`,{children:t.email}),(0,V.jsx)(`td`,{children:t.username}),(0,V.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,V.jsx)(`td`,{children:(0,V.jsx)(i,{value:t.createdAt})}),(0,V.jsx)(`td`,{children:t.lastSignInAt?(0,V.jsx)(i,{value:t.lastSignInAt}):e(`home.never`)}),(0,V.jsx)(`td`,{children:t.lockedAt?(0,V.jsx)(`span`,{className:`badge badge-error`,children:e(Y(t.lockKind))}):(0,V.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})}),(0,V.jsx)(`td`,{children:(0,V.jsx)(b,{href:O(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))})]})}),(0,V.jsx)(p,{pager:v,pageInfo:E?.users.pageInfo,totalCount:E?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function X({idPrefix:e,initial:n,submitLabel:r,onSubmit:i}){let{t:s}=P(),c={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[l,u]=(0,L.useState)(n),[d,f]=(0,L.useState)(!1),p=a(c),h=e=>u(t=>({...t,...e}));async function g(e){if(e.preventDefault(),d)return;let t={};if(l.email.trim()?o(l.email)||(t.email={key:`form.emailInvalid`}):t.email={key:`admin.user.emailRequired`},l.username.trim()||(t.username={key:`admin.user.usernameRequired`}),Object.keys(t).length)p.show(t);else{f(!0);try{let e=await i({...l,email:l.email.trim(),username:l.username.trim(),name:l.name.trim()});e.length>0?p.showUserErrors(e):p.clear()}catch(e){p.showError(e)}finally{f(!1)}}}return(0,V.jsxs)(V.Fragment,{children:[p.summary,(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":d||void 0,children:[(0,V.jsx)(t,{id:c.email,label:s(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:l.email,error:p.fieldError(`email`),onChange:e=>h({email:e.target.value})}),(0,V.jsx)(t,{id:c.username,label:s(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:l.username,error:p.fieldError(`username`),onChange:e=>h({username:e.target.value})}),(0,V.jsx)(t,{id:c.name,label:`${s(`home.name`)} (${s(`form.optional`)})`,autoComplete:`off`,value:l.name,error:p.fieldError(`name`),onChange:e=>h({name:e.target.value})}),(0,V.jsxs)(m,{id:c.role,label:s(`home.role`),value:l.role,error:p.fieldError(`role`),onChange:e=>h({role:e.target.value}),children:[(0,V.jsx)(`option`,{value:`USER`,children:s(`role.USER`)}),(0,V.jsx)(`option`,{value:`ADMIN`,children:s(`role.ADMIN`)})]}),(0,V.jsx)(m,{id:c.locale,label:s(`admin.user.locale`),hint:s(`profile.languageHint`),value:l.locale,error:p.fieldError(`locale`),onChange:e=>h({locale:e.target.value}),children:N.map(e=>(0,V.jsx)(`option`,{value:e,lang:e,children:s(`language.${e}`)},e))}),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d||void 0,children:d?s(`app.saving`):r})]})]})}function he(){let{t:e,i18n:t}=P(),[,n]=j();return(0,V.jsx)(H,{title:e(`admin.newUser.title`),children:(0,V.jsxs)(`div`,{className:`narrow-left`,children:[(0,V.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,V.jsx)(X,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:t.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:t}=await E(re,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return t.user&&t.userErrors.length===0&&(z({key:`admin.newUser.created`,values:{email:t.user.email}}),n(O(t.user.id))),t.userErrors}})]})})}function ge({id:e,version:t}){let{t:n}=P(),r=l(),{data:i,error:a,loading:o,refetch:s}=C(U,{first:10,after:r.after,where:{or:[{actorID:e},{subjectID:e}]}});(0,L.useEffect)(()=>{t>0&&s()},[t,s]);let c=(i?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return a?(0,V.jsx)(x,{error:a,retry:s}):!i&&o?(0,V.jsx)(_,{}):c.length===0?(0,V.jsx)(D,{children:n(`profile.noActivity`)}):(0,V.jsxs)(`div`,{"aria-busy":o||void 0,children:[(0,V.jsx)(d,{rows:c,caption:n(`admin.user.activity`),linkUsers:!0}),(0,V.jsx)(p,{pager:r,pageInfo:i?.auditEvents.pageInfo,totalCount:i?.auditEvents.totalCount,label:n(`admin.user.activityPages`)})]})}function _e({user:e,refetch:t}){let{t:n,i18n:a}=P(),[,o]=j(),{viewer:s,refresh:l}=r(),[d,p]=(0,L.useState)(B),[m,h]=(0,L.useState)(),[g,_]=(0,L.useState)(!1),v=c(),x=c(),C=e=>M(e,a.resolvedLanguage??`en`),w=s?.id===e.id,O=e.name||e.username,[k,A]=(0,L.useState)(0),N=()=>{t(),A(e=>e+1)};async function I(e,t){v.busy||(p(void 0),await v.run(e)&&(p(t),N()))}return(0,V.jsxs)(H,{title:n(`admin.user.title`,{name:O}),children:[(0,V.jsx)(`p`,{children:(0,V.jsx)(b,{href:S.adminUsers,children:n(`admin.user.back`)})}),d&&(0,V.jsx)(T,{children:n(d.key,d.values)}),v.problem&&(0,V.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:F(n,v.problem)}),(0,V.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":n(`admin.user.actions`),children:[(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":g,onClick:()=>_(e=>!e),children:n(`admin.users.edit`)}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":v.busy||void 0,onClick:()=>I(async()=>(await E(q,{input:{userId:e.id}})).adminResetPassword.userErrors,{key:`admin.user.resetSent`,values:{email:e.email}}),children:n(`admin.user.resetPassword`)}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>h(`force`),children:n(`admin.user.forceSignIn`)}),e.lockedAt?(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":v.busy||void 0,onClick:()=>I(async()=>(await E(K,{input:{id:e.id}})).unlockUser.userErrors,{key:`admin.user.unlocked`}),children:n(`admin.user.unlock`)}):(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":v.busy||void 0,onClick:()=>I(async()=>(await E(G,{input:{id:e.id}})).lockUser.userErrors,{key:`admin.user.lockedDone`}),children:n(`admin.user.lock`)}),!w&&(0,V.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>h(`delete`),children:n(`admin.user.delete`)})]}),g&&(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,V.jsx)(`h2`,{id:`edit-user`,children:n(`admin.user.editTitle`)}),(0,V.jsx)(X,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:n(`app.save`),onSubmit:async t=>{let{updateUser:n}=await E(ie,{input:{id:e.id,email:t.email,username:t.username,name:t.name,role:t.role,locale:t.locale}});return n.userErrors.length===0&&(_(!1),p({key:`admin.user.saved`}),N(),w&&l()),n.userErrors}})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,V.jsx)(`h2`,{id:`user-details`,children:n(`profile.accountDetails`)}),(0,V.jsxs)(`dl`,{className:`details`,children:[(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.name`)}),(0,V.jsx)(`dd`,{children:e.name||`—`})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.email`)}),(0,V.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,V.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,V.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.username`)}),(0,V.jsx)(`dd`,{children:e.username})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.role`)}),(0,V.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`admin.user.locale`)}),(0,V.jsx)(`dd`,{children:e.locale})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`admin.users.status`)}),(0,V.jsxs)(`dd`,{children:[e.lockedAt?(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(`span`,{className:`badge badge-error`,children:n(Y(e.lockKind))}),` `,(0,V.jsx)(i,{value:e.lockedAt})]}):(0,V.jsx)(`span`,{className:`badge badge-ok`,children:n(`admin.user.active`)}),e.mustChangePassword&&(0,V.jsxs)(V.Fragment,{children:[` `,n(`admin.user.mustChange`)]}),e.lockedAt&&(0,V.jsx)(`p`,{className:`field-hint`,children:n(ue(e.lockKind))})]})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(i,{value:e.createdAt})})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,V.jsx)(`dd`,{children:e.lastSignInAt?(0,V.jsx)(i,{value:e.lastSignInAt}):n(`home.never`)})]})]})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,V.jsx)(`h2`,{id:`user-sessions`,children:n(`admin.user.sessions`,{sessions:C(e.sessions.length),tokens:C(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,V.jsx)(D,{children:n(`admin.user.noSessions`)}):(0,V.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsx)(`p`,{className:`card-title`,children:u(e.userAgent)||n(`profile.unknownDevice`)}),(0,V.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,n(`profile.lastSeen`),` `,(0,V.jsx)(i,{value:e.lastSeenAt})]})]},e.id)),e.accessTokens.map(e=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsx)(`p`,{className:`card-title`,children:n(`admin.user.tokenNamed`,{name:e.name})}),(0,V.jsxs)(`p`,{className:`muted`,children:[n(`admin.user.lastUsed`),` `,e.lastUsedAt?(0,V.jsx)(i,{value:e.lastUsedAt}):n(`home.never`)]})]},e.id))]})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,V.jsx)(`h2`,{id:`user-orgs`,children:n(`admin.nav.organizations`)}),e.memberships.length===0?(0,V.jsx)(D,{children:n(`admin.user.noOrganizations`)}):(0,V.jsx)(`ul`,{children:e.memberships.map(e=>(0,V.jsxs)(`li`,{children:[(0,V.jsx)(b,{href:y(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>n(`rights.${e}`)).join(`, `)||n(`org.noRights`)]},e.id))})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,V.jsx)(`h2`,{id:`user-activity`,children:n(`admin.user.activity`)}),(0,V.jsx)(ge,{id:e.id,version:k})]}),m===`force`&&(0,V.jsxs)(f,{title:n(`admin.user.forceTitle`,{name:O}),confirmLabel:n(`admin.user.forceSignIn`),danger:!0,busy:x.busy,error:x.problem&&F(n,x.problem),onCancel:()=>{x.reset(),h(void 0)},onConfirm:async()=>{let t={sessions:0,tokens:0};await x.run(async()=>{let{forceSignIn:n}=await E(J,{input:{userId:e.id}});return t={sessions:n.revokedSessions,tokens:n.revokedTokens},n.userErrors})&&(h(void 0),p({key:`admin.user.forced`,values:{sessions:C(t.sessions),tokens:C(t.tokens)}}),N())},children:[(0,V.jsx)(`p`,{children:n(`admin.user.forceBody`)}),(0,V.jsxs)(`ul`,{children:[(0,V.jsx)(`li`,{children:n(`admin.user.forceSessions`)}),(0,V.jsx)(`li`,{children:n(`admin.user.forceTokens`)}),(0,V.jsx)(`li`,{children:n(`admin.user.forceLinks`)}),(0,V.jsx)(`li`,{children:(0,V.jsx)(`strong`,{children:n(`admin.user.forcePassword`)})})]})]}),m===`delete`&&(0,V.jsx)(f,{title:n(`admin.user.deleteTitle`,{name:O}),confirmLabel:n(`admin.user.delete`),danger:!0,busy:x.busy,error:x.problem&&F(n,x.problem),onCancel:()=>{x.reset(),h(void 0)},onConfirm:async()=>{await x.run(async()=>(await E(W,{input:{id:e.id}})).deleteUser.userErrors)&&(z({key:`admin.users.deleted`,values:{email:e.email}}),o(S.adminUsers))},children:(0,V.jsx)(`p`,{children:n(`admin.user.deleteBody`,{email:e.email})})})]})}function ve(){let{t:e}=P(),{id:t}=v(),{data:n,error:r,loading:i,refetch:a}=C(ne,{id:decodeURIComponent(t??``)}),o=n?.node&&`email`in n.node?n.node:void 0;return r?(0,V.jsx)(H,{title:e(`admin.user.titleUnknown`),children:(0,V.jsx)(x,{error:r,retry:a})}):o?(0,V.jsx)(_e,{user:o,refetch:a},o.id):(0,V.jsx)(H,{title:e(`admin.user.titleUnknown`),children:i?(0,V.jsx)(_,{}):(0,V.jsx)(x,{error:{code:`NOT_FOUND`}})})}var Z=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],Q=Object.fromEntries([...Z.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`].map(e=>[e,`settings-${e}`]));function ye(e){let t={};for(let[n,r,i]of Z){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function be({settings:e,onSaved:n}){let{t:r,i18n:i}=P(),o=e=>M(e,i.resolvedLanguage??`en`),[s,c]=(0,L.useState)(()=>Object.fromEntries(Z.map(([t])=>[t,String(e[t])]))),[l,u]=(0,L.useState)(e.resetMethod),[d,f]=(0,L.useState)(e.registrationOpen),[p,h]=(0,L.useState)(e.passwordPolicy),[g,_]=(0,L.useState)(!1),[v,y]=(0,L.useState)(!1),b=a(Q);async function x(e){if(e.preventDefault(),g)return;y(!1);let t=ye(s);if(Object.keys(t).length)b.show(t);else{_(!0);try{let e={...Object.fromEntries(Z.map(([e])=>[e,Number(s[e])])),resetMethod:l,registrationOpen:d,passwordPolicy:p},{updateSecuritySettings:t}=await E(oe,{input:e});if(t.userErrors.length>0||!t.securitySettings){b.showUserErrors(t.userErrors);return}b.clear(),y(!0),n(t.securitySettings)}catch(e){b.showError(e)}finally{_(!1)}}}let S=(e,n)=>(0,V.jsxs)(`fieldset`,{children:[(0,V.jsx)(`legend`,{children:e}),n.map(e=>{let[,n,i]=Z.find(([t])=>t===e);return(0,V.jsx)(t,{id:Q[e],label:r(`admin.settings.field.${e}`),hint:`${r(`admin.settings.hint.${e}`)} ${r(`admin.settings.range`,{min:o(n),max:o(i)})}`,type:`number`,inputMode:`numeric`,min:n,max:i,step:1,value:s[e],error:b.fieldError(e),onChange:t=>{c(n=>({...n,[e]:t.target.value})),y(!1)}},e)})]});return(0,V.jsxs)(V.Fragment,{children:[b.summary,v&&(0,V.jsx)(T,{children:r(`admin.settings.saved`)}),(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:x,"aria-busy":g||void 0,className:`settings-form`,children:[(0,V.jsxs)(`fieldset`,{children:[(0,V.jsx)(`legend`,{children:r(`admin.settings.passwords`)}),(0,V.jsxs)(m,{id:Q.passwordPolicy,label:r(`admin.settings.field.passwordPolicy`),hint:r(`admin.settings.hint.passwordPolicy`),value:p,error:b.fieldError(`passwordPolicy`),onChange:e=>h(e.target.value),children:[(0,V.jsx)(`option`,{value:`DEFAULT`,children:r(`admin.settings.policy.DEFAULT`)}),(0,V.jsx)(`option`,{value:`NIST`,children:r(`admin.settings.policy.NIST`)})]}),(0,V.jsxs)(m,{id:Q.resetMethod,label:r(`admin.settings.field.resetMethod`),hint:r(`admin.settings.hint.resetMethod`),value:l,error:b.fieldError(`resetMethod`),onChange:e=>u(e.target.value),children:[(0,V.jsx)(`option`,{value:`LINK`,children:r(`admin.settings.method.LINK`)}),(0,V.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:r(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,V.jsxs)(`div`,{className:`checkbox`,children:[(0,V.jsx)(`input`,{id:Q.registrationOpen,type:`checkbox`,checked:d,"aria-describedby":`${Q.registrationOpen}-hint`,onChange:e=>f(e.target.checked)}),(0,V.jsx)(`label`,{htmlFor:Q.registrationOpen,children:r(`admin.settings.field.registrationOpen`)})]}),(0,V.jsx)(`p`,{className:`field-hint`,id:`${Q.registrationOpen}-hint`,children:r(`admin.settings.hint.registrationOpen`)})]}),S(r(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),S(r(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),S(r(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":g||void 0,children:r(g?`app.saving`:`app.save`)})]})]})}function xe(){let{t:e}=P(),{data:t,error:n,loading:r,refetch:a}=C(ae),[o,s]=(0,L.useState)(),c=o??t?.securitySettings;return(0,V.jsx)(H,{title:e(`admin.settings.title`),children:(0,V.jsx)(`div`,{className:`narrow-left`,children:n?(0,V.jsx)(x,{error:n,retry:a}):c?(0,V.jsxs)(V.Fragment,{children:[(0,V.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,V.jsx)(i,{value:c.updatedAt})]}),(0,V.jsx)(be,{settings:c,onSaved:s})]}):r?(0,V.jsx)(_,{}):(0,V.jsx)(x,{retry:a})})})}function Se(){let{t:e}=P(),t=s(),[n,r]=(0,L.useState)(``),i=l(),{reset:a}=i;(0,L.useEffect)(a,[n,a]);let{data:o,error:c,loading:u,refetch:f}=C(U,{first:25,after:i.after,where:n?{type:n}:void 0}),h=(o?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),g=[...I].sort((e,n)=>t(e).localeCompare(t(n)));return(0,V.jsxs)(H,{title:e(`admin.audit.title`),children:[(0,V.jsx)(`div`,{className:`toolbar`,children:(0,V.jsxs)(m,{id:`audit-type`,label:e(`admin.audit.type`),value:n,onChange:e=>r(e.target.value),children:[(0,V.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),g.map(e=>(0,V.jsx)(`option`,{value:e,children:t(e)},e))]})}),c?(0,V.jsx)(x,{error:c,retry:f}):!o&&u?(0,V.jsx)(_,{}):h.length===0?(0,V.jsx)(D,{children:e(`admin.audit.none`)}):(0,V.jsxs)(`div`,{"aria-busy":u||void 0,children:[(0,V.jsx)(d,{rows:h,caption:e(`admin.audit.title`),linkUsers:!0}),(0,V.jsx)(p,{pager:i,pageInfo:o?.auditEvents.pageInfo,totalCount:o?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function Ce({text:e,link:t}){return/^https?:\/\//.test(t)?(0,V.jsx)(V.Fragment,{children:e.split(t).map((e,n)=>(0,V.jsxs)(L.Fragment,{children:[n>0&&(0,V.jsx)(`a`,{href:t,rel:`noreferrer`,children:t}),e]},n))}):(0,V.jsx)(V.Fragment,{children:e})}var $={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function we(){let{t:e}=P(),[t,n]=(0,L.useState)(``),r=l(),{reset:a}=r;(0,L.useEffect)(a,[t,a]);let{data:o,error:s,loading:c,refetch:u}=C(se,{first:20,after:r.after,where:t?{status:t}:void 0}),d=(o?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,V.jsxs)(H,{title:e(`admin.outbox.title`),children:[(0,V.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,V.jsxs)(`div`,{className:`toolbar`,children:[(0,V.jsxs)(m,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,V.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,V.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:u,children:e(`admin.outbox.refresh`)})]}),s?(0,V.jsx)(x,{error:s,retry:u}):!o&&c?(0,V.jsx)(_,{}):d.length===0?(0,V.jsx)(D,{children:e(`admin.outbox.none`)}):(0,V.jsxs)(`div`,{"aria-busy":c||void 0,children:[(0,V.jsx)(`ul`,{className:`cards`,children:d.map(t=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,V.jsx)(`span`,{className:$[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,V.jsxs)(`dl`,{className:`facts`,children:[(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,V.jsx)(`dd`,{children:t.toAddress})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(i,{value:t.createdAt})})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,V.jsx)(`dd`,{children:t.sentAt?(0,V.jsx)(i,{value:t.sentAt}):`—`})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,V.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,V.jsx)(`p`,{className:`field-error`,children:e(`admin.outbox.lastErrorIs`,{error:t.lastError})}),(0,V.jsxs)(`details`,{children:[(0,V.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,V.jsx)(`pre`,{className:`mail`,children:(0,V.jsx)(Ce,{text:t.textBody,link:t.link})})]})]},t.id))}),(0,V.jsx)(p,{pager:r,pageInfo:o?.outbox.pageInfo,totalCount:o?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function Te(){let{t:e}=P(),[,r]=j(),{data:o,error:s,loading:c,refetch:l}=C(ce),[u,d]=(0,L.useState)(``),[f,p]=(0,L.useState)(!1),m=a({name:`org-name`});async function h(e){if(e.preventDefault(),!f){if(!u.trim())m.show({name:{key:`admin.organizations.nameRequired`}});else{p(!0);try{let{createOrganization:e}=await E(le,{input:{name:u.trim()}});if(e.userErrors.length>0||!e.organization){m.showUserErrors(e.userErrors);return}r(y(e.organization.id))}catch(e){m.showError(e)}finally{p(!1)}}}}let g=o?.organizations??[];return(0,V.jsxs)(H,{title:e(`admin.organizations.title`),children:[s?(0,V.jsx)(x,{error:s,retry:l}):!o&&c?(0,V.jsx)(_,{}):g.length===0?(0,V.jsx)(D,{children:e(`admin.organizations.none`)}):(0,V.jsx)(n,{label:e(`admin.organizations.title`),children:(0,V.jsxs)(`table`,{children:[(0,V.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.organizations.title`)}),(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.organizations.members`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)})]})}),(0,V.jsx)(`tbody`,{children:g.map(e=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:(0,V.jsx)(b,{href:y(e.id),children:e.name})}),(0,V.jsx)(`td`,{children:e.members.length}),(0,V.jsx)(`td`,{children:(0,V.jsx)(i,{value:e.createdAt})})]},e.id))})]})}),(0,V.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,V.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),m.summary,(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:h,"aria-busy":f||void 0,children:[(0,V.jsx)(t,{id:`org-name`,label:e(`home.name`),value:u,error:m.fieldError(`name`),onChange:e=>d(e.target.value)}),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f||void 0,children:e(f?`app.working`:`admin.organizations.createButton`)})]})]})]})}export{Se as AdminAuditPage,he as AdminNewUserPage,Te as AdminOrganizationsPage,we as AdminOutboxPage,xe as AdminSettingsPage,ve as AdminUserPage,me as AdminUsersPage};