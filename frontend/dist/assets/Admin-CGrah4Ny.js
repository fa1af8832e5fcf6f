import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{S as t,_ as n,a as r,d as i,g as a,h as o,i as s,l as c,n as l,o as u,r as d,s as f,t as p,u as m,v as h,y as g}from"./index-o2BIwwnW.js";import{i as _,t as v}from"./react-DCTAcUCH.js";import{a as y,b,c as x,h as S,i as C,l as w,m as T,n as E,o as D,p as O,r as k,s as A,t as j,u as M,y as N}from"./useDocumentTitle-CCmziHsf.js";import{a as P,d as F,f as I,o as L,t as R}from"./i18n-DL8bSVSS.js";var z=e(_(),1),B=v(),ee=[[w.adminUsers,`admin.nav.users`],[w.adminOrganizations,`admin.nav.organizations`],[w.adminSettings,`admin.nav.settings`],[w.adminAudit,`admin.nav.audit`],[w.adminOutbox,`admin.nav.outbox`]];function V({title:e,children:t,actions:n}){let{t:r}=I();j(e);let[i]=N();return(0,B.jsxs)(`div`,{className:`wide`,children:[(0,B.jsx)(`nav`,{className:`sub-nav`,"aria-label":r(`admin.nav.label`),children:(0,B.jsxs)(`ul`,{children:[ee.map(([e,t])=>(0,B.jsx)(`li`,{children:(0,B.jsx)(S,{href:e,"aria-current":i===e||i.startsWith(`${e}/`)?`page`:void 0,children:r(t)})},e)),(0,B.jsx)(`li`,{children:(0,B.jsx)(`a`,{href:w.playground,children:r(`admin.nav.playground`)})})]})}),(0,B.jsxs)(`div`,{className:`page-head`,children:[(0,B.jsx)(E,{children:e}),n]}),t]})}var te=M(`
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
`),ne=M(`
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
`),H=M(`
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
`),re=M(`
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
`),ie=M(`
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
`),U=M(`
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
`),W=M(`
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
`),G=M(`
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
`),K=M(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),q=M(`
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
`),J=M(`
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
`),ae=M(`
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
`),oe=M(`
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
`),se=M(`
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
`),ce=M(`
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
`);function Y(e){return e===`ADMIN`?`admin.user.lockedAdmin`:`admin.user.lockedAutomatic`}function le(e){return e===`ADMIN`?`admin.user.lockAdminHint`:`admin.user.lockAutomaticHint`}var ue=20,de=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function fe(e,t){let n=e.trim(),r=[];if(n&&r.push({search:n}),t&&r.push({lockedAtNotNil:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function pe(){let{t:e,i18n:t}=I(),[a]=(0,z.useState)(g),[o,s]=(0,z.useState)(``),[c,u]=(0,z.useState)(``),[d,f]=(0,z.useState)(!1),[h,_]=(0,z.useState)(`CREATED_AT:DESC`),v=l(),[b,x]=h.split(`:`),{data:E,error:O,loading:j,refetch:M}=T(te,{first:ue,after:v.after,where:fe(c,d),orderBy:{field:b,direction:x}}),{reset:N}=v;(0,z.useEffect)(N,[c,d,h,N]);function F(e){e.preventDefault(),u(o)}let L=(E?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),R=!!(c.trim()||d);return(0,B.jsxs)(V,{title:e(`admin.users.title`),actions:(0,B.jsx)(S,{href:w.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[a&&(0,B.jsx)(D,{children:e(a.key,a.values)}),(0,B.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:F,"aria-label":e(`admin.users.searchLabel`),children:[(0,B.jsx)(n,{id:`users-search`,type:`search`,maxLength:256,label:e(`admin.users.search`),value:o,onChange:e=>s(e.target.value)}),(0,B.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,B.jsx)(m,{id:`users-sort`,label:e(`admin.users.sort`),value:h,onChange:e=>_(e.target.value),children:de.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,B.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,B.jsxs)(`div`,{className:`checkbox`,children:[(0,B.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:d,onChange:e=>f(e.target.checked)}),(0,B.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),O?(0,B.jsx)(C,{error:O,retry:M}):!E&&j?(0,B.jsx)(y,{}):L.length===0?(0,B.jsx)(k,{children:e(R?`admin.users.noMatch`:`admin.users.none`)}):(0,B.jsxs)(`div`,{"aria-busy":j||void 0,children:[(0,B.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:P(E?.users.totalCount??0,t.resolvedLanguage??`en`)})}),(0,B.jsx)(r,{label:e(`admin.users.title`),children:(0,B.jsxs)(`table`,{children:[(0,B.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.users.title`)}),(0,B.jsx)(`thead`,{children:(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`home.email`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`home.username`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`home.role`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`home.lastSignIn`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.users.status`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.users.action`)})]})}),(0,B.jsx)(`tbody`,{children:L.map(t=>(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`td`,{children:t.name||`—`}),(0,B.jsx)(`td`,{children:t.email}),(0,B.jsx)(`td`,{children:t.username}),(0,B.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,B.jsx)(`td`,{children:(0,B.jsx)(i,{value:t.createdAt})}),(0,B.jsx)(`td`,{children:t.lastSignInAt?(0,B.jsx)(i,{value:t.lastSignInAt}):e(`home.never`)}),(0,B.jsx)(`td`,{children:t.lockedAt?(0,B.jsx)(`span`,{className:`badge badge-error`,children:e(Y(t.lockKind))}):(0,B.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})}),(0,B.jsx)(`td`,{children:(0,B.jsx)(S,{href:A(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))})]})}),(0,B.jsx)(p,{pager:v,pageInfo:E?.users.pageInfo,totalCount:E?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function X({idPrefix:e,initial:t,submitLabel:r,onSubmit:i}){let{t:s}=I(),c={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[l,u]=(0,z.useState)(t),[d,f]=(0,z.useState)(!1),p=a(c),h=e=>u(t=>({...t,...e}));async function g(e){if(e.preventDefault(),d)return;let t={};if(l.email.trim()?o(l.email)||(t.email={key:`form.emailInvalid`}):t.email={key:`admin.user.emailRequired`},l.username.trim()||(t.username={key:`admin.user.usernameRequired`}),Object.keys(t).length)p.show(t);else{f(!0);try{let e=await i({...l,email:l.email.trim(),username:l.username.trim(),name:l.name.trim()});e.length>0?p.showUserErrors(e):p.clear()}catch(e){p.showError(e)}finally{f(!1)}}}return(0,B.jsxs)(B.Fragment,{children:[p.summary,(0,B.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":d||void 0,children:[(0,B.jsx)(n,{id:c.email,label:s(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:l.email,error:p.fieldError(`email`),onChange:e=>h({email:e.target.value})}),(0,B.jsx)(n,{id:c.username,label:s(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:l.username,error:p.fieldError(`username`),onChange:e=>h({username:e.target.value})}),(0,B.jsx)(n,{id:c.name,label:`${s(`home.name`)} (${s(`form.optional`)})`,autoComplete:`off`,value:l.name,error:p.fieldError(`name`),onChange:e=>h({name:e.target.value})}),(0,B.jsxs)(m,{id:c.role,label:s(`home.role`),value:l.role,error:p.fieldError(`role`),onChange:e=>h({role:e.target.value}),children:[(0,B.jsx)(`option`,{value:`USER`,children:s(`role.USER`)}),(0,B.jsx)(`option`,{value:`ADMIN`,children:s(`role.ADMIN`)})]}),(0,B.jsx)(m,{id:c.locale,label:s(`admin.user.locale`),hint:s(`profile.languageHint`),value:l.locale,error:p.fieldError(`locale`),onChange:e=>h({locale:e.target.value}),children:F.map(e=>(0,B.jsx)(`option`,{value:e,lang:e,children:s(`language.${e}`)},e))}),(0,B.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d||void 0,children:d?s(`app.saving`):r})]})]})}function me(){let{t:e,i18n:t}=I(),[,n]=N();return(0,B.jsx)(V,{title:e(`admin.newUser.title`),children:(0,B.jsxs)(`div`,{className:`narrow-left`,children:[(0,B.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,B.jsx)(X,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:t.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:t}=await O(re,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return t.user&&t.userErrors.length===0&&(h({key:`admin.newUser.created`,values:{email:t.user.email}}),n(A(t.user.id))),t.userErrors}})]})})}function he({id:e,version:t}){let{t:n}=I(),r=l(),{data:i,error:a,loading:o,refetch:s}=T(H,{first:10,after:r.after,where:{or:[{actorID:e},{subjectID:e}]}});(0,z.useEffect)(()=>{t>0&&s()},[t,s]);let c=(i?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return a?(0,B.jsx)(C,{error:a,retry:s}):!i&&o?(0,B.jsx)(y,{}):c.length===0?(0,B.jsx)(k,{children:n(`profile.noActivity`)}):(0,B.jsxs)(`div`,{"aria-busy":o||void 0,children:[(0,B.jsx)(d,{rows:c,caption:n(`admin.user.activity`),linkUsers:!0}),(0,B.jsx)(p,{pager:r,pageInfo:i?.auditEvents.pageInfo,totalCount:i?.auditEvents.totalCount,label:n(`admin.user.activityPages`)})]})}function ge({user:e,refetch:n}){let{t:r,i18n:a}=I(),[,o]=N(),{viewer:s,refresh:l}=t(),[d,p]=(0,z.useState)(g),[m,_]=(0,z.useState)(),[v,y]=(0,z.useState)(!1),b=c(),C=c(),T=e=>P(e,a.resolvedLanguage??`en`),E=s?.id===e.id,A=e.name||e.username,[j,M]=(0,z.useState)(0),F=()=>{n(),M(e=>e+1)};async function R(e,t){b.busy||(p(void 0),await b.run(e)&&(p(t),F()))}return(0,B.jsxs)(V,{title:r(`admin.user.title`,{name:A}),children:[(0,B.jsx)(`p`,{children:(0,B.jsx)(S,{href:w.adminUsers,children:r(`admin.user.back`)})}),d&&(0,B.jsx)(D,{children:r(d.key,d.values)}),b.problem&&(0,B.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:L(r,b.problem)}),(0,B.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":r(`admin.user.actions`),children:[(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":v,onClick:()=>y(e=>!e),children:r(`admin.users.edit`)}),(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":b.busy||void 0,onClick:()=>R(async()=>(await O(K,{input:{userId:e.id}})).adminResetPassword.userErrors,{key:`admin.user.resetSent`,values:{email:e.email}}),children:r(`admin.user.resetPassword`)}),(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>_(`force`),children:r(`admin.user.forceSignIn`)}),e.lockedAt?(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":b.busy||void 0,onClick:()=>R(async()=>(await O(G,{input:{id:e.id}})).unlockUser.userErrors,{key:`admin.user.unlocked`}),children:r(`admin.user.unlock`)}):(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":b.busy||void 0,onClick:()=>R(async()=>(await O(W,{input:{id:e.id}})).lockUser.userErrors,{key:`admin.user.lockedDone`}),children:r(`admin.user.lock`)}),!E&&(0,B.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>_(`delete`),children:r(`admin.user.delete`)})]}),v&&(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,B.jsx)(`h2`,{id:`edit-user`,children:r(`admin.user.editTitle`)}),(0,B.jsx)(X,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:r(`app.save`),onSubmit:async t=>{let{updateUser:n}=await O(ie,{input:{id:e.id,email:t.email,username:t.username,name:t.name,role:t.role,locale:t.locale}});return n.userErrors.length===0&&(y(!1),p({key:`admin.user.saved`}),F(),E&&l()),n.userErrors}})]}),(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,B.jsx)(`h2`,{id:`user-details`,children:r(`profile.accountDetails`)}),(0,B.jsxs)(`dl`,{className:`details`,children:[(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:r(`home.name`)}),(0,B.jsx)(`dd`,{children:e.name||`—`})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:r(`home.email`)}),(0,B.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,B.jsx)(`span`,{className:`badge badge-ok`,children:r(`profile.verified`)}):(0,B.jsx)(`span`,{className:`badge`,children:r(`profile.notVerified`)})]})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:r(`home.username`)}),(0,B.jsx)(`dd`,{children:e.username})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:r(`home.role`)}),(0,B.jsx)(`dd`,{children:r(`role.${e.role}`)})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:r(`admin.user.locale`)}),(0,B.jsx)(`dd`,{children:e.locale})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:r(`admin.users.status`)}),(0,B.jsxs)(`dd`,{children:[e.lockedAt?(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(`span`,{className:`badge badge-error`,children:r(Y(e.lockKind))}),` `,(0,B.jsx)(i,{value:e.lockedAt})]}):(0,B.jsx)(`span`,{className:`badge badge-ok`,children:r(`admin.user.active`)}),e.mustChangePassword&&(0,B.jsxs)(B.Fragment,{children:[` `,r(`admin.user.mustChange`)]}),e.lockedAt&&(0,B.jsx)(`p`,{className:`field-hint`,children:r(le(e.lockKind))})]})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:r(`home.memberSince`)}),(0,B.jsx)(`dd`,{children:(0,B.jsx)(i,{value:e.createdAt})})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:r(`home.lastSignIn`)}),(0,B.jsx)(`dd`,{children:e.lastSignInAt?(0,B.jsx)(i,{value:e.lastSignInAt}):r(`home.never`)})]})]})]}),(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,B.jsx)(`h2`,{id:`user-sessions`,children:r(`admin.user.sessions`,{sessions:T(e.sessions.length),tokens:T(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,B.jsx)(k,{children:r(`admin.user.noSessions`)}):(0,B.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,B.jsxs)(`li`,{className:`card`,children:[(0,B.jsx)(`p`,{className:`card-title`,children:u(e.userAgent)||r(`profile.unknownDevice`)}),(0,B.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,r(`profile.lastSeen`),` `,(0,B.jsx)(i,{value:e.lastSeenAt})]})]},e.id)),e.accessTokens.map(e=>(0,B.jsxs)(`li`,{className:`card`,children:[(0,B.jsx)(`p`,{className:`card-title`,children:r(`admin.user.tokenNamed`,{name:e.name})}),(0,B.jsxs)(`p`,{className:`muted`,children:[r(`admin.user.lastUsed`),` `,e.lastUsedAt?(0,B.jsx)(i,{value:e.lastUsedAt}):r(`home.never`)]})]},e.id))]})]}),(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,B.jsx)(`h2`,{id:`user-orgs`,children:r(`admin.nav.organizations`)}),e.memberships.length===0?(0,B.jsx)(k,{children:r(`admin.user.noOrganizations`)}):(0,B.jsx)(`ul`,{children:e.memberships.map(e=>(0,B.jsxs)(`li`,{children:[(0,B.jsx)(S,{href:x(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>r(`rights.${e}`)).join(`, `)||r(`org.noRights`)]},e.id))})]}),(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,B.jsx)(`h2`,{id:`user-activity`,children:r(`admin.user.activity`)}),(0,B.jsx)(he,{id:e.id,version:j})]}),m===`force`&&(0,B.jsxs)(f,{title:r(`admin.user.forceTitle`,{name:A}),confirmLabel:r(`admin.user.forceSignIn`),danger:!0,busy:C.busy,error:C.problem&&L(r,C.problem),onCancel:()=>{C.reset(),_(void 0)},onConfirm:async()=>{let t={sessions:0,tokens:0};await C.run(async()=>{let{forceSignIn:n}=await O(q,{input:{userId:e.id}});return t={sessions:n.revokedSessions,tokens:n.revokedTokens},n.userErrors})&&(_(void 0),p({key:`admin.user.forced`,values:{sessions:T(t.sessions),tokens:T(t.tokens)}}),F())},children:[(0,B.jsx)(`p`,{children:r(`admin.user.forceBody`)}),(0,B.jsxs)(`ul`,{children:[(0,B.jsx)(`li`,{children:r(`admin.user.forceSessions`)}),(0,B.jsx)(`li`,{children:r(`admin.user.forceTokens`)}),(0,B.jsx)(`li`,{children:r(`admin.user.forceLinks`)}),(0,B.jsx)(`li`,{children:(0,B.jsx)(`strong`,{children:r(`admin.user.forcePassword`)})})]})]}),m===`delete`&&(0,B.jsx)(f,{title:r(`admin.user.deleteTitle`,{name:A}),confirmLabel:r(`admin.user.delete`),danger:!0,busy:C.busy,error:C.problem&&L(r,C.problem),onCancel:()=>{C.reset(),_(void 0)},onConfirm:async()=>{await C.run(async()=>(await O(U,{input:{id:e.id}})).deleteUser.userErrors)&&(h({key:`admin.users.deleted`,values:{email:e.email}}),o(w.adminUsers))},children:(0,B.jsx)(`p`,{children:r(`admin.user.deleteBody`,{email:e.email})})})]})}function _e(){let{t:e}=I(),{id:t}=b(),{data:n,error:r,loading:i,refetch:a}=T(ne,{id:decodeURIComponent(t??``)}),o=n?.node&&`email`in n.node?n.node:void 0;return r?(0,B.jsx)(V,{title:e(`admin.user.titleUnknown`),children:(0,B.jsx)(C,{error:r,retry:a})}):o?(0,B.jsx)(ge,{user:o,refetch:a},o.id):(0,B.jsx)(V,{title:e(`admin.user.titleUnknown`),children:i?(0,B.jsx)(y,{}):(0,B.jsx)(C,{error:{code:`NOT_FOUND`}})})}var Z=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],Q=Object.fromEntries([...Z.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`].map(e=>[e,`settings-${e}`]));function $(e){let t={};for(let[n,r,i]of Z){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function ve({settings:e,onSaved:t}){let{t:r,i18n:i}=I(),o=e=>P(e,i.resolvedLanguage??`en`),[s,c]=(0,z.useState)(()=>Object.fromEntries(Z.map(([t])=>[t,String(e[t])]))),[l,u]=(0,z.useState)(e.resetMethod),[d,f]=(0,z.useState)(e.registrationOpen),[p,h]=(0,z.useState)(e.passwordPolicy),[g,_]=(0,z.useState)(!1),[v,y]=(0,z.useState)(!1),b=a(Q);async function x(e){if(e.preventDefault(),g)return;y(!1);let n=$(s);if(Object.keys(n).length)b.show(n);else{_(!0);try{let e={...Object.fromEntries(Z.map(([e])=>[e,Number(s[e])])),resetMethod:l,registrationOpen:d,passwordPolicy:p},{updateSecuritySettings:n}=await O(ae,{input:e});if(n.userErrors.length>0||!n.securitySettings){b.showUserErrors(n.userErrors);return}b.clear(),y(!0),t(n.securitySettings)}catch(e){b.showError(e)}finally{_(!1)}}}let S=(e,t)=>(0,B.jsxs)(`fieldset`,{children:[(0,B.jsx)(`legend`,{children:e}),t.map(e=>{let[,t,i]=Z.find(([t])=>t===e);return(0,B.jsx)(n,{id:Q[e],label:r(`admin.settings.field.${e}`),hint:`${r(`admin.settings.hint.${e}`)} ${r(`admin.settings.range`,{min:o(t),max:o(i)})}`,type:`number`,inputMode:`numeric`,min:t,max:i,step:1,value:s[e],error:b.fieldError(e),onChange:t=>{c(n=>({...n,[e]:t.target.value})),y(!1)}},e)})]});return(0,B.jsxs)(B.Fragment,{children:[b.summary,v&&(0,B.jsx)(D,{children:r(`admin.settings.saved`)}),(0,B.jsxs)(`form`,{noValidate:!0,onSubmit:x,"aria-busy":g||void 0,className:`settings-form`,children:[(0,B.jsxs)(`fieldset`,{children:[(0,B.jsx)(`legend`,{children:r(`admin.settings.passwords`)}),(0,B.jsxs)(m,{id:Q.passwordPolicy,label:r(`admin.settings.field.passwordPolicy`),hint:r(`admin.settings.hint.passwordPolicy`),value:p,error:b.fieldError(`passwordPolicy`),onChange:e=>h(e.target.value),children:[(0,B.jsx)(`option`,{value:`DEFAULT`,children:r(`admin.settings.policy.DEFAULT`)}),(0,B.jsx)(`option`,{value:`NIST`,children:r(`admin.settings.policy.NIST`)})]}),(0,B.jsxs)(m,{id:Q.resetMethod,label:r(`admin.settings.field.resetMethod`),hint:r(`admin.settings.hint.resetMethod`),value:l,error:b.fieldError(`resetMethod`),onChange:e=>u(e.target.value),children:[(0,B.jsx)(`option`,{value:`LINK`,children:r(`admin.settings.method.LINK`)}),(0,B.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:r(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,B.jsxs)(`div`,{className:`checkbox`,children:[(0,B.jsx)(`input`,{id:Q.registrationOpen,type:`checkbox`,checked:d,"aria-describedby":`${Q.registrationOpen}-hint`,onChange:e=>f(e.target.checked)}),(0,B.jsx)(`label`,{htmlFor:Q.registrationOpen,children:r(`admin.settings.field.registrationOpen`)})]}),(0,B.jsx)(`p`,{className:`field-hint`,id:`${Q.registrationOpen}-hint`,children:r(`admin.settings.hint.registrationOpen`)})]}),S(r(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),S(r(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),S(r(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,B.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":g||void 0,children:r(g?`app.saving`:`app.save`)})]})]})}function ye(){let{t:e}=I(),{data:t,error:n,loading:r,refetch:a}=T(J),[o,s]=(0,z.useState)(),c=o??t?.securitySettings;return(0,B.jsx)(V,{title:e(`admin.settings.title`),children:(0,B.jsx)(`div`,{className:`narrow-left`,children:n?(0,B.jsx)(C,{error:n,retry:a}):c?(0,B.jsxs)(B.Fragment,{children:[(0,B.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,B.jsx)(i,{value:c.updatedAt})]}),(0,B.jsx)(ve,{settings:c,onSaved:s})]}):r?(0,B.jsx)(y,{}):(0,B.jsx)(C,{retry:a})})})}function be(){let{t:e}=I(),t=s(),[n,r]=(0,z.useState)(``),i=l(),{reset:a}=i;(0,z.useEffect)(a,[n,a]);let{data:o,error:c,loading:u,refetch:f}=T(H,{first:25,after:i.after,where:n?{type:n}:void 0}),h=(o?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),g=[...R].sort((e,n)=>t(e).localeCompare(t(n)));return(0,B.jsxs)(V,{title:e(`admin.audit.title`),children:[(0,B.jsx)(`div`,{className:`toolbar`,children:(0,B.jsxs)(m,{id:`audit-type`,label:e(`admin.audit.type`),value:n,onChange:e=>r(e.target.value),children:[(0,B.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),g.map(e=>(0,B.jsx)(`option`,{value:e,children:t(e)},e))]})}),c?(0,B.jsx)(C,{error:c,retry:f}):!o&&u?(0,B.jsx)(y,{}):h.length===0?(0,B.jsx)(k,{children:e(`admin.audit.none`)}):(0,B.jsxs)(`div`,{"aria-busy":u||void 0,children:[(0,B.jsx)(d,{rows:h,caption:e(`admin.audit.title`),linkUsers:!0}),(0,B.jsx)(p,{pager:i,pageInfo:o?.auditEvents.pageInfo,totalCount:o?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function xe({text:e,link:t}){return/^https?:\/\//.test(t)?(0,B.jsx)(B.Fragment,{children:e.split(t).map((e,n)=>(0,B.jsxs)(z.Fragment,{children:[n>0&&(0,B.jsx)(`a`,{href:t,rel:`noreferrer`,children:t}),e]},n))}):(0,B.jsx)(B.Fragment,{children:e})}var Se={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function Ce(){let{t:e}=I(),[t,n]=(0,z.useState)(``),r=l(),{reset:a}=r;(0,z.useEffect)(a,[t,a]);let{data:o,error:s,loading:c,refetch:u}=T(oe,{first:20,after:r.after,where:t?{status:t}:void 0}),d=(o?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,B.jsxs)(V,{title:e(`admin.outbox.title`),children:[(0,B.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,B.jsxs)(`div`,{className:`toolbar`,children:[(0,B.jsxs)(m,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,B.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,B.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:u,children:e(`admin.outbox.refresh`)})]}),s?(0,B.jsx)(C,{error:s,retry:u}):!o&&c?(0,B.jsx)(y,{}):d.length===0?(0,B.jsx)(k,{children:e(`admin.outbox.none`)}):(0,B.jsxs)(`div`,{"aria-busy":c||void 0,children:[(0,B.jsx)(`ul`,{className:`cards`,children:d.map(t=>(0,B.jsxs)(`li`,{className:`card`,children:[(0,B.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,B.jsx)(`span`,{className:Se[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,B.jsxs)(`dl`,{className:`facts`,children:[(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,B.jsx)(`dd`,{children:t.toAddress})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,B.jsx)(`dd`,{children:(0,B.jsx)(i,{value:t.createdAt})})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,B.jsx)(`dd`,{children:t.sentAt?(0,B.jsx)(i,{value:t.sentAt}):`—`})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,B.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,B.jsx)(`p`,{className:`field-error`,children:e(`admin.outbox.lastErrorIs`,{error:t.lastError})}),(0,B.jsxs)(`details`,{children:[(0,B.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,B.jsx)(`pre`,{className:`mail`,children:(0,B.jsx)(xe,{text:t.textBody,link:t.link})})]})]},t.id))}),(0,B.jsx)(p,{pager:r,pageInfo:o?.outbox.pageInfo,totalCount:o?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function we(){let{t:e}=I(),[,t]=N(),{data:o,error:s,loading:c,refetch:l}=T(se),[u,d]=(0,z.useState)(``),[f,p]=(0,z.useState)(!1),m=a({name:`org-name`});async function h(e){if(e.preventDefault(),!f){if(!u.trim())m.show({name:{key:`admin.organizations.nameRequired`}});else{p(!0);try{let{createOrganization:e}=await O(ce,{input:{name:u.trim()}});if(e.userErrors.length>0||!e.organization){m.showUserErrors(e.userErrors);return}t(x(e.organization.id))}catch(e){m.showError(e)}finally{p(!1)}}}}let g=o?.organizations??[];return(0,B.jsxs)(V,{title:e(`admin.organizations.title`),children:[s?(0,B.jsx)(C,{error:s,retry:l}):!o&&c?(0,B.jsx)(y,{}):g.length===0?(0,B.jsx)(k,{children:e(`admin.organizations.none`)}):(0,B.jsx)(r,{label:e(`admin.organizations.title`),children:(0,B.jsxs)(`table`,{children:[(0,B.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.organizations.title`)}),(0,B.jsx)(`thead`,{children:(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.organizations.members`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)})]})}),(0,B.jsx)(`tbody`,{children:g.map(e=>(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`td`,{children:(0,B.jsx)(S,{href:x(e.id),children:e.name})}),(0,B.jsx)(`td`,{children:e.members.length}),(0,B.jsx)(`td`,{children:(0,B.jsx)(i,{value:e.createdAt})})]},e.id))})]})}),(0,B.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,B.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),m.summary,(0,B.jsxs)(`form`,{noValidate:!0,onSubmit:h,"aria-busy":f||void 0,children:[(0,B.jsx)(n,{id:`org-name`,label:e(`home.name`),value:u,error:m.fieldError(`name`),onChange:e=>d(e.target.value)}),(0,B.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f||void 0,children:e(f?`app.working`:`admin.organizations.createButton`)})]})]})]})}export{be as AdminAuditPage,me as AdminNewUserPage,we as AdminOrganizationsPage,Ce as AdminOutboxPage,ye as AdminSettingsPage,_e as AdminUserPage,pe as AdminUsersPage};