import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{S as t,_ as n,a as r,c as i,d as a,g as o,i as s,n as c,o as l,r as u,s as d,t as f,u as p,v as m,y as h}from"./index-CYuvtwCm.js";import{i as g,t as _}from"./react-DCTAcUCH.js";import{a as v,b as y,c as b,d as x,g as S,h as C,i as w,l as T,m as E,n as D,o as O,r as k,s as A,t as j,u as M,x as N}from"./useSubmit-InAaEiwO.js";import{a as P,d as F,f as I,t as L}from"./i18n-xDyC1ZvF.js";var R=e(g(),1),z=_(),B=[[M.adminUsers,`admin.nav.users`],[M.adminOrganizations,`admin.nav.organizations`],[M.adminSettings,`admin.nav.settings`],[M.adminAudit,`admin.nav.audit`],[M.adminOutbox,`admin.nav.outbox`],[M.adminWebhooks,`admin.nav.webhooks`]];function V({title:e,children:t,actions:n}){let{t:r}=I();D(e);let[i]=y();return(0,z.jsxs)(`div`,{className:`wide`,children:[(0,z.jsx)(`nav`,{className:`sub-nav`,"aria-label":r(`admin.nav.label`),children:(0,z.jsxs)(`ul`,{children:[B.map(([e,t])=>(0,z.jsx)(`li`,{children:(0,z.jsx)(S,{href:e,"aria-current":i===e||i.startsWith(`${e}/`)?`page`:void 0,children:r(t)})},e)),(0,z.jsx)(`li`,{children:(0,z.jsx)(`a`,{href:M.playground,children:r(`admin.nav.playground`)})})]})}),(0,z.jsxs)(`div`,{className:`page-head`,children:[(0,z.jsx)(k,{children:e}),n]}),t]})}var ee=x(`
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
`),te=x(`
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
`),H=x(`
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
`),ne=x(`
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
`),re=x(`
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
`),ie=x(`
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
`),ae=x(`
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
`),oe=x(`
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
`),U=x(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),W=x(`
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
`),G=x(`
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
`),K=x(`
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
`),q=x(`
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
`),se=x(`
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
`),ce=x(`
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
`);function J(e){return e===`ADMIN`?`admin.user.lockedAdmin`:`admin.user.lockedAutomatic`}function le(e){return e===`ADMIN`?`admin.user.lockAdminHint`:`admin.user.lockAutomaticHint`}var ue=20,de=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function fe(e,t){let n=e.trim(),r=[];if(n&&r.push({search:n}),t&&r.push({lockedAtNotNil:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function pe(){let{t:e,i18n:t}=I(),[r]=(0,R.useState)(h),[i,o]=(0,R.useState)(``),[s,u]=(0,R.useState)(``),[d,m]=(0,R.useState)(!1),[g,_]=(0,R.useState)(`CREATED_AT:DESC`),y=c(),[x,T]=g.split(`:`),{data:E,error:D,loading:k,refetch:j}=C(ee,{first:ue,after:y.after,where:fe(s,d),orderBy:{field:x,direction:T}}),{reset:N}=y;(0,R.useEffect)(N,[s,d,g,N]);function F(e){e.preventDefault(),u(i)}let L=(E?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),B=!!(s.trim()||d);return(0,z.jsxs)(V,{title:e(`admin.users.title`),actions:(0,z.jsx)(S,{href:M.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[r&&(0,z.jsx)(A,{children:e(r.key,r.values)}),(0,z.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:F,"aria-label":e(`admin.users.searchLabel`),children:[(0,z.jsx)(n,{id:`users-search`,type:`search`,maxLength:256,label:e(`admin.users.search`),value:i,onChange:e=>o(e.target.value)}),(0,z.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,z.jsx)(p,{id:`users-sort`,label:e(`admin.users.sort`),value:g,onChange:e=>_(e.target.value),children:de.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,z.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,z.jsxs)(`div`,{className:`checkbox`,children:[(0,z.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:d,onChange:e=>m(e.target.checked)}),(0,z.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),D?(0,z.jsx)(v,{error:D,retry:j}):!E&&k?(0,z.jsx)(O,{}):L.length===0?(0,z.jsx)(w,{children:e(B?`admin.users.noMatch`:`admin.users.none`)}):(0,z.jsxs)(`div`,{"aria-busy":k||void 0,children:[(0,z.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:P(E?.users.totalCount??0,t.resolvedLanguage??`en`)})}),(0,z.jsx)(l,{label:e(`admin.users.title`),children:(0,z.jsxs)(`table`,{children:[(0,z.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.users.title`)}),(0,z.jsx)(`thead`,{children:(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`home.email`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`home.username`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`home.role`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`home.lastSignIn`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.users.status`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.users.action`)})]})}),(0,z.jsx)(`tbody`,{children:L.map(t=>(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`td`,{children:t.name||`—`}),(0,z.jsx)(`td`,{children:t.email}),(0,z.jsx)(`td`,{children:t.username}),(0,z.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,z.jsx)(`td`,{children:(0,z.jsx)(a,{value:t.createdAt})}),(0,z.jsx)(`td`,{children:t.lastSignInAt?(0,z.jsx)(a,{value:t.lastSignInAt}):e(`home.never`)}),(0,z.jsx)(`td`,{children:t.lockedAt?(0,z.jsx)(`span`,{className:`badge badge-error`,children:e(J(t.lockKind))}):(0,z.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})}),(0,z.jsx)(`td`,{children:(0,z.jsx)(S,{href:b(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))})]})}),(0,z.jsx)(f,{pager:y,pageInfo:E?.users.pageInfo,totalCount:E?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function Y({idPrefix:e,initial:t,submitLabel:r,onSubmit:i}){let{t:a}=I(),s={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[c,l]=(0,R.useState)(t),u=j(s),d=e=>l(t=>({...t,...e}));async function f(e){e.preventDefault(),await u.run(async()=>({userErrors:await i({...c,email:c.email.trim(),username:c.username.trim(),name:c.name.trim()})}),{check:()=>{let e={};return c.email.trim()?o(c.email)||(e.email={key:`form.emailInvalid`}):e.email={key:`admin.user.emailRequired`},c.username.trim()||(e.username={key:`admin.user.usernameRequired`}),e}})}return(0,z.jsxs)(z.Fragment,{children:[u.summary,(0,z.jsxs)(`form`,{noValidate:!0,onSubmit:f,"aria-busy":u.busy||void 0,children:[(0,z.jsx)(n,{id:s.email,label:a(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:c.email,error:u.fieldError(`email`),onChange:e=>d({email:e.target.value})}),(0,z.jsx)(n,{id:s.username,label:a(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:c.username,error:u.fieldError(`username`),onChange:e=>d({username:e.target.value})}),(0,z.jsx)(n,{id:s.name,label:`${a(`home.name`)} (${a(`form.optional`)})`,autoComplete:`off`,value:c.name,error:u.fieldError(`name`),onChange:e=>d({name:e.target.value})}),(0,z.jsxs)(p,{id:s.role,label:a(`home.role`),value:c.role,error:u.fieldError(`role`),onChange:e=>d({role:e.target.value}),children:[(0,z.jsx)(`option`,{value:`USER`,children:a(`role.USER`)}),(0,z.jsx)(`option`,{value:`ADMIN`,children:a(`role.ADMIN`)})]}),(0,z.jsx)(p,{id:s.locale,label:a(`admin.user.locale`),hint:a(`profile.languageHint`),value:c.locale,error:u.fieldError(`locale`),onChange:e=>d({locale:e.target.value}),children:F.map(e=>(0,z.jsx)(`option`,{value:e,lang:e,children:a(`language.${e}`)},e))}),(0,z.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":u.busy||void 0,children:u.busy?a(`app.saving`):r})]})]})}function me(){let{t:e,i18n:t}=I(),[,n]=y();return(0,z.jsx)(V,{title:e(`admin.newUser.title`),children:(0,z.jsxs)(`div`,{className:`narrow-left`,children:[(0,z.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,z.jsx)(Y,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:t.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:t}=await E(ne,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return t.user&&t.userErrors.length===0&&(m({key:`admin.newUser.created`,values:{email:t.user.email}}),n(b(t.user.id))),t.userErrors}})]})})}function he({id:e,version:t}){let{t:n}=I(),r=c(),{data:i,error:a,loading:o,refetch:s}=C(H,{first:10,after:r.after,where:{or:[{actorID:e},{subjectID:e}]}});(0,R.useEffect)(()=>{t>0&&s()},[t,s]);let l=(i?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return a?(0,z.jsx)(v,{error:a,retry:s}):!i&&o?(0,z.jsx)(O,{}):l.length===0?(0,z.jsx)(w,{children:n(`profile.noActivity`)}):(0,z.jsxs)(`div`,{"aria-busy":o||void 0,children:[(0,z.jsx)(u,{rows:l,caption:n(`admin.user.activity`),linkUsers:!0}),(0,z.jsx)(f,{pager:r,pageInfo:i?.auditEvents.pageInfo,totalCount:i?.auditEvents.totalCount,label:n(`admin.user.activityPages`)})]})}function ge({user:e,refetch:n}){let{t:r,i18n:o}=I(),[,s]=y(),{viewer:c,refresh:l}=t(),[u,f]=(0,R.useState)(h),[p,g]=(0,R.useState)(),[_,v]=(0,R.useState)(!1),b=j(),x=e=>P(e,o.resolvedLanguage??`en`),C=c?.id===e.id,D=e.name||e.username,[O,k]=(0,R.useState)(0),N=()=>{n(),k(e=>e+1)},F=(e,t,n)=>(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":b.busy||void 0,onClick:async()=>{b.busy||(f(void 0),await b.run(t)&&(f(n),N()))},children:e});return(0,z.jsxs)(V,{title:r(`admin.user.title`,{name:D}),children:[(0,z.jsx)(`p`,{children:(0,z.jsx)(S,{href:M.adminUsers,children:r(`admin.user.back`)})}),u&&(0,z.jsx)(A,{children:r(u.key,u.values)}),b.alert,(0,z.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":r(`admin.user.actions`),children:[(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":_,onClick:()=>v(e=>!e),children:r(`admin.users.edit`)}),F(r(`admin.user.resetPassword`),async()=>(await E(U,{input:{userId:e.id}})).adminResetPassword,{key:`admin.user.resetSent`,values:{email:e.email}}),(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>g(`force`),children:r(`admin.user.forceSignIn`)}),e.lockedAt?F(r(`admin.user.unlock`),async()=>(await E(oe,{input:{id:e.id}})).unlockUser,{key:`admin.user.unlocked`}):F(r(`admin.user.lock`),async()=>(await E(ae,{input:{id:e.id}})).lockUser,{key:`admin.user.lockedDone`}),!C&&(0,z.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>g(`delete`),children:r(`admin.user.delete`)})]}),_&&(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,z.jsx)(`h2`,{id:`edit-user`,children:r(`admin.user.editTitle`)}),(0,z.jsx)(Y,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:r(`app.save`),onSubmit:async t=>{let{updateUser:n}=await E(re,{input:{id:e.id,email:t.email,username:t.username,name:t.name,role:t.role,locale:t.locale}});return n.userErrors.length===0&&(v(!1),f({key:`admin.user.saved`}),N(),C&&l()),n.userErrors}})]}),(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,z.jsx)(`h2`,{id:`user-details`,children:r(`profile.accountDetails`)}),(0,z.jsxs)(`dl`,{className:`details`,children:[(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:r(`home.name`)}),(0,z.jsx)(`dd`,{children:e.name||`—`})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:r(`home.email`)}),(0,z.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,z.jsx)(`span`,{className:`badge badge-ok`,children:r(`profile.verified`)}):(0,z.jsx)(`span`,{className:`badge`,children:r(`profile.notVerified`)})]})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:r(`home.username`)}),(0,z.jsx)(`dd`,{children:e.username})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:r(`home.role`)}),(0,z.jsx)(`dd`,{children:r(`role.${e.role}`)})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:r(`admin.user.locale`)}),(0,z.jsx)(`dd`,{children:e.locale})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:r(`admin.users.status`)}),(0,z.jsxs)(`dd`,{children:[e.lockedAt?(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(`span`,{className:`badge badge-error`,children:r(J(e.lockKind))}),` `,(0,z.jsx)(a,{value:e.lockedAt})]}):(0,z.jsx)(`span`,{className:`badge badge-ok`,children:r(`admin.user.active`)}),e.mustChangePassword&&(0,z.jsxs)(z.Fragment,{children:[` `,r(`admin.user.mustChange`)]}),e.lockedAt&&(0,z.jsx)(`p`,{className:`field-hint`,children:r(le(e.lockKind))})]})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:r(`home.memberSince`)}),(0,z.jsx)(`dd`,{children:(0,z.jsx)(a,{value:e.createdAt})})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:r(`home.lastSignIn`)}),(0,z.jsx)(`dd`,{children:e.lastSignInAt?(0,z.jsx)(a,{value:e.lastSignInAt}):r(`home.never`)})]})]})]}),(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,z.jsx)(`h2`,{id:`user-sessions`,children:r(`admin.user.sessions`,{sessions:x(e.sessions.length),tokens:x(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,z.jsx)(w,{children:r(`admin.user.noSessions`)}):(0,z.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,z.jsxs)(`li`,{className:`card`,children:[(0,z.jsx)(`p`,{className:`card-title`,children:d(e.userAgent)||r(`profile.unknownDevice`)}),(0,z.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,r(`profile.lastSeen`),` `,(0,z.jsx)(a,{value:e.lastSeenAt})]})]},e.id)),e.accessTokens.map(e=>(0,z.jsxs)(`li`,{className:`card`,children:[(0,z.jsx)(`p`,{className:`card-title`,children:r(`admin.user.tokenNamed`,{name:e.name})}),(0,z.jsxs)(`p`,{className:`muted`,children:[r(`admin.user.lastUsed`),` `,e.lastUsedAt?(0,z.jsx)(a,{value:e.lastUsedAt}):r(`home.never`)]})]},e.id))]})]}),(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,z.jsx)(`h2`,{id:`user-orgs`,children:r(`admin.nav.organizations`)}),e.memberships.length===0?(0,z.jsx)(w,{children:r(`admin.user.noOrganizations`)}):(0,z.jsx)(`ul`,{children:e.memberships.map(e=>(0,z.jsxs)(`li`,{children:[(0,z.jsx)(S,{href:T(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>r(`rights.${e}`)).join(`, `)||r(`org.noRights`)]},e.id))})]}),(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,z.jsx)(`h2`,{id:`user-activity`,children:r(`admin.user.activity`)}),(0,z.jsx)(he,{id:e.id,version:O})]}),p===`force`&&(0,z.jsxs)(i,{title:r(`admin.user.forceTitle`,{name:D}),confirmLabel:r(`admin.user.forceSignIn`),danger:!0,onCancel:()=>g(void 0),send:async()=>(await E(W,{input:{userId:e.id}})).forceSignIn,onDone:e=>{g(void 0),f({key:`admin.user.forced`,values:{sessions:x(e.revokedSessions),tokens:x(e.revokedTokens)}}),N()},children:[(0,z.jsx)(`p`,{children:r(`admin.user.forceBody`)}),(0,z.jsxs)(`ul`,{children:[(0,z.jsx)(`li`,{children:r(`admin.user.forceSessions`)}),(0,z.jsx)(`li`,{children:r(`admin.user.forceTokens`)}),(0,z.jsx)(`li`,{children:r(`admin.user.forceLinks`)}),(0,z.jsx)(`li`,{children:(0,z.jsx)(`strong`,{children:r(`admin.user.forcePassword`)})})]})]}),p===`delete`&&(0,z.jsx)(i,{title:r(`admin.user.deleteTitle`,{name:D}),confirmLabel:r(`admin.user.delete`),danger:!0,onCancel:()=>g(void 0),send:async()=>(await E(ie,{input:{id:e.id}})).deleteUser,onDone:()=>{m({key:`admin.users.deleted`,values:{email:e.email}}),s(M.adminUsers)},children:(0,z.jsx)(`p`,{children:r(`admin.user.deleteBody`,{email:e.email})})})]})}function _e(){let{t:e}=I(),{id:t}=N(),{data:n,error:r,loading:i,refetch:a}=C(te,{id:decodeURIComponent(t??``)}),o=n?.node&&`email`in n.node?n.node:void 0;return r?(0,z.jsx)(V,{title:e(`admin.user.titleUnknown`),children:(0,z.jsx)(v,{error:r,retry:a})}):o?(0,z.jsx)(ge,{user:o,refetch:a},o.id):(0,z.jsx)(V,{title:e(`admin.user.titleUnknown`),children:i?(0,z.jsx)(O,{}):(0,z.jsx)(v,{error:{code:`NOT_FOUND`}})})}var X=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],Z=Object.fromEntries([...X.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`].map(e=>[e,`settings-${e}`]));function ve(e){let t={};for(let[n,r,i]of X){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function ye({settings:e,onSaved:t}){let{t:r,i18n:i}=I(),a=e=>P(e,i.resolvedLanguage??`en`),[o,s]=(0,R.useState)(()=>Object.fromEntries(X.map(([t])=>[t,String(e[t])]))),[c,l]=(0,R.useState)(e.resetMethod),[u,d]=(0,R.useState)(e.registrationOpen),[f,m]=(0,R.useState)(e.passwordPolicy),[h,g]=(0,R.useState)(!1),_=j(Z);async function v(e){if(e.preventDefault(),_.busy)return;g(!1);let n={...Object.fromEntries(X.map(([e])=>[e,Number(o[e])])),resetMethod:c,registrationOpen:u,passwordPolicy:f},r=await _.run(async()=>(await E(K,{input:n})).updateSecuritySettings,{check:()=>ve(o),succeeded:e=>!!e.securitySettings});r?.securitySettings&&(g(!0),t(r.securitySettings))}let y=(e,t)=>(0,z.jsxs)(`fieldset`,{children:[(0,z.jsx)(`legend`,{children:e}),t.map(e=>{let[,t,i]=X.find(([t])=>t===e);return(0,z.jsx)(n,{id:Z[e],label:r(`admin.settings.field.${e}`),hint:`${r(`admin.settings.hint.${e}`)} ${r(`admin.settings.range`,{min:a(t),max:a(i)})}`,type:`number`,inputMode:`numeric`,min:t,max:i,step:1,value:o[e],error:_.fieldError(e),onChange:t=>{s(n=>({...n,[e]:t.target.value})),g(!1)}},e)})]});return(0,z.jsxs)(z.Fragment,{children:[_.summary,h&&(0,z.jsx)(A,{children:r(`admin.settings.saved`)}),(0,z.jsxs)(`form`,{noValidate:!0,onSubmit:v,"aria-busy":_.busy||void 0,className:`settings-form`,children:[(0,z.jsxs)(`fieldset`,{children:[(0,z.jsx)(`legend`,{children:r(`admin.settings.passwords`)}),(0,z.jsxs)(p,{id:Z.passwordPolicy,label:r(`admin.settings.field.passwordPolicy`),hint:r(`admin.settings.hint.passwordPolicy`),value:f,error:_.fieldError(`passwordPolicy`),onChange:e=>m(e.target.value),children:[(0,z.jsx)(`option`,{value:`DEFAULT`,children:r(`admin.settings.policy.DEFAULT`)}),(0,z.jsx)(`option`,{value:`NIST`,children:r(`admin.settings.policy.NIST`)})]}),(0,z.jsxs)(p,{id:Z.resetMethod,label:r(`admin.settings.field.resetMethod`),hint:r(`admin.settings.hint.resetMethod`),value:c,error:_.fieldError(`resetMethod`),onChange:e=>l(e.target.value),children:[(0,z.jsx)(`option`,{value:`LINK`,children:r(`admin.settings.method.LINK`)}),(0,z.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:r(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,z.jsxs)(`div`,{className:`checkbox`,children:[(0,z.jsx)(`input`,{id:Z.registrationOpen,type:`checkbox`,checked:u,"aria-describedby":`${Z.registrationOpen}-hint`,onChange:e=>d(e.target.checked)}),(0,z.jsx)(`label`,{htmlFor:Z.registrationOpen,children:r(`admin.settings.field.registrationOpen`)})]}),(0,z.jsx)(`p`,{className:`field-hint`,id:`${Z.registrationOpen}-hint`,children:r(`admin.settings.hint.registrationOpen`)})]}),y(r(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),y(r(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),y(r(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,z.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":_.busy||void 0,children:_.busy?r(`app.saving`):r(`app.save`)})]})]})}function be(){let{t:e}=I(),{data:t,error:n,loading:r,refetch:i}=C(G),[o,s]=(0,R.useState)(),c=o??t?.securitySettings;return(0,z.jsx)(V,{title:e(`admin.settings.title`),children:(0,z.jsx)(`div`,{className:`narrow-left`,children:n?(0,z.jsx)(v,{error:n,retry:i}):c?(0,z.jsxs)(z.Fragment,{children:[(0,z.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,z.jsx)(a,{value:c.updatedAt})]}),(0,z.jsx)(ye,{settings:c,onSaved:s})]}):r?(0,z.jsx)(O,{}):(0,z.jsx)(v,{retry:i})})})}function xe(){let{t:e}=I(),t=s(),[n,r]=(0,R.useState)(``),i=c(),{reset:a}=i;(0,R.useEffect)(a,[n,a]);let{data:o,error:l,loading:d,refetch:m}=C(H,{first:25,after:i.after,where:n?{type:n}:void 0}),h=(o?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),g=[...L].sort((e,n)=>t(e).localeCompare(t(n)));return(0,z.jsxs)(V,{title:e(`admin.audit.title`),children:[(0,z.jsx)(`div`,{className:`toolbar`,children:(0,z.jsxs)(p,{id:`audit-type`,label:e(`admin.audit.type`),value:n,onChange:e=>r(e.target.value),children:[(0,z.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),g.map(e=>(0,z.jsx)(`option`,{value:e,children:t(e)},e))]})}),l?(0,z.jsx)(v,{error:l,retry:m}):!o&&d?(0,z.jsx)(O,{}):h.length===0?(0,z.jsx)(w,{children:e(`admin.audit.none`)}):(0,z.jsxs)(`div`,{"aria-busy":d||void 0,children:[(0,z.jsx)(u,{rows:h,caption:e(`admin.audit.title`),linkUsers:!0}),(0,z.jsx)(f,{pager:i,pageInfo:o?.auditEvents.pageInfo,totalCount:o?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function Se({text:e,link:t}){return/^https?:\/\//.test(t)?(0,z.jsx)(z.Fragment,{children:e.split(t).map((e,n)=>(0,z.jsxs)(R.Fragment,{children:[n>0&&(0,z.jsx)(`a`,{href:t,rel:`noreferrer`,children:t}),e]},n))}):(0,z.jsx)(z.Fragment,{children:e})}var Ce={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function we(){let{t:e}=I(),[t,n]=(0,R.useState)(``),r=c(),{reset:i}=r;(0,R.useEffect)(i,[t,i]);let{data:o,error:s,loading:l,refetch:u}=C(q,{first:20,after:r.after,where:t?{status:t}:void 0}),d=(o?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,z.jsxs)(V,{title:e(`admin.outbox.title`),children:[(0,z.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,z.jsxs)(`div`,{className:`toolbar`,children:[(0,z.jsxs)(p,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,z.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,z.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:u,children:e(`admin.outbox.refresh`)})]}),s?(0,z.jsx)(v,{error:s,retry:u}):!o&&l?(0,z.jsx)(O,{}):d.length===0?(0,z.jsx)(w,{children:e(`admin.outbox.none`)}):(0,z.jsxs)(`div`,{"aria-busy":l||void 0,children:[(0,z.jsx)(`ul`,{className:`cards`,children:d.map(t=>(0,z.jsxs)(`li`,{className:`card`,children:[(0,z.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,z.jsx)(`span`,{className:Ce[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,z.jsxs)(`dl`,{className:`facts`,children:[(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,z.jsx)(`dd`,{children:t.toAddress})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,z.jsx)(`dd`,{children:(0,z.jsx)(a,{value:t.createdAt})})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,z.jsx)(`dd`,{children:t.sentAt?(0,z.jsx)(a,{value:t.sentAt}):`—`})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,z.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,z.jsx)(`p`,{className:`field-error`,children:e(`admin.outbox.lastErrorIs`,{error:t.lastError})}),(0,z.jsxs)(`details`,{children:[(0,z.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,z.jsx)(`pre`,{className:`mail`,children:(0,z.jsx)(Se,{text:t.textBody,link:t.link})})]})]},t.id))}),(0,z.jsx)(f,{pager:r,pageInfo:o?.outbox.pageInfo,totalCount:o?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function Te(){let{t:e}=I(),[,t]=y(),{data:r,error:i,loading:o,refetch:s}=C(se),[c,u]=(0,R.useState)(``),d=j({name:`org-name`});async function f(e){e.preventDefault();let n=await d.run(async()=>(await E(ce,{input:{name:c.trim()}})).createOrganization,{check:()=>c.trim()?{}:{name:{key:`admin.organizations.nameRequired`}},succeeded:e=>!!e.organization});n?.organization&&t(T(n.organization.id))}let p=r?.organizations??[];return(0,z.jsxs)(V,{title:e(`admin.organizations.title`),children:[i?(0,z.jsx)(v,{error:i,retry:s}):!r&&o?(0,z.jsx)(O,{}):p.length===0?(0,z.jsx)(w,{children:e(`admin.organizations.none`)}):(0,z.jsx)(l,{label:e(`admin.organizations.title`),children:(0,z.jsxs)(`table`,{children:[(0,z.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.organizations.title`)}),(0,z.jsx)(`thead`,{children:(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.organizations.members`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)})]})}),(0,z.jsx)(`tbody`,{children:p.map(e=>(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`td`,{children:(0,z.jsx)(S,{href:T(e.id),children:e.name})}),(0,z.jsx)(`td`,{children:e.members.length}),(0,z.jsx)(`td`,{children:(0,z.jsx)(a,{value:e.createdAt})})]},e.id))})]})}),(0,z.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,z.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),d.summary,(0,z.jsxs)(`form`,{noValidate:!0,onSubmit:f,"aria-busy":d.busy||void 0,children:[(0,z.jsx)(n,{id:`org-name`,label:e(`home.name`),value:c,error:d.fieldError(`name`),onChange:e=>u(e.target.value)}),(0,z.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d.busy||void 0,children:d.busy?e(`app.working`):e(`admin.organizations.createButton`)})]})]})]})}var Ee=x(`
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
`),De=x(`
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
`),Oe=x(`
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
`),Q=x(`
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
`),ke=x(`
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
`),Ae=x(`
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
`),je=x(`
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
`),Me={PENDING:`badge`,DELIVERED:`badge badge-ok`,FAILED:`badge badge-error`};function $({secret:e}){let{t}=I();return(0,z.jsxs)(`div`,{className:`notice`,role:`status`,children:[(0,z.jsx)(`p`,{children:t(`admin.webhooks.secretOnce`)}),(0,z.jsxs)(`p`,{children:[(0,z.jsx)(`code`,{className:`secret`,"data-testid":`webhook-secret`,children:e}),` `,(0,z.jsx)(r,{text:e})]})]})}function Ne({endpoint:e,onChanged:t}){let{t:n}=I(),r=j(),[i,o]=(0,R.useState)(),[s,c]=(0,R.useState)(),u=(e.deliveries.edges??[]).flatMap(e=>e?.node?[e.node]:[]),d=`endpoint-${e.id}`;async function f(i){(i!==`delete`||window.confirm(n(`admin.webhooks.confirmDelete`,{url:e.url})))&&(c(void 0),await r.run(async()=>{switch(i){case`test`:return(await E(Ae,{input:{id:e.id}})).sendTestWebhookEvent;case`rotate`:{let{rotateWebhookSecret:t}=await E(Q,{input:{id:e.id}});return t.secret&&o(t.secret),t}case`toggle`:return(await E(Oe,{input:{id:e.id,enabled:!e.enabled}})).updateWebhookEndpoint;case`delete`:return(await E(ke,{input:{id:e.id}})).deleteWebhookEndpoint}})&&(i===`test`&&c(n(`admin.webhooks.testSent`)),t()))}async function p(e){c(void 0),await r.run(async()=>(await E(je,{input:{deliveryId:e}})).replayWebhookEvent)&&(c(n(`admin.webhooks.replayed`)),t())}return(0,z.jsxs)(`li`,{className:`card`,children:[(0,z.jsxs)(`h2`,{id:d,className:`card-title`,children:[e.url,` `,(0,z.jsx)(`span`,{className:e.enabled?`badge badge-ok`:`badge badge-error`,children:e.enabled?n(`admin.webhooks.enabled`):n(`admin.webhooks.disabled`)})]}),(0,z.jsxs)(`dl`,{className:`facts`,children:[(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`admin.webhooks.description`)}),(0,z.jsx)(`dd`,{children:e.description||`—`})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`admin.webhooks.events`)}),(0,z.jsx)(`dd`,{children:e.events.length===0?n(`admin.webhooks.allEvents`):e.events.join(`, `)})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`admin.webhooks.created`)}),(0,z.jsx)(`dd`,{children:(0,z.jsx)(a,{value:e.createdAt})})]}),e.previousSecretExpiresAt&&(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`admin.webhooks.oldSecretUntil`)}),(0,z.jsx)(`dd`,{children:(0,z.jsx)(a,{value:e.previousSecretExpiresAt})})]})]}),!e.enabled&&e.disabledReason&&(0,z.jsx)(`p`,{className:`field-error`,children:e.disabledReason}),i&&(0,z.jsx)($,{secret:i}),s&&(0,z.jsx)(`p`,{role:`status`,children:s}),r.alert,(0,z.jsxs)(`div`,{className:`toolbar`,role:`group`,"aria-labelledby":d,children:[(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`test`),children:n(`admin.webhooks.sendTest`)}),(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`rotate`),children:n(`admin.webhooks.rotate`)}),(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`toggle`),children:e.enabled?n(`admin.webhooks.disable`):n(`admin.webhooks.enable`)}),(0,z.jsx)(`button`,{type:`button`,className:`button button-danger`,"aria-disabled":r.busy||void 0,onClick:()=>f(`delete`),children:n(`admin.webhooks.delete`)})]}),(0,z.jsx)(`h3`,{children:n(`admin.webhooks.log`,{count:e.deliveries.totalCount})}),u.length===0?(0,z.jsx)(w,{children:n(`admin.webhooks.noDeliveries`)}):(0,z.jsx)(l,{label:n(`admin.webhooks.logOf`,{url:e.url}),children:(0,z.jsxs)(`table`,{children:[(0,z.jsx)(`caption`,{className:`visually-hidden`,children:n(`admin.webhooks.logOf`,{url:e.url})}),(0,z.jsx)(`thead`,{children:(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.event`)}),(0,z.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.status`)}),(0,z.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.attempts`)}),(0,z.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.response`)}),(0,z.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.duration`)}),(0,z.jsx)(`th`,{scope:`col`,children:n(`admin.webhooks.written`)}),(0,z.jsx)(`th`,{scope:`col`,children:(0,z.jsx)(`span`,{className:`visually-hidden`,children:n(`admin.webhooks.actions`)})})]})}),(0,z.jsx)(`tbody`,{children:u.map(e=>(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`td`,{children:(0,z.jsx)(`code`,{children:e.eventType})}),(0,z.jsx)(`td`,{children:(0,z.jsx)(`span`,{className:Me[e.status]??`badge`,children:n(`admin.webhooks.state.${e.status}`)})}),(0,z.jsx)(`td`,{children:e.attempts}),(0,z.jsx)(`td`,{title:e.lastError||e.responseBody||void 0,children:e.responseStatus??(e.lastError?n(`admin.webhooks.noAnswer`):`—`)}),(0,z.jsx)(`td`,{children:n(`admin.webhooks.ms`,{ms:e.durationMs})}),(0,z.jsx)(`td`,{children:(0,z.jsx)(a,{value:e.createdAt})}),(0,z.jsx)(`td`,{children:(0,z.jsxs)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-disabled":r.busy||void 0,onClick:()=>p(e.id),children:[n(`admin.webhooks.replay`),(0,z.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.eventType]})]})})]},e.id))})]})})]})}function Pe(){let{t:e}=I(),{data:t,error:r,loading:i,refetch:a}=C(Ee),[o,s]=(0,R.useState)(``),[c,l]=(0,R.useState)(``),[u,d]=(0,R.useState)([]),[f,p]=(0,R.useState)(),m=j({url:`webhook-url`,description:`webhook-description`,events:`webhook-events`});async function h(e){e.preventDefault(),p(void 0);let t=await m.run(async()=>(await E(De,{input:{url:o.trim(),description:c,events:u}})).createWebhookEndpoint,{check:()=>o.trim()?{}:{url:{key:`admin.webhooks.urlRequired`}},succeeded:e=>!!e.secret});t?.secret&&(p(t.secret),s(``),l(``),d([]),a())}let g=(t?.webhookEndpoints.edges??[]).flatMap(e=>e?.node?[e.node]:[]),_=(t?.webhookEventTypes??[]).filter(e=>e.name!==`webhook.test`);return(0,z.jsxs)(V,{title:e(`admin.webhooks.title`),children:[(0,z.jsx)(`p`,{children:e(`admin.webhooks.intro`)}),r?(0,z.jsx)(v,{error:r,retry:a}):!t&&i?(0,z.jsx)(O,{}):g.length===0?(0,z.jsx)(w,{children:e(`admin.webhooks.none`)}):(0,z.jsx)(`ul`,{className:`cards`,"aria-busy":i||void 0,children:g.map(e=>(0,z.jsx)(Ne,{endpoint:e,onChanged:a},e.id))}),(0,z.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-webhook`,children:[(0,z.jsx)(`h2`,{id:`new-webhook`,children:e(`admin.webhooks.create`)}),f&&(0,z.jsx)($,{secret:f}),m.summary,(0,z.jsxs)(`form`,{noValidate:!0,onSubmit:h,"aria-busy":m.busy||void 0,children:[(0,z.jsx)(n,{id:`webhook-url`,label:e(`admin.webhooks.url`),hint:e(`admin.webhooks.urlHint`),type:`url`,value:o,error:m.fieldError(`url`),onChange:e=>s(e.target.value)}),(0,z.jsx)(n,{id:`webhook-description`,label:e(`admin.webhooks.description`),value:c,error:m.fieldError(`description`),onChange:e=>l(e.target.value)}),(0,z.jsxs)(`fieldset`,{id:`webhook-events`,children:[(0,z.jsx)(`legend`,{children:e(`admin.webhooks.events`)}),(0,z.jsx)(`p`,{className:`field-hint`,children:e(`admin.webhooks.eventsHint`)}),_.map(e=>(0,z.jsxs)(`div`,{className:`checkbox`,children:[(0,z.jsx)(`input`,{type:`checkbox`,id:`webhook-event-${e.name}`,checked:u.includes(e.name),onChange:t=>d(t.target.checked?[...u,e.name]:u.filter(t=>t!==e.name))}),(0,z.jsx)(`label`,{htmlFor:`webhook-event-${e.name}`,children:(0,z.jsx)(`code`,{children:e.name})})]},e.name))]}),(0,z.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":m.busy||void 0,children:m.busy?e(`app.working`):e(`admin.webhooks.createButton`)})]})]})]})}export{xe as AdminAuditPage,me as AdminNewUserPage,Te as AdminOrganizationsPage,we as AdminOutboxPage,be as AdminSettingsPage,_e as AdminUserPage,pe as AdminUsersPage,Pe as AdminWebhooksPage};