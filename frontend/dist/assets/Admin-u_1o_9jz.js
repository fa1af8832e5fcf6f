import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{o as t,r as n,t as r}from"./Dialog-B3pd1QKA.js";import{S as i,T as a,_ as o,a as s,c,d as l,f as u,g as d,h as f,i as p,k as m,l as h,n as g,o as _,r as v,s as y,t as b,u as x,x as S}from"./useDocumentTitle-Bsj61njS.js";import{a as C,c as w,f as T,h as E,i as D,n as O,o as k,p as A,r as j,s as M,t as N}from"./index-CjfsCgkm.js";import{n as P,t as F}from"./useProblems-DKfeY3BK.js";import{r as I}from"./viewer-CUTInxo3.js";var L=e(m(),1),R;function z(e){R=e}function B(){let e=R;return R=void 0,e}var V=c(),ee=[[l.adminUsers,`admin.nav.users`],[l.adminOrganizations,`admin.nav.organizations`],[l.adminSettings,`admin.nav.settings`],[l.adminAudit,`admin.nav.audit`],[l.adminOutbox,`admin.nav.outbox`]];function H({title:e,children:t,actions:n}){let{t:r}=a();b(e);let[i]=S();return(0,V.jsxs)(`div`,{className:`wide`,children:[(0,V.jsx)(`nav`,{className:`sub-nav`,"aria-label":r(`admin.nav.label`),children:(0,V.jsxs)(`ul`,{children:[ee.map(([e,t])=>(0,V.jsx)(`li`,{children:(0,V.jsx)(o,{href:e,"aria-current":i===e||i.startsWith(`${e}/`)?`page`:void 0,children:r(t)})},e)),(0,V.jsx)(`li`,{children:(0,V.jsx)(`a`,{href:l.playground,children:r(`admin.nav.playground`)})})]})}),(0,V.jsxs)(`div`,{className:`page-head`,children:[(0,V.jsx)(g,{children:e}),n]}),t]})}var U=u(`
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
        }
      }
    }
  }
`),te=u(`
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
`),W=u(`
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
`),ne=u(`
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
`),re=u(`
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
`),G=u(`
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
`),K=u(`
  mutation LockUser($input: LockUserInput!) {
    lockUser(input: $input) {
      user {
        id
        lockedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`),q=u(`
  mutation UnlockUser($input: UnlockUserInput!) {
    unlockUser(input: $input) {
      user {
        id
        lockedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`),J=u(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),Y=u(`
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
`),ie=u(`
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
`),ae=u(`
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
`),oe=u(`
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
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    }
  }
`),se=u(`
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
`),ce=u(`
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
`),X=20,le=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function ue(e,t){let n=e.trim(),r=[];if(n&&r.push({or:[{emailContainsFold:n},{usernameContainsFold:n},{nameContainsFold:n}]}),t&&r.push({lockedAtNotNil:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function de(){let{t:e,i18n:n}=a(),[r]=(0,L.useState)(B),[i,c]=(0,L.useState)(``),[u,f]=(0,L.useState)(``),[m,g]=(0,L.useState)(!1),[y,b]=(0,L.useState)(`CREATED_AT:DESC`),x=D(),[S,C]=y.split(`:`),{data:T,error:E,loading:k,refetch:M}=d(U,{first:X,after:x.after,where:ue(u,m),orderBy:{field:S,direction:C}}),{reset:N}=x;(0,L.useEffect)(N,[u,m,y,N]);function F(e){e.preventDefault(),f(i)}let I=(T?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),R=!!(u.trim()||m);return(0,V.jsxs)(H,{title:e(`admin.users.title`),actions:(0,V.jsx)(o,{href:l.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[r&&(0,V.jsx)(_,{children:e(r.key,r.values)}),(0,V.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:F,"aria-label":e(`admin.users.searchLabel`),children:[(0,V.jsx)(P,{id:`users-search`,type:`search`,label:e(`admin.users.search`),value:i,onChange:e=>c(e.target.value)}),(0,V.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,V.jsx)(O,{id:`users-sort`,label:e(`admin.users.sort`),value:y,onChange:e=>b(e.target.value),children:le.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,V.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,V.jsxs)(`div`,{className:`checkbox`,children:[(0,V.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:m,onChange:e=>g(e.target.checked)}),(0,V.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),E?(0,V.jsx)(p,{error:E,retry:M}):!T&&k?(0,V.jsx)(s,{}):I.length===0?(0,V.jsx)(v,{children:e(R?`admin.users.noMatch`:`admin.users.none`)}):(0,V.jsxs)(`div`,{"aria-busy":k||void 0,children:[(0,V.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:A(T?.users.totalCount??0,n.resolvedLanguage??`en`)})}),(0,V.jsx)(t,{label:e(`admin.users.title`),children:(0,V.jsxs)(`table`,{children:[(0,V.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.users.title`)}),(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`home.email`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`home.username`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`home.role`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`home.lastSignIn`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.users.status`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.users.action`)})]})}),(0,V.jsx)(`tbody`,{children:I.map(t=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:t.name||`—`}),(0,V.jsx)(`td`,{children:t.email}),(0,V.jsx)(`td`,{children:t.username}),(0,V.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,V.jsx)(`td`,{children:(0,V.jsx)(w,{value:t.createdAt})}),(0,V.jsx)(`td`,{children:t.lastSignInAt?(0,V.jsx)(w,{value:t.lastSignInAt}):e(`home.never`)}),(0,V.jsx)(`td`,{children:t.lockedAt?(0,V.jsx)(`span`,{className:`badge badge-error`,children:e(`admin.user.locked`)}):(0,V.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})}),(0,V.jsx)(`td`,{children:(0,V.jsx)(o,{href:h(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))})]})}),(0,V.jsx)(j,{pager:x,pageInfo:T?.users.pageInfo,totalCount:T?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function Z({idPrefix:e,initial:t,submitLabel:n,onSubmit:r}){let{t:i}=a(),o={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[s,c]=(0,L.useState)(t),[l,u]=(0,L.useState)(!1),d=F(o),f=e=>c(t=>({...t,...e}));async function p(e){if(e.preventDefault(),l)return;let t={};if(s.email.trim()?T(s.email)||(t.email={key:`form.emailInvalid`}):t.email={key:`admin.user.emailRequired`},s.username.trim()||(t.username={key:`admin.user.usernameRequired`}),Object.keys(t).length)d.show(t);else{u(!0);try{let e=await r({...s,email:s.email.trim(),username:s.username.trim(),name:s.name.trim()});e.length>0?d.showUserErrors(e):d.clear()}catch(e){d.showError(e)}finally{u(!1)}}}return(0,V.jsxs)(V.Fragment,{children:[d.summary,(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:p,"aria-busy":l||void 0,children:[(0,V.jsx)(P,{id:o.email,label:i(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:s.email,error:d.fieldError(`email`),onChange:e=>f({email:e.target.value})}),(0,V.jsx)(P,{id:o.username,label:i(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:s.username,error:d.fieldError(`username`),onChange:e=>f({username:e.target.value})}),(0,V.jsx)(P,{id:o.name,label:`${i(`home.name`)} (${i(`form.optional`)})`,autoComplete:`off`,value:s.name,error:d.fieldError(`name`),onChange:e=>f({name:e.target.value})}),(0,V.jsxs)(O,{id:o.role,label:i(`home.role`),value:s.role,error:d.fieldError(`role`),onChange:e=>f({role:e.target.value}),children:[(0,V.jsx)(`option`,{value:`USER`,children:i(`role.USER`)}),(0,V.jsx)(`option`,{value:`ADMIN`,children:i(`role.ADMIN`)})]}),(0,V.jsx)(O,{id:o.locale,label:i(`admin.user.locale`),hint:i(`profile.languageHint`),value:s.locale,error:d.fieldError(`locale`),onChange:e=>f({locale:e.target.value}),children:E.map(e=>(0,V.jsx)(`option`,{value:e,lang:e,children:i(`language.${e}`)},e))}),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":l||void 0,children:l?i(`app.saving`):n})]})]})}function fe(){let{t:e,i18n:t}=a(),[,n]=S();return(0,V.jsx)(H,{title:e(`admin.newUser.title`),children:(0,V.jsxs)(`div`,{className:`narrow-left`,children:[(0,V.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,V.jsx)(Z,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:t.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:t}=await f(ne,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return t.user&&t.userErrors.length===0&&(z({key:`admin.newUser.created`,values:{email:t.user.email}}),n(h(t.user.id))),t.userErrors}})]})})}function pe({id:e}){let{t}=a(),n=D(),{data:r,error:i,loading:o,refetch:c}=d(W,{first:10,after:n.after,where:{or:[{actorID:e},{subjectID:e}]}}),l=(r?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return i?(0,V.jsx)(p,{error:i,retry:c}):!r&&o?(0,V.jsx)(s,{}):l.length===0?(0,V.jsx)(v,{children:t(`profile.noActivity`)}):(0,V.jsxs)(`div`,{"aria-busy":o||void 0,children:[(0,V.jsx)(C,{rows:l,caption:t(`admin.user.activity`),linkUsers:!0}),(0,V.jsx)(j,{pager:n,pageInfo:r?.auditEvents.pageInfo,totalCount:r?.auditEvents.totalCount,label:t(`admin.user.activityPages`)})]})}function me({user:e,refetch:t}){let{t:n,i18n:i}=a(),[,s]=S(),{viewer:c,refresh:u}=I(),[d,p]=(0,L.useState)(B),[m,h]=(0,L.useState)(),[g,b]=(0,L.useState)(!1),C=N(),T=N(),E=e=>A(e,i.resolvedLanguage??`en`),D=c?.id===e.id,O=e.name||e.username;async function k(e,n){C.busy||(p(void 0),await C.run(e)&&(p(n),t()))}return(0,V.jsxs)(H,{title:n(`admin.user.title`,{name:O}),children:[(0,V.jsx)(`p`,{children:(0,V.jsx)(o,{href:l.adminUsers,children:n(`admin.user.back`)})}),d&&(0,V.jsx)(_,{children:n(d.key,d.values)}),C.problem&&(0,V.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:y(n,C.problem)}),(0,V.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":n(`admin.user.actions`),children:[(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":g,onClick:()=>b(e=>!e),children:n(`admin.users.edit`)}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":C.busy||void 0,onClick:()=>k(async()=>(await f(J,{input:{userId:e.id}})).adminResetPassword.userErrors,{key:`admin.user.resetSent`,values:{email:e.email}}),children:n(`admin.user.resetPassword`)}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>h(`force`),children:n(`admin.user.forceSignIn`)}),e.lockedAt?(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":C.busy||void 0,onClick:()=>k(async()=>(await f(q,{input:{id:e.id}})).unlockUser.userErrors,{key:`admin.user.unlocked`}),children:n(`admin.user.unlock`)}):(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":C.busy||void 0,onClick:()=>k(async()=>(await f(K,{input:{id:e.id}})).lockUser.userErrors,{key:`admin.user.lockedDone`}),children:n(`admin.user.lock`)}),!D&&(0,V.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>h(`delete`),children:n(`admin.user.delete`)})]}),g&&(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,V.jsx)(`h2`,{id:`edit-user`,children:n(`admin.user.editTitle`)}),(0,V.jsx)(Z,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:n(`app.save`),onSubmit:async n=>{let{updateUser:r}=await f(re,{input:{id:e.id,email:n.email,username:n.username,name:n.name,role:n.role,locale:n.locale}});return r.userErrors.length===0&&(b(!1),p({key:`admin.user.saved`}),t(),D&&u()),r.userErrors}})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,V.jsx)(`h2`,{id:`user-details`,children:n(`profile.accountDetails`)}),(0,V.jsxs)(`dl`,{className:`details`,children:[(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.name`)}),(0,V.jsx)(`dd`,{children:e.name||`—`})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.email`)}),(0,V.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,V.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,V.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.username`)}),(0,V.jsx)(`dd`,{children:e.username})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.role`)}),(0,V.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`admin.user.locale`)}),(0,V.jsx)(`dd`,{children:e.locale})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`admin.users.status`)}),(0,V.jsxs)(`dd`,{children:[e.lockedAt?(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(`span`,{className:`badge badge-error`,children:n(`admin.user.locked`)}),` `,(0,V.jsx)(w,{value:e.lockedAt})]}):(0,V.jsx)(`span`,{className:`badge badge-ok`,children:n(`admin.user.active`)}),e.mustChangePassword&&(0,V.jsxs)(V.Fragment,{children:[` `,n(`admin.user.mustChange`)]})]})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(w,{value:e.createdAt})})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,V.jsx)(`dd`,{children:e.lastSignInAt?(0,V.jsx)(w,{value:e.lastSignInAt}):n(`home.never`)})]})]})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,V.jsx)(`h2`,{id:`user-sessions`,children:n(`admin.user.sessions`,{sessions:E(e.sessions.length),tokens:E(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,V.jsx)(v,{children:n(`admin.user.noSessions`)}):(0,V.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsx)(`p`,{className:`card-title`,children:M(e.userAgent)||n(`profile.unknownDevice`)}),(0,V.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,n(`profile.lastSeen`),` `,(0,V.jsx)(w,{value:e.lastSeenAt})]})]},e.id)),e.accessTokens.map(e=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsxs)(`p`,{className:`card-title`,children:[n(`admin.user.token`),`: `,e.name]}),(0,V.jsxs)(`p`,{className:`muted`,children:[n(`tokens.lastUsed`),`: `,e.lastUsedAt?(0,V.jsx)(w,{value:e.lastUsedAt}):n(`home.never`)]})]},e.id))]})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,V.jsx)(`h2`,{id:`user-orgs`,children:n(`admin.nav.organizations`)}),e.memberships.length===0?(0,V.jsx)(v,{children:n(`admin.user.noOrganizations`)}):(0,V.jsx)(`ul`,{children:e.memberships.map(e=>(0,V.jsxs)(`li`,{children:[(0,V.jsx)(o,{href:x(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>n(`rights.${e}`)).join(`, `)||n(`org.noRights`)]},e.id))})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,V.jsx)(`h2`,{id:`user-activity`,children:n(`admin.user.activity`)}),(0,V.jsx)(pe,{id:e.id})]}),m===`force`&&(0,V.jsxs)(r,{title:n(`admin.user.forceTitle`,{name:O}),confirmLabel:n(`admin.user.forceSignIn`),danger:!0,busy:T.busy,error:T.problem&&y(n,T.problem),onCancel:()=>{T.reset(),h(void 0)},onConfirm:async()=>{let n={sessions:0,tokens:0};await T.run(async()=>{let{forceSignIn:t}=await f(Y,{input:{userId:e.id}});return n={sessions:t.revokedSessions,tokens:t.revokedTokens},t.userErrors})&&(h(void 0),p({key:`admin.user.forced`,values:{sessions:E(n.sessions),tokens:E(n.tokens)}}),t())},children:[(0,V.jsx)(`p`,{children:n(`admin.user.forceBody`)}),(0,V.jsxs)(`ul`,{children:[(0,V.jsx)(`li`,{children:n(`admin.user.forceSessions`)}),(0,V.jsx)(`li`,{children:n(`admin.user.forceTokens`)}),(0,V.jsx)(`li`,{children:n(`admin.user.forceLinks`)}),(0,V.jsx)(`li`,{children:(0,V.jsx)(`strong`,{children:n(`admin.user.forcePassword`)})})]})]}),m===`delete`&&(0,V.jsx)(r,{title:n(`admin.user.deleteTitle`,{name:O}),confirmLabel:n(`admin.user.delete`),danger:!0,busy:T.busy,error:T.problem&&y(n,T.problem),onCancel:()=>{T.reset(),h(void 0)},onConfirm:async()=>{await T.run(async()=>(await f(G,{input:{id:e.id}})).deleteUser.userErrors)&&(z({key:`admin.users.deleted`,values:{email:e.email}}),s(l.adminUsers))},children:(0,V.jsx)(`p`,{children:n(`admin.user.deleteBody`,{email:e.email})})})]})}function he(){let{t:e}=a(),{id:t}=i(),{data:n,error:r,loading:o,refetch:c}=d(te,{id:decodeURIComponent(t??``)}),l=n?.node&&`email`in n.node?n.node:void 0;return r?(0,V.jsx)(H,{title:e(`admin.user.titleUnknown`),children:(0,V.jsx)(p,{error:r,retry:c})}):l?(0,V.jsx)(me,{user:l,refetch:c},l.id):(0,V.jsx)(H,{title:e(`admin.user.titleUnknown`),children:o?(0,V.jsx)(s,{}):(0,V.jsx)(p,{error:{code:`NOT_FOUND`}})})}var Q=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],$=Object.fromEntries([...Q.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`].map(e=>[e,`settings-${e}`]));function ge(e){let t={};for(let[n,r,i]of Q){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function _e({settings:e,onSaved:t}){let{t:n,i18n:r}=a(),i=e=>A(e,r.resolvedLanguage??`en`),[o,s]=(0,L.useState)(()=>Object.fromEntries(Q.map(([t])=>[t,String(e[t])]))),[c,l]=(0,L.useState)(e.resetMethod),[u,d]=(0,L.useState)(e.registrationOpen),[p,m]=(0,L.useState)(e.passwordPolicy),[h,g]=(0,L.useState)(!1),[v,y]=(0,L.useState)(!1),b=F($);async function x(e){if(e.preventDefault(),h)return;y(!1);let n=ge(o);if(Object.keys(n).length)b.show(n);else{g(!0);try{let e={...Object.fromEntries(Q.map(([e])=>[e,Number(o[e])])),resetMethod:c,registrationOpen:u,passwordPolicy:p},{updateSecuritySettings:n}=await f(ae,{input:e});if(n.userErrors.length>0||!n.securitySettings){b.showUserErrors(n.userErrors);return}b.clear(),y(!0),t(n.securitySettings)}catch(e){b.showError(e)}finally{g(!1)}}}let S=(e,t)=>(0,V.jsxs)(`fieldset`,{children:[(0,V.jsx)(`legend`,{children:e}),t.map(e=>{let[,t,r]=Q.find(([t])=>t===e);return(0,V.jsx)(P,{id:$[e],label:n(`admin.settings.field.${e}`),hint:`${n(`admin.settings.hint.${e}`)} ${n(`admin.settings.range`,{min:i(t),max:i(r)})}`,type:`number`,inputMode:`numeric`,min:t,max:r,step:1,value:o[e],error:b.fieldError(e),onChange:t=>{s(n=>({...n,[e]:t.target.value})),y(!1)}},e)})]});return(0,V.jsxs)(V.Fragment,{children:[b.summary,v&&(0,V.jsx)(_,{children:n(`admin.settings.saved`)}),(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:x,"aria-busy":h||void 0,className:`settings-form`,children:[(0,V.jsxs)(`fieldset`,{children:[(0,V.jsx)(`legend`,{children:n(`admin.settings.passwords`)}),(0,V.jsxs)(O,{id:$.passwordPolicy,label:n(`admin.settings.field.passwordPolicy`),hint:n(`admin.settings.hint.passwordPolicy`),value:p,error:b.fieldError(`passwordPolicy`),onChange:e=>m(e.target.value),children:[(0,V.jsx)(`option`,{value:`DEFAULT`,children:n(`admin.settings.policy.DEFAULT`)}),(0,V.jsx)(`option`,{value:`NIST`,children:n(`admin.settings.policy.NIST`)})]}),(0,V.jsxs)(O,{id:$.resetMethod,label:n(`admin.settings.field.resetMethod`),hint:n(`admin.settings.hint.resetMethod`),value:c,error:b.fieldError(`resetMethod`),onChange:e=>l(e.target.value),children:[(0,V.jsx)(`option`,{value:`LINK`,children:n(`admin.settings.method.LINK`)}),(0,V.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:n(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,V.jsxs)(`div`,{className:`checkbox`,children:[(0,V.jsx)(`input`,{id:$.registrationOpen,type:`checkbox`,checked:u,"aria-describedby":`${$.registrationOpen}-hint`,onChange:e=>d(e.target.checked)}),(0,V.jsx)(`label`,{htmlFor:$.registrationOpen,children:n(`admin.settings.field.registrationOpen`)})]}),(0,V.jsx)(`p`,{className:`field-hint`,id:`${$.registrationOpen}-hint`,children:n(`admin.settings.hint.registrationOpen`)})]}),S(n(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),S(n(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),S(n(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h||void 0,children:n(h?`app.saving`:`app.save`)})]})]})}function ve(){let{t:e}=a(),{data:t,error:n,loading:r,refetch:i}=d(ie),[o,c]=(0,L.useState)(),l=o??t?.securitySettings;return(0,V.jsx)(H,{title:e(`admin.settings.title`),children:(0,V.jsx)(`div`,{className:`narrow-left`,children:n?(0,V.jsx)(p,{error:n,retry:i}):l?(0,V.jsxs)(V.Fragment,{children:[(0,V.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,V.jsx)(w,{value:l.updatedAt})]}),(0,V.jsx)(_e,{settings:l,onSaved:c})]}):r?(0,V.jsx)(s,{}):(0,V.jsx)(p,{retry:i})})})}function ye(){let{t:e}=a(),t=k(),[r,i]=(0,L.useState)(``),o=D(),{reset:c}=o;(0,L.useEffect)(c,[r,c]);let{data:l,error:u,loading:f,refetch:m}=d(W,{first:25,after:o.after,where:r?{type:r}:void 0}),h=(l?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),g=[...n].sort((e,n)=>t(e).localeCompare(t(n)));return(0,V.jsxs)(H,{title:e(`admin.audit.title`),children:[(0,V.jsx)(`div`,{className:`toolbar`,children:(0,V.jsxs)(O,{id:`audit-type`,label:e(`admin.audit.type`),value:r,onChange:e=>i(e.target.value),children:[(0,V.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),g.map(e=>(0,V.jsx)(`option`,{value:e,children:t(e)},e))]})}),u?(0,V.jsx)(p,{error:u,retry:m}):!l&&f?(0,V.jsx)(s,{}):h.length===0?(0,V.jsx)(v,{children:e(`admin.audit.none`)}):(0,V.jsxs)(`div`,{"aria-busy":f||void 0,children:[(0,V.jsx)(C,{rows:h,caption:e(`admin.audit.title`),linkUsers:!0}),(0,V.jsx)(j,{pager:o,pageInfo:l?.auditEvents.pageInfo,totalCount:l?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function be({text:e}){let t=e.split(/(https?:\/\/\S+)/g);return(0,V.jsx)(V.Fragment,{children:t.map((e,t)=>/^https?:\/\//.test(e)?(0,V.jsx)(`a`,{href:e,rel:`noreferrer`,children:e},t):(0,V.jsx)(L.Fragment,{children:e},t))})}var xe={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function Se(){let{t:e}=a(),[t,n]=(0,L.useState)(``),r=D(),{reset:i}=r;(0,L.useEffect)(i,[t,i]);let{data:o,error:c,loading:l,refetch:u}=d(oe,{first:20,after:r.after,where:t?{status:t}:void 0}),f=(o?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,V.jsxs)(H,{title:e(`admin.outbox.title`),children:[(0,V.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,V.jsxs)(`div`,{className:`toolbar`,children:[(0,V.jsxs)(O,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,V.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,V.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:u,children:e(`admin.outbox.refresh`)})]}),c?(0,V.jsx)(p,{error:c,retry:u}):!o&&l?(0,V.jsx)(s,{}):f.length===0?(0,V.jsx)(v,{children:e(`admin.outbox.none`)}):(0,V.jsxs)(`div`,{"aria-busy":l||void 0,children:[(0,V.jsx)(`ul`,{className:`cards`,children:f.map(t=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,V.jsx)(`span`,{className:xe[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,V.jsxs)(`dl`,{className:`facts`,children:[(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,V.jsx)(`dd`,{children:t.toAddress})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(w,{value:t.createdAt})})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,V.jsx)(`dd`,{children:t.sentAt?(0,V.jsx)(w,{value:t.sentAt}):`—`})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,V.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,V.jsxs)(`p`,{className:`field-error`,children:[e(`admin.outbox.lastError`),`: `,t.lastError]}),(0,V.jsxs)(`details`,{children:[(0,V.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,V.jsx)(`pre`,{className:`mail`,children:(0,V.jsx)(be,{text:t.textBody})})]})]},t.id))}),(0,V.jsx)(j,{pager:r,pageInfo:o?.outbox.pageInfo,totalCount:o?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function Ce(){let{t:e}=a(),[,n]=S(),{data:r,error:i,loading:c,refetch:l}=d(se),[u,m]=(0,L.useState)(``),[h,g]=(0,L.useState)(!1),_=F({name:`org-name`});async function y(e){if(e.preventDefault(),!h){if(!u.trim())_.show({name:{key:`admin.organizations.nameRequired`}});else{g(!0);try{let{createOrganization:e}=await f(ce,{input:{name:u.trim()}});if(e.userErrors.length>0||!e.organization){_.showUserErrors(e.userErrors);return}n(x(e.organization.id))}catch(e){_.showError(e)}finally{g(!1)}}}}let b=r?.organizations??[];return(0,V.jsxs)(H,{title:e(`admin.organizations.title`),children:[i?(0,V.jsx)(p,{error:i,retry:l}):!r&&c?(0,V.jsx)(s,{}):b.length===0?(0,V.jsx)(v,{children:e(`admin.organizations.none`)}):(0,V.jsx)(t,{label:e(`admin.organizations.title`),children:(0,V.jsxs)(`table`,{children:[(0,V.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.organizations.title`)}),(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.organizations.members`)}),(0,V.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)})]})}),(0,V.jsx)(`tbody`,{children:b.map(e=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:(0,V.jsx)(o,{href:x(e.id),children:e.name})}),(0,V.jsx)(`td`,{children:e.members.length}),(0,V.jsx)(`td`,{children:(0,V.jsx)(w,{value:e.createdAt})})]},e.id))})]})}),(0,V.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,V.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),_.summary,(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:y,"aria-busy":h||void 0,children:[(0,V.jsx)(P,{id:`org-name`,label:e(`home.name`),value:u,error:_.fieldError(`name`),onChange:e=>m(e.target.value)}),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h||void 0,children:e(h?`app.working`:`admin.organizations.createButton`)})]})]})]})}export{ye as AdminAuditPage,fe as AdminNewUserPage,Ce as AdminOrganizationsPage,Se as AdminOutboxPage,ve as AdminSettingsPage,he as AdminUserPage,de as AdminUsersPage};