import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{A as t,C as n,E as r,S as i,_ as a,a as o,c as s,d as c,f as l,g as u,i as d,l as f,n as p,o as m,p as h,r as g,s as _,t as v,u as y,v as b}from"./useAction-B-9a20ay.js";import{a as x,c as S,d as C,f as w,g as T,h as E,i as D,l as O,m as k,n as A,o as j,p as M,r as N,s as P,t as F}from"./index-Bvy-UnZ7.js";var I=e(t(),1),L;function R(e){L=e}function z(){let e=L;return L=void 0,e}var B=f(),ee=[[l.adminUsers,`admin.nav.users`],[l.adminOrganizations,`admin.nav.organizations`],[l.adminSettings,`admin.nav.settings`],[l.adminAudit,`admin.nav.audit`],[l.adminOutbox,`admin.nav.outbox`]];function V({title:e,children:t,actions:n}){let{t:a}=r();p(e);let[o]=i();return(0,B.jsxs)(`div`,{className:`wide`,children:[(0,B.jsx)(`nav`,{className:`sub-nav`,"aria-label":a(`admin.nav.label`),children:(0,B.jsxs)(`ul`,{children:[ee.map(([e,t])=>(0,B.jsx)(`li`,{children:(0,B.jsx)(b,{href:e,"aria-current":o===e||o.startsWith(`${e}/`)?`page`:void 0,children:a(t)})},e)),(0,B.jsx)(`li`,{children:(0,B.jsx)(`a`,{href:l.playground,children:a(`admin.nav.playground`)})})]})}),(0,B.jsxs)(`div`,{className:`page-head`,children:[(0,B.jsx)(g,{children:e}),n]}),t]})}var te=h(`
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
`),ne=h(`
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
`),H=h(`
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
`),re=h(`
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
`),U=h(`
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
`),W=h(`
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
`),G=h(`
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
`),K=h(`
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
`),q=h(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),J=h(`
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
`),Y=h(`
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
`),ie=h(`
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
`),ae=h(`
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
`),oe=h(`
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
`),se=h(`
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
`),ce=20,le=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function ue(e,t){let n=e.trim(),r=[];if(n&&r.push({or:[{emailContainsFold:n},{usernameContainsFold:n},{nameContainsFold:n}]}),t&&r.push({lockedAtNotNil:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function de(){let{t:e,i18n:t}=r(),[n]=(0,I.useState)(z),[i,s]=(0,I.useState)(``),[c,u]=(0,I.useState)(``),[f,p]=(0,I.useState)(!1),[h,g]=(0,I.useState)(`CREATED_AT:DESC`),v=N(),[x,C]=h.split(`:`),{data:w,error:T,loading:E,refetch:D}=a(te,{first:ce,after:v.after,where:ue(c,f),orderBy:{field:x,direction:C}}),{reset:O}=v;(0,I.useEffect)(O,[c,f,h,O]);function j(e){e.preventDefault(),u(i)}let P=(w?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),L=!!(c.trim()||f);return(0,B.jsxs)(V,{title:e(`admin.users.title`),actions:(0,B.jsx)(b,{href:l.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[n&&(0,B.jsx)(_,{children:e(n.key,n.values)}),(0,B.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:j,"aria-label":e(`admin.users.searchLabel`),children:[(0,B.jsx)(M,{id:`users-search`,type:`search`,label:e(`admin.users.search`),value:i,onChange:e=>s(e.target.value)}),(0,B.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,B.jsx)(F,{id:`users-sort`,label:e(`admin.users.sort`),value:h,onChange:e=>g(e.target.value),children:le.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,B.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,B.jsxs)(`div`,{className:`checkbox`,children:[(0,B.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:f,onChange:e=>p(e.target.checked)}),(0,B.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),T?(0,B.jsx)(o,{error:T,retry:D}):!w&&E?(0,B.jsx)(m,{}):P.length===0?(0,B.jsx)(d,{children:e(L?`admin.users.noMatch`:`admin.users.none`)}):(0,B.jsxs)(`div`,{"aria-busy":E||void 0,children:[(0,B.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:k(w?.users.totalCount??0,t.resolvedLanguage??`en`)})}),(0,B.jsx)(`div`,{className:`table-wrap`,children:(0,B.jsxs)(`table`,{children:[(0,B.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.users.title`)}),(0,B.jsx)(`thead`,{children:(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`home.email`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`home.username`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`home.role`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`home.lastSignIn`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.users.status`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.users.action`)})]})}),(0,B.jsx)(`tbody`,{children:P.map(t=>(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`td`,{children:t.name||`—`}),(0,B.jsx)(`td`,{children:t.email}),(0,B.jsx)(`td`,{children:t.username}),(0,B.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,B.jsx)(`td`,{children:(0,B.jsx)(S,{value:t.createdAt})}),(0,B.jsx)(`td`,{children:t.lastSignInAt?(0,B.jsx)(S,{value:t.lastSignInAt}):e(`home.never`)}),(0,B.jsx)(`td`,{children:t.lockedAt?(0,B.jsx)(`span`,{className:`badge badge-error`,children:e(`admin.user.locked`)}):(0,B.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})}),(0,B.jsx)(`td`,{children:(0,B.jsx)(b,{href:y(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))})]})}),(0,B.jsx)(A,{pager:v,pageInfo:w?.users.pageInfo,totalCount:w?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function X({idPrefix:e,initial:t,submitLabel:n,onSubmit:i}){let{t:a}=r(),o={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[s,c]=(0,I.useState)(t),[l,u]=(0,I.useState)(!1),d=w(o),f=e=>c(t=>({...t,...e}));async function p(e){if(e.preventDefault(),l)return;let t={};if(s.email.trim()?C(s.email)||(t.email={key:`form.emailInvalid`}):t.email={key:`admin.user.emailRequired`},s.username.trim()||(t.username={key:`admin.user.usernameRequired`}),Object.keys(t).length)d.show(t);else{u(!0);try{let e=await i({...s,email:s.email.trim(),username:s.username.trim(),name:s.name.trim()});e.length>0?d.showUserErrors(e):d.clear()}catch(e){d.showError(e)}finally{u(!1)}}}return(0,B.jsxs)(B.Fragment,{children:[d.summary,(0,B.jsxs)(`form`,{noValidate:!0,onSubmit:p,"aria-busy":l||void 0,children:[(0,B.jsx)(M,{id:o.email,label:a(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:s.email,error:d.fieldError(`email`),onChange:e=>f({email:e.target.value})}),(0,B.jsx)(M,{id:o.username,label:a(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:s.username,error:d.fieldError(`username`),onChange:e=>f({username:e.target.value})}),(0,B.jsx)(M,{id:o.name,label:`${a(`home.name`)} (${a(`form.optional`)})`,autoComplete:`off`,value:s.name,error:d.fieldError(`name`),onChange:e=>f({name:e.target.value})}),(0,B.jsxs)(F,{id:o.role,label:a(`home.role`),value:s.role,error:d.fieldError(`role`),onChange:e=>f({role:e.target.value}),children:[(0,B.jsx)(`option`,{value:`USER`,children:a(`role.USER`)}),(0,B.jsx)(`option`,{value:`ADMIN`,children:a(`role.ADMIN`)})]}),(0,B.jsx)(F,{id:o.locale,label:a(`admin.user.locale`),hint:a(`profile.languageHint`),value:s.locale,error:d.fieldError(`locale`),onChange:e=>f({locale:e.target.value}),children:T.map(e=>(0,B.jsx)(`option`,{value:e,lang:e,children:a(`language.${e}`)},e))}),(0,B.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":l||void 0,children:l?a(`app.saving`):n})]})]})}function fe(){let{t:e,i18n:t}=r(),[,n]=i();return(0,B.jsx)(V,{title:e(`admin.newUser.title`),children:(0,B.jsxs)(`div`,{className:`narrow-left`,children:[(0,B.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,B.jsx)(X,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:t.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:t}=await u(re,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return t.user&&t.userErrors.length===0&&(R({key:`admin.newUser.created`,values:{email:t.user.email}}),n(y(t.user.id))),t.userErrors}})]})})}function pe({id:e}){let{t}=r(),n=N(),{data:i,error:s,loading:c,refetch:l}=a(H,{first:10,after:n.after,where:{or:[{actorID:e},{subjectID:e}]}}),u=(i?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return s?(0,B.jsx)(o,{error:s,retry:l}):!i&&c?(0,B.jsx)(m,{}):u.length===0?(0,B.jsx)(d,{children:t(`profile.noActivity`)}):(0,B.jsxs)(`div`,{"aria-busy":c||void 0,children:[(0,B.jsx)(x,{rows:u,caption:t(`admin.user.activity`),linkUsers:!0}),(0,B.jsx)(A,{pager:n,pageInfo:i?.auditEvents.pageInfo,totalCount:i?.auditEvents.totalCount,label:t(`admin.user.activityPages`)})]})}function me({user:e,refetch:t}){let{t:n,i18n:a}=r(),[,o]=i(),{viewer:f,refresh:p}=E(),[m,h]=(0,I.useState)(z),[g,y]=(0,I.useState)(),[x,C]=(0,I.useState)(!1),w=v(),T=v(),O=e=>k(e,a.resolvedLanguage??`en`),A=f?.id===e.id,j=e.name||e.username;async function M(e,n){w.busy||(h(void 0),await w.run(e)&&(h(n),t()))}return(0,B.jsxs)(V,{title:n(`admin.user.title`,{name:j}),children:[(0,B.jsx)(`p`,{children:(0,B.jsx)(b,{href:l.adminUsers,children:n(`admin.user.back`)})}),m&&(0,B.jsx)(_,{children:n(m.key,m.values)}),w.problem&&(0,B.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:s(n,w.problem)}),(0,B.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":n(`admin.user.actions`),children:[(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":x,onClick:()=>C(e=>!e),children:n(`admin.users.edit`)}),(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":w.busy||void 0,onClick:()=>M(async()=>(await u(q,{input:{userId:e.id}})).adminResetPassword.userErrors,{key:`admin.user.resetSent`,values:{email:e.email}}),children:n(`admin.user.resetPassword`)}),(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>y(`force`),children:n(`admin.user.forceSignIn`)}),e.lockedAt?(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":w.busy||void 0,onClick:()=>M(async()=>(await u(K,{input:{id:e.id}})).unlockUser.userErrors,{key:`admin.user.unlocked`}),children:n(`admin.user.unlock`)}):(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":w.busy||void 0,onClick:()=>M(async()=>(await u(G,{input:{id:e.id}})).lockUser.userErrors,{key:`admin.user.lockedDone`}),children:n(`admin.user.lock`)}),!A&&(0,B.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>y(`delete`),children:n(`admin.user.delete`)})]}),x&&(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,B.jsx)(`h2`,{id:`edit-user`,children:n(`admin.user.editTitle`)}),(0,B.jsx)(X,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:n(`app.save`),onSubmit:async n=>{let{updateUser:r}=await u(U,{input:{id:e.id,email:n.email,username:n.username,name:n.name,role:n.role,locale:n.locale}});return r.userErrors.length===0&&(C(!1),h({key:`admin.user.saved`}),t(),A&&p()),r.userErrors}})]}),(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,B.jsx)(`h2`,{id:`user-details`,children:n(`profile.accountDetails`)}),(0,B.jsxs)(`dl`,{className:`details`,children:[(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:n(`home.name`)}),(0,B.jsx)(`dd`,{children:e.name||`—`})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:n(`home.email`)}),(0,B.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,B.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,B.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:n(`home.username`)}),(0,B.jsx)(`dd`,{children:e.username})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:n(`home.role`)}),(0,B.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:n(`admin.user.locale`)}),(0,B.jsx)(`dd`,{children:e.locale})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:n(`admin.users.status`)}),(0,B.jsxs)(`dd`,{children:[e.lockedAt?(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(`span`,{className:`badge badge-error`,children:n(`admin.user.locked`)}),` `,(0,B.jsx)(S,{value:e.lockedAt})]}):(0,B.jsx)(`span`,{className:`badge badge-ok`,children:n(`admin.user.active`)}),e.mustChangePassword&&(0,B.jsxs)(B.Fragment,{children:[` `,n(`admin.user.mustChange`)]})]})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,B.jsx)(`dd`,{children:(0,B.jsx)(S,{value:e.createdAt})})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,B.jsx)(`dd`,{children:e.lastSignInAt?(0,B.jsx)(S,{value:e.lastSignInAt}):n(`home.never`)})]})]})]}),(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,B.jsx)(`h2`,{id:`user-sessions`,children:n(`admin.user.sessions`,{sessions:O(e.sessions.length),tokens:O(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,B.jsx)(d,{children:n(`admin.user.noSessions`)}):(0,B.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,B.jsxs)(`li`,{className:`card`,children:[(0,B.jsx)(`p`,{className:`card-title`,children:P(e.userAgent)||n(`profile.unknownDevice`)}),(0,B.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,n(`profile.lastSeen`),` `,(0,B.jsx)(S,{value:e.lastSeenAt})]})]},e.id)),e.accessTokens.map(e=>(0,B.jsxs)(`li`,{className:`card`,children:[(0,B.jsxs)(`p`,{className:`card-title`,children:[n(`admin.user.token`),`: `,e.name]}),(0,B.jsxs)(`p`,{className:`muted`,children:[n(`tokens.lastUsed`),`: `,e.lastUsedAt?(0,B.jsx)(S,{value:e.lastUsedAt}):n(`home.never`)]})]},e.id))]})]}),(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,B.jsx)(`h2`,{id:`user-orgs`,children:n(`admin.nav.organizations`)}),e.memberships.length===0?(0,B.jsx)(d,{children:n(`admin.user.noOrganizations`)}):(0,B.jsx)(`ul`,{children:e.memberships.map(e=>(0,B.jsxs)(`li`,{children:[(0,B.jsx)(b,{href:c(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>n(`rights.${e}`)).join(`, `)||n(`org.noRights`)]},e.id))})]}),(0,B.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,B.jsx)(`h2`,{id:`user-activity`,children:n(`admin.user.activity`)}),(0,B.jsx)(pe,{id:e.id})]}),g===`force`&&(0,B.jsxs)(D,{title:n(`admin.user.forceTitle`,{name:j}),confirmLabel:n(`admin.user.forceSignIn`),danger:!0,busy:T.busy,error:T.problem&&s(n,T.problem),onCancel:()=>{T.reset(),y(void 0)},onConfirm:async()=>{let n={sessions:0,tokens:0};await T.run(async()=>{let{forceSignIn:t}=await u(J,{input:{userId:e.id}});return n={sessions:t.revokedSessions,tokens:t.revokedTokens},t.userErrors})&&(y(void 0),h({key:`admin.user.forced`,values:{sessions:O(n.sessions),tokens:O(n.tokens)}}),t())},children:[(0,B.jsx)(`p`,{children:n(`admin.user.forceBody`)}),(0,B.jsxs)(`ul`,{children:[(0,B.jsx)(`li`,{children:n(`admin.user.forceSessions`)}),(0,B.jsx)(`li`,{children:n(`admin.user.forceTokens`)}),(0,B.jsx)(`li`,{children:n(`admin.user.forceLinks`)}),(0,B.jsx)(`li`,{children:(0,B.jsx)(`strong`,{children:n(`admin.user.forcePassword`)})})]})]}),g===`delete`&&(0,B.jsx)(D,{title:n(`admin.user.deleteTitle`,{name:j}),confirmLabel:n(`admin.user.delete`),danger:!0,busy:T.busy,error:T.problem&&s(n,T.problem),onCancel:()=>{T.reset(),y(void 0)},onConfirm:async()=>{await T.run(async()=>(await u(W,{input:{id:e.id}})).deleteUser.userErrors)&&(R({key:`admin.users.deleted`,values:{email:e.email}}),o(l.adminUsers))},children:(0,B.jsx)(`p`,{children:n(`admin.user.deleteBody`,{email:e.email})})})]})}function he(){let{t:e}=r(),{id:t}=n(),{data:i,error:s,loading:c,refetch:l}=a(ne,{id:decodeURIComponent(t??``)}),u=i?.node&&`email`in i.node?i.node:void 0;return s?(0,B.jsx)(V,{title:e(`admin.user.titleUnknown`),children:(0,B.jsx)(o,{error:s,retry:l})}):u?(0,B.jsx)(me,{user:u,refetch:l},u.id):(0,B.jsx)(V,{title:e(`admin.user.titleUnknown`),children:c?(0,B.jsx)(m,{}):(0,B.jsx)(o,{error:{code:`NOT_FOUND`}})})}var Z=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],Q=Object.fromEntries([...Z.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`].map(e=>[e,`settings-${e}`]));function ge(e){let t={};for(let[n,r,i]of Z){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function _e({settings:e,onSaved:t}){let{t:n,i18n:i}=r(),a=e=>k(e,i.resolvedLanguage??`en`),[o,s]=(0,I.useState)(()=>Object.fromEntries(Z.map(([t])=>[t,String(e[t])]))),[c,l]=(0,I.useState)(e.resetMethod),[d,f]=(0,I.useState)(e.registrationOpen),[p,m]=(0,I.useState)(e.passwordPolicy),[h,g]=(0,I.useState)(!1),[v,y]=(0,I.useState)(!1),b=w(Q);async function x(e){if(e.preventDefault(),h)return;y(!1);let n=ge(o);if(Object.keys(n).length)b.show(n);else{g(!0);try{let e={...Object.fromEntries(Z.map(([e])=>[e,Number(o[e])])),resetMethod:c,registrationOpen:d,passwordPolicy:p},{updateSecuritySettings:n}=await u(ie,{input:e});if(n.userErrors.length>0||!n.securitySettings){b.showUserErrors(n.userErrors);return}b.clear(),y(!0),t(n.securitySettings)}catch(e){b.showError(e)}finally{g(!1)}}}let S=(e,t)=>(0,B.jsxs)(`fieldset`,{children:[(0,B.jsx)(`legend`,{children:e}),t.map(e=>{let[,t,r]=Z.find(([t])=>t===e);return(0,B.jsx)(M,{id:Q[e],label:n(`admin.settings.field.${e}`),hint:`${n(`admin.settings.hint.${e}`)} ${n(`admin.settings.range`,{min:a(t),max:a(r)})}`,type:`number`,inputMode:`numeric`,min:t,max:r,step:1,value:o[e],error:b.fieldError(e),onChange:t=>{s(n=>({...n,[e]:t.target.value})),y(!1)}},e)})]});return(0,B.jsxs)(B.Fragment,{children:[b.summary,v&&(0,B.jsx)(_,{children:n(`admin.settings.saved`)}),(0,B.jsxs)(`form`,{noValidate:!0,onSubmit:x,"aria-busy":h||void 0,className:`settings-form`,children:[(0,B.jsxs)(`fieldset`,{children:[(0,B.jsx)(`legend`,{children:n(`admin.settings.passwords`)}),(0,B.jsxs)(F,{id:Q.passwordPolicy,label:n(`admin.settings.field.passwordPolicy`),hint:n(`admin.settings.hint.passwordPolicy`),value:p,error:b.fieldError(`passwordPolicy`),onChange:e=>m(e.target.value),children:[(0,B.jsx)(`option`,{value:`DEFAULT`,children:n(`admin.settings.policy.DEFAULT`)}),(0,B.jsx)(`option`,{value:`NIST`,children:n(`admin.settings.policy.NIST`)})]}),(0,B.jsxs)(F,{id:Q.resetMethod,label:n(`admin.settings.field.resetMethod`),hint:n(`admin.settings.hint.resetMethod`),value:c,error:b.fieldError(`resetMethod`),onChange:e=>l(e.target.value),children:[(0,B.jsx)(`option`,{value:`LINK`,children:n(`admin.settings.method.LINK`)}),(0,B.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:n(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,B.jsxs)(`div`,{className:`checkbox`,children:[(0,B.jsx)(`input`,{id:Q.registrationOpen,type:`checkbox`,checked:d,"aria-describedby":`${Q.registrationOpen}-hint`,onChange:e=>f(e.target.checked)}),(0,B.jsx)(`label`,{htmlFor:Q.registrationOpen,children:n(`admin.settings.field.registrationOpen`)})]}),(0,B.jsx)(`p`,{className:`field-hint`,id:`${Q.registrationOpen}-hint`,children:n(`admin.settings.hint.registrationOpen`)})]}),S(n(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),S(n(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),S(n(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,B.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h||void 0,children:n(h?`app.saving`:`app.save`)})]})]})}function $(){let{t:e}=r(),{data:t,error:n,loading:i,refetch:s}=a(Y),[c,l]=(0,I.useState)(),u=c??t?.securitySettings;return(0,B.jsx)(V,{title:e(`admin.settings.title`),children:(0,B.jsx)(`div`,{className:`narrow-left`,children:n?(0,B.jsx)(o,{error:n,retry:s}):u?(0,B.jsxs)(B.Fragment,{children:[(0,B.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,B.jsx)(S,{value:u.updatedAt})]}),(0,B.jsx)(_e,{settings:u,onSaved:l})]}):i?(0,B.jsx)(m,{}):(0,B.jsx)(o,{retry:s})})})}function ve(){let{t:e}=r(),t=j(),[n,i]=(0,I.useState)(``),s=N(),{reset:c}=s;(0,I.useEffect)(c,[n,c]);let{data:l,error:u,loading:f,refetch:p}=a(H,{first:25,after:s.after,where:n?{type:n}:void 0}),h=(l?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),g=[...O].sort((e,n)=>t(e).localeCompare(t(n)));return(0,B.jsxs)(V,{title:e(`admin.audit.title`),children:[(0,B.jsx)(`div`,{className:`toolbar`,children:(0,B.jsxs)(F,{id:`audit-type`,label:e(`admin.audit.type`),value:n,onChange:e=>i(e.target.value),children:[(0,B.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),g.map(e=>(0,B.jsx)(`option`,{value:e,children:t(e)},e))]})}),u?(0,B.jsx)(o,{error:u,retry:p}):!l&&f?(0,B.jsx)(m,{}):h.length===0?(0,B.jsx)(d,{children:e(`admin.audit.none`)}):(0,B.jsxs)(`div`,{"aria-busy":f||void 0,children:[(0,B.jsx)(x,{rows:h,caption:e(`admin.audit.title`),linkUsers:!0}),(0,B.jsx)(A,{pager:s,pageInfo:l?.auditEvents.pageInfo,totalCount:l?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function ye({text:e}){let t=e.split(/(https?:\/\/\S+)/g);return(0,B.jsx)(B.Fragment,{children:t.map((e,t)=>/^https?:\/\//.test(e)?(0,B.jsx)(`a`,{href:e,rel:`noreferrer`,children:e},t):(0,B.jsx)(I.Fragment,{children:e},t))})}var be={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function xe(){let{t:e}=r(),[t,n]=(0,I.useState)(``),i=N(),{reset:s}=i;(0,I.useEffect)(s,[t,s]);let{data:c,error:l,loading:u,refetch:f}=a(ae,{first:20,after:i.after,where:t?{status:t}:void 0}),p=(c?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,B.jsxs)(V,{title:e(`admin.outbox.title`),children:[(0,B.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,B.jsxs)(`div`,{className:`toolbar`,children:[(0,B.jsxs)(F,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,B.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,B.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,B.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:f,children:e(`admin.outbox.refresh`)})]}),l?(0,B.jsx)(o,{error:l,retry:f}):!c&&u?(0,B.jsx)(m,{}):p.length===0?(0,B.jsx)(d,{children:e(`admin.outbox.none`)}):(0,B.jsxs)(`div`,{"aria-busy":u||void 0,children:[(0,B.jsx)(`ul`,{className:`cards`,children:p.map(t=>(0,B.jsxs)(`li`,{className:`card`,children:[(0,B.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,B.jsx)(`span`,{className:be[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,B.jsxs)(`dl`,{className:`facts`,children:[(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,B.jsx)(`dd`,{children:t.toAddress})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,B.jsx)(`dd`,{children:(0,B.jsx)(S,{value:t.createdAt})})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,B.jsx)(`dd`,{children:t.sentAt?(0,B.jsx)(S,{value:t.sentAt}):`—`})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,B.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,B.jsxs)(`p`,{className:`field-error`,children:[e(`admin.outbox.lastError`),`: `,t.lastError]}),(0,B.jsxs)(`details`,{children:[(0,B.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,B.jsx)(`pre`,{className:`mail`,children:(0,B.jsx)(ye,{text:t.textBody})})]})]},t.id))}),(0,B.jsx)(A,{pager:i,pageInfo:c?.outbox.pageInfo,totalCount:c?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function Se(){let{t:e}=r(),[,t]=i(),{data:n,error:s,loading:l,refetch:f}=a(oe),[p,h]=(0,I.useState)(``),[g,_]=(0,I.useState)(!1),v=w({name:`org-name`});async function y(e){if(e.preventDefault(),!g){if(!p.trim())v.show({name:{key:`admin.organizations.nameRequired`}});else{_(!0);try{let{createOrganization:e}=await u(se,{input:{name:p.trim()}});if(e.userErrors.length>0||!e.organization){v.showUserErrors(e.userErrors);return}t(c(e.organization.id))}catch(e){v.showError(e)}finally{_(!1)}}}}let x=n?.organizations??[];return(0,B.jsxs)(V,{title:e(`admin.organizations.title`),children:[s?(0,B.jsx)(o,{error:s,retry:f}):!n&&l?(0,B.jsx)(m,{}):x.length===0?(0,B.jsx)(d,{children:e(`admin.organizations.none`)}):(0,B.jsx)(`div`,{className:`table-wrap`,children:(0,B.jsxs)(`table`,{children:[(0,B.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.organizations.title`)}),(0,B.jsx)(`thead`,{children:(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.organizations.members`)}),(0,B.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)})]})}),(0,B.jsx)(`tbody`,{children:x.map(e=>(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`td`,{children:(0,B.jsx)(b,{href:c(e.id),children:e.name})}),(0,B.jsx)(`td`,{children:e.members.length}),(0,B.jsx)(`td`,{children:(0,B.jsx)(S,{value:e.createdAt})})]},e.id))})]})}),(0,B.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,B.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),v.summary,(0,B.jsxs)(`form`,{noValidate:!0,onSubmit:y,"aria-busy":g||void 0,children:[(0,B.jsx)(M,{id:`org-name`,label:e(`home.name`),value:p,error:v.fieldError(`name`),onChange:e=>h(e.target.value)}),(0,B.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":g||void 0,children:e(g?`app.working`:`admin.organizations.createButton`)})]})]})]})}export{ve as AdminAuditPage,fe as AdminNewUserPage,Se as AdminOrganizationsPage,xe as AdminOutboxPage,$ as AdminSettingsPage,he as AdminUserPage,de as AdminUsersPage};