import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{C as t,b as n,d as r,m as i,o as a,p as o,w as s,y as c}from"./index-BmAIrfkH.js";import{i as l,t as u}from"./react-DCTAcUCH.js";import{_ as d,a as f,d as p,i as m,m as h,n as g,o as _,r as v,s as y,t as b,v as x,w as S,y as C}from"./useSubmit-CvCejN6Q.js";import{f as w,r as T}from"./i18n-BEJJknIU.js";var E=e(l(),1),D=u();function O({idPrefix:e,value:t,onChange:n,grantable:r,error:i}){let{t:a}=w(),o=`${e}-error`;return(0,D.jsxs)(`fieldset`,{"aria-describedby":i?o:void 0,className:i?`field-invalid`:void 0,children:[(0,D.jsx)(`legend`,{children:a(`org.rightsLegend`)}),i&&(0,D.jsx)(`p`,{className:`field-error`,id:o,children:i}),T.map(i=>{let o=`${e}-${i}`,s=r.includes(i);return(0,D.jsxs)(`div`,{className:`checkbox`,children:[(0,D.jsx)(`input`,{id:o,type:`checkbox`,checked:t.includes(i),disabled:!s,onChange:e=>n(e.target.checked?[...t,i]:t.filter(e=>e!==i))}),(0,D.jsxs)(`label`,{htmlFor:o,children:[a(`rights.${i}`),!s&&(0,D.jsxs)(`span`,{className:`muted`,children:[` (`,a(`org.cannotGrant`),`)`]})]})]},i)})]})}var k=h(`
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
`),A=h(`
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
`),j=h(`
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
`),M=h(`
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
`),N=h(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),P=h(`
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
`),F=h(`
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
`),I=(e,t,n)=>t.length===0?n:t.map(t=>e(`rights.${t}`)).join(`, `);function L({org:e,onSent:t}){let{t:r}=w(),[i,a]=(0,E.useState)(!1),[o,s]=(0,E.useState)(`new`),[l,u]=(0,E.useState)(``),[f,p]=(0,E.useState)([]),m=b({email:`invite-email`,rights:`invite-rights-MANAGE_MEMBERS`});async function h(n){n.preventDefault();let r=l.trim();await m.run(async()=>(await d(j,{input:{organizationId:e.id,email:r,rights:f}})).inviteMember,{check:()=>!r||!c(r)?{email:{key:r?`form.emailInvalid`:`admin.user.emailRequired`}}:{},handle:e=>e.some(e=>e.code===`ALREADY_EXISTS`&&e.field?.at(-1)===`email`)?(m.show({email:{key:`org.alreadyMember`}}),!0):!1})&&(u(``),p([]),a(!1),t(r))}return i?(0,D.jsxs)(`section`,{className:`panel`,"aria-labelledby":`add-user-title`,children:[(0,D.jsx)(`h3`,{id:`add-user-title`,children:r(`org.addUser`)}),m.summary,(0,D.jsxs)(`form`,{noValidate:!0,onSubmit:h,"aria-busy":m.busy||void 0,children:[(0,D.jsxs)(`fieldset`,{children:[(0,D.jsx)(`legend`,{children:r(`org.whoLegend`)}),(0,D.jsxs)(`div`,{className:`checkbox`,children:[(0,D.jsx)(`input`,{id:`invite-new`,type:`radio`,name:`invite-kind`,checked:o===`new`,onChange:()=>s(`new`)}),(0,D.jsx)(`label`,{htmlFor:`invite-new`,children:r(`org.newUser`)})]}),(0,D.jsxs)(`div`,{className:`checkbox`,children:[(0,D.jsx)(`input`,{id:`invite-existing`,type:`radio`,name:`invite-kind`,checked:o===`existing`,onChange:()=>s(`existing`)}),(0,D.jsx)(`label`,{htmlFor:`invite-existing`,children:r(`org.existingUser`)})]}),(0,D.jsx)(`p`,{className:`field-hint`,children:r(o===`new`?`org.newUserHint`:`org.existingUserHint`)})]}),(0,D.jsx)(n,{id:`invite-email`,label:r(o===`new`?`org.newUserEmail`:`org.existingUserEmail`),type:`email`,autoComplete:`off`,spellCheck:!1,value:l,error:m.fieldError(`email`),onChange:e=>u(e.target.value)}),(0,D.jsx)(O,{idPrefix:`invite-rights`,value:f,onChange:p,grantable:e.viewerRights,error:m.fieldError(`rights`)}),(0,D.jsxs)(`div`,{className:`actions`,children:[(0,D.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":m.busy||void 0,children:m.busy?r(`app.sending`):r(`org.sendInvitation`)}),(0,D.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>a(!1),children:r(`app.cancel`)})]})]})]}):(0,D.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>a(!0),"aria-expanded":!1,children:r(`org.addUser`)})}function R({org:e,member:t,onClose:n,onDone:r}){let{t:a}=w(),[s,c]=(0,E.useState)([...t.rights]),[l,u]=(0,E.useState)(!1),f=b(),p=t.user.name||t.user.username;return l?(0,D.jsx)(o,{title:a(`org.deleteTitle`,{name:p,org:e.name}),confirmLabel:a(`org.deleteUser`),danger:!0,onCancel:()=>u(!1),send:async()=>(await d(N,{input:{membershipId:t.id}})).removeMember,onDone:()=>r(`org.removed`),children:(0,D.jsx)(`p`,{children:a(`org.deleteBody`,{name:p,org:e.name})})}):(0,D.jsx)(i,{title:a(`org.manageTitle`,{name:p}),onClose:n,children:(0,D.jsxs)(`form`,{noValidate:!0,onSubmit:async e=>{e.preventDefault(),await f.run(async()=>(await d(M,{input:{membershipId:t.id,rights:s}})).updateMember)&&r(`org.rightsSaved`)},children:[(0,D.jsx)(`p`,{className:`muted`,children:t.user.email}),(0,D.jsx)(O,{idPrefix:`manage-${t.id}`,value:s,onChange:c,grantable:e.viewerRights}),f.alert,(0,D.jsxs)(`div`,{className:`actions`,children:[(0,D.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f.busy||void 0,children:f.busy?a(`app.saving`):a(`org.saveRights`)}),(0,D.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>u(!0),children:a(`org.deleteUser`)}),(0,D.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:n,children:a(`app.cancel`)})]})]})})}var z={PENDING:`badge`,ACCEPTED:`badge badge-ok`,REVOKED:`badge badge-error`,EXPIRED:`badge`};function B({org:e}){let{t}=w(),{data:n,error:i,loading:s,refetch:c}=x(A,{id:e.id}),[l,u]=(0,E.useState)(),p=n?.organization?.invitations??[];return(0,D.jsxs)(`section`,{className:`section`,"aria-labelledby":`invitations-title`,children:[(0,D.jsx)(`h2`,{id:`invitations-title`,children:t(`org.invitations`)}),i?(0,D.jsx)(f,{error:i,retry:c}):!n&&s?(0,D.jsx)(_,{}):p.length===0?(0,D.jsx)(m,{children:t(`org.noInvitations`)}):(0,D.jsx)(a,{caption:t(`org.invitations`),columns:[t(`home.email`),t(`org.rightsLegend`),t(`admin.users.status`),t(`org.sentAt`),t(`org.expiresAt`),{hidden:t(`app.actions`)}],children:p.map(e=>(0,D.jsxs)(`tr`,{children:[(0,D.jsx)(`td`,{children:e.email}),(0,D.jsx)(`td`,{children:I(t,e.rights,t(`org.noRights`))}),(0,D.jsx)(`td`,{children:(0,D.jsx)(`span`,{className:z[e.status],children:t(`org.status.${e.status}`)})}),(0,D.jsx)(`td`,{children:(0,D.jsx)(r,{value:e.createdAt})}),(0,D.jsx)(`td`,{children:(0,D.jsx)(r,{value:e.expiresAt})}),(0,D.jsx)(`td`,{children:e.status===`PENDING`&&(0,D.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":t(`org.revokeLabel`,{email:e.email}),onClick:()=>u({id:e.id,email:e.email}),children:t(`tokens.revoke`)})})]},e.id))}),l&&(0,D.jsx)(o,{title:t(`org.revokeTitle`,{email:l.email}),confirmLabel:t(`tokens.revoke`),danger:!0,onCancel:()=>u(void 0),send:async()=>(await d(P,{input:{id:l.id}})).revokeInvitation,onDone:()=>{u(void 0),c()},children:(0,D.jsx)(`p`,{children:t(`org.revokeBody`)})})]})}function V({org:e,onDone:t}){let{t:r}=w(),[i,a]=(0,E.useState)(e.name),o=b({name:`org-rename`});return(0,D.jsxs)(`details`,{className:`rename`,children:[(0,D.jsx)(`summary`,{children:r(`org.rename`)}),o.summary,(0,D.jsxs)(`form`,{noValidate:!0,className:`toolbar`,onSubmit:async n=>{n.preventDefault(),await o.run(async()=>(await d(F,{input:{id:e.id,name:i.trim()}})).updateOrganization,{check:()=>i.trim()?{}:{name:{key:`admin.organizations.nameRequired`}}})&&t()},children:[(0,D.jsx)(n,{id:`org-rename`,label:r(`home.name`),value:i,error:o.fieldError(`name`),onChange:e=>a(e.target.value)}),(0,D.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":o.busy||void 0,children:o.busy?r(`app.saving`):r(`app.save`)})]})]})}function H({org:e,onDone:t}){let{t:n}=w(),[r,i]=(0,E.useState)(e.requireSecondFactor),a=b();return(0,D.jsxs)(`details`,{className:`rename`,children:[(0,D.jsx)(`summary`,{children:e.requireSecondFactor?n(`org.secondFactorSummaryRequired`):n(`org.secondFactorSummaryOptional`)}),(0,D.jsxs)(`form`,{noValidate:!0,onSubmit:async n=>{n.preventDefault(),await a.run(async()=>(await d(F,{input:{id:e.id,name:e.name,requireSecondFactor:r}})).updateOrganization)&&t(r)},children:[(0,D.jsxs)(`div`,{className:`checkbox`,children:[(0,D.jsx)(`input`,{id:`org-require-second-factor`,type:`checkbox`,checked:r,"aria-describedby":`org-require-second-factor-hint`,onChange:e=>i(e.target.checked)}),(0,D.jsx)(`label`,{htmlFor:`org-require-second-factor`,children:n(`org.secondFactorCheck`)})]}),(0,D.jsx)(`p`,{id:`org-require-second-factor-hint`,className:`field-hint`,children:n(`org.secondFactorHint`)}),a.alert,(0,D.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":a.busy||void 0,children:a.busy?n(`app.saving`):n(`app.save`)})]})]})}function U({id:e,viewer:t}){let{t:n}=w(),{data:i,error:o,loading:c,refetch:l}=x(k,{id:e}),[u,d]=(0,E.useState)(),[h,b]=(0,E.useState)(),[S,T]=(0,E.useState)(0),O=i?.organization;if(g(O?.name??n(`org.title`)),o)return(0,D.jsx)(f,{error:o,retry:l});if(!O)return c?(0,D.jsx)(_,{}):(0,D.jsx)(f,{error:{code:`NOT_FOUND`}});let A=O.viewerRights.includes(`MANAGE_MEMBERS`),j=O.viewerRights.includes(`MANAGE_ORGANIZATION`);return(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(v,{children:O.name}),(0,D.jsxs)(`p`,{className:`muted`,children:[n(`org.since`),` `,(0,D.jsx)(r,{value:O.createdAt}),s(t)&&(0,D.jsxs)(D.Fragment,{children:[` · `,(0,D.jsx)(C,{href:p.adminOrganizations,children:n(`admin.organizations.title`)})]})]}),j&&(0,D.jsx)(V,{org:O,onDone:()=>{d({key:`org.renamed`}),l()}}),(j||s(t))&&(0,D.jsx)(H,{org:O,onDone:e=>{d({key:e?`org.secondFactorNowRequired`:`org.secondFactorNowOptional`}),l()}},String(O.requireSecondFactor)),u&&(0,D.jsx)(y,{children:n(u.key,u.values)}),(0,D.jsxs)(`section`,{className:`section`,"aria-labelledby":`members-title`,children:[(0,D.jsx)(`div`,{className:`page-head`,children:(0,D.jsx)(`h2`,{id:`members-title`,children:n(`org.members`)})}),A&&(0,D.jsx)(L,{org:O,onSent:e=>{d({key:`org.invitationSent`,values:{email:e}}),T(e=>e+1)}}),O.members.length===0?(0,D.jsx)(m,{children:n(`org.noMembers`)}):(0,D.jsx)(a,{caption:n(`org.members`),columns:[n(`home.name`),n(`home.email`),n(`org.rightsLegend`),n(`org.memberSince`),A&&{hidden:n(`app.actions`)}],children:O.members.map(e=>(0,D.jsxs)(`tr`,{children:[(0,D.jsxs)(`td`,{children:[e.user.name||e.user.username,e.user.id===t.id&&(0,D.jsxs)(`span`,{className:`muted`,children:[` (`,n(`org.you`),`)`]})]}),(0,D.jsx)(`td`,{children:e.user.email}),(0,D.jsx)(`td`,{children:I(n,e.rights,n(`org.noRights`))}),(0,D.jsx)(`td`,{children:(0,D.jsx)(r,{value:e.createdAt})}),A&&(0,D.jsx)(`td`,{children:(0,D.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`org.manageLabel`,{name:e.user.name||e.user.username}),onClick:()=>b(e),children:n(`org.manage`)})})]},e.id))})]}),A&&(0,D.jsx)(B,{org:O},S),h&&(0,D.jsx)(R,{org:O,member:h,onClose:()=>b(void 0),onDone:e=>{b(void 0),d({key:e,values:{name:h.user.name||h.user.username}}),l()}})]})}function W(){let{id:e}=S();return(0,D.jsx)(t,{children:t=>(0,D.jsx)(`div`,{className:`wide`,children:(0,D.jsx)(U,{id:decodeURIComponent(e??``),viewer:t})})})}export{W as default};