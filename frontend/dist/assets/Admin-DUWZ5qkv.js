import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{_ as t,a as n,c as r,d as i,f as a,g as o,i as s,n as c,o as l,r as u,s as d,t as f,u as p,v as m,x as h}from"./index-Zzp2JyjF.js";import{i as g,t as _}from"./react-DCTAcUCH.js";import{a as v,b as y,c as b,h as x,i as S,l as C,m as w,n as T,o as E,p as D,r as O,s as k,t as A,u as j,y as M}from"./useDocumentTitle-C2g8pska.js";import{a as N,d as P,f as F,o as I,t as L}from"./i18n-CiNPeL79.js";var R=e(g(),1),z;function B(e){z=e}function V(){let e=z;return z=void 0,e}var H=_(),ee=[[C.adminUsers,`admin.nav.users`],[C.adminOrganizations,`admin.nav.organizations`],[C.adminSettings,`admin.nav.settings`],[C.adminAudit,`admin.nav.audit`],[C.adminOutbox,`admin.nav.outbox`],[C.adminWebhooks,`admin.nav.webhooks`]];function U({title:e,children:t,actions:n}){let{t:r}=F();A(e);let[i]=M();return(0,H.jsxs)(`div`,{className:`wide`,children:[(0,H.jsx)(`nav`,{className:`sub-nav`,"aria-label":r(`admin.nav.label`),children:(0,H.jsxs)(`ul`,{children:[ee.map(([e,t])=>(0,H.jsx)(`li`,{children:(0,H.jsx)(x,{href:e,"aria-current":i===e||i.startsWith(`${e}/`)?`page`:void 0,children:r(t)})},e)),(0,H.jsx)(`li`,{children:(0,H.jsx)(`a`,{href:C.playground,children:r(`admin.nav.playground`)})})]})}),(0,H.jsxs)(`div`,{className:`page-head`,children:[(0,H.jsx)(T,{children:e}),n]}),t]})}var te=j(`
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
`),ne=j(`
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
`),W=j(`
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
`),re=j(`
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
`),ie=j(`
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
`),ae=j(`
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
`),oe=j(`
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
`),G=j(`
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
`),K=j(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),q=j(`
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
`),se=j(`
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
`),ce=j(`
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
`),le=j(`
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
`),ue=j(`
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
`),de=j(`
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
`);function J(e){return e===`ADMIN`?`admin.user.lockedAdmin`:`admin.user.lockedAutomatic`}function fe(e){return e===`ADMIN`?`admin.user.lockAdminHint`:`admin.user.lockAutomaticHint`}var pe=20,me=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function he(e,t){let n=e.trim(),r=[];if(n&&r.push({search:n}),t&&r.push({lockedAtNotNil:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function ge(){let{t:e,i18n:t}=F(),[n]=(0,R.useState)(V),[r,o]=(0,R.useState)(``),[s,u]=(0,R.useState)(``),[d,p]=(0,R.useState)(!1),[h,g]=(0,R.useState)(`CREATED_AT:DESC`),_=c(),[y,b]=h.split(`:`),{data:T,error:D,loading:A,refetch:j}=w(te,{first:pe,after:_.after,where:he(s,d),orderBy:{field:y,direction:b}}),{reset:M}=_;(0,R.useEffect)(M,[s,d,h,M]);function P(e){e.preventDefault(),u(r)}let I=(T?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),L=!!(s.trim()||d);return(0,H.jsxs)(U,{title:e(`admin.users.title`),actions:(0,H.jsx)(x,{href:C.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[n&&(0,H.jsx)(E,{children:e(n.key,n.values)}),(0,H.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:P,"aria-label":e(`admin.users.searchLabel`),children:[(0,H.jsx)(m,{id:`users-search`,type:`search`,maxLength:256,label:e(`admin.users.search`),value:r,onChange:e=>o(e.target.value)}),(0,H.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,H.jsx)(i,{id:`users-sort`,label:e(`admin.users.sort`),value:h,onChange:e=>g(e.target.value),children:me.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,H.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,H.jsxs)(`div`,{className:`checkbox`,children:[(0,H.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:d,onChange:e=>p(e.target.checked)}),(0,H.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),D?(0,H.jsx)(S,{error:D,retry:j}):!T&&A?(0,H.jsx)(v,{}):I.length===0?(0,H.jsx)(O,{children:e(L?`admin.users.noMatch`:`admin.users.none`)}):(0,H.jsxs)(`div`,{"aria-busy":A||void 0,children:[(0,H.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:N(T?.users.totalCount??0,t.resolvedLanguage??`en`)})}),(0,H.jsx)(l,{label:e(`admin.users.title`),children:(0,H.jsxs)(`table`,{children:[(0,H.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.users.title`)}),(0,H.jsx)(`thead`,{children:(0,H.jsxs)(`tr`,{children:[(0,H.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`home.email`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`home.username`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`home.role`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`home.lastSignIn`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`admin.users.status`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`admin.users.action`)})]})}),(0,H.jsx)(`tbody`,{children:I.map(t=>(0,H.jsxs)(`tr`,{children:[(0,H.jsx)(`td`,{children:t.name||`—`}),(0,H.jsx)(`td`,{children:t.email}),(0,H.jsx)(`td`,{children:t.username}),(0,H.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,H.jsx)(`td`,{children:(0,H.jsx)(a,{value:t.createdAt})}),(0,H.jsx)(`td`,{children:t.lastSignInAt?(0,H.jsx)(a,{value:t.lastSignInAt}):e(`home.never`)}),(0,H.jsx)(`td`,{children:t.lockedAt?(0,H.jsx)(`span`,{className:`badge badge-error`,children:e(J(t.lockKind))}):(0,H.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})}),(0,H.jsx)(`td`,{children:(0,H.jsx)(x,{href:k(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))})]})}),(0,H.jsx)(f,{pager:_,pageInfo:T?.users.pageInfo,totalCount:T?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function Y({idPrefix:e,initial:n,submitLabel:r,onSubmit:a}){let{t:s}=F(),c={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[l,u]=(0,R.useState)(n),[d,f]=(0,R.useState)(!1),p=t(c),h=e=>u(t=>({...t,...e}));async function g(e){if(e.preventDefault(),d)return;let t={};if(l.email.trim()?o(l.email)||(t.email={key:`form.emailInvalid`}):t.email={key:`admin.user.emailRequired`},l.username.trim()||(t.username={key:`admin.user.usernameRequired`}),Object.keys(t).length)p.show(t);else{f(!0);try{let e=await a({...l,email:l.email.trim(),username:l.username.trim(),name:l.name.trim()});e.length>0?p.showUserErrors(e):p.clear()}catch(e){p.showError(e)}finally{f(!1)}}}return(0,H.jsxs)(H.Fragment,{children:[p.summary,(0,H.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":d||void 0,children:[(0,H.jsx)(m,{id:c.email,label:s(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:l.email,error:p.fieldError(`email`),onChange:e=>h({email:e.target.value})}),(0,H.jsx)(m,{id:c.username,label:s(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:l.username,error:p.fieldError(`username`),onChange:e=>h({username:e.target.value})}),(0,H.jsx)(m,{id:c.name,label:`${s(`home.name`)} (${s(`form.optional`)})`,autoComplete:`off`,value:l.name,error:p.fieldError(`name`),onChange:e=>h({name:e.target.value})}),(0,H.jsxs)(i,{id:c.role,label:s(`home.role`),value:l.role,error:p.fieldError(`role`),onChange:e=>h({role:e.target.value}),children:[(0,H.jsx)(`option`,{value:`USER`,children:s(`role.USER`)}),(0,H.jsx)(`option`,{value:`ADMIN`,children:s(`role.ADMIN`)})]}),(0,H.jsx)(i,{id:c.locale,label:s(`admin.user.locale`),hint:s(`profile.languageHint`),value:l.locale,error:p.fieldError(`locale`),onChange:e=>h({locale:e.target.value}),children:P.map(e=>(0,H.jsx)(`option`,{value:e,lang:e,children:s(`language.${e}`)},e))}),(0,H.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d||void 0,children:d?s(`app.saving`):r})]})]})}function _e(){let{t:e,i18n:t}=F(),[,n]=M();return(0,H.jsx)(U,{title:e(`admin.newUser.title`),children:(0,H.jsxs)(`div`,{className:`narrow-left`,children:[(0,H.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,H.jsx)(Y,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:t.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:t}=await D(re,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return t.user&&t.userErrors.length===0&&(B({key:`admin.newUser.created`,values:{email:t.user.email}}),n(k(t.user.id))),t.userErrors}})]})})}function ve({id:e,version:t}){let{t:n}=F(),r=c(),{data:i,error:a,loading:o,refetch:s}=w(W,{first:10,after:r.after,where:{or:[{actorID:e},{subjectID:e}]}});(0,R.useEffect)(()=>{t>0&&s()},[t,s]);let l=(i?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return a?(0,H.jsx)(S,{error:a,retry:s}):!i&&o?(0,H.jsx)(v,{}):l.length===0?(0,H.jsx)(O,{children:n(`profile.noActivity`)}):(0,H.jsxs)(`div`,{"aria-busy":o||void 0,children:[(0,H.jsx)(u,{rows:l,caption:n(`admin.user.activity`),linkUsers:!0}),(0,H.jsx)(f,{pager:r,pageInfo:i?.auditEvents.pageInfo,totalCount:i?.auditEvents.totalCount,label:n(`admin.user.activityPages`)})]})}function ye({user:e,refetch:t}){let{t:n,i18n:i}=F(),[,o]=M(),{viewer:s,refresh:c}=h(),[l,u]=(0,R.useState)(V),[f,m]=(0,R.useState)(),[g,_]=(0,R.useState)(!1),v=p(),y=p(),S=e=>N(e,i.resolvedLanguage??`en`),w=s?.id===e.id,T=e.name||e.username,[k,A]=(0,R.useState)(0),j=()=>{t(),A(e=>e+1)};async function P(e,t){v.busy||(u(void 0),await v.run(e)&&(u(t),j()))}return(0,H.jsxs)(U,{title:n(`admin.user.title`,{name:T}),children:[(0,H.jsx)(`p`,{children:(0,H.jsx)(x,{href:C.adminUsers,children:n(`admin.user.back`)})}),l&&(0,H.jsx)(E,{children:n(l.key,l.values)}),v.problem&&(0,H.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:I(n,v.problem)}),(0,H.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":n(`admin.user.actions`),children:[(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":g,onClick:()=>_(e=>!e),children:n(`admin.users.edit`)}),(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":v.busy||void 0,onClick:()=>P(async()=>(await D(K,{input:{userId:e.id}})).adminResetPassword.userErrors,{key:`admin.user.resetSent`,values:{email:e.email}}),children:n(`admin.user.resetPassword`)}),(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>m(`force`),children:n(`admin.user.forceSignIn`)}),e.lockedAt?(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":v.busy||void 0,onClick:()=>P(async()=>(await D(G,{input:{id:e.id}})).unlockUser.userErrors,{key:`admin.user.unlocked`}),children:n(`admin.user.unlock`)}):(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":v.busy||void 0,onClick:()=>P(async()=>(await D(oe,{input:{id:e.id}})).lockUser.userErrors,{key:`admin.user.lockedDone`}),children:n(`admin.user.lock`)}),!w&&(0,H.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>m(`delete`),children:n(`admin.user.delete`)})]}),g&&(0,H.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,H.jsx)(`h2`,{id:`edit-user`,children:n(`admin.user.editTitle`)}),(0,H.jsx)(Y,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:n(`app.save`),onSubmit:async t=>{let{updateUser:n}=await D(ie,{input:{id:e.id,email:t.email,username:t.username,name:t.name,role:t.role,locale:t.locale}});return n.userErrors.length===0&&(_(!1),u({key:`admin.user.saved`}),j(),w&&c()),n.userErrors}})]}),(0,H.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,H.jsx)(`h2`,{id:`user-details`,children:n(`profile.accountDetails`)}),(0,H.jsxs)(`dl`,{className:`details`,children:[(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`home.name`)}),(0,H.jsx)(`dd`,{children:e.name||`—`})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`home.email`)}),(0,H.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,H.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,H.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`home.username`)}),(0,H.jsx)(`dd`,{children:e.username})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`home.role`)}),(0,H.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`admin.user.locale`)}),(0,H.jsx)(`dd`,{children:e.locale})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`admin.users.status`)}),(0,H.jsxs)(`dd`,{children:[e.lockedAt?(0,H.jsxs)(H.Fragment,{children:[(0,H.jsx)(`span`,{className:`badge badge-error`,children:n(J(e.lockKind))}),` `,(0,H.jsx)(a,{value:e.lockedAt})]}):(0,H.jsx)(`span`,{className:`badge badge-ok`,children:n(`admin.user.active`)}),e.mustChangePassword&&(0,H.jsxs)(H.Fragment,{children:[` `,n(`admin.user.mustChange`)]}),e.lockedAt&&(0,H.jsx)(`p`,{className:`field-hint`,children:n(fe(e.lockKind))})]})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,H.jsx)(`dd`,{children:(0,H.jsx)(a,{value:e.createdAt})})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,H.jsx)(`dd`,{children:e.lastSignInAt?(0,H.jsx)(a,{value:e.lastSignInAt}):n(`home.never`)})]})]})]}),(0,H.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,H.jsx)(`h2`,{id:`user-sessions`,children:n(`admin.user.sessions`,{sessions:S(e.sessions.length),tokens:S(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,H.jsx)(O,{children:n(`admin.user.noSessions`)}):(0,H.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,H.jsxs)(`li`,{className:`card`,children:[(0,H.jsx)(`p`,{className:`card-title`,children:d(e.userAgent)||n(`profile.unknownDevice`)}),(0,H.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,n(`profile.lastSeen`),` `,(0,H.jsx)(a,{value:e.lastSeenAt})]})]},e.id)),e.accessTokens.map(e=>(0,H.jsxs)(`li`,{className:`card`,children:[(0,H.jsx)(`p`,{className:`card-title`,children:n(`admin.user.tokenNamed`,{name:e.name})}),(0,H.jsxs)(`p`,{className:`muted`,children:[n(`admin.user.lastUsed`),` `,e.lastUsedAt?(0,H.jsx)(a,{value:e.lastUsedAt}):n(`home.never`)]})]},e.id))]})]}),(0,H.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,H.jsx)(`h2`,{id:`user-orgs`,children:n(`admin.nav.organizations`)}),e.memberships.length===0?(0,H.jsx)(O,{children:n(`admin.user.noOrganizations`)}):(0,H.jsx)(`ul`,{children:e.memberships.map(e=>(0,H.jsxs)(`li`,{children:[(0,H.jsx)(x,{href:b(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>n(`rights.${e}`)).join(`, `)||n(`org.noRights`)]},e.id))})]}),(0,H.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,H.jsx)(`h2`,{id:`user-activity`,children:n(`admin.user.activity`)}),(0,H.jsx)(ve,{id:e.id,version:k})]}),f===`force`&&(0,H.jsxs)(r,{title:n(`admin.user.forceTitle`,{name:T}),confirmLabel:n(`admin.user.forceSignIn`),danger:!0,busy:y.busy,error:y.problem&&I(n,y.problem),onCancel:()=>{y.reset(),m(void 0)},onConfirm:async()=>{let t={sessions:0,tokens:0};await y.run(async()=>{let{forceSignIn:n}=await D(q,{input:{userId:e.id}});return t={sessions:n.revokedSessions,tokens:n.revokedTokens},n.userErrors})&&(m(void 0),u({key:`admin.user.forced`,values:{sessions:S(t.sessions),tokens:S(t.tokens)}}),j())},children:[(0,H.jsx)(`p`,{children:n(`admin.user.forceBody`)}),(0,H.jsxs)(`ul`,{children:[(0,H.jsx)(`li`,{children:n(`admin.user.forceSessions`)}),(0,H.jsx)(`li`,{children:n(`admin.user.forceTokens`)}),(0,H.jsx)(`li`,{children:n(`admin.user.forceLinks`)}),(0,H.jsx)(`li`,{children:(0,H.jsx)(`strong`,{children:n(`admin.user.forcePassword`)})})]})]}),f===`delete`&&(0,H.jsx)(r,{title:n(`admin.user.deleteTitle`,{name:T}),confirmLabel:n(`admin.user.delete`),danger:!0,busy:y.busy,error:y.problem&&I(n,y.problem),onCancel:()=>{y.reset(),m(void 0)},onConfirm:async()=>{await y.run(async()=>(await D(ae,{input:{id:e.id}})).deleteUser.userErrors)&&(B({key:`admin.users.deleted`,values:{email:e.email}}),o(C.adminUsers))},children:(0,H.jsx)(`p`,{children:n(`admin.user.deleteBody`,{email:e.email})})})]})}function be(){let{t:e}=F(),{id:t}=y(),{data:n,error:r,loading:i,refetch:a}=w(ne,{id:decodeURIComponent(t??``)}),o=n?.node&&`email`in n.node?n.node:void 0;return r?(0,H.jsx)(U,{title:e(`admin.user.titleUnknown`),children:(0,H.jsx)(S,{error:r,retry:a})}):o?(0,H.jsx)(ye,{user:o,refetch:a},o.id):(0,H.jsx)(U,{title:e(`admin.user.titleUnknown`),children:i?(0,H.jsx)(v,{}):(0,H.jsx)(S,{error:{code:`NOT_FOUND`}})})}var X=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],Z=Object.fromEntries([...X.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`].map(e=>[e,`settings-${e}`]));function xe(e){let t={};for(let[n,r,i]of X){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function Se({settings:e,onSaved:n}){let{t:r,i18n:a}=F(),o=e=>N(e,a.resolvedLanguage??`en`),[s,c]=(0,R.useState)(()=>Object.fromEntries(X.map(([t])=>[t,String(e[t])]))),[l,u]=(0,R.useState)(e.resetMethod),[d,f]=(0,R.useState)(e.registrationOpen),[p,h]=(0,R.useState)(e.passwordPolicy),[g,_]=(0,R.useState)(!1),[v,y]=(0,R.useState)(!1),b=t(Z);async function x(e){if(e.preventDefault(),g)return;y(!1);let t=xe(s);if(Object.keys(t).length)b.show(t);else{_(!0);try{let e={...Object.fromEntries(X.map(([e])=>[e,Number(s[e])])),resetMethod:l,registrationOpen:d,passwordPolicy:p},{updateSecuritySettings:t}=await D(ce,{input:e});if(t.userErrors.length>0||!t.securitySettings){b.showUserErrors(t.userErrors);return}b.clear(),y(!0),n(t.securitySettings)}catch(e){b.showError(e)}finally{_(!1)}}}let S=(e,t)=>(0,H.jsxs)(`fieldset`,{children:[(0,H.jsx)(`legend`,{children:e}),t.map(e=>{let[,t,n]=X.find(([t])=>t===e);return(0,H.jsx)(m,{id:Z[e],label:r(`admin.settings.field.${e}`),hint:`${r(`admin.settings.hint.${e}`)} ${r(`admin.settings.range`,{min:o(t),max:o(n)})}`,type:`number`,inputMode:`numeric`,min:t,max:n,step:1,value:s[e],error:b.fieldError(e),onChange:t=>{c(n=>({...n,[e]:t.target.value})),y(!1)}},e)})]});return(0,H.jsxs)(H.Fragment,{children:[b.summary,v&&(0,H.jsx)(E,{children:r(`admin.settings.saved`)}),(0,H.jsxs)(`form`,{noValidate:!0,onSubmit:x,"aria-busy":g||void 0,className:`settings-form`,children:[(0,H.jsxs)(`fieldset`,{children:[(0,H.jsx)(`legend`,{children:r(`admin.settings.passwords`)}),(0,H.jsxs)(i,{id:Z.passwordPolicy,label:r(`admin.settings.field.passwordPolicy`),hint:r(`admin.settings.hint.passwordPolicy`),value:p,error:b.fieldError(`passwordPolicy`),onChange:e=>h(e.target.value),children:[(0,H.jsx)(`option`,{value:`DEFAULT`,children:r(`admin.settings.policy.DEFAULT`)}),(0,H.jsx)(`option`,{value:`NIST`,children:r(`admin.settings.policy.NIST`)})]}),(0,H.jsxs)(i,{id:Z.resetMethod,label:r(`admin.settings.field.resetMethod`),hint:r(`admin.settings.hint.resetMethod`),value:l,error:b.fieldError(`resetMethod`),onChange:e=>u(e.target.value),children:[(0,H.jsx)(`option`,{value:`LINK`,children:r(`admin.settings.method.LINK`)}),(0,H.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:r(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,H.jsxs)(`div`,{className:`checkbox`,children:[(0,H.jsx)(`input`,{id:Z.registrationOpen,type:`checkbox`,checked:d,"aria-describedby":`${Z.registrationOpen}-hint`,onChange:e=>f(e.target.checked)}),(0,H.jsx)(`label`,{htmlFor:Z.registrationOpen,children:r(`admin.settings.field.registrationOpen`)})]}),(0,H.jsx)(`p`,{className:`field-hint`,id:`${Z.registrationOpen}-hint`,children:r(`admin.settings.hint.registrationOpen`)})]}),S(r(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),S(r(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),S(r(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,H.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":g||void 0,children:r(g?`app.saving`:`app.save`)})]})]})}function Ce(){let{t:e}=F(),{data:t,error:n,loading:r,refetch:i}=w(se),[o,s]=(0,R.useState)(),c=o??t?.securitySettings;return(0,H.jsx)(U,{title:e(`admin.settings.title`),children:(0,H.jsx)(`div`,{className:`narrow-left`,children:n?(0,H.jsx)(S,{error:n,retry:i}):c?(0,H.jsxs)(H.Fragment,{children:[(0,H.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,H.jsx)(a,{value:c.updatedAt})]}),(0,H.jsx)(Se,{settings:c,onSaved:s})]}):r?(0,H.jsx)(v,{}):(0,H.jsx)(S,{retry:i})})})}function we(){let{t:e}=F(),t=s(),[n,r]=(0,R.useState)(``),a=c(),{reset:o}=a;(0,R.useEffect)(o,[n,o]);let{data:l,error:d,loading:p,refetch:m}=w(W,{first:25,after:a.after,where:n?{type:n}:void 0}),h=(l?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),g=[...L].sort((e,n)=>t(e).localeCompare(t(n)));return(0,H.jsxs)(U,{title:e(`admin.audit.title`),children:[(0,H.jsx)(`div`,{className:`toolbar`,children:(0,H.jsxs)(i,{id:`audit-type`,label:e(`admin.audit.type`),value:n,onChange:e=>r(e.target.value),children:[(0,H.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),g.map(e=>(0,H.jsx)(`option`,{value:e,children:t(e)},e))]})}),d?(0,H.jsx)(S,{error:d,retry:m}):!l&&p?(0,H.jsx)(v,{}):h.length===0?(0,H.jsx)(O,{children:e(`admin.audit.none`)}):(0,H.jsxs)(`div`,{"aria-busy":p||void 0,children:[(0,H.jsx)(u,{rows:h,caption:e(`admin.audit.title`),linkUsers:!0}),(0,H.jsx)(f,{pager:a,pageInfo:l?.auditEvents.pageInfo,totalCount:l?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function Te({text:e,link:t}){return/^https?:\/\//.test(t)?(0,H.jsx)(H.Fragment,{children:e.split(t).map((e,n)=>(0,H.jsxs)(R.Fragment,{children:[n>0&&(0,H.jsx)(`a`,{href:t,rel:`noreferrer`,children:t}),e]},n))}):(0,H.jsx)(H.Fragment,{children:e})}var Ee={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function De(){let{t:e}=F(),[t,n]=(0,R.useState)(``),r=c(),{reset:o}=r;(0,R.useEffect)(o,[t,o]);let{data:s,error:l,loading:u,refetch:d}=w(le,{first:20,after:r.after,where:t?{status:t}:void 0}),p=(s?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,H.jsxs)(U,{title:e(`admin.outbox.title`),children:[(0,H.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,H.jsxs)(`div`,{className:`toolbar`,children:[(0,H.jsxs)(i,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,H.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,H.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:d,children:e(`admin.outbox.refresh`)})]}),l?(0,H.jsx)(S,{error:l,retry:d}):!s&&u?(0,H.jsx)(v,{}):p.length===0?(0,H.jsx)(O,{children:e(`admin.outbox.none`)}):(0,H.jsxs)(`div`,{"aria-busy":u||void 0,children:[(0,H.jsx)(`ul`,{className:`cards`,children:p.map(t=>(0,H.jsxs)(`li`,{className:`card`,children:[(0,H.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,H.jsx)(`span`,{className:Ee[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,H.jsxs)(`dl`,{className:`facts`,children:[(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,H.jsx)(`dd`,{children:t.toAddress})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,H.jsx)(`dd`,{children:(0,H.jsx)(a,{value:t.createdAt})})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,H.jsx)(`dd`,{children:t.sentAt?(0,H.jsx)(a,{value:t.sentAt}):`—`})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,H.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,H.jsx)(`p`,{className:`field-error`,children:e(`admin.outbox.lastErrorIs`,{error:t.lastError})}),(0,H.jsxs)(`details`,{children:[(0,H.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,H.jsx)(`pre`,{className:`mail`,children:(0,H.jsx)(Te,{text:t.textBody,link:t.link})})]})]},t.id))}),(0,H.jsx)(f,{pager:r,pageInfo:s?.outbox.pageInfo,totalCount:s?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function Oe(){let{t:e}=F(),[,n]=M(),{data:r,error:i,loading:o,refetch:s}=w(ue),[c,u]=(0,R.useState)(``),[d,f]=(0,R.useState)(!1),p=t({name:`org-name`});async function h(e){if(e.preventDefault(),!d){if(!c.trim())p.show({name:{key:`admin.organizations.nameRequired`}});else{f(!0);try{let{createOrganization:e}=await D(de,{input:{name:c.trim()}});if(e.userErrors.length>0||!e.organization){p.showUserErrors(e.userErrors);return}n(b(e.organization.id))}catch(e){p.showError(e)}finally{f(!1)}}}}let g=r?.organizations??[];return(0,H.jsxs)(U,{title:e(`admin.organizations.title`),children:[i?(0,H.jsx)(S,{error:i,retry:s}):!r&&o?(0,H.jsx)(v,{}):g.length===0?(0,H.jsx)(O,{children:e(`admin.organizations.none`)}):(0,H.jsx)(l,{label:e(`admin.organizations.title`),children:(0,H.jsxs)(`table`,{children:[(0,H.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.organizations.title`)}),(0,H.jsx)(`thead`,{children:(0,H.jsxs)(`tr`,{children:[(0,H.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`admin.organizations.members`)}),(0,H.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)})]})}),(0,H.jsx)(`tbody`,{children:g.map(e=>(0,H.jsxs)(`tr`,{children:[(0,H.jsx)(`td`,{children:(0,H.jsx)(x,{href:b(e.id),children:e.name})}),(0,H.jsx)(`td`,{children:e.members.length}),(0,H.jsx)(`td`,{children:(0,H.jsx)(a,{value:e.createdAt})})]},e.id))})]})}),(0,H.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,H.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),p.summary,(0,H.jsxs)(`form`,{noValidate:!0,onSubmit:h,"aria-busy":d||void 0,children:[(0,H.jsx)(m,{id:`org-name`,label:e(`home.name`),value:c,error:p.fieldError(`name`),onChange:e=>u(e.target.value)}),(0,H.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d||void 0,children:e(d?`app.working`:`admin.organizations.createButton`)})]})]})]})}var Q=j(`
  query WebhookEndpoints {
    webhookEventTypes {
      name
      description
    }
    webhookEndpoints(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
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
          deliveries(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
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
`),ke=j(`
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
`),Ae=j(`
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
`),je=j(`
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
`),Me=j(`
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
`),Ne=j(`
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
`),Pe=j(`
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
`),Fe={PENDING:`badge`,DELIVERED:`badge badge-ok`,FAILED:`badge badge-error`};function $({secret:e}){let{t}=F();return(0,H.jsxs)(`div`,{className:`notice`,role:`status`,children:[(0,H.jsx)(`p`,{children:t(`admin.webhooks.secretOnce`)}),(0,H.jsxs)(`p`,{children:[(0,H.jsx)(`code`,{className:`secret`,"data-testid":`webhook-secret`,children:e}),` `,(0,H.jsx)(n,{text:e})]})]})}function Ie({endpoint:e,onChanged:t}){let{t:n}=F(),r=p(),[i,o]=(0,R.useState)(),[s,c]=(0,R.useState)(),u=(e.deliveries.edges??[]).flatMap(e=>e?.node?[e.node]:[]),d=`endpoint-${e.id}`;async function f(i){(i!==`delete`||window.confirm(n(`admin.webhooks.confirmDelete`,{url:e.url})))&&(c(void 0),await r.run(async()=>{switch(i){case`test`:return(await D(Ne,{input:{id:e.id}})).sendTestWebhookEvent.userErrors;case`rotate`:{let{rotateWebhookSecret:t}=await D(je,{input:{id:e.id}});return t.secret&&o(t.secret),t.userErrors}case`toggle`:return(await D(Ae,{input:{id:e.id,enabled:!e.enabled}})).updateWebhookEndpoint.userErrors;case`delete`:return(await D(Me,{input:{id:e.id}})).deleteWebhookEndpoint.userErrors}})&&(i===`test`&&c(n(`admin.webhooks.testSent`)),t()))}async function m(e){c(void 0),await r.run(async()=>(await D(Pe,{input:{deliveryId:e}})).replayWebhookEvent.userErrors)&&(c(n(`admin.webhooks.replayed`)),t())}return(0,H.jsxs)(`li`,{className:`card`,children:[(0,H.jsxs)(`h2`,{id:d,className:`card-title`,children:[e.url,` `,(0,H.jsx)(`span`,{className:e.enabled?`badge badge-ok`:`badge badge-error`,children:e.enabled?n(`admin.webhooks.enabled`):n(`admin.webhooks.disabled`)})]}),(0,H.jsxs)(`dl`,{className:`facts`,children:[(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`admin.webhooks.description`)}),(0,H.jsx)(`dd`,{children:e.description||`—`})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`admin.webhooks.events`)}),(0,H.jsx)(`dd`,{children:e.events.length===0?n(`admin.webhooks.allEvents`):e.events.join(`, `)})]}),(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`admin.webhooks.created`)}),(0,H.jsx)(`dd`,{children:(0,H.jsx)(a,{value:e.createdAt})})]}),e.previousSecretExpiresAt&&(0,H.jsxs)(`div`,{children:[(0,H.jsx)(`dt`,{children:n(`admin.webhooks.oldSecretUntil`)}),(0,H.jsx)(`dd`,{children:(0,H.jsx)(a,{value:e.previousSecretExpiresAt})})]})]}),!e.enabled&&e.disabledReason&&(0,H.jsx)(`p`,{className:`field-error`,children:e.disabledReason}),i&&(0,H.jsx)($,{secret:i}),s&&(0,H.jsx)(`p`,{role:`status`,children:s}),r.problem&&(0,H.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:I(n,r.problem)}),(0,H.jsxs)(`div`,{className:`toolbar`,role:`group`,"aria-labelledby":d,children:[(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`test`),children:n(`admin.webhooks.sendTest`)}),(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`rotate`),children:n(`admin.webhooks.rotate`)}),(0,H.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`toggle`),children:e.enabled?n(`admin.webhooks.disable`):n(`admin.webhooks.enable`)}),(0,H.jsx)(`button`,{type:`button`,className:`button button-danger`,"aria-disabled":r.busy||void 0,onClick:()=>f(`delete`),children:n(`admin.webhooks.delete`)})]}),(0,H.jsx)(`h3`,{children:n(`admin.webhooks.log`,{count:e.deliveries.totalCount})}),u.length===0?(0,H.jsx)(O,{children:n(`admin.webhooks.noDeliveries`)}):(0,H.jsx)(l,{label:n(`admin.webhooks.logOf`,{url:e.url}),children:(0,H.jsxs)(`table`,{children:[(0,H.jsx)(`caption`,{className:`visually-hidden`,children:n(`admin.webhooks.logOf`,{url:e.url})}),(0,H.jsx)(`thead`,{children:(0,H.jsxs)(`tr`,{children:[(0,H.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.event`)}),(0,H.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.status`)}),(0,H.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.attempts`)}),(0,H.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.response`)}),(0,H.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.duration`)}),(0,H.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.written`)}),(0,H.jsx)(`th`,{scope:`col`,children:(0,H.jsx)(`span`,{className:`visually-hidden`,children:n(`admin.webhooks.actions`)})})]})}),(0,H.jsx)(`tbody`,{children:u.map(e=>(0,H.jsxs)(`tr`,{children:[(0,H.jsx)(`td`,{children:(0,H.jsx)(`code`,{children:e.eventType})}),(0,H.jsx)(`td`,{children:(0,H.jsx)(`span`,{className:Fe[e.status]??`badge`,children:n(`admin.webhooks.state.${e.status}`)})}),(0,H.jsx)(`td`,{children:e.attempts}),(0,H.jsx)(`td`,{title:e.lastError||e.responseBody||void 0,children:e.responseStatus??(e.lastError?n(`admin.webhooks.noAnswer`):`—`)}),(0,H.jsx)(`td`,{children:n(`admin.webhooks.ms`,{ms:e.durationMs})}),(0,H.jsx)(`td`,{children:(0,H.jsx)(a,{value:e.createdAt})}),(0,H.jsx)(`td`,{children:(0,H.jsxs)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-disabled":r.busy||void 0,onClick:()=>m(e.id),children:[n(`admin.webhooks.replay`),(0,H.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.eventType]})]})})]},e.id))})]})})]})}function Le(){let{t:e}=F(),{data:n,error:r,loading:i,refetch:a}=w(Q),[o,s]=(0,R.useState)(``),[c,l]=(0,R.useState)(``),[u,d]=(0,R.useState)([]),[f,p]=(0,R.useState)(!1),[h,g]=(0,R.useState)(),_=t({url:`webhook-url`,description:`webhook-description`,events:`webhook-events`});async function y(e){if(e.preventDefault(),!f){if(!o.trim())_.show({url:{key:`admin.webhooks.urlRequired`}});else{p(!0),g(void 0);try{let{createWebhookEndpoint:e}=await D(ke,{input:{url:o.trim(),description:c,events:u}});if(e.userErrors.length>0||!e.secret){_.showUserErrors(e.userErrors);return}_.clear(),g(e.secret),s(``),l(``),d([]),a()}catch(e){_.showError(e)}finally{p(!1)}}}}let b=(n?.webhookEndpoints.edges??[]).flatMap(e=>e?.node?[e.node]:[]),x=(n?.webhookEventTypes??[]).filter(e=>e.name!==`webhook.test`);return(0,H.jsxs)(U,{title:e(`admin.webhooks.title`),children:[(0,H.jsx)(`p`,{children:e(`admin.webhooks.intro`)}),r?(0,H.jsx)(S,{error:r,retry:a}):!n&&i?(0,H.jsx)(v,{}):b.length===0?(0,H.jsx)(O,{children:e(`admin.webhooks.none`)}):(0,H.jsx)(`ul`,{className:`cards`,"aria-busy":i||void 0,children:b.map(e=>(0,H.jsx)(Ie,{endpoint:e,onChanged:a},e.id))}),(0,H.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-webhook`,children:[(0,H.jsx)(`h2`,{id:`new-webhook`,children:e(`admin.webhooks.create`)}),h&&(0,H.jsx)($,{secret:h}),_.summary,(0,H.jsxs)(`form`,{noValidate:!0,onSubmit:y,"aria-busy":f||void 0,children:[(0,H.jsx)(m,{id:`webhook-url`,label:e(`admin.webhooks.url`),hint:e(`admin.webhooks.urlHint`),type:`url`,value:o,error:_.fieldError(`url`),onChange:e=>s(e.target.value)}),(0,H.jsx)(m,{id:`webhook-description`,label:e(`admin.webhooks.description`),value:c,error:_.fieldError(`description`),onChange:e=>l(e.target.value)}),(0,H.jsxs)(`fieldset`,{id:`webhook-events`,children:[(0,H.jsx)(`legend`,{children:e(`admin.webhooks.events`)}),(0,H.jsx)(`p`,{className:`field-hint`,children:e(`admin.webhooks.eventsHint`)}),x.map(e=>(0,H.jsxs)(`div`,{className:`checkbox`,children:[(0,H.jsx)(`input`,{type:`checkbox`,id:`webhook-event-${e.name}`,checked:u.includes(e.name),onChange:t=>d(t.target.checked?[...u,e.name]:u.filter(t=>t!==e.name))}),(0,H.jsx)(`label`,{htmlFor:`webhook-event-${e.name}`,children:(0,H.jsx)(`code`,{children:e.name})})]},e.name))]}),(0,H.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f||void 0,children:e(f?`app.working`:`admin.webhooks.createButton`)})]})]})]})}export{we as AdminAuditPage,_e as AdminNewUserPage,Oe as AdminOrganizationsPage,De as AdminOutboxPage,Ce as AdminSettingsPage,be as AdminUserPage,ge as AdminUsersPage,Le as AdminWebhooksPage};