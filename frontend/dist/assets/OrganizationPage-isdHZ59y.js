import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{_ as t,b as n,c as r,d as i,g as a,l as o,o as s,x as c}from"./index-CYuvtwCm.js";import{i as l,t as u}from"./react-DCTAcUCH.js";import{a as d,d as f,g as p,h as m,i as h,m as g,n as _,o as v,r as y,s as b,t as x,u as S,x as C}from"./useSubmit-InAaEiwO.js";import{f as w,r as T}from"./i18n-xDyC1ZvF.js";var E=e(l(),1),D=u();function O({idPrefix:e,value:t,onChange:n,grantable:r,error:i}){let{t:a}=w(),o=`${e}-error`;return(0,D.jsxs)(`fieldset`,{"aria-describedby":i?o:void 0,className:i?`field-invalid`:void 0,children:[(0,D.jsx)(`legend`,{children:a(`org.rightsLegend`)}),i&&(0,D.jsx)(`p`,{className:`field-error`,id:o,children:i}),T.map(i=>{let o=`${e}-${i}`,s=r.includes(i);return(0,D.jsxs)(`div`,{className:`checkbox`,children:[(0,D.jsx)(`input`,{id:o,type:`checkbox`,checked:t.includes(i),disabled:!s,onChange:e=>n(e.target.checked?[...t,i]:t.filter(e=>e!==i))}),(0,D.jsxs)(`label`,{htmlFor:o,children:[a(`rights.${i}`),!s&&(0,D.jsxs)(`span`,{className:`muted`,children:[` (`,a(`org.cannotGrant`),`)`]})]})]},i)})]})}var k=f(`
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      name
      createdAt
      viewerRights
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
`),A=f(`
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
`),j=f(`
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
`),M=f(`
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
`),N=f(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),P=f(`
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
`),F=f(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
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
`),I=(e,t,n)=>t.length===0?n:t.map(t=>e(`rights.${t}`)).join(`, `);function L({org:e,onSent:n}){let{t:r}=w(),[i,o]=(0,E.useState)(!1),[s,c]=(0,E.useState)(`new`),[l,u]=(0,E.useState)(``),[d,f]=(0,E.useState)([]),p=x({email:`invite-email`,rights:`invite-rights-MANAGE_MEMBERS`});async function m(t){t.preventDefault();let r=l.trim();await p.run(async()=>(await g(j,{input:{organizationId:e.id,email:r,rights:d}})).inviteMember,{check:()=>!r||!a(r)?{email:{key:r?`form.emailInvalid`:`admin.user.emailRequired`}}:{},handle:e=>e.some(e=>e.code===`ALREADY_EXISTS`&&e.field?.at(-1)===`email`)?(p.show({email:{key:`org.alreadyMember`}}),!0):!1})&&(u(``),f([]),o(!1),n(r))}return i?(0,D.jsxs)(`section`,{className:`panel`,"aria-labelledby":`add-user-title`,children:[(0,D.jsx)(`h3`,{id:`add-user-title`,children:r(`org.addUser`)}),p.summary,(0,D.jsxs)(`form`,{noValidate:!0,onSubmit:m,"aria-busy":p.busy||void 0,children:[(0,D.jsxs)(`fieldset`,{children:[(0,D.jsx)(`legend`,{children:r(`org.whoLegend`)}),(0,D.jsxs)(`div`,{className:`checkbox`,children:[(0,D.jsx)(`input`,{id:`invite-new`,type:`radio`,name:`invite-kind`,checked:s===`new`,onChange:()=>c(`new`)}),(0,D.jsx)(`label`,{htmlFor:`invite-new`,children:r(`org.newUser`)})]}),(0,D.jsxs)(`div`,{className:`checkbox`,children:[(0,D.jsx)(`input`,{id:`invite-existing`,type:`radio`,name:`invite-kind`,checked:s===`existing`,onChange:()=>c(`existing`)}),(0,D.jsx)(`label`,{htmlFor:`invite-existing`,children:r(`org.existingUser`)})]}),(0,D.jsx)(`p`,{className:`field-hint`,children:r(s===`new`?`org.newUserHint`:`org.existingUserHint`)})]}),(0,D.jsx)(t,{id:`invite-email`,label:r(s===`new`?`org.newUserEmail`:`org.existingUserEmail`),type:`email`,autoComplete:`off`,spellCheck:!1,value:l,error:p.fieldError(`email`),onChange:e=>u(e.target.value)}),(0,D.jsx)(O,{idPrefix:`invite-rights`,value:d,onChange:f,grantable:e.viewerRights,error:p.fieldError(`rights`)}),(0,D.jsxs)(`div`,{className:`actions`,children:[(0,D.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":p.busy||void 0,children:p.busy?r(`app.sending`):r(`org.sendInvitation`)}),(0,D.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>o(!1),children:r(`app.cancel`)})]})]})]}):(0,D.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>o(!0),"aria-expanded":!1,children:r(`org.addUser`)})}function R({org:e,member:t,onClose:n,onDone:i}){let{t:a}=w(),[s,c]=(0,E.useState)([...t.rights]),[l,u]=(0,E.useState)(!1),d=x(),f=t.user.name||t.user.username;return l?(0,D.jsx)(r,{title:a(`org.deleteTitle`,{name:f,org:e.name}),confirmLabel:a(`org.deleteUser`),danger:!0,onCancel:()=>u(!1),send:async()=>(await g(N,{input:{membershipId:t.id}})).removeMember,onDone:()=>i(`org.removed`),children:(0,D.jsx)(`p`,{children:a(`org.deleteBody`,{name:f,org:e.name})})}):(0,D.jsx)(o,{title:a(`org.manageTitle`,{name:f}),onClose:n,children:(0,D.jsxs)(`form`,{noValidate:!0,onSubmit:async e=>{e.preventDefault(),await d.run(async()=>(await g(M,{input:{membershipId:t.id,rights:s}})).updateMember)&&i(`org.rightsSaved`)},children:[(0,D.jsx)(`p`,{className:`muted`,children:t.user.email}),(0,D.jsx)(O,{idPrefix:`manage-${t.id}`,value:s,onChange:c,grantable:e.viewerRights}),d.alert,(0,D.jsxs)(`div`,{className:`actions`,children:[(0,D.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d.busy||void 0,children:d.busy?a(`app.saving`):a(`org.saveRights`)}),(0,D.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>u(!0),children:a(`org.deleteUser`)}),(0,D.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:n,children:a(`app.cancel`)})]})]})})}var z={PENDING:`badge`,ACCEPTED:`badge badge-ok`,REVOKED:`badge badge-error`,EXPIRED:`badge`};function B({org:e}){let{t}=w(),{data:n,error:a,loading:o,refetch:c}=m(A,{id:e.id}),[l,u]=(0,E.useState)(),f=n?.organization?.invitations??[];return(0,D.jsxs)(`section`,{className:`section`,"aria-labelledby":`invitations-title`,children:[(0,D.jsx)(`h2`,{id:`invitations-title`,children:t(`org.invitations`)}),a?(0,D.jsx)(d,{error:a,retry:c}):!n&&o?(0,D.jsx)(v,{}):f.length===0?(0,D.jsx)(h,{children:t(`org.noInvitations`)}):(0,D.jsx)(s,{label:t(`org.invitations`),children:(0,D.jsxs)(`table`,{children:[(0,D.jsx)(`caption`,{className:`visually-hidden`,children:t(`org.invitations`)}),(0,D.jsx)(`thead`,{children:(0,D.jsxs)(`tr`,{children:[(0,D.jsx)(`th`,{scope:`col`,children:t(`home.email`)}),(0,D.jsx)(`th`,{scope:`col`,children:t(`org.rightsLegend`)}),(0,D.jsx)(`th`,{scope:`col`,children:t(`admin.users.status`)}),(0,D.jsx)(`th`,{scope:`col`,children:t(`org.sentAt`)}),(0,D.jsx)(`th`,{scope:`col`,children:t(`org.expiresAt`)}),(0,D.jsx)(`th`,{scope:`col`,children:(0,D.jsx)(`span`,{className:`visually-hidden`,children:t(`app.actions`)})})]})}),(0,D.jsx)(`tbody`,{children:f.map(e=>(0,D.jsxs)(`tr`,{children:[(0,D.jsx)(`td`,{children:e.email}),(0,D.jsx)(`td`,{children:I(t,e.rights,t(`org.noRights`))}),(0,D.jsx)(`td`,{children:(0,D.jsx)(`span`,{className:z[e.status],children:t(`org.status.${e.status}`)})}),(0,D.jsx)(`td`,{children:(0,D.jsx)(i,{value:e.createdAt})}),(0,D.jsx)(`td`,{children:(0,D.jsx)(i,{value:e.expiresAt})}),(0,D.jsx)(`td`,{children:e.status===`PENDING`&&(0,D.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":t(`org.revokeLabel`,{email:e.email}),onClick:()=>u({id:e.id,email:e.email}),children:t(`tokens.revoke`)})})]},e.id))})]})}),l&&(0,D.jsx)(r,{title:t(`org.revokeTitle`,{email:l.email}),confirmLabel:t(`tokens.revoke`),danger:!0,onCancel:()=>u(void 0),send:async()=>(await g(P,{input:{id:l.id}})).revokeInvitation,onDone:()=>{u(void 0),c()},children:(0,D.jsx)(`p`,{children:t(`org.revokeBody`)})})]})}function V({org:e,onDone:n}){let{t:r}=w(),[i,a]=(0,E.useState)(e.name),o=x({name:`org-rename`});return(0,D.jsxs)(`details`,{className:`rename`,children:[(0,D.jsx)(`summary`,{children:r(`org.rename`)}),o.summary,(0,D.jsxs)(`form`,{noValidate:!0,className:`toolbar`,onSubmit:async t=>{t.preventDefault(),await o.run(async()=>(await g(F,{input:{id:e.id,name:i.trim()}})).updateOrganization,{check:()=>i.trim()?{}:{name:{key:`admin.organizations.nameRequired`}}})&&n()},children:[(0,D.jsx)(t,{id:`org-rename`,label:r(`home.name`),value:i,error:o.fieldError(`name`),onChange:e=>a(e.target.value)}),(0,D.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":o.busy||void 0,children:o.busy?r(`app.saving`):r(`app.save`)})]})]})}function H({id:e,viewer:t}){let{t:n}=w(),{data:r,error:a,loading:o,refetch:l}=m(k,{id:e}),[u,f]=(0,E.useState)(),[g,x]=(0,E.useState)(),[C,T]=(0,E.useState)(0),O=r?.organization;if(_(O?.name??n(`org.title`)),a)return(0,D.jsx)(d,{error:a,retry:l});if(!O)return o?(0,D.jsx)(v,{}):(0,D.jsx)(d,{error:{code:`NOT_FOUND`}});let A=O.viewerRights.includes(`MANAGE_MEMBERS`),j=O.viewerRights.includes(`MANAGE_ORGANIZATION`);return(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(y,{children:O.name}),(0,D.jsxs)(`p`,{className:`muted`,children:[n(`org.since`),` `,(0,D.jsx)(i,{value:O.createdAt}),c(t)&&(0,D.jsxs)(D.Fragment,{children:[` · `,(0,D.jsx)(p,{href:S.adminOrganizations,children:n(`admin.organizations.title`)})]})]}),j&&(0,D.jsx)(V,{org:O,onDone:()=>{f({key:`org.renamed`}),l()}}),u&&(0,D.jsx)(b,{children:n(u.key,u.values)}),(0,D.jsxs)(`section`,{className:`section`,"aria-labelledby":`members-title`,children:[(0,D.jsx)(`div`,{className:`page-head`,children:(0,D.jsx)(`h2`,{id:`members-title`,children:n(`org.members`)})}),A&&(0,D.jsx)(L,{org:O,onSent:e=>{f({key:`org.invitationSent`,values:{email:e}}),T(e=>e+1)}}),O.members.length===0?(0,D.jsx)(h,{children:n(`org.noMembers`)}):(0,D.jsx)(s,{label:n(`org.members`),children:(0,D.jsxs)(`table`,{children:[(0,D.jsx)(`caption`,{className:`visually-hidden`,children:n(`org.members`)}),(0,D.jsx)(`thead`,{children:(0,D.jsxs)(`tr`,{children:[(0,D.jsx)(`th`,{scope:`col`,children:n(`home.name`)}),(0,D.jsx)(`th`,{scope:`col`,children:n(`home.email`)}),(0,D.jsx)(`th`,{scope:`col`,children:n(`org.rightsLegend`)}),(0,D.jsx)(`th`,{scope:`col`,children:n(`org.memberSince`)}),A&&(0,D.jsx)(`th`,{scope:`col`,children:(0,D.jsx)(`span`,{className:`visually-hidden`,children:n(`app.actions`)})})]})}),(0,D.jsx)(`tbody`,{children:O.members.map(e=>(0,D.jsxs)(`tr`,{children:[(0,D.jsxs)(`td`,{children:[e.user.name||e.user.username,e.user.id===t.id&&(0,D.jsxs)(`span`,{className:`muted`,children:[` (`,n(`org.you`),`)`]})]}),(0,D.jsx)(`td`,{children:e.user.email}),(0,D.jsx)(`td`,{children:I(n,e.rights,n(`org.noRights`))}),(0,D.jsx)(`td`,{children:(0,D.jsx)(i,{value:e.createdAt})}),A&&(0,D.jsx)(`td`,{children:(0,D.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`org.manageLabel`,{name:e.user.name||e.user.username}),onClick:()=>x(e),children:n(`org.manage`)})})]},e.id))})]})})]}),A&&(0,D.jsx)(B,{org:O},C),g&&(0,D.jsx)(R,{org:O,member:g,onClose:()=>x(void 0),onDone:e=>{x(void 0),f({key:e,values:{name:g.user.name||g.user.username}}),l()}})]})}function U(){let{id:e}=C();return(0,D.jsx)(n,{children:t=>(0,D.jsx)(`div`,{className:`wide`,children:(0,D.jsx)(H,{id:decodeURIComponent(e??``),viewer:t})})})}export{U as default};