import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{_ as t,a as n,g as r,h as i,i as a,l as o,n as s,o as c,r as l,s as u,t as d,u as f,v as p,x as m}from"./index-CZ3_n1V5.js";import{i as h,t as g}from"./react-DCTAcUCH.js";import{a as _,b as v,c as y,d as b,g as x,h as S,i as C,l as w,m as T,n as E,o as D,r as O,s as k,t as A,u as j,x as M}from"./useSubmit-DBTBxeIj.js";import{a as N,d as P,f as F,t as I}from"./i18n-78Xe64qq.js";var L=e(h(),1),R=g(),z=[[j.adminUsers,`admin.nav.users`],[j.adminOrganizations,`admin.nav.organizations`],[j.adminSettings,`admin.nav.settings`],[j.adminAudit,`admin.nav.audit`],[j.adminOutbox,`admin.nav.outbox`]];function B({title:e,children:t,actions:n}){let{t:r}=F();E(e);let[i]=v();return(0,R.jsxs)(`div`,{className:`wide`,children:[(0,R.jsx)(`nav`,{className:`sub-nav`,"aria-label":r(`admin.nav.label`),children:(0,R.jsxs)(`ul`,{children:[z.map(([e,t])=>(0,R.jsx)(`li`,{children:(0,R.jsx)(x,{href:e,"aria-current":i===e||i.startsWith(`${e}/`)?`page`:void 0,children:r(t)})},e)),(0,R.jsx)(`li`,{children:(0,R.jsx)(`a`,{href:j.playground,children:r(`admin.nav.playground`)})})]})}),(0,R.jsxs)(`div`,{className:`page-head`,children:[(0,R.jsx)(O,{children:e}),n]}),t]})}var ee=b(`
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
`),V=b(`
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
`),H=b(`
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
`),te=b(`
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
`),U=b(`
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
`),ne=b(`
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
`),re=b(`
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
`),ie=b(`
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
`),W=b(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),G=b(`
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
`),K=b(`
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
`),q=b(`
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
`),J=b(`
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
`),ae=b(`
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
`),oe=b(`
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
`);function Y(e){return e===`ADMIN`?`admin.user.lockedAdmin`:`admin.user.lockedAutomatic`}function se(e){return e===`ADMIN`?`admin.user.lockAdminHint`:`admin.user.lockAutomaticHint`}var ce=20,le=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function X(e,t){let n=e.trim(),r=[];if(n&&r.push({search:n}),t&&r.push({lockedAtNotNil:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function ue(){let{t:e,i18n:t}=F(),[i]=(0,L.useState)(p),[a,c]=(0,L.useState)(``),[l,u]=(0,L.useState)(``),[m,h]=(0,L.useState)(!1),[g,v]=(0,L.useState)(`CREATED_AT:DESC`),b=s(),[w,T]=g.split(`:`),{data:E,error:O,loading:A,refetch:M}=S(ee,{first:ce,after:b.after,where:X(l,m),orderBy:{field:w,direction:T}}),{reset:P}=b;(0,L.useEffect)(P,[l,m,g,P]);function I(e){e.preventDefault(),u(a)}let z=(E?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),V=!!(l.trim()||m);return(0,R.jsxs)(B,{title:e(`admin.users.title`),actions:(0,R.jsx)(x,{href:j.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[i&&(0,R.jsx)(k,{children:e(i.key,i.values)}),(0,R.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:I,"aria-label":e(`admin.users.searchLabel`),children:[(0,R.jsx)(r,{id:`users-search`,type:`search`,maxLength:256,label:e(`admin.users.search`),value:a,onChange:e=>c(e.target.value)}),(0,R.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,R.jsx)(o,{id:`users-sort`,label:e(`admin.users.sort`),value:g,onChange:e=>v(e.target.value),children:le.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,R.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,R.jsxs)(`div`,{className:`checkbox`,children:[(0,R.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:m,onChange:e=>h(e.target.checked)}),(0,R.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),O?(0,R.jsx)(_,{error:O,retry:M}):!E&&A?(0,R.jsx)(D,{}):z.length===0?(0,R.jsx)(C,{children:e(V?`admin.users.noMatch`:`admin.users.none`)}):(0,R.jsxs)(`div`,{"aria-busy":A||void 0,children:[(0,R.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:N(E?.users.totalCount??0,t.resolvedLanguage??`en`)})}),(0,R.jsx)(n,{label:e(`admin.users.title`),children:(0,R.jsxs)(`table`,{children:[(0,R.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.users.title`)}),(0,R.jsx)(`thead`,{children:(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`home.email`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`home.username`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`home.role`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`home.lastSignIn`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`admin.users.status`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`admin.users.action`)})]})}),(0,R.jsx)(`tbody`,{children:z.map(t=>(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`td`,{children:t.name||`—`}),(0,R.jsx)(`td`,{children:t.email}),(0,R.jsx)(`td`,{children:t.username}),(0,R.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,R.jsx)(`td`,{children:(0,R.jsx)(f,{value:t.createdAt})}),(0,R.jsx)(`td`,{children:t.lastSignInAt?(0,R.jsx)(f,{value:t.lastSignInAt}):e(`home.never`)}),(0,R.jsx)(`td`,{children:t.lockedAt?(0,R.jsx)(`span`,{className:`badge badge-error`,children:e(Y(t.lockKind))}):(0,R.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})}),(0,R.jsx)(`td`,{children:(0,R.jsx)(x,{href:y(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))})]})}),(0,R.jsx)(d,{pager:b,pageInfo:E?.users.pageInfo,totalCount:E?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function Z({idPrefix:e,initial:t,submitLabel:n,onSubmit:a}){let{t:s}=F(),c={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[l,u]=(0,L.useState)(t),d=A(c),f=e=>u(t=>({...t,...e}));async function p(e){e.preventDefault(),await d.run(async()=>({userErrors:await a({...l,email:l.email.trim(),username:l.username.trim(),name:l.name.trim()})}),{check:()=>{let e={};return l.email.trim()?i(l.email)||(e.email={key:`form.emailInvalid`}):e.email={key:`admin.user.emailRequired`},l.username.trim()||(e.username={key:`admin.user.usernameRequired`}),e}})}return(0,R.jsxs)(R.Fragment,{children:[d.summary,(0,R.jsxs)(`form`,{noValidate:!0,onSubmit:p,"aria-busy":d.busy||void 0,children:[(0,R.jsx)(r,{id:c.email,label:s(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:l.email,error:d.fieldError(`email`),onChange:e=>f({email:e.target.value})}),(0,R.jsx)(r,{id:c.username,label:s(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:l.username,error:d.fieldError(`username`),onChange:e=>f({username:e.target.value})}),(0,R.jsx)(r,{id:c.name,label:`${s(`home.name`)} (${s(`form.optional`)})`,autoComplete:`off`,value:l.name,error:d.fieldError(`name`),onChange:e=>f({name:e.target.value})}),(0,R.jsxs)(o,{id:c.role,label:s(`home.role`),value:l.role,error:d.fieldError(`role`),onChange:e=>f({role:e.target.value}),children:[(0,R.jsx)(`option`,{value:`USER`,children:s(`role.USER`)}),(0,R.jsx)(`option`,{value:`ADMIN`,children:s(`role.ADMIN`)})]}),(0,R.jsx)(o,{id:c.locale,label:s(`admin.user.locale`),hint:s(`profile.languageHint`),value:l.locale,error:d.fieldError(`locale`),onChange:e=>f({locale:e.target.value}),children:P.map(e=>(0,R.jsx)(`option`,{value:e,lang:e,children:s(`language.${e}`)},e))}),(0,R.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d.busy||void 0,children:d.busy?s(`app.saving`):n})]})]})}function de(){let{t:e,i18n:n}=F(),[,r]=v();return(0,R.jsx)(B,{title:e(`admin.newUser.title`),children:(0,R.jsxs)(`div`,{className:`narrow-left`,children:[(0,R.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,R.jsx)(Z,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:n.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:n}=await T(te,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return n.user&&n.userErrors.length===0&&(t({key:`admin.newUser.created`,values:{email:n.user.email}}),r(y(n.user.id))),n.userErrors}})]})})}function fe({id:e,version:t}){let{t:n}=F(),r=s(),{data:i,error:a,loading:o,refetch:c}=S(H,{first:10,after:r.after,where:{or:[{actorID:e},{subjectID:e}]}});(0,L.useEffect)(()=>{t>0&&c()},[t,c]);let u=(i?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return a?(0,R.jsx)(_,{error:a,retry:c}):!i&&o?(0,R.jsx)(D,{}):u.length===0?(0,R.jsx)(C,{children:n(`profile.noActivity`)}):(0,R.jsxs)(`div`,{"aria-busy":o||void 0,children:[(0,R.jsx)(l,{rows:u,caption:n(`admin.user.activity`),linkUsers:!0}),(0,R.jsx)(d,{pager:r,pageInfo:i?.auditEvents.pageInfo,totalCount:i?.auditEvents.totalCount,label:n(`admin.user.activityPages`)})]})}function pe({user:e,refetch:n}){let{t:r,i18n:i}=F(),[,a]=v(),{viewer:o,refresh:s}=m(),[l,d]=(0,L.useState)(p),[h,g]=(0,L.useState)(),[_,y]=(0,L.useState)(!1),b=A(),S=e=>N(e,i.resolvedLanguage??`en`),E=o?.id===e.id,D=e.name||e.username,[O,M]=(0,L.useState)(0),P=()=>{n(),M(e=>e+1)},I=(e,t,n)=>(0,R.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":b.busy||void 0,onClick:async()=>{b.busy||(d(void 0),await b.run(t)&&(d(n),P()))},children:e});return(0,R.jsxs)(B,{title:r(`admin.user.title`,{name:D}),children:[(0,R.jsx)(`p`,{children:(0,R.jsx)(x,{href:j.adminUsers,children:r(`admin.user.back`)})}),l&&(0,R.jsx)(k,{children:r(l.key,l.values)}),b.alert,(0,R.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":r(`admin.user.actions`),children:[(0,R.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":_,onClick:()=>y(e=>!e),children:r(`admin.users.edit`)}),I(r(`admin.user.resetPassword`),async()=>(await T(W,{input:{userId:e.id}})).adminResetPassword,{key:`admin.user.resetSent`,values:{email:e.email}}),(0,R.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>g(`force`),children:r(`admin.user.forceSignIn`)}),e.lockedAt?I(r(`admin.user.unlock`),async()=>(await T(ie,{input:{id:e.id}})).unlockUser,{key:`admin.user.unlocked`}):I(r(`admin.user.lock`),async()=>(await T(re,{input:{id:e.id}})).lockUser,{key:`admin.user.lockedDone`}),!E&&(0,R.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>g(`delete`),children:r(`admin.user.delete`)})]}),_&&(0,R.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,R.jsx)(`h2`,{id:`edit-user`,children:r(`admin.user.editTitle`)}),(0,R.jsx)(Z,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:r(`app.save`),onSubmit:async t=>{let{updateUser:n}=await T(U,{input:{id:e.id,email:t.email,username:t.username,name:t.name,role:t.role,locale:t.locale}});return n.userErrors.length===0&&(y(!1),d({key:`admin.user.saved`}),P(),E&&s()),n.userErrors}})]}),(0,R.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,R.jsx)(`h2`,{id:`user-details`,children:r(`profile.accountDetails`)}),(0,R.jsxs)(`dl`,{className:`details`,children:[(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:r(`home.name`)}),(0,R.jsx)(`dd`,{children:e.name||`—`})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:r(`home.email`)}),(0,R.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,R.jsx)(`span`,{className:`badge badge-ok`,children:r(`profile.verified`)}):(0,R.jsx)(`span`,{className:`badge`,children:r(`profile.notVerified`)})]})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:r(`home.username`)}),(0,R.jsx)(`dd`,{children:e.username})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:r(`home.role`)}),(0,R.jsx)(`dd`,{children:r(`role.${e.role}`)})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:r(`admin.user.locale`)}),(0,R.jsx)(`dd`,{children:e.locale})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:r(`admin.users.status`)}),(0,R.jsxs)(`dd`,{children:[e.lockedAt?(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(`span`,{className:`badge badge-error`,children:r(Y(e.lockKind))}),` `,(0,R.jsx)(f,{value:e.lockedAt})]}):(0,R.jsx)(`span`,{className:`badge badge-ok`,children:r(`admin.user.active`)}),e.mustChangePassword&&(0,R.jsxs)(R.Fragment,{children:[` `,r(`admin.user.mustChange`)]}),e.lockedAt&&(0,R.jsx)(`p`,{className:`field-hint`,children:r(se(e.lockKind))})]})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:r(`home.memberSince`)}),(0,R.jsx)(`dd`,{children:(0,R.jsx)(f,{value:e.createdAt})})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:r(`home.lastSignIn`)}),(0,R.jsx)(`dd`,{children:e.lastSignInAt?(0,R.jsx)(f,{value:e.lastSignInAt}):r(`home.never`)})]})]})]}),(0,R.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,R.jsx)(`h2`,{id:`user-sessions`,children:r(`admin.user.sessions`,{sessions:S(e.sessions.length),tokens:S(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,R.jsx)(C,{children:r(`admin.user.noSessions`)}):(0,R.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,R.jsxs)(`li`,{className:`card`,children:[(0,R.jsx)(`p`,{className:`card-title`,children:c(e.userAgent)||r(`profile.unknownDevice`)}),(0,R.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,r(`profile.lastSeen`),` `,(0,R.jsx)(f,{value:e.lastSeenAt})]})]},e.id)),e.accessTokens.map(e=>(0,R.jsxs)(`li`,{className:`card`,children:[(0,R.jsx)(`p`,{className:`card-title`,children:r(`admin.user.tokenNamed`,{name:e.name})}),(0,R.jsxs)(`p`,{className:`muted`,children:[r(`admin.user.lastUsed`),` `,e.lastUsedAt?(0,R.jsx)(f,{value:e.lastUsedAt}):r(`home.never`)]})]},e.id))]})]}),(0,R.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,R.jsx)(`h2`,{id:`user-orgs`,children:r(`admin.nav.organizations`)}),e.memberships.length===0?(0,R.jsx)(C,{children:r(`admin.user.noOrganizations`)}):(0,R.jsx)(`ul`,{children:e.memberships.map(e=>(0,R.jsxs)(`li`,{children:[(0,R.jsx)(x,{href:w(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>r(`rights.${e}`)).join(`, `)||r(`org.noRights`)]},e.id))})]}),(0,R.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,R.jsx)(`h2`,{id:`user-activity`,children:r(`admin.user.activity`)}),(0,R.jsx)(fe,{id:e.id,version:O})]}),h===`force`&&(0,R.jsxs)(u,{title:r(`admin.user.forceTitle`,{name:D}),confirmLabel:r(`admin.user.forceSignIn`),danger:!0,onCancel:()=>g(void 0),send:async()=>(await T(G,{input:{userId:e.id}})).forceSignIn,onDone:e=>{g(void 0),d({key:`admin.user.forced`,values:{sessions:S(e.revokedSessions),tokens:S(e.revokedTokens)}}),P()},children:[(0,R.jsx)(`p`,{children:r(`admin.user.forceBody`)}),(0,R.jsxs)(`ul`,{children:[(0,R.jsx)(`li`,{children:r(`admin.user.forceSessions`)}),(0,R.jsx)(`li`,{children:r(`admin.user.forceTokens`)}),(0,R.jsx)(`li`,{children:r(`admin.user.forceLinks`)}),(0,R.jsx)(`li`,{children:(0,R.jsx)(`strong`,{children:r(`admin.user.forcePassword`)})})]})]}),h===`delete`&&(0,R.jsx)(u,{title:r(`admin.user.deleteTitle`,{name:D}),confirmLabel:r(`admin.user.delete`),danger:!0,onCancel:()=>g(void 0),send:async()=>(await T(ne,{input:{id:e.id}})).deleteUser,onDone:()=>{t({key:`admin.users.deleted`,values:{email:e.email}}),a(j.adminUsers)},children:(0,R.jsx)(`p`,{children:r(`admin.user.deleteBody`,{email:e.email})})})]})}function me(){let{t:e}=F(),{id:t}=M(),{data:n,error:r,loading:i,refetch:a}=S(V,{id:decodeURIComponent(t??``)}),o=n?.node&&`email`in n.node?n.node:void 0;return r?(0,R.jsx)(B,{title:e(`admin.user.titleUnknown`),children:(0,R.jsx)(_,{error:r,retry:a})}):o?(0,R.jsx)(pe,{user:o,refetch:a},o.id):(0,R.jsx)(B,{title:e(`admin.user.titleUnknown`),children:i?(0,R.jsx)(D,{}):(0,R.jsx)(_,{error:{code:`NOT_FOUND`}})})}var Q=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],$=Object.fromEntries([...Q.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`].map(e=>[e,`settings-${e}`]));function he(e){let t={};for(let[n,r,i]of Q){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function ge({settings:e,onSaved:t}){let{t:n,i18n:i}=F(),a=e=>N(e,i.resolvedLanguage??`en`),[s,c]=(0,L.useState)(()=>Object.fromEntries(Q.map(([t])=>[t,String(e[t])]))),[l,u]=(0,L.useState)(e.resetMethod),[d,f]=(0,L.useState)(e.registrationOpen),[p,m]=(0,L.useState)(e.passwordPolicy),[h,g]=(0,L.useState)(!1),_=A($);async function v(e){if(e.preventDefault(),_.busy)return;g(!1);let n={...Object.fromEntries(Q.map(([e])=>[e,Number(s[e])])),resetMethod:l,registrationOpen:d,passwordPolicy:p},r=await _.run(async()=>(await T(q,{input:n})).updateSecuritySettings,{check:()=>he(s),succeeded:e=>!!e.securitySettings});r?.securitySettings&&(g(!0),t(r.securitySettings))}let y=(e,t)=>(0,R.jsxs)(`fieldset`,{children:[(0,R.jsx)(`legend`,{children:e}),t.map(e=>{let[,t,i]=Q.find(([t])=>t===e);return(0,R.jsx)(r,{id:$[e],label:n(`admin.settings.field.${e}`),hint:`${n(`admin.settings.hint.${e}`)} ${n(`admin.settings.range`,{min:a(t),max:a(i)})}`,type:`number`,inputMode:`numeric`,min:t,max:i,step:1,value:s[e],error:_.fieldError(e),onChange:t=>{c(n=>({...n,[e]:t.target.value})),g(!1)}},e)})]});return(0,R.jsxs)(R.Fragment,{children:[_.summary,h&&(0,R.jsx)(k,{children:n(`admin.settings.saved`)}),(0,R.jsxs)(`form`,{noValidate:!0,onSubmit:v,"aria-busy":_.busy||void 0,className:`settings-form`,children:[(0,R.jsxs)(`fieldset`,{children:[(0,R.jsx)(`legend`,{children:n(`admin.settings.passwords`)}),(0,R.jsxs)(o,{id:$.passwordPolicy,label:n(`admin.settings.field.passwordPolicy`),hint:n(`admin.settings.hint.passwordPolicy`),value:p,error:_.fieldError(`passwordPolicy`),onChange:e=>m(e.target.value),children:[(0,R.jsx)(`option`,{value:`DEFAULT`,children:n(`admin.settings.policy.DEFAULT`)}),(0,R.jsx)(`option`,{value:`NIST`,children:n(`admin.settings.policy.NIST`)})]}),(0,R.jsxs)(o,{id:$.resetMethod,label:n(`admin.settings.field.resetMethod`),hint:n(`admin.settings.hint.resetMethod`),value:l,error:_.fieldError(`resetMethod`),onChange:e=>u(e.target.value),children:[(0,R.jsx)(`option`,{value:`LINK`,children:n(`admin.settings.method.LINK`)}),(0,R.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:n(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,R.jsxs)(`div`,{className:`checkbox`,children:[(0,R.jsx)(`input`,{id:$.registrationOpen,type:`checkbox`,checked:d,"aria-describedby":`${$.registrationOpen}-hint`,onChange:e=>f(e.target.checked)}),(0,R.jsx)(`label`,{htmlFor:$.registrationOpen,children:n(`admin.settings.field.registrationOpen`)})]}),(0,R.jsx)(`p`,{className:`field-hint`,id:`${$.registrationOpen}-hint`,children:n(`admin.settings.hint.registrationOpen`)})]}),y(n(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),y(n(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),y(n(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,R.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":_.busy||void 0,children:_.busy?n(`app.saving`):n(`app.save`)})]})]})}function _e(){let{t:e}=F(),{data:t,error:n,loading:r,refetch:i}=S(K),[a,o]=(0,L.useState)(),s=a??t?.securitySettings;return(0,R.jsx)(B,{title:e(`admin.settings.title`),children:(0,R.jsx)(`div`,{className:`narrow-left`,children:n?(0,R.jsx)(_,{error:n,retry:i}):s?(0,R.jsxs)(R.Fragment,{children:[(0,R.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,R.jsx)(f,{value:s.updatedAt})]}),(0,R.jsx)(ge,{settings:s,onSaved:o})]}):r?(0,R.jsx)(D,{}):(0,R.jsx)(_,{retry:i})})})}function ve(){let{t:e}=F(),t=a(),[n,r]=(0,L.useState)(``),i=s(),{reset:c}=i;(0,L.useEffect)(c,[n,c]);let{data:u,error:f,loading:p,refetch:m}=S(H,{first:25,after:i.after,where:n?{type:n}:void 0}),h=(u?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),g=[...I].sort((e,n)=>t(e).localeCompare(t(n)));return(0,R.jsxs)(B,{title:e(`admin.audit.title`),children:[(0,R.jsx)(`div`,{className:`toolbar`,children:(0,R.jsxs)(o,{id:`audit-type`,label:e(`admin.audit.type`),value:n,onChange:e=>r(e.target.value),children:[(0,R.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),g.map(e=>(0,R.jsx)(`option`,{value:e,children:t(e)},e))]})}),f?(0,R.jsx)(_,{error:f,retry:m}):!u&&p?(0,R.jsx)(D,{}):h.length===0?(0,R.jsx)(C,{children:e(`admin.audit.none`)}):(0,R.jsxs)(`div`,{"aria-busy":p||void 0,children:[(0,R.jsx)(l,{rows:h,caption:e(`admin.audit.title`),linkUsers:!0}),(0,R.jsx)(d,{pager:i,pageInfo:u?.auditEvents.pageInfo,totalCount:u?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function ye({text:e,link:t}){return/^https?:\/\//.test(t)?(0,R.jsx)(R.Fragment,{children:e.split(t).map((e,n)=>(0,R.jsxs)(L.Fragment,{children:[n>0&&(0,R.jsx)(`a`,{href:t,rel:`noreferrer`,children:t}),e]},n))}):(0,R.jsx)(R.Fragment,{children:e})}var be={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function xe(){let{t:e}=F(),[t,n]=(0,L.useState)(``),r=s(),{reset:i}=r;(0,L.useEffect)(i,[t,i]);let{data:a,error:c,loading:l,refetch:u}=S(J,{first:20,after:r.after,where:t?{status:t}:void 0}),p=(a?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,R.jsxs)(B,{title:e(`admin.outbox.title`),children:[(0,R.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,R.jsxs)(`div`,{className:`toolbar`,children:[(0,R.jsxs)(o,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,R.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,R.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,R.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:u,children:e(`admin.outbox.refresh`)})]}),c?(0,R.jsx)(_,{error:c,retry:u}):!a&&l?(0,R.jsx)(D,{}):p.length===0?(0,R.jsx)(C,{children:e(`admin.outbox.none`)}):(0,R.jsxs)(`div`,{"aria-busy":l||void 0,children:[(0,R.jsx)(`ul`,{className:`cards`,children:p.map(t=>(0,R.jsxs)(`li`,{className:`card`,children:[(0,R.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,R.jsx)(`span`,{className:be[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,R.jsxs)(`dl`,{className:`facts`,children:[(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,R.jsx)(`dd`,{children:t.toAddress})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,R.jsx)(`dd`,{children:(0,R.jsx)(f,{value:t.createdAt})})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,R.jsx)(`dd`,{children:t.sentAt?(0,R.jsx)(f,{value:t.sentAt}):`—`})]}),(0,R.jsxs)(`div`,{children:[(0,R.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,R.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,R.jsx)(`p`,{className:`field-error`,children:e(`admin.outbox.lastErrorIs`,{error:t.lastError})}),(0,R.jsxs)(`details`,{children:[(0,R.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,R.jsx)(`pre`,{className:`mail`,children:(0,R.jsx)(ye,{text:t.textBody,link:t.link})})]})]},t.id))}),(0,R.jsx)(d,{pager:r,pageInfo:a?.outbox.pageInfo,totalCount:a?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function Se(){let{t:e}=F(),[,t]=v(),{data:i,error:a,loading:o,refetch:s}=S(ae),[c,l]=(0,L.useState)(``),u=A({name:`org-name`});async function d(e){e.preventDefault();let n=await u.run(async()=>(await T(oe,{input:{name:c.trim()}})).createOrganization,{check:()=>c.trim()?{}:{name:{key:`admin.organizations.nameRequired`}},succeeded:e=>!!e.organization});n?.organization&&t(w(n.organization.id))}let p=i?.organizations??[];return(0,R.jsxs)(B,{title:e(`admin.organizations.title`),children:[a?(0,R.jsx)(_,{error:a,retry:s}):!i&&o?(0,R.jsx)(D,{}):p.length===0?(0,R.jsx)(C,{children:e(`admin.organizations.none`)}):(0,R.jsx)(n,{label:e(`admin.organizations.title`),children:(0,R.jsxs)(`table`,{children:[(0,R.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.organizations.title`)}),(0,R.jsx)(`thead`,{children:(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`admin.organizations.members`)}),(0,R.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)})]})}),(0,R.jsx)(`tbody`,{children:p.map(e=>(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`td`,{children:(0,R.jsx)(x,{href:w(e.id),children:e.name})}),(0,R.jsx)(`td`,{children:e.members.length}),(0,R.jsx)(`td`,{children:(0,R.jsx)(f,{value:e.createdAt})})]},e.id))})]})}),(0,R.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,R.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),u.summary,(0,R.jsxs)(`form`,{noValidate:!0,onSubmit:d,"aria-busy":u.busy||void 0,children:[(0,R.jsx)(r,{id:`org-name`,label:e(`home.name`),value:c,error:u.fieldError(`name`),onChange:e=>l(e.target.value)}),(0,R.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":u.busy||void 0,children:u.busy?e(`app.working`):e(`admin.organizations.createButton`)})]})]})]})}export{ve as AdminAuditPage,de as AdminNewUserPage,Se as AdminOrganizationsPage,xe as AdminOutboxPage,_e as AdminSettingsPage,me as AdminUserPage,ue as AdminUsersPage};