import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{a as t,g as n,h as r,i,l as a,n as o,o as s,r as c,s as l,t as u,u as d,y as f}from"./index-BHvdPkFc.js";import{i as p,t as m}from"./react-DCTAcUCH.js";import{a as h,b as g,c as _,d as v,g as y,h as b,i as x,l as S,m as C,n as w,o as T,r as E,s as D,t as O,u as k,x as A}from"./useSubmit-DYHl94Tx.js";import{a as j,d as M,f as N,t as P}from"./i18n-DmtKW4ON.js";var F=e(p(),1),I;function L(e){I=e}function R(){let e=I;return I=void 0,e}var z=m(),B=[[k.adminUsers,`admin.nav.users`],[k.adminOrganizations,`admin.nav.organizations`],[k.adminSettings,`admin.nav.settings`],[k.adminAudit,`admin.nav.audit`],[k.adminOutbox,`admin.nav.outbox`]];function V({title:e,children:t,actions:n}){let{t:r}=N();w(e);let[i]=g();return(0,z.jsxs)(`div`,{className:`wide`,children:[(0,z.jsx)(`nav`,{className:`sub-nav`,"aria-label":r(`admin.nav.label`),children:(0,z.jsxs)(`ul`,{children:[B.map(([e,t])=>(0,z.jsx)(`li`,{children:(0,z.jsx)(y,{href:e,"aria-current":i===e||i.startsWith(`${e}/`)?`page`:void 0,children:r(t)})},e)),(0,z.jsx)(`li`,{children:(0,z.jsx)(`a`,{href:k.playground,children:r(`admin.nav.playground`)})})]})}),(0,z.jsxs)(`div`,{className:`page-head`,children:[(0,z.jsx)(E,{children:e}),n]}),t]})}var ee=v(`
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
`),te=v(`
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
`),H=v(`
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
`),ne=v(`
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
`),re=v(`
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
`),ie=v(`
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
`),U=v(`
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
`),W=v(`
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
`),G=v(`
  mutation AdminResetPassword($input: AdminResetPasswordInput!) {
    adminResetPassword(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),K=v(`
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
`),q=v(`
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
`),J=v(`
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
`),ae=v(`
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
`),oe=v(`
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
`),se=v(`
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
`);function Y(e){return e===`ADMIN`?`admin.user.lockedAdmin`:`admin.user.lockedAutomatic`}function ce(e){return e===`ADMIN`?`admin.user.lockAdminHint`:`admin.user.lockAutomaticHint`}var X=20,le=[`EMAIL`,`USERNAME`,`NAME`,`CREATED_AT`];function ue(e,t){let n=e.trim(),r=[];if(n&&r.push({search:n}),t&&r.push({lockedAtNotNil:!0}),r.length!==0)return r.length===1?r[0]:{and:r}}function de(){let{t:e,i18n:r}=N(),[i]=(0,F.useState)(R),[s,c]=(0,F.useState)(``),[l,f]=(0,F.useState)(``),[p,m]=(0,F.useState)(!1),[g,v]=(0,F.useState)(`CREATED_AT:DESC`),S=o(),[C,w]=g.split(`:`),{data:E,error:O,loading:A,refetch:M}=b(ee,{first:X,after:S.after,where:ue(l,p),orderBy:{field:C,direction:w}}),{reset:P}=S;(0,F.useEffect)(P,[l,p,g,P]);function I(e){e.preventDefault(),f(s)}let L=(E?.users.edges??[]).flatMap(e=>e?.node?[e.node]:[]),B=!!(l.trim()||p);return(0,z.jsxs)(V,{title:e(`admin.users.title`),actions:(0,z.jsx)(y,{href:k.adminNewUser,className:`button`,children:e(`admin.users.create`)}),children:[i&&(0,z.jsx)(D,{children:e(i.key,i.values)}),(0,z.jsxs)(`form`,{role:`search`,className:`toolbar`,onSubmit:I,"aria-label":e(`admin.users.searchLabel`),children:[(0,z.jsx)(n,{id:`users-search`,type:`search`,maxLength:256,label:e(`admin.users.search`),value:s,onChange:e=>c(e.target.value)}),(0,z.jsx)(`button`,{type:`submit`,className:`button button-secondary`,children:e(`admin.users.searchButton`)}),(0,z.jsx)(a,{id:`users-sort`,label:e(`admin.users.sort`),value:g,onChange:e=>v(e.target.value),children:le.flatMap(t=>[`ASC`,`DESC`].map(n=>(0,z.jsxs)(`option`,{value:`${t}:${n}`,children:[e(`admin.users.sortBy.${t}`),` – `,e(`admin.users.direction.${n}`)]},`${t}:${n}`)))}),(0,z.jsxs)(`div`,{className:`checkbox`,children:[(0,z.jsx)(`input`,{id:`users-locked`,type:`checkbox`,checked:p,onChange:e=>m(e.target.checked)}),(0,z.jsx)(`label`,{htmlFor:`users-locked`,children:e(`admin.users.lockedOnly`)})]})]}),O?(0,z.jsx)(h,{error:O,retry:M}):!E&&A?(0,z.jsx)(T,{}):L.length===0?(0,z.jsx)(x,{children:e(B?`admin.users.noMatch`:`admin.users.none`)}):(0,z.jsxs)(`div`,{"aria-busy":A||void 0,children:[(0,z.jsx)(`p`,{className:`muted`,role:`status`,children:e(`admin.users.count`,{formatted:j(E?.users.totalCount??0,r.resolvedLanguage??`en`)})}),(0,z.jsx)(t,{label:e(`admin.users.title`),children:(0,z.jsxs)(`table`,{children:[(0,z.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.users.title`)}),(0,z.jsx)(`thead`,{children:(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`home.email`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`home.username`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`home.role`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`home.lastSignIn`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.users.status`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.users.action`)})]})}),(0,z.jsx)(`tbody`,{children:L.map(t=>(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`td`,{children:t.name||`—`}),(0,z.jsx)(`td`,{children:t.email}),(0,z.jsx)(`td`,{children:t.username}),(0,z.jsx)(`td`,{children:e(`role.${t.role}`)}),(0,z.jsx)(`td`,{children:(0,z.jsx)(d,{value:t.createdAt})}),(0,z.jsx)(`td`,{children:t.lastSignInAt?(0,z.jsx)(d,{value:t.lastSignInAt}):e(`home.never`)}),(0,z.jsx)(`td`,{children:t.lockedAt?(0,z.jsx)(`span`,{className:`badge badge-error`,children:e(Y(t.lockKind))}):(0,z.jsx)(`span`,{className:`badge badge-ok`,children:e(`admin.user.active`)})}),(0,z.jsx)(`td`,{children:(0,z.jsx)(y,{href:_(t.id),"aria-label":e(`admin.users.editLabel`,{name:t.name||t.username}),children:e(`admin.users.edit`)})})]},t.id))})]})}),(0,z.jsx)(u,{pager:S,pageInfo:E?.users.pageInfo,totalCount:E?.users.totalCount,label:e(`admin.users.pages`)})]})]})}function Z({idPrefix:e,initial:t,submitLabel:i,onSubmit:o}){let{t:s}=N(),c={email:`${e}-email`,username:`${e}-username`,name:`${e}-name`,role:`${e}-role`,locale:`${e}-locale`},[l,u]=(0,F.useState)(t),d=O(c),f=e=>u(t=>({...t,...e}));async function p(e){e.preventDefault(),await d.run(async()=>({userErrors:await o({...l,email:l.email.trim(),username:l.username.trim(),name:l.name.trim()})}),{check:()=>{let e={};return l.email.trim()?r(l.email)||(e.email={key:`form.emailInvalid`}):e.email={key:`admin.user.emailRequired`},l.username.trim()||(e.username={key:`admin.user.usernameRequired`}),e}})}return(0,z.jsxs)(z.Fragment,{children:[d.summary,(0,z.jsxs)(`form`,{noValidate:!0,onSubmit:p,"aria-busy":d.busy||void 0,children:[(0,z.jsx)(n,{id:c.email,label:s(`home.email`),type:`email`,autoComplete:`off`,spellCheck:!1,value:l.email,error:d.fieldError(`email`),onChange:e=>f({email:e.target.value})}),(0,z.jsx)(n,{id:c.username,label:s(`home.username`),autoComplete:`off`,autoCapitalize:`none`,spellCheck:!1,value:l.username,error:d.fieldError(`username`),onChange:e=>f({username:e.target.value})}),(0,z.jsx)(n,{id:c.name,label:`${s(`home.name`)} (${s(`form.optional`)})`,autoComplete:`off`,value:l.name,error:d.fieldError(`name`),onChange:e=>f({name:e.target.value})}),(0,z.jsxs)(a,{id:c.role,label:s(`home.role`),value:l.role,error:d.fieldError(`role`),onChange:e=>f({role:e.target.value}),children:[(0,z.jsx)(`option`,{value:`USER`,children:s(`role.USER`)}),(0,z.jsx)(`option`,{value:`ADMIN`,children:s(`role.ADMIN`)})]}),(0,z.jsx)(a,{id:c.locale,label:s(`admin.user.locale`),hint:s(`profile.languageHint`),value:l.locale,error:d.fieldError(`locale`),onChange:e=>f({locale:e.target.value}),children:M.map(e=>(0,z.jsx)(`option`,{value:e,lang:e,children:s(`language.${e}`)},e))}),(0,z.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d.busy||void 0,children:d.busy?s(`app.saving`):i})]})]})}function fe(){let{t:e,i18n:t}=N(),[,n]=g();return(0,z.jsx)(V,{title:e(`admin.newUser.title`),children:(0,z.jsxs)(`div`,{className:`narrow-left`,children:[(0,z.jsx)(`p`,{children:e(`admin.newUser.intro`)}),(0,z.jsx)(Z,{idPrefix:`new-user`,initial:{email:``,username:``,name:``,role:`USER`,locale:t.resolvedLanguage??`en`},submitLabel:e(`admin.newUser.submit`),onSubmit:async e=>{let{createUser:t}=await C(ne,{input:{email:e.email,username:e.username,name:e.name||void 0,role:e.role,locale:e.locale}});return t.user&&t.userErrors.length===0&&(L({key:`admin.newUser.created`,values:{email:t.user.email}}),n(_(t.user.id))),t.userErrors}})]})})}function pe({id:e,version:t}){let{t:n}=N(),r=o(),{data:i,error:a,loading:s,refetch:l}=b(H,{first:10,after:r.after,where:{or:[{actorID:e},{subjectID:e}]}});(0,F.useEffect)(()=>{t>0&&l()},[t,l]);let d=(i?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return a?(0,z.jsx)(h,{error:a,retry:l}):!i&&s?(0,z.jsx)(T,{}):d.length===0?(0,z.jsx)(x,{children:n(`profile.noActivity`)}):(0,z.jsxs)(`div`,{"aria-busy":s||void 0,children:[(0,z.jsx)(c,{rows:d,caption:n(`admin.user.activity`),linkUsers:!0}),(0,z.jsx)(u,{pager:r,pageInfo:i?.auditEvents.pageInfo,totalCount:i?.auditEvents.totalCount,label:n(`admin.user.activityPages`)})]})}function me({user:e,refetch:t}){let{t:n,i18n:r}=N(),[,i]=g(),{viewer:a,refresh:o}=f(),[c,u]=(0,F.useState)(R),[p,m]=(0,F.useState)(),[h,_]=(0,F.useState)(!1),v=O(),b=e=>j(e,r.resolvedLanguage??`en`),w=a?.id===e.id,T=e.name||e.username,[E,A]=(0,F.useState)(0),M=()=>{t(),A(e=>e+1)},P=(e,t,n)=>(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-disabled":v.busy||void 0,onClick:async()=>{v.busy||(u(void 0),await v.run(t)&&(u(n),M()))},children:e});return(0,z.jsxs)(V,{title:n(`admin.user.title`,{name:T}),children:[(0,z.jsx)(`p`,{children:(0,z.jsx)(y,{href:k.adminUsers,children:n(`admin.user.back`)})}),c&&(0,z.jsx)(D,{children:n(c.key,c.values)}),v.alert,(0,z.jsxs)(`div`,{className:`actions user-actions`,role:`group`,"aria-label":n(`admin.user.actions`),children:[(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,"aria-pressed":h,onClick:()=>_(e=>!e),children:n(`admin.users.edit`)}),P(n(`admin.user.resetPassword`),async()=>(await C(G,{input:{userId:e.id}})).adminResetPassword,{key:`admin.user.resetSent`,values:{email:e.email}}),(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>m(`force`),children:n(`admin.user.forceSignIn`)}),e.lockedAt?P(n(`admin.user.unlock`),async()=>(await C(W,{input:{id:e.id}})).unlockUser,{key:`admin.user.unlocked`}):P(n(`admin.user.lock`),async()=>(await C(U,{input:{id:e.id}})).lockUser,{key:`admin.user.lockedDone`}),!w&&(0,z.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>m(`delete`),children:n(`admin.user.delete`)})]}),h&&(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`edit-user`,children:[(0,z.jsx)(`h2`,{id:`edit-user`,children:n(`admin.user.editTitle`)}),(0,z.jsx)(Z,{idPrefix:`edit-user`,initial:{email:e.email,username:e.username,name:e.name,role:e.role,locale:e.locale},submitLabel:n(`app.save`),onSubmit:async t=>{let{updateUser:n}=await C(re,{input:{id:e.id,email:t.email,username:t.username,name:t.name,role:t.role,locale:t.locale}});return n.userErrors.length===0&&(_(!1),u({key:`admin.user.saved`}),M(),w&&o()),n.userErrors}})]}),(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-details`,children:[(0,z.jsx)(`h2`,{id:`user-details`,children:n(`profile.accountDetails`)}),(0,z.jsxs)(`dl`,{className:`details`,children:[(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`home.name`)}),(0,z.jsx)(`dd`,{children:e.name||`—`})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`home.email`)}),(0,z.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,z.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,z.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`home.username`)}),(0,z.jsx)(`dd`,{children:e.username})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`home.role`)}),(0,z.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`admin.user.locale`)}),(0,z.jsx)(`dd`,{children:e.locale})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`admin.users.status`)}),(0,z.jsxs)(`dd`,{children:[e.lockedAt?(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(`span`,{className:`badge badge-error`,children:n(Y(e.lockKind))}),` `,(0,z.jsx)(d,{value:e.lockedAt})]}):(0,z.jsx)(`span`,{className:`badge badge-ok`,children:n(`admin.user.active`)}),e.mustChangePassword&&(0,z.jsxs)(z.Fragment,{children:[` `,n(`admin.user.mustChange`)]}),e.lockedAt&&(0,z.jsx)(`p`,{className:`field-hint`,children:n(ce(e.lockKind))})]})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,z.jsx)(`dd`,{children:(0,z.jsx)(d,{value:e.createdAt})})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,z.jsx)(`dd`,{children:e.lastSignInAt?(0,z.jsx)(d,{value:e.lastSignInAt}):n(`home.never`)})]})]})]}),(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-sessions`,children:[(0,z.jsx)(`h2`,{id:`user-sessions`,children:n(`admin.user.sessions`,{sessions:b(e.sessions.length),tokens:b(e.accessTokens.length)})}),e.sessions.length===0&&e.accessTokens.length===0?(0,z.jsx)(x,{children:n(`admin.user.noSessions`)}):(0,z.jsxs)(`ul`,{className:`cards`,children:[e.sessions.map(e=>(0,z.jsxs)(`li`,{className:`card`,children:[(0,z.jsx)(`p`,{className:`card-title`,children:s(e.userAgent)||n(`profile.unknownDevice`)}),(0,z.jsxs)(`p`,{className:`muted`,children:[e.ip,` · `,n(`profile.lastSeen`),` `,(0,z.jsx)(d,{value:e.lastSeenAt})]})]},e.id)),e.accessTokens.map(e=>(0,z.jsxs)(`li`,{className:`card`,children:[(0,z.jsx)(`p`,{className:`card-title`,children:n(`admin.user.tokenNamed`,{name:e.name})}),(0,z.jsxs)(`p`,{className:`muted`,children:[n(`admin.user.lastUsed`),` `,e.lastUsedAt?(0,z.jsx)(d,{value:e.lastUsedAt}):n(`home.never`)]})]},e.id))]})]}),(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-orgs`,children:[(0,z.jsx)(`h2`,{id:`user-orgs`,children:n(`admin.nav.organizations`)}),e.memberships.length===0?(0,z.jsx)(x,{children:n(`admin.user.noOrganizations`)}):(0,z.jsx)(`ul`,{children:e.memberships.map(e=>(0,z.jsxs)(`li`,{children:[(0,z.jsx)(y,{href:S(e.organization.id),children:e.organization.name}),`:`,` `,e.rights.map(e=>n(`rights.${e}`)).join(`, `)||n(`org.noRights`)]},e.id))})]}),(0,z.jsxs)(`section`,{className:`section`,"aria-labelledby":`user-activity`,children:[(0,z.jsx)(`h2`,{id:`user-activity`,children:n(`admin.user.activity`)}),(0,z.jsx)(pe,{id:e.id,version:E})]}),p===`force`&&(0,z.jsxs)(l,{title:n(`admin.user.forceTitle`,{name:T}),confirmLabel:n(`admin.user.forceSignIn`),danger:!0,onCancel:()=>m(void 0),send:async()=>(await C(K,{input:{userId:e.id}})).forceSignIn,onDone:e=>{m(void 0),u({key:`admin.user.forced`,values:{sessions:b(e.revokedSessions),tokens:b(e.revokedTokens)}}),M()},children:[(0,z.jsx)(`p`,{children:n(`admin.user.forceBody`)}),(0,z.jsxs)(`ul`,{children:[(0,z.jsx)(`li`,{children:n(`admin.user.forceSessions`)}),(0,z.jsx)(`li`,{children:n(`admin.user.forceTokens`)}),(0,z.jsx)(`li`,{children:n(`admin.user.forceLinks`)}),(0,z.jsx)(`li`,{children:(0,z.jsx)(`strong`,{children:n(`admin.user.forcePassword`)})})]})]}),p===`delete`&&(0,z.jsx)(l,{title:n(`admin.user.deleteTitle`,{name:T}),confirmLabel:n(`admin.user.delete`),danger:!0,onCancel:()=>m(void 0),send:async()=>(await C(ie,{input:{id:e.id}})).deleteUser,onDone:()=>{L({key:`admin.users.deleted`,values:{email:e.email}}),i(k.adminUsers)},children:(0,z.jsx)(`p`,{children:n(`admin.user.deleteBody`,{email:e.email})})})]})}function he(){let{t:e}=N(),{id:t}=A(),{data:n,error:r,loading:i,refetch:a}=b(te,{id:decodeURIComponent(t??``)}),o=n?.node&&`email`in n.node?n.node:void 0;return r?(0,z.jsx)(V,{title:e(`admin.user.titleUnknown`),children:(0,z.jsx)(h,{error:r,retry:a})}):o?(0,z.jsx)(me,{user:o,refetch:a},o.id):(0,z.jsx)(V,{title:e(`admin.user.titleUnknown`),children:i?(0,z.jsx)(T,{}):(0,z.jsx)(h,{error:{code:`NOT_FOUND`}})})}var Q=[[`resetLinkLifetimeMinutes`,5,10080],[`setPasswordLinkLifetimeMinutes`,5,43200],[`resetRequestsPerHour`,1,100],[`resetMinIntervalSeconds`,0,3600],[`adminResetsPerHour`,1,1e3],[`ipRequestsPerMinute`,0,1e5],[`lockoutThreshold`,1,100],[`lockoutMinutes`,0,10080]],$=Object.fromEntries([...Q.map(([e])=>e),`resetMethod`,`registrationOpen`,`passwordPolicy`].map(e=>[e,`settings-${e}`]));function ge(e){let t={};for(let[n,r,i]of Q){let a=e[n].trim(),o=Number(a);(a===``||!Number.isInteger(o)||o<r||o>i)&&(t[n]={key:`admin.settings.outOfRange`,values:{min:String(r),max:String(i)}})}return t}function _e({settings:e,onSaved:t}){let{t:r,i18n:i}=N(),o=e=>j(e,i.resolvedLanguage??`en`),[s,c]=(0,F.useState)(()=>Object.fromEntries(Q.map(([t])=>[t,String(e[t])]))),[l,u]=(0,F.useState)(e.resetMethod),[d,f]=(0,F.useState)(e.registrationOpen),[p,m]=(0,F.useState)(e.passwordPolicy),[h,g]=(0,F.useState)(!1),_=O($);async function v(e){if(e.preventDefault(),_.busy)return;g(!1);let n={...Object.fromEntries(Q.map(([e])=>[e,Number(s[e])])),resetMethod:l,registrationOpen:d,passwordPolicy:p},r=await _.run(async()=>(await C(J,{input:n})).updateSecuritySettings,{check:()=>ge(s),succeeded:e=>!!e.securitySettings});r?.securitySettings&&(g(!0),t(r.securitySettings))}let y=(e,t)=>(0,z.jsxs)(`fieldset`,{children:[(0,z.jsx)(`legend`,{children:e}),t.map(e=>{let[,t,i]=Q.find(([t])=>t===e);return(0,z.jsx)(n,{id:$[e],label:r(`admin.settings.field.${e}`),hint:`${r(`admin.settings.hint.${e}`)} ${r(`admin.settings.range`,{min:o(t),max:o(i)})}`,type:`number`,inputMode:`numeric`,min:t,max:i,step:1,value:s[e],error:_.fieldError(e),onChange:t=>{c(n=>({...n,[e]:t.target.value})),g(!1)}},e)})]});return(0,z.jsxs)(z.Fragment,{children:[_.summary,h&&(0,z.jsx)(D,{children:r(`admin.settings.saved`)}),(0,z.jsxs)(`form`,{noValidate:!0,onSubmit:v,"aria-busy":_.busy||void 0,className:`settings-form`,children:[(0,z.jsxs)(`fieldset`,{children:[(0,z.jsx)(`legend`,{children:r(`admin.settings.passwords`)}),(0,z.jsxs)(a,{id:$.passwordPolicy,label:r(`admin.settings.field.passwordPolicy`),hint:r(`admin.settings.hint.passwordPolicy`),value:p,error:_.fieldError(`passwordPolicy`),onChange:e=>m(e.target.value),children:[(0,z.jsx)(`option`,{value:`DEFAULT`,children:r(`admin.settings.policy.DEFAULT`)}),(0,z.jsx)(`option`,{value:`NIST`,children:r(`admin.settings.policy.NIST`)})]}),(0,z.jsxs)(a,{id:$.resetMethod,label:r(`admin.settings.field.resetMethod`),hint:r(`admin.settings.hint.resetMethod`),value:l,error:_.fieldError(`resetMethod`),onChange:e=>u(e.target.value),children:[(0,z.jsx)(`option`,{value:`LINK`,children:r(`admin.settings.method.LINK`)}),(0,z.jsx)(`option`,{value:`TEMPORARY_PASSWORD`,children:r(`admin.settings.method.TEMPORARY_PASSWORD`)})]}),(0,z.jsxs)(`div`,{className:`checkbox`,children:[(0,z.jsx)(`input`,{id:$.registrationOpen,type:`checkbox`,checked:d,"aria-describedby":`${$.registrationOpen}-hint`,onChange:e=>f(e.target.checked)}),(0,z.jsx)(`label`,{htmlFor:$.registrationOpen,children:r(`admin.settings.field.registrationOpen`)})]}),(0,z.jsx)(`p`,{className:`field-hint`,id:`${$.registrationOpen}-hint`,children:r(`admin.settings.hint.registrationOpen`)})]}),y(r(`admin.settings.links`),[`resetLinkLifetimeMinutes`,`setPasswordLinkLifetimeMinutes`]),y(r(`admin.settings.limits`),[`resetRequestsPerHour`,`resetMinIntervalSeconds`,`adminResetsPerHour`,`ipRequestsPerMinute`]),y(r(`admin.settings.lockout`),[`lockoutThreshold`,`lockoutMinutes`]),(0,z.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":_.busy||void 0,children:_.busy?r(`app.saving`):r(`app.save`)})]})]})}function ve(){let{t:e}=N(),{data:t,error:n,loading:r,refetch:i}=b(q),[a,o]=(0,F.useState)(),s=a??t?.securitySettings;return(0,z.jsx)(V,{title:e(`admin.settings.title`),children:(0,z.jsx)(`div`,{className:`narrow-left`,children:n?(0,z.jsx)(h,{error:n,retry:i}):s?(0,z.jsxs)(z.Fragment,{children:[(0,z.jsxs)(`p`,{className:`muted`,children:[e(`admin.settings.updatedAt`),` `,(0,z.jsx)(d,{value:s.updatedAt})]}),(0,z.jsx)(_e,{settings:s,onSaved:o})]}):r?(0,z.jsx)(T,{}):(0,z.jsx)(h,{retry:i})})})}function ye(){let{t:e}=N(),t=i(),[n,r]=(0,F.useState)(``),s=o(),{reset:l}=s;(0,F.useEffect)(l,[n,l]);let{data:d,error:f,loading:p,refetch:m}=b(H,{first:25,after:s.after,where:n?{type:n}:void 0}),g=(d?.auditEvents.edges??[]).flatMap(e=>e?.node?[e.node]:[]),_=[...P].sort((e,n)=>t(e).localeCompare(t(n)));return(0,z.jsxs)(V,{title:e(`admin.audit.title`),children:[(0,z.jsx)(`div`,{className:`toolbar`,children:(0,z.jsxs)(a,{id:`audit-type`,label:e(`admin.audit.type`),value:n,onChange:e=>r(e.target.value),children:[(0,z.jsx)(`option`,{value:``,children:e(`admin.audit.allTypes`)}),_.map(e=>(0,z.jsx)(`option`,{value:e,children:t(e)},e))]})}),f?(0,z.jsx)(h,{error:f,retry:m}):!d&&p?(0,z.jsx)(T,{}):g.length===0?(0,z.jsx)(x,{children:e(`admin.audit.none`)}):(0,z.jsxs)(`div`,{"aria-busy":p||void 0,children:[(0,z.jsx)(c,{rows:g,caption:e(`admin.audit.title`),linkUsers:!0}),(0,z.jsx)(u,{pager:s,pageInfo:d?.auditEvents.pageInfo,totalCount:d?.auditEvents.totalCount,label:e(`admin.audit.pages`)})]})]})}function be({text:e,link:t}){return/^https?:\/\//.test(t)?(0,z.jsx)(z.Fragment,{children:e.split(t).map((e,n)=>(0,z.jsxs)(F.Fragment,{children:[n>0&&(0,z.jsx)(`a`,{href:t,rel:`noreferrer`,children:t}),e]},n))}):(0,z.jsx)(z.Fragment,{children:e})}var xe={PENDING:`badge`,SENT:`badge badge-ok`,FAILED:`badge badge-error`};function Se(){let{t:e}=N(),[t,n]=(0,F.useState)(``),r=o(),{reset:i}=r;(0,F.useEffect)(i,[t,i]);let{data:s,error:c,loading:l,refetch:f}=b(ae,{first:20,after:r.after,where:t?{status:t}:void 0}),p=(s?.outbox.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,z.jsxs)(V,{title:e(`admin.outbox.title`),children:[(0,z.jsx)(`p`,{children:e(`admin.outbox.intro`)}),(0,z.jsxs)(`div`,{className:`toolbar`,children:[(0,z.jsxs)(a,{id:`outbox-status`,label:e(`admin.outbox.status`),value:t,onChange:e=>n(e.target.value),children:[(0,z.jsx)(`option`,{value:``,children:e(`admin.outbox.all`)}),[`PENDING`,`SENT`,`FAILED`].map(t=>(0,z.jsx)(`option`,{value:t,children:e(`admin.outbox.state.${t}`)},t))]}),(0,z.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:f,children:e(`admin.outbox.refresh`)})]}),c?(0,z.jsx)(h,{error:c,retry:f}):!s&&l?(0,z.jsx)(T,{}):p.length===0?(0,z.jsx)(x,{children:e(`admin.outbox.none`)}):(0,z.jsxs)(`div`,{"aria-busy":l||void 0,children:[(0,z.jsx)(`ul`,{className:`cards`,children:p.map(t=>(0,z.jsxs)(`li`,{className:`card`,children:[(0,z.jsxs)(`p`,{className:`card-title`,children:[t.subject,` `,(0,z.jsx)(`span`,{className:xe[t.status],children:e(`admin.outbox.state.${t.status}`)})]}),(0,z.jsxs)(`dl`,{className:`facts`,children:[(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:e(`admin.outbox.to`)}),(0,z.jsx)(`dd`,{children:t.toAddress})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:e(`admin.outbox.written`)}),(0,z.jsx)(`dd`,{children:(0,z.jsx)(d,{value:t.createdAt})})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:e(`admin.outbox.sent`)}),(0,z.jsx)(`dd`,{children:t.sentAt?(0,z.jsx)(d,{value:t.sentAt}):`—`})]}),(0,z.jsxs)(`div`,{children:[(0,z.jsx)(`dt`,{children:e(`admin.outbox.attempts`)}),(0,z.jsx)(`dd`,{children:t.attempts})]})]}),t.lastError&&(0,z.jsx)(`p`,{className:`field-error`,children:e(`admin.outbox.lastErrorIs`,{error:t.lastError})}),(0,z.jsxs)(`details`,{children:[(0,z.jsx)(`summary`,{children:e(`admin.outbox.showBody`)}),(0,z.jsx)(`pre`,{className:`mail`,children:(0,z.jsx)(be,{text:t.textBody,link:t.link})})]})]},t.id))}),(0,z.jsx)(u,{pager:r,pageInfo:s?.outbox.pageInfo,totalCount:s?.outbox.totalCount,label:e(`admin.outbox.pages`)})]})]})}function Ce(){let{t:e}=N(),[,r]=g(),{data:i,error:a,loading:o,refetch:s}=b(oe),[c,l]=(0,F.useState)(``),u=O({name:`org-name`});async function f(e){e.preventDefault();let t=await u.run(async()=>(await C(se,{input:{name:c.trim()}})).createOrganization,{check:()=>c.trim()?{}:{name:{key:`admin.organizations.nameRequired`}},succeeded:e=>!!e.organization});t?.organization&&r(S(t.organization.id))}let p=i?.organizations??[];return(0,z.jsxs)(V,{title:e(`admin.organizations.title`),children:[a?(0,z.jsx)(h,{error:a,retry:s}):!i&&o?(0,z.jsx)(T,{}):p.length===0?(0,z.jsx)(x,{children:e(`admin.organizations.none`)}):(0,z.jsx)(t,{label:e(`admin.organizations.title`),children:(0,z.jsxs)(`table`,{children:[(0,z.jsx)(`caption`,{className:`visually-hidden`,children:e(`admin.organizations.title`)}),(0,z.jsx)(`thead`,{children:(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`th`,{scope:`col`,children:e(`home.name`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.organizations.members`)}),(0,z.jsx)(`th`,{scope:`col`,children:e(`admin.users.created`)})]})}),(0,z.jsx)(`tbody`,{children:p.map(e=>(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`td`,{children:(0,z.jsx)(y,{href:S(e.id),children:e.name})}),(0,z.jsx)(`td`,{children:e.members.length}),(0,z.jsx)(`td`,{children:(0,z.jsx)(d,{value:e.createdAt})})]},e.id))})]})}),(0,z.jsxs)(`section`,{className:`section narrow-left`,"aria-labelledby":`new-org`,children:[(0,z.jsx)(`h2`,{id:`new-org`,children:e(`admin.organizations.create`)}),u.summary,(0,z.jsxs)(`form`,{noValidate:!0,onSubmit:f,"aria-busy":u.busy||void 0,children:[(0,z.jsx)(n,{id:`org-name`,label:e(`home.name`),value:c,error:u.fieldError(`name`),onChange:e=>l(e.target.value)}),(0,z.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":u.busy||void 0,children:u.busy?e(`app.working`):e(`admin.organizations.createButton`)})]})]})]})}export{ye as AdminAuditPage,fe as AdminNewUserPage,Ce as AdminOrganizationsPage,Se as AdminOutboxPage,ve as AdminSettingsPage,he as AdminUserPage,de as AdminUsersPage};