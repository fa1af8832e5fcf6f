import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{_ as t,b as n,c as r,f as i,g as a,l as o,o as s,u as c,v as l,y as u}from"./index-Zzp2JyjF.js";import{i as d,t as f}from"./react-DCTAcUCH.js";import{a as p,b as m,h,i as g,l as _,m as v,n as y,o as b,p as x,r as S,t as C,u as w}from"./useDocumentTitle-C2g8pska.js";import{f as T,o as E,r as D}from"./i18n-CiNPeL79.js";var O=e(d(),1),k=f();function A({idPrefix:e,value:t,onChange:n,grantable:r,error:i}){let{t:a}=T(),o=`${e}-error`;return(0,k.jsxs)(`fieldset`,{"aria-describedby":i?o:void 0,className:i?`field-invalid`:void 0,children:[(0,k.jsx)(`legend`,{children:a(`org.rightsLegend`)}),i&&(0,k.jsx)(`p`,{className:`field-error`,id:o,children:i}),D.map(i=>{let o=`${e}-${i}`,s=r.includes(i);return(0,k.jsxs)(`div`,{className:`checkbox`,children:[(0,k.jsx)(`input`,{id:o,type:`checkbox`,checked:t.includes(i),disabled:!s,onChange:e=>n(e.target.checked?[...t,i]:t.filter(e=>e!==i))}),(0,k.jsxs)(`label`,{htmlFor:o,children:[a(`rights.${i}`),!s&&(0,k.jsxs)(`span`,{className:`muted`,children:[` (`,a(`org.cannotGrant`),`)`]})]})]},i)})]})}var j=w(`
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
`),M=w(`
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
`),N=w(`
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
`),P=w(`
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
`),F=w(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),I=w(`
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
`),L=w(`
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
`),R=(e,t,n)=>t.length===0?n:t.map(t=>e(`rights.${t}`)).join(`, `);function z({org:e,onSent:n}){let{t:r}=T(),[i,o]=(0,O.useState)(!1),[s,c]=(0,O.useState)(`new`),[u,d]=(0,O.useState)(``),[f,p]=(0,O.useState)([]),[m,h]=(0,O.useState)(!1),g=t({email:`invite-email`,rights:`invite-rights-MANAGE_MEMBERS`});async function _(t){if(t.preventDefault(),m)return;let r=u.trim();if(!r||!a(r))g.show({email:{key:r?`form.emailInvalid`:`admin.user.emailRequired`}});else{h(!0);try{let{inviteMember:t}=await x(N,{input:{organizationId:e.id,email:r,rights:f}});if(t.userErrors.length>0){g.showUserErrors(t.userErrors);return}g.clear(),d(``),p([]),o(!1),n(r)}catch(e){g.showError(e)}finally{h(!1)}}}return i?(0,k.jsxs)(`section`,{className:`panel`,"aria-labelledby":`add-user-title`,children:[(0,k.jsx)(`h3`,{id:`add-user-title`,children:r(`org.addUser`)}),g.summary,(0,k.jsxs)(`form`,{noValidate:!0,onSubmit:_,"aria-busy":m||void 0,children:[(0,k.jsxs)(`fieldset`,{children:[(0,k.jsx)(`legend`,{children:r(`org.whoLegend`)}),(0,k.jsxs)(`div`,{className:`checkbox`,children:[(0,k.jsx)(`input`,{id:`invite-new`,type:`radio`,name:`invite-kind`,checked:s===`new`,onChange:()=>c(`new`)}),(0,k.jsx)(`label`,{htmlFor:`invite-new`,children:r(`org.newUser`)})]}),(0,k.jsxs)(`div`,{className:`checkbox`,children:[(0,k.jsx)(`input`,{id:`invite-existing`,type:`radio`,name:`invite-kind`,checked:s===`existing`,onChange:()=>c(`existing`)}),(0,k.jsx)(`label`,{htmlFor:`invite-existing`,children:r(`org.existingUser`)})]}),(0,k.jsx)(`p`,{className:`field-hint`,children:r(s===`new`?`org.newUserHint`:`org.existingUserHint`)})]}),(0,k.jsx)(l,{id:`invite-email`,label:r(s===`new`?`org.newUserEmail`:`org.existingUserEmail`),type:`email`,autoComplete:`off`,spellCheck:!1,value:u,error:g.fieldError(`email`),onChange:e=>d(e.target.value)}),(0,k.jsx)(A,{idPrefix:`invite-rights`,value:f,onChange:p,grantable:e.viewerRights,error:g.fieldError(`rights`)}),(0,k.jsxs)(`div`,{className:`actions`,children:[(0,k.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":m||void 0,children:r(m?`app.sending`:`org.sendInvitation`)}),(0,k.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>o(!1),children:r(`app.cancel`)})]})]})]}):(0,k.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>o(!0),"aria-expanded":!1,children:r(`org.addUser`)})}function B({org:e,member:t,onClose:n,onDone:i}){let{t:a}=T(),[s,l]=(0,O.useState)([...t.rights]),[u,d]=(0,O.useState)(!1),f=c(),p=c(),m=t.user.name||t.user.username;return u?(0,k.jsx)(r,{title:a(`org.deleteTitle`,{name:m,org:e.name}),confirmLabel:a(`org.deleteUser`),danger:!0,busy:p.busy,error:p.problem&&E(a,p.problem),onCancel:()=>d(!1),onConfirm:async()=>{await p.run(async()=>(await x(F,{input:{membershipId:t.id}})).removeMember.userErrors)&&i(`org.removed`)},children:(0,k.jsx)(`p`,{children:a(`org.deleteBody`,{name:m,org:e.name})})}):(0,k.jsx)(o,{title:a(`org.manageTitle`,{name:m}),onClose:n,children:(0,k.jsxs)(`form`,{noValidate:!0,onSubmit:async e=>{e.preventDefault(),f.busy||await f.run(async()=>(await x(P,{input:{membershipId:t.id,rights:s}})).updateMember.userErrors)&&i(`org.rightsSaved`)},children:[(0,k.jsx)(`p`,{className:`muted`,children:t.user.email}),(0,k.jsx)(A,{idPrefix:`manage-${t.id}`,value:s,onChange:l,grantable:e.viewerRights}),f.problem&&(0,k.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:E(a,f.problem)}),(0,k.jsxs)(`div`,{className:`actions`,children:[(0,k.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f.busy||void 0,children:f.busy?a(`app.saving`):a(`org.saveRights`)}),(0,k.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>d(!0),children:a(`org.deleteUser`)}),(0,k.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:n,children:a(`app.cancel`)})]})]})})}var V={PENDING:`badge`,ACCEPTED:`badge badge-ok`,REVOKED:`badge badge-error`,EXPIRED:`badge`};function H({org:e}){let{t}=T(),{data:n,error:a,loading:o,refetch:l}=v(M,{id:e.id}),u=c(),[d,f]=(0,O.useState)(),m=n?.organization?.invitations??[];return(0,k.jsxs)(`section`,{className:`section`,"aria-labelledby":`invitations-title`,children:[(0,k.jsx)(`h2`,{id:`invitations-title`,children:t(`org.invitations`)}),a?(0,k.jsx)(g,{error:a,retry:l}):!n&&o?(0,k.jsx)(p,{}):m.length===0?(0,k.jsx)(S,{children:t(`org.noInvitations`)}):(0,k.jsx)(s,{label:t(`org.invitations`),children:(0,k.jsxs)(`table`,{children:[(0,k.jsx)(`caption`,{className:`visually-hidden`,children:t(`org.invitations`)}),(0,k.jsx)(`thead`,{children:(0,k.jsxs)(`tr`,{children:[(0,k.jsx)(`th`,{scope:`col`,children:t(`home.email`)}),(0,k.jsx)(`th`,{scope:`col`,children:t(`org.rightsLegend`)}),(0,k.jsx)(`th`,{scope:`col`,children:t(`admin.users.status`)}),(0,k.jsx)(`th`,{scope:`col`,children:t(`org.sentAt`)}),(0,k.jsx)(`th`,{scope:`col`,children:t(`org.expiresAt`)}),(0,k.jsx)(`th`,{scope:`col`,children:(0,k.jsx)(`span`,{className:`visually-hidden`,children:t(`app.actions`)})})]})}),(0,k.jsx)(`tbody`,{children:m.map(e=>(0,k.jsxs)(`tr`,{children:[(0,k.jsx)(`td`,{children:e.email}),(0,k.jsx)(`td`,{children:R(t,e.rights,t(`org.noRights`))}),(0,k.jsx)(`td`,{children:(0,k.jsx)(`span`,{className:V[e.status],children:t(`org.status.${e.status}`)})}),(0,k.jsx)(`td`,{children:(0,k.jsx)(i,{value:e.createdAt})}),(0,k.jsx)(`td`,{children:(0,k.jsx)(i,{value:e.expiresAt})}),(0,k.jsx)(`td`,{children:e.status===`PENDING`&&(0,k.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":t(`org.revokeLabel`,{email:e.email}),onClick:()=>f({id:e.id,email:e.email}),children:t(`tokens.revoke`)})})]},e.id))})]})}),d&&(0,k.jsx)(r,{title:t(`org.revokeTitle`,{email:d.email}),confirmLabel:t(`tokens.revoke`),danger:!0,busy:u.busy,error:u.problem&&E(t,u.problem),onCancel:()=>{u.reset(),f(void 0)},onConfirm:async()=>{await u.run(async()=>(await x(I,{input:{id:d.id}})).revokeInvitation.userErrors)&&(f(void 0),l())},children:(0,k.jsx)(`p`,{children:t(`org.revokeBody`)})})]})}function U({org:e,onDone:n}){let{t:r}=T(),[i,a]=(0,O.useState)(e.name),o=t({name:`org-rename`}),[s,c]=(0,O.useState)(!1);return(0,k.jsxs)(`details`,{className:`rename`,children:[(0,k.jsx)(`summary`,{children:r(`org.rename`)}),o.summary,(0,k.jsxs)(`form`,{noValidate:!0,className:`toolbar`,onSubmit:async t=>{if(t.preventDefault(),!s){if(!i.trim())o.show({name:{key:`admin.organizations.nameRequired`}});else{c(!0);try{let{updateOrganization:t}=await x(L,{input:{id:e.id,name:i.trim()}});t.userErrors.length?o.showUserErrors(t.userErrors):(o.clear(),n())}catch(e){o.showError(e)}finally{c(!1)}}}},children:[(0,k.jsx)(l,{id:`org-rename`,label:r(`home.name`),value:i,error:o.fieldError(`name`),onChange:e=>a(e.target.value)}),(0,k.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":s||void 0,children:r(s?`app.saving`:`app.save`)})]})]})}function W({id:e,viewer:t}){let{t:r}=T(),{data:a,error:o,loading:c,refetch:l}=v(j,{id:e}),[u,d]=(0,O.useState)(),[f,m]=(0,O.useState)(),[x,w]=(0,O.useState)(0),E=a?.organization;if(C(E?.name??r(`org.title`)),o)return(0,k.jsx)(g,{error:o,retry:l});if(!E)return c?(0,k.jsx)(p,{}):(0,k.jsx)(g,{error:{code:`NOT_FOUND`}});let D=E.viewerRights.includes(`MANAGE_MEMBERS`),A=E.viewerRights.includes(`MANAGE_ORGANIZATION`);return(0,k.jsxs)(k.Fragment,{children:[(0,k.jsx)(y,{children:E.name}),(0,k.jsxs)(`p`,{className:`muted`,children:[r(`org.since`),` `,(0,k.jsx)(i,{value:E.createdAt}),n(t)&&(0,k.jsxs)(k.Fragment,{children:[` · `,(0,k.jsx)(h,{href:_.adminOrganizations,children:r(`admin.organizations.title`)})]})]}),A&&(0,k.jsx)(U,{org:E,onDone:()=>{d({key:`org.renamed`}),l()}}),u&&(0,k.jsx)(b,{children:r(u.key,u.values)}),(0,k.jsxs)(`section`,{className:`section`,"aria-labelledby":`members-title`,children:[(0,k.jsx)(`div`,{className:`page-head`,children:(0,k.jsx)(`h2`,{id:`members-title`,children:r(`org.members`)})}),D&&(0,k.jsx)(z,{org:E,onSent:e=>{d({key:`org.invitationSent`,values:{email:e}}),w(e=>e+1)}}),E.members.length===0?(0,k.jsx)(S,{children:r(`org.noMembers`)}):(0,k.jsx)(s,{label:r(`org.members`),children:(0,k.jsxs)(`table`,{children:[(0,k.jsx)(`caption`,{className:`visually-hidden`,children:r(`org.members`)}),(0,k.jsx)(`thead`,{children:(0,k.jsxs)(`tr`,{children:[(0,k.jsx)(`th`,{scope:`col`,children:r(`home.name`)}),(0,k.jsx)(`th`,{scope:`col`,children:r(`home.email`)}),(0,k.jsx)(`th`,{scope:`col`,children:r(`org.rightsLegend`)}),(0,k.jsx)(`th`,{scope:`col`,children:r(`org.memberSince`)}),D&&(0,k.jsx)(`th`,{scope:`col`,children:(0,k.jsx)(`span`,{className:`visually-hidden`,children:r(`app.actions`)})})]})}),(0,k.jsx)(`tbody`,{children:E.members.map(e=>(0,k.jsxs)(`tr`,{children:[(0,k.jsxs)(`td`,{children:[e.user.name||e.user.username,e.user.id===t.id&&(0,k.jsxs)(`span`,{className:`muted`,children:[` (`,r(`org.you`),`)`]})]}),(0,k.jsx)(`td`,{children:e.user.email}),(0,k.jsx)(`td`,{children:R(r,e.rights,r(`org.noRights`))}),(0,k.jsx)(`td`,{children:(0,k.jsx)(i,{value:e.createdAt})}),D&&(0,k.jsx)(`td`,{children:(0,k.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":r(`org.manageLabel`,{name:e.user.name||e.user.username}),onClick:()=>m(e),children:r(`org.manage`)})})]},e.id))})]})})]}),D&&(0,k.jsx)(H,{org:E},x),f&&(0,k.jsx)(B,{org:E,member:f,onClose:()=>m(void 0),onDone:e=>{m(void 0),d({key:e,values:{name:f.user.name||f.user.username}}),l()}})]})}function G(){let{id:e}=m();return(0,k.jsx)(u,{children:t=>(0,k.jsx)(`div`,{className:`wide`,children:(0,k.jsx)(W,{id:decodeURIComponent(e??``),viewer:t})})})}export{G as default};