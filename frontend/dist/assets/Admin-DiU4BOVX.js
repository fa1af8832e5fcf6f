import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{S as t,T as n,a as r,b as i,c as a,d as o,f as s,i as c,l,n as u,o as d,p as f,r as p,s as m,t as h,u as g,x as _,y as v}from"./index-BmAIrfkH.js";import{i as y,t as b}from"./react-DCTAcUCH.js";import{C as x,_ as S,a as C,c as w,d as T,i as E,m as D,n as O,o as k,r as A,s as j,t as M,u as N,v as P,w as F,y as I}from"./useSubmit-CvCejN6Q.js";import{a as L,d as R,f as z,t as ee}from"./i18n-BEJJknIU.js";var B=e(y(),1),V=b(),te=[[T.adminUsers,`admin.nav.users`],[T.adminOrganizations,`admin.nav.organizations`],[T.adminSettings,`admin.nav.settings`],[T.adminAudit,`admin.nav.audit`],[T.adminOutbox,`admin.nav.outbox`],[T.adminWebhooks,`admin.nav.webhooks`]];function H({title:e,children:t,actions:n}){let{t:r}=z();O(e);let[i]=x();return(0,V.jsxs)(`div`,{className:`wide`,children:[(0,V.jsx)(`nav`,{className:`sub-nav`,"aria-label":r(`admin.nav.label`),children:(0,V.jsxs)(`ul`,{children:[te.map(([e,t])=>(0,V.jsx)(`li`,{children:(0,V.jsx)(I,{href:e,"aria-current":i===e||i.startsWith(`${e}/`)?`page`:void 0,children:r(t)})},e)),(0,V.jsx)(`li`,{children:(0,V.jsx)(`a`,{href:T.playground,children:r(`admin.nav.playground`)})})]})}),(0,V.jsxs)(`div`,{className:`page-head`,children:[(0,V.jsx)(A,{children:e}),n]}),t]})}var ne=D(`
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
`),re=D(`
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
`),U=D(`
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
`),ie=D(`
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
`),ae=D(`
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
`),oe=D(`
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
`),W=D(`
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
`),G=D(`
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
`),K=D(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),q=D(`
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
`),se=D(`
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
`),ce=D(`
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
`),le=D(`
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
`),ue=D(`
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
`),de=D(`
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
`),fe=D(`
  mutation AdminResetSecondFactors($input: AdminResetSecondFactorsInput!) {
    adminResetSecondFactors(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);function J(e){return e===`ADMIN`?`admin.user.lockedAdmin`:`admin.user.lockedAutomatic`}function pe(e){return e===`ADMIN`?`admin.user.lockAdminHint`:`admin.user.lockAutomaticHint`}var me=20,he=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function ge(e,t){let n=e.trim(),r=[];if(n&&r.push({search:n}),t&&r.push({locked:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function _e(){let{t:e,i18n:n}=z(),[r]=(0,B.useState)(t),[a,s]=(0,B.useState)(``),[c,l]=(0,B.useState)(``),[f,p]=(0,B.useState)(!1),[m,_]=(0,B.useState)(`CREATED_AT:DESC`),v=u(),[y,b]=m.split(`:`),{data:x,error:S,loading:D,refetch:O}=P(ne,{first:me,after:v.after,where:ge(c,f),orderBy:{field:y,direction:b}}),{reset:A}=v;(0,B.useEffect)(A,[c,f,m,A]);function M(e){e.preventDefault(),l(a)}let N=(x?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),F=!!(c.trim()||f);return(0,V.jsxs)(H,{title:e(`admin.users.title`),actions:(0,V.jsx)(I,{href:T.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[r&&(0,V.jsx)(j,{children:e(r.key,r.values)}),(0,V.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:M,"aria-label":e(`admin.users.searchLabel`),children:[(0,V.jsx)(i,{id:`users-search`,type:`search`,maxLength:256,label:e(`admin.users.search`),value:a,onChange:e=>s(e.target.value)}),(0,V.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,V.jsx)(g,{id:`users-sort`,label:e(`admin.users.sort`),value:m,onChange:e=>_(e.target.value),children:he.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,V.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,V.jsxs)(`div`,{className:`checkbox`,children:[(0,V.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:f,onChange:e=>p(e.target.checked)}),(0,V.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),S?(0,V.jsx)(C,{error:S,retry:O}):!x&&D?(0,V.jsx)(k,{}):N.length===0?(0,V.jsx)(E,{children:e(F?`admin.users.noMatch`:`admin.users.none`)}):(0,V.jsxs)(`div`,{"aria-busy":D||void 0,children:[(0,V.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:L(x?.users.totalCount??0,n.resolvedLanguage??`en`)})}),(0,V.jsx)(d,{caption:e(`admin.users.title`),columns:[e(`home.name`),e(`home.email`),e(`home.username`),e(`home.role`),e(`admin.users.created`),e(`home.lastSignIn`),e(`admin.users.status`),e(`admin.users.action`)],children:N.map(t=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:t.name||`—`}),(0,V.jsx)(`td`,{children:t.email}),(0,V.jsx)(`td`,{children:t.username}),(0,V.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,V.jsx)(`td`,{children:(0,V.jsx)(o,{value:t.createdAt})}),(0,V.jsx)(`td`,{children:t.lastSignInAt?(0,V.jsx)(o,{value:t.lastSignInAt}):e(`home.never`)}),(0,V.jsxs)(`td`,{children:[t.lockedAt&&(0,V.jsx)(`span`,{className:`badge badge-error`,children:e(J(t.lockKind))}),` `,t.secondFactorLockedAt&&(0,V.jsx)(`span`,{className:`badge badge-error`,children:e(`admin.users.codesLocked`)}),!t.lockedAt&&!t.secondFactorLockedAt&&(0,V.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})]}),(0,V.jsx)(`td`,{children:(0,V.jsx)(I,{href:w(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))}),(0,V.jsx)(h,{pager:v,pageInfo:x?.users.pageInfo,totalCount:x?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function Y({idPrefix:e,initial:t,submitLabel:n,onSubmit:r}){let{t:a}=z(),o={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[s,c]=(0,B.useState)(t),l=M(o),u=e=>c(t=>({...t,...e}));async function d(e){e.preventDefault(),await l.run(async()=>({userErrors:await r({...s,email:s.email.trim(),username:s.username.trim(),name:s.name.trim()})}),{check:()=>{let e={};return s.email.trim()?v(s.email)||(e.email={key:`form.emailInvalid`}):e.email={key:`admin.user.emailRequired`},s.username.trim()||(e.username={key:`admin.user.usernameRequired`}),e}})}return(0,V.jsxs)(V.Fragment,{children:[l.summary,(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:d,"aria-busy":l.busy||void 0,children:[(0,V.jsx)(i,{id:o.email,label:a(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:s.email,error:l.fieldError(`email`),onChange:e=>u({email:e.target.value})}),(0,V.jsx)(i,{id:o.username,label:a(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:s.username,error:l.fieldError(`username`),onChange:e=>u({username:e.target.value})}),(0,V.jsx)(i,{id:o.name,label:`${a(`home.name`)} (${a(`form.optional`)})`,autoComplete:`off`,value:s.name,error:l.fieldError(`name`),onChange:e=>u({name:e.target.value})}),(0,V.jsxs)(g,{id:o.role,label:a(`home.role`),value:s.role,error:l.fieldError(`role`),onChange:e=>u({role:e.target.value}),children:[(0,V.jsx)(`option`,{value:`USER`,children:a(`role.USER`)}),(0,V.jsx)(`option`,{value:`ADMIN`,children:a(`role.ADMIN`)})]}),(0,V.jsx)(g,{id:o.locale,label:a(`admin.user.locale`),hint:a(`profile.languageHint`),value:s.locale,error:l.fieldError(`locale`),onChange:e=>u({locale:e.target.value}),children:R.map(e=>(0,V.jsx)(`option`,{value:e,lang:e,children:a(`language.${e}`)},e))}),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":l.busy||void 0,children:l.busy?a(`app.saving`):n})]})]})}function ve(){let{t:e,i18n:t}=z(),[,n]=x();return(0,V.jsx)(H,{title:e(`admin.newUser.title`),children:(0,V.jsxs)(`div`,{className:`narrow-left`,children:[(0,V.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,V.jsx)(Y,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:t.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:t}=await S(ie,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return t.user&&t.userErrors.length===0&&(_({key:`admin.newUser.created`,values:{email:t.user.email}}),n(w(t.user.id))),t.userErrors}})]})})}function ye({id:e,version:t}){let{t:n}=z(),r=u(),{data:i,error:a,loading:o,refetch:s}=P(U,{first:10,after:r.after,where:{or:[{actorID:e},{subjectID:e}]}});(0,B.useEffect)(()=>{t>0&&s()},[t,s]);let c=(i?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return a?(0,V.jsx)(C,{error:a,retry:s}):!i&&o?(0,V.jsx)(k,{}):c.length===0?(0,V.jsx)(E,{children:n(`profile.noActivity`)}):(0,V.jsxs)(`div`,{"aria-busy":o||void 0,children:[(0,V.jsx)(p,{rows:c,caption:n(`admin.user.activity`),linkUsers:!0}),(0,V.jsx)(h,{pager:r,pageInfo:i?.auditEvents.pageInfo,totalCount:i?.auditEvents.totalCount,label:n(`admin.user.activityPages`)})]})}function be({user:e,refetch:r}){let{t:i,i18n:c}=z(),[,u]=x(),{viewer:d,refresh:p}=n(),[h,g]=(0,B.useState)(t),[v,y]=(0,B.useState)(),[b,C]=(0,B.useState)(!1),w=M(),D=e=>L(e,c.resolvedLanguage??`en`),O=d?.id===e.id,k=e.name||e.username,[A,P]=(0,B.useState)(0),F=()=>{r(),P(e=>e+1)},R=(e,t,n)=>(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":w.busy||void 0,onClick:async()=>{w.busy||(g(void 0),await w.run(t)&&(g(n),F()))},children:e});return(0,V.jsxs)(H,{title:i(`admin.user.title`,{name:k}),children:[(0,V.jsx)(`p`,{children:(0,V.jsx)(I,{href:T.adminUsers,children:i(`admin.user.back`)})}),h&&(0,V.jsx)(j,{children:i(h.key,h.values)}),w.alert,(0,V.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":i(`admin.user.actions`),children:[(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":b,onClick:()=>C(e=>!e),children:i(`admin.users.edit`)}),R(i(`admin.user.resetPassword`),async()=>(await S(K,{input:{userId:e.id}})).adminResetPassword,{key:`admin.user.resetSent`,values:{email:e.email}}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>y(`force`),children:i(`admin.user.forceSignIn`)}),e.secondFactorKinds.length>0&&(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>y(`resetFactors`),children:i(`admin.user.resetFactors`)}),e.lockedAt||e.secondFactorLockedAt?R(i(`admin.user.unlock`),async()=>(await S(G,{input:{id:e.id}})).unlockUser,{key:`admin.user.unlocked`}):R(i(`admin.user.lock`),async()=>(await S(W,{input:{id:e.id}})).lockUser,{key:`admin.user.lockedDone`}),!O&&(0,V.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>y(`delete`),children:i(`admin.user.delete`)})]}),b&&(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,V.jsx)(`h2`,{id:`edit-user`,children:i(`admin.user.editTitle`)}),(0,V.jsx)(Y,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:i(`app.save`),onSubmit:async t=>{let{updateUser:n}=await S(ae,{input:{id:e.id,email:t.email,username:t.username,name:t.name,role:t.role,locale:t.locale}});return n.userErrors.length===0&&(C(!1),g({key:`admin.user.saved`}),F(),O&&p()),n.userErrors}})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,V.jsx)(`h2`,{id:`user-details`,children:i(`profile.accountDetails`)}),(0,V.jsxs)(`dl`,{className:`details`,children:[(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`home.name`)}),(0,V.jsx)(`dd`,{children:e.name||`—`})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`home.email`)}),(0,V.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,V.jsx)(`span`,{className:`badge badge-ok`,children:i(`profile.verified`)}):(0,V.jsx)(`span`,{className:`badge`,children:i(`profile.notVerified`)})]})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`home.username`)}),(0,V.jsx)(`dd`,{children:e.username})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`home.role`)}),(0,V.jsx)(`dd`,{children:i(`role.${e.role}`)})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`admin.user.locale`)}),(0,V.jsx)(`dd`,{children:e.locale})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`admin.users.status`)}),(0,V.jsxs)(`dd`,{children:[e.lockedAt?(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(`span`,{className:`badge badge-error`,children:i(J(e.lockKind))}),` `,(0,V.jsx)(o,{value:e.lockedAt})]}):(0,V.jsx)(`span`,{className:`badge badge-ok`,children:i(`admin.user.active`)}),e.mustChangePassword&&(0,V.jsxs)(V.Fragment,{children:[` `,i(`admin.user.mustChange`)]}),e.lockedAt&&(0,V.jsx)(`p`,{className:`field-hint`,children:i(pe(e.lockKind))})]})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`admin.user.secondFactors`)}),(0,V.jsxs)(`dd`,{children:[e.secondFactorKinds.length===0?i(`admin.user.noSecondFactor`):e.secondFactorKinds.map(e=>i(a[e])).join(`, `),e.secondFactorLockedAt&&(0,V.jsxs)(V.Fragment,{children:[` `,(0,V.jsx)(`span`,{className:`badge badge-error`,children:i(`admin.user.codesLocked`)}),` `,(0,V.jsx)(o,{value:e.secondFactorLockedAt}),(0,V.jsxs)(`p`,{className:`field-hint`,children:[e.secondFactorLockedUntil?(0,V.jsxs)(V.Fragment,{children:[i(`admin.user.codesLockedUntil`),` `,(0,V.jsx)(o,{value:e.secondFactorLockedUntil}),`.`,` `]}):null,i(`admin.user.codesLockedHint`)]})]})]})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`home.memberSince`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(o,{value:e.createdAt})})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:i(`home.lastSignIn`)}),(0,V.jsx)(`dd`,{children:e.lastSignInAt?(0,V.jsx)(o,{value:e.lastSignInAt}):i(`home.never`)})]})]})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,V.jsx)(`h2`,{id:`user-sessions`,children:i(`admin.user.sessions`,{sessions:D(e.sessions.length),tokens:D(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,V.jsx)(E,{children:i(`admin.user.noSessions`)}):(0,V.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsx)(`p`,{className:`card-title`,children:l(e.userAgent)||i(`profile.unknownDevice`)}),(0,V.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,i(`profile.lastSeen`),` `,(0,V.jsx)(o,{value:e.lastSeenAt}),e.authMethods.length>0&&(0,V.jsxs)(V.Fragment,{children:[` · `,i(`profile.signedInWith`),` `,e.authMethods.map(e=>i(m[e])).join(` + `)]})]})]},e.id)),e.accessTokens.map(e=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsx)(`p`,{className:`card-title`,children:i(`admin.user.tokenNamed`,{name:e.name})}),(0,V.jsxs)(`p`,{className:`muted`,children:[i(`admin.user.lastUsed`),` `,e.lastUsedAt?(0,V.jsx)(o,{value:e.lastUsedAt}):i(`home.never`)]})]},e.id))]})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,V.jsx)(`h2`,{id:`user-orgs`,children:i(`admin.nav.organizations`)}),e.memberships.length===0?(0,V.jsx)(E,{children:i(`admin.user.noOrganizations`)}):(0,V.jsx)(`ul`,{children:e.memberships.map(e=>(0,V.jsxs)(`li`,{children:[(0,V.jsx)(I,{href:N(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>i(`rights.${e}`)).join(`, `)||i(`org.noRights`)]},e.id))})]}),(0,V.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,V.jsx)(`h2`,{id:`user-activity`,children:i(`admin.user.activity`)}),(0,V.jsx)(ye,{id:e.id,version:A})]}),v===`force`&&(0,V.jsxs)(f,{title:i(`admin.user.forceTitle`,{name:k}),confirmLabel:i(`admin.user.forceSignIn`),danger:!0,onCancel:()=>y(void 0),send:async()=>(await S(q,{input:{userId:e.id}})).forceSignIn,onDone:e=>{y(void 0),g({key:`admin.user.forced`,values:{sessions:D(e.revokedSessions),tokens:D(e.revokedTokens)}}),F()},children:[(0,V.jsx)(`p`,{children:i(`admin.user.forceBody`)}),(0,V.jsxs)(`ul`,{children:[(0,V.jsx)(`li`,{children:i(`admin.user.forceSessions`)}),(0,V.jsx)(`li`,{children:i(`admin.user.forceTokens`)}),(0,V.jsx)(`li`,{children:i(`admin.user.forceLinks`)}),(0,V.jsx)(`li`,{children:(0,V.jsx)(`strong`,{children:i(`admin.user.forcePassword`)})})]})]}),v===`resetFactors`&&(0,V.jsxs)(f,{title:i(`admin.user.resetFactorsTitle`,{name:k}),confirmLabel:i(`admin.user.resetFactors`),danger:!0,onCancel:()=>y(void 0),send:()=>s(async()=>(await S(fe,{input:{userId:e.id}})).adminResetSecondFactors),onDone:()=>{y(void 0),g({key:`admin.user.factorsReset`,values:{email:e.email}}),F()},children:[(0,V.jsx)(`p`,{children:i(`admin.user.resetFactorsBody`)}),(0,V.jsxs)(`ul`,{children:[(0,V.jsx)(`li`,{children:i(`admin.user.resetFactorsRemoves`)}),(0,V.jsx)(`li`,{children:i(`admin.user.resetFactorsEmail`,{email:e.email})}),(0,V.jsx)(`li`,{children:i(`admin.user.resetFactorsAudit`)})]})]}),v===`delete`&&(0,V.jsx)(f,{title:i(`admin.user.deleteTitle`,{name:k}),confirmLabel:i(`admin.user.delete`),danger:!0,onCancel:()=>y(void 0),send:async()=>(await S(oe,{input:{id:e.id}})).deleteUser,onDone:()=>{_({key:`admin.users.deleted`,values:{email:e.email}}),u(T.adminUsers)},children:(0,V.jsx)(`p`,{children:i(`admin.user.deleteBody`,{email:e.email})})})]})}function xe(){let{t:e}=z(),{id:t}=F(),{data:n,error:r,loading:i,refetch:a}=P(re,{id:decodeURIComponent(t??``)}),o=n?.node&&`email`in n.node?n.node:void 0;return r?(0,V.jsx)(H,{title:e(`admin.user.titleUnknown`),children:(0,V.jsx)(C,{error:r,retry:a})}):o?(0,V.jsx)(be,{user:o,refetch:a},o.id):(0,V.jsx)(H,{title:e(`admin.user.titleUnknown`),children:i?(0,V.jsx)(k,{}):(0,V.jsx)(C,{error:{code:`NOT_FOUND`}})})}var X=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],Se=Object.keys({OFF:!0,ADMINS:!0,EVERYONE:!0}),Z=Object.fromEntries([...X.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`,`requireSecondFactor`].map(e=>[e,`settings-${e}`]));function Ce(e){let t={};for(let[n,r,i]of X){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function we({settings:e,onSaved:t}){let{t:n,i18n:r}=z(),a=e=>L(e,r.resolvedLanguage??`en`),[o,s]=(0,B.useState)(()=>Object.fromEntries(X.map(([t])=>[t,String(e[t])]))),[c,l]=(0,B.useState)(e.resetMethod),[u,d]=(0,B.useState)(e.registrationOpen),[f,p]=(0,B.useState)(e.passwordPolicy),[m,h]=(0,B.useState)(e.requireSecondFactor),[_,v]=(0,B.useState)(!1),y=M(Z);async function b(e){if(e.preventDefault(),y.busy)return;v(!1);let n={...Object.fromEntries(X.map(([e])=>[e,Number(o[e])])),resetMethod:c,registrationOpen:u,passwordPolicy:f,requireSecondFactor:m},r=await y.run(async()=>(await S(ce,{input:n})).updateSecuritySettings,{check:()=>Ce(o),succeeded:e=>!!e.securitySettings});r?.securitySettings&&(v(!0),t(r.securitySettings))}let x=(e,t)=>(0,V.jsxs)(`fieldset`,{children:[(0,V.jsx)(`legend`,{children:e}),t.map(e=>{let[,t,r]=X.find(([t])=>t===e);return(0,V.jsx)(i,{id:Z[e],label:n(`admin.settings.field.${e}`),hint:`${n(`admin.settings.hint.${e}`)} ${n(`admin.settings.range`,{min:a(t),max:a(r)})}`,type:`number`,inputMode:`numeric`,min:t,max:r,step:1,value:o[e],error:y.fieldError(e),onChange:t=>{s(n=>({...n,[e]:t.target.value})),v(!1)}},e)})]});return(0,V.jsxs)(V.Fragment,{children:[y.summary,_&&(0,V.jsx)(j,{children:n(`admin.settings.saved`)}),(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:b,"aria-busy":y.busy||void 0,className:`settings-form`,children:[(0,V.jsxs)(`fieldset`,{children:[(0,V.jsx)(`legend`,{children:n(`admin.settings.passwords`)}),(0,V.jsxs)(g,{id:Z.passwordPolicy,label:n(`admin.settings.field.passwordPolicy`),hint:n(`admin.settings.hint.passwordPolicy`),value:f,error:y.fieldError(`passwordPolicy`),onChange:e=>p(e.target.value),children:[(0,V.jsx)(`option`,{value:`DEFAULT`,children:n(`admin.settings.policy.DEFAULT`)}),(0,V.jsx)(`option`,{value:`NIST`,children:n(`admin.settings.policy.NIST`)})]}),(0,V.jsxs)(g,{id:Z.resetMethod,label:n(`admin.settings.field.resetMethod`),hint:n(`admin.settings.hint.resetMethod`),value:c,error:y.fieldError(`resetMethod`),onChange:e=>l(e.target.value),children:[(0,V.jsx)(`option`,{value:`LINK`,children:n(`admin.settings.method.LINK`)}),(0,V.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:n(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,V.jsxs)(`div`,{className:`checkbox`,children:[(0,V.jsx)(`input`,{id:Z.registrationOpen,type:`checkbox`,checked:u,"aria-describedby":`${Z.registrationOpen}-hint`,onChange:e=>d(e.target.checked)}),(0,V.jsx)(`label`,{htmlFor:Z.registrationOpen,children:n(`admin.settings.field.registrationOpen`)})]}),(0,V.jsx)(`p`,{className:`field-hint`,id:`${Z.registrationOpen}-hint`,children:n(`admin.settings.hint.registrationOpen`)})]}),(0,V.jsxs)(`fieldset`,{children:[(0,V.jsx)(`legend`,{children:n(`admin.settings.secondFactor`)}),(0,V.jsx)(g,{id:Z.requireSecondFactor,label:n(`admin.settings.field.requireSecondFactor`),hint:n(`admin.settings.hint.requireSecondFactor`),value:m,error:y.fieldError(`requireSecondFactor`),onChange:e=>h(e.target.value),children:Se.map(e=>(0,V.jsx)(`option`,{value:e,children:n(`admin.settings.requireSecondFactor.${e}`)},e))})]}),x(n(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),x(n(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),x(n(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":y.busy||void 0,children:y.busy?n(`app.saving`):n(`app.save`)})]})]})}function Te({under:e,pressure:t}){let{t:n}=z(),r=Math.round(t*100);return e?(0,V.jsx)(`div`,{className:`notice notice-warning`,role:`status`,children:(0,V.jsxs)(`p`,{children:[(0,V.jsx)(`strong`,{children:n(`admin.settings.pressure.under`)}),` `,n(`admin.settings.pressure.busy`,{percent:r})]})}):(0,V.jsx)(`p`,{className:`muted`,children:n(`admin.settings.pressure.busy`,{percent:r})})}function Ee(){let{t:e}=z(),{data:t,error:n,loading:r,refetch:i}=P(se),[a,s]=(0,B.useState)(),c=a??t?.securitySettings;return(0,V.jsx)(H,{title:e(`admin.settings.title`),children:(0,V.jsx)(`div`,{className:`narrow-left`,children:n?(0,V.jsx)(C,{error:n,retry:i}):c?(0,V.jsxs)(V.Fragment,{children:[(0,V.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,V.jsx)(o,{value:c.updatedAt})]}),t?.securitySettings&&(0,V.jsx)(Te,{under:t.securitySettings.underPressure,pressure:t.securitySettings.hashPressure}),(0,V.jsx)(we,{settings:c,onSaved:s})]}):r?(0,V.jsx)(k,{}):(0,V.jsx)(C,{retry:i})})})}function De(){let{t:e}=z(),t=c(),[n,r]=(0,B.useState)(``),i=u(),{reset:a}=i;(0,B.useEffect)(a,[n,a]);let{data:o,error:s,loading:l,refetch:d}=P(U,{first:25,after:i.after,where:n?{type:n}:void 0}),f=(o?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),m=[...ee].sort((e,n)=>t(e).localeCompare(t(n)));return(0,V.jsxs)(H,{title:e(`admin.audit.title`),children:[(0,V.jsx)(`div`,{className:`toolbar`,children:(0,V.jsxs)(g,{id:`audit-type`,label:e(`admin.audit.type`),value:n,onChange:e=>r(e.target.value),children:[(0,V.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),m.map(e=>(0,V.jsx)(`option`,{value:e,children:t(e)},e))]})}),s?(0,V.jsx)(C,{error:s,retry:d}):!o&&l?(0,V.jsx)(k,{}):f.length===0?(0,V.jsx)(E,{children:e(`admin.audit.none`)}):(0,V.jsxs)(`div`,{"aria-busy":l||void 0,children:[(0,V.jsx)(p,{rows:f,caption:e(`admin.audit.title`),linkUsers:!0}),(0,V.jsx)(h,{pager:i,pageInfo:o?.auditEvents.pageInfo,totalCount:o?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function Oe({text:e,link:t}){return/^https?:\/\//.test(t)?(0,V.jsx)(V.Fragment,{children:e.split(t).map((e,n)=>(0,V.jsxs)(B.Fragment,{children:[n>0&&(0,V.jsx)(`a`,{href:t,rel:`noreferrer`,children:t}),e]},n))}):(0,V.jsx)(V.Fragment,{children:e})}var Q={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function ke(){let{t:e}=z(),[t,n]=(0,B.useState)(``),r=u(),{reset:i}=r;(0,B.useEffect)(i,[t,i]);let{data:a,error:s,loading:c,refetch:l}=P(le,{first:20,after:r.after,where:t?{status:t}:void 0}),d=(a?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,V.jsxs)(H,{title:e(`admin.outbox.title`),children:[(0,V.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,V.jsxs)(`div`,{className:`toolbar`,children:[(0,V.jsxs)(g,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,V.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,V.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:l,children:e(`admin.outbox.refresh`)})]}),s?(0,V.jsx)(C,{error:s,retry:l}):!a&&c?(0,V.jsx)(k,{}):d.length===0?(0,V.jsx)(E,{children:e(`admin.outbox.none`)}):(0,V.jsxs)(`div`,{"aria-busy":c||void 0,children:[(0,V.jsx)(`ul`,{className:`cards`,children:d.map(t=>(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,V.jsx)(`span`,{className:Q[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,V.jsxs)(`dl`,{className:`facts`,children:[(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,V.jsx)(`dd`,{children:t.toAddress})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(o,{value:t.createdAt})})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,V.jsx)(`dd`,{children:t.sentAt?(0,V.jsx)(o,{value:t.sentAt}):`—`})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,V.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,V.jsx)(`p`,{className:`field-error`,children:e(`admin.outbox.lastErrorIs`,{error:t.lastError})}),(0,V.jsxs)(`details`,{children:[(0,V.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,V.jsx)(`pre`,{className:`mail`,children:(0,V.jsx)(Oe,{text:t.textBody,link:t.link})})]})]},t.id))}),(0,V.jsx)(h,{pager:r,pageInfo:a?.outbox.pageInfo,totalCount:a?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function Ae(){let{t:e}=z(),[,t]=x(),{data:n,error:r,loading:a,refetch:s}=P(ue),[c,l]=(0,B.useState)(``),u=M({name:`org-name`});async function f(e){e.preventDefault();let n=await u.run(async()=>(await S(de,{input:{name:c.trim()}})).createOrganization,{check:()=>c.trim()?{}:{name:{key:`admin.organizations.nameRequired`}},succeeded:e=>!!e.organization});n?.organization&&t(N(n.organization.id))}let p=n?.organizations??[];return(0,V.jsxs)(H,{title:e(`admin.organizations.title`),children:[r?(0,V.jsx)(C,{error:r,retry:s}):!n&&a?(0,V.jsx)(k,{}):p.length===0?(0,V.jsx)(E,{children:e(`admin.organizations.none`)}):(0,V.jsx)(d,{caption:e(`admin.organizations.title`),columns:[e(`home.name`),e(`admin.organizations.members`),e(`admin.users.created`)],children:p.map(e=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:(0,V.jsx)(I,{href:N(e.id),children:e.name})}),(0,V.jsx)(`td`,{children:e.members.length}),(0,V.jsx)(`td`,{children:(0,V.jsx)(o,{value:e.createdAt})})]},e.id))}),(0,V.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,V.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),u.summary,(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:f,"aria-busy":u.busy||void 0,children:[(0,V.jsx)(i,{id:`org-name`,label:e(`home.name`),value:c,error:u.fieldError(`name`),onChange:e=>l(e.target.value)}),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":u.busy||void 0,children:u.busy?e(`app.working`):e(`admin.organizations.createButton`)})]})]})]})}var je=D(`
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
`),Me=D(`
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
`),Ne=D(`
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
`),Pe=D(`
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
`),Fe=D(`
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
`),Ie=D(`
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
`),Le=D(`
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
`),Re={PENDING:`badge`,DELIVERED:`badge badge-ok`,FAILED:`badge badge-error`};function $({secret:e}){let{t}=z();return(0,V.jsxs)(`div`,{className:`notice`,role:`status`,children:[(0,V.jsx)(`p`,{children:t(`admin.webhooks.secretOnce`)}),(0,V.jsxs)(`p`,{children:[(0,V.jsx)(`code`,{className:`secret`,"data-testid":`webhook-secret`,children:e}),` `,(0,V.jsx)(r,{text:e})]})]})}function ze({endpoint:e,onChanged:t}){let{t:n}=z(),r=M(),[i,a]=(0,B.useState)(),[s,c]=(0,B.useState)(),l=(e.deliveries.edges??[]).flatMap(e=>e?.node?[e.node]:[]),u=`endpoint-${e.id}`;async function f(i){(i!==`delete`||window.confirm(n(`admin.webhooks.confirmDelete`,{url:e.url})))&&(c(void 0),await r.run(async()=>{switch(i){case`test`:return(await S(Ie,{input:{id:e.id}})).sendTestWebhookEvent;case`rotate`:{let{rotateWebhookSecret:t}=await S(Pe,{input:{id:e.id}});return t.secret&&a(t.secret),t}case`toggle`:return(await S(Ne,{input:{id:e.id,enabled:!e.enabled}})).updateWebhookEndpoint;case`delete`:return(await S(Fe,{input:{id:e.id}})).deleteWebhookEndpoint}})&&(i===`test`&&c(n(`admin.webhooks.testSent`)),t()))}async function p(e){c(void 0),await r.run(async()=>(await S(Le,{input:{deliveryId:e}})).replayWebhookEvent)&&(c(n(`admin.webhooks.replayed`)),t())}return(0,V.jsxs)(`li`,{className:`card`,children:[(0,V.jsxs)(`h2`,{id:u,className:`card-title`,children:[e.url,` `,(0,V.jsx)(`span`,{className:e.enabled?`badge badge-ok`:`badge badge-error`,children:e.enabled?n(`admin.webhooks.enabled`):n(`admin.webhooks.disabled`)})]}),(0,V.jsxs)(`dl`,{className:`facts`,children:[(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`admin.webhooks.description`)}),(0,V.jsx)(`dd`,{children:e.description||`—`})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`admin.webhooks.events`)}),(0,V.jsx)(`dd`,{children:e.events.length===0?n(`admin.webhooks.allEvents`):e.events.join(`, `)})]}),(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`admin.webhooks.created`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(o,{value:e.createdAt})})]}),e.previousSecretExpiresAt&&(0,V.jsxs)(`div`,{children:[(0,V.jsx)(`dt`,{children:n(`admin.webhooks.oldSecretUntil`)}),(0,V.jsx)(`dd`,{children:(0,V.jsx)(o,{value:e.previousSecretExpiresAt})})]})]}),!e.enabled&&e.disabledReason&&(0,V.jsx)(`p`,{className:`field-error`,children:e.disabledReason}),i&&(0,V.jsx)($,{secret:i}),s&&(0,V.jsx)(`p`,{role:`status`,children:s}),r.alert,(0,V.jsxs)(`div`,{className:`toolbar`,role:`group`,"aria-labelledby":u,children:[(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`test`),children:n(`admin.webhooks.sendTest`)}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`rotate`),children:n(`admin.webhooks.rotate`)}),(0,V.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":r.busy||void 0,onClick:()=>f(`toggle`),children:e.enabled?n(`admin.webhooks.disable`):n(`admin.webhooks.enable`)}),(0,V.jsx)(`button`,{type:`button`,className:`button button-danger`,"aria-disabled":r.busy||void 0,onClick:()=>f(`delete`),children:n(`admin.webhooks.delete`)})]}),(0,V.jsx)(`h3`,{children:n(`admin.webhooks.log`,{count:e.deliveries.totalCount})}),l.length===0?(0,V.jsx)(E,{children:n(`admin.webhooks.noDeliveries`)}):(0,V.jsx)(d,{caption:n(`admin.webhooks.logOf`,{url:e.url}),columns:[n(`admin.webhooks.event`),n(`admin.webhooks.status`),n(`admin.webhooks.attempts`),n(`admin.webhooks.response`),n(`admin.webhooks.duration`),n(`admin.webhooks.written`),{hidden:n(`admin.webhooks.actions`)}],children:l.map(e=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:(0,V.jsx)(`code`,{children:e.eventType})}),(0,V.jsx)(`td`,{children:(0,V.jsx)(`span`,{className:Re[e.status]??`badge`,children:n(`admin.webhooks.state.${e.status}`)})}),(0,V.jsx)(`td`,{children:e.attempts}),(0,V.jsx)(`td`,{title:e.lastError||e.responseBody||void 0,children:e.responseStatus??(e.lastError?n(`admin.webhooks.noAnswer`):`—`)}),(0,V.jsx)(`td`,{children:n(`admin.webhooks.ms`,{ms:e.durationMs})}),(0,V.jsx)(`td`,{children:(0,V.jsx)(o,{value:e.createdAt})}),(0,V.jsx)(`td`,{children:(0,V.jsxs)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-disabled":r.busy||void 0,onClick:()=>p(e.id),children:[n(`admin.webhooks.replay`),(0,V.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.eventType]})]})})]},e.id))})]})}function Be(){let{t:e}=z(),{data:t,error:n,loading:r,refetch:a}=P(je),[o,s]=(0,B.useState)(``),[c,l]=(0,B.useState)(``),[u,d]=(0,B.useState)([]),[f,p]=(0,B.useState)(),m=M({url:`webhook-url`,description:`webhook-description`,events:`webhook-events`});async function h(e){e.preventDefault(),p(void 0);let t=await m.run(async()=>(await S(Me,{input:{url:o.trim(),description:c,events:u}})).createWebhookEndpoint,{check:()=>o.trim()?{}:{url:{key:`admin.webhooks.urlRequired`}},succeeded:e=>!!e.secret});t?.secret&&(p(t.secret),s(``),l(``),d([]),a())}let g=(t?.webhookEndpoints.edges??[]).flatMap(e=>e?.node?[e.node]:[]),_=(t?.webhookEventTypes??[]).filter(e=>e.name!==`webhook.test`);return(0,V.jsxs)(H,{title:e(`admin.webhooks.title`),children:[(0,V.jsx)(`p`,{children:e(`admin.webhooks.intro`)}),n?(0,V.jsx)(C,{error:n,retry:a}):!t&&r?(0,V.jsx)(k,{}):g.length===0?(0,V.jsx)(E,{children:e(`admin.webhooks.none`)}):(0,V.jsx)(`ul`,{className:`cards`,"aria-busy":r||void 0,children:g.map(e=>(0,V.jsx)(ze,{endpoint:e,onChanged:a},e.id))}),(0,V.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-webhook`,children:[(0,V.jsx)(`h2`,{id:`new-webhook`,children:e(`admin.webhooks.create`)}),f&&(0,V.jsx)($,{secret:f}),m.summary,(0,V.jsxs)(`form`,{noValidate:!0,onSubmit:h,"aria-busy":m.busy||void 0,children:[(0,V.jsx)(i,{id:`webhook-url`,label:e(`admin.webhooks.url`),hint:e(`admin.webhooks.urlHint`),type:`url`,value:o,error:m.fieldError(`url`),onChange:e=>s(e.target.value)}),(0,V.jsx)(i,{id:`webhook-description`,label:e(`admin.webhooks.description`),value:c,error:m.fieldError(`description`),onChange:e=>l(e.target.value)}),(0,V.jsxs)(`fieldset`,{id:`webhook-events`,children:[(0,V.jsx)(`legend`,{children:e(`admin.webhooks.events`)}),(0,V.jsx)(`p`,{className:`field-hint`,children:e(`admin.webhooks.eventsHint`)}),_.map(e=>(0,V.jsxs)(`div`,{className:`checkbox`,children:[(0,V.jsx)(`input`,{type:`checkbox`,id:`webhook-event-${e.name}`,checked:u.includes(e.name),onChange:t=>d(t.target.checked?[...u,e.name]:u.filter(t=>t!==e.name))}),(0,V.jsx)(`label`,{htmlFor:`webhook-event-${e.name}`,children:(0,V.jsx)(`code`,{children:e.name})})]},e.name))]}),(0,V.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":m.busy||void 0,children:m.busy?e(`app.working`):e(`admin.webhooks.createButton`)})]})]})]})}export{De as AdminAuditPage,ve as AdminNewUserPage,Ae as AdminOrganizationsPage,ke as AdminOutboxPage,Ee as AdminSettingsPage,xe as AdminUserPage,_e as AdminUsersPage,Be as AdminWebhooksPage};