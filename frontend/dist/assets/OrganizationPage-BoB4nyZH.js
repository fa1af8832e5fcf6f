import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{a as t,n,o as r,t as i}from"./Dialog-B3pd1QKA.js";import{S as a,T as o,_ as s,a as c,c as l,d as u,f as d,g as f,h as p,i as m,k as h,n as g,o as _,r as v,s as y,t as b}from"./useDocumentTitle-Bsj61njS.js";import{c as x,f as S,m as C,t as w}from"./index-CjfsCgkm.js";import{n as T,t as E}from"./useProblems-DKfeY3BK.js";import{n as D}from"./viewer-CUTInxo3.js";var O=e(h(),1),k=l();function A({idPrefix:e,value:n,onChange:r,grantable:i,error:a}){let{t:s}=o(),c=`${e}-error`;return(0,k.jsxs)(`fieldset`,{"aria-describedby":a?c:void 0,className:a?`field-invalid`:void 0,children:[(0,k.jsx)(`legend`,{children:s(`org.rightsLegend`)}),a&&(0,k.jsx)(`p`,{className:`field-error`,id:c,children:a}),t.map(t=>{let a=`${e}-${t}`,o=i.includes(t);return(0,k.jsxs)(`div`,{className:`checkbox`,children:[(0,k.jsx)(`input`,{id:a,type:`checkbox`,checked:n.includes(t),disabled:!o,onChange:e=>r(e.target.checked?[...n,t]:n.filter(e=>e!==t))}),(0,k.jsxs)(`label`,{htmlFor:a,children:[s(`rights.${t}`),!o&&(0,k.jsxs)(`span`,{className:`muted`,children:[` (`,s(`org.cannotGrant`),`)`]})]})]},t)})]})}var j=d(`
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
`),M=d(`
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
`),N=d(`
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
`),P=d(`
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
`),F=d(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),I=d(`
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
`),L=d(`
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
`),R=(e,t,n)=>t.length===0?n:t.map(t=>e(`rights.${t}`)).join(`, `);function z({org:e,onSent:t}){let{t:n}=o(),[r,i]=(0,O.useState)(!1),[a,s]=(0,O.useState)(`new`),[c,l]=(0,O.useState)(``),[u,d]=(0,O.useState)([]),[f,m]=(0,O.useState)(!1),h=E({email:`invite-email`,rights:`invite-rights-MANAGE_MEMBERS`});async function g(n){if(n.preventDefault(),f)return;let r=c.trim();if(!r||!S(r))h.show({email:{key:r?`form.emailInvalid`:`admin.user.emailRequired`}});else{m(!0);try{let{inviteMember:n}=await p(N,{input:{organizationId:e.id,email:r,rights:u}});if(n.userErrors.length>0){h.showUserErrors(n.userErrors);return}h.clear(),l(``),d([]),i(!1),t(r)}catch(e){h.showError(e)}finally{m(!1)}}}return r?(0,k.jsxs)(`section`,{className:`panel`,"aria-labelledby":`add-user-title`,children:[(0,k.jsx)(`h3`,{id:`add-user-title`,children:n(`org.addUser`)}),h.summary,(0,k.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":f||void 0,children:[(0,k.jsxs)(`fieldset`,{children:[(0,k.jsx)(`legend`,{children:n(`org.whoLegend`)}),(0,k.jsxs)(`div`,{className:`checkbox`,children:[(0,k.jsx)(`input`,{id:`invite-new`,type:`radio`,name:`invite-kind`,checked:a===`new`,onChange:()=>s(`new`)}),(0,k.jsx)(`label`,{htmlFor:`invite-new`,children:n(`org.newUser`)})]}),(0,k.jsxs)(`div`,{className:`checkbox`,children:[(0,k.jsx)(`input`,{id:`invite-existing`,type:`radio`,name:`invite-kind`,checked:a===`existing`,onChange:()=>s(`existing`)}),(0,k.jsx)(`label`,{htmlFor:`invite-existing`,children:n(`org.existingUser`)})]}),(0,k.jsx)(`p`,{className:`field-hint`,children:n(a===`new`?`org.newUserHint`:`org.existingUserHint`)})]}),(0,k.jsx)(T,{id:`invite-email`,label:n(a===`new`?`org.newUserEmail`:`org.existingUserEmail`),type:`email`,autoComplete:`off`,spellCheck:!1,value:c,error:h.fieldError(`email`),onChange:e=>l(e.target.value)}),(0,k.jsx)(A,{idPrefix:`invite-rights`,value:u,onChange:d,grantable:e.viewerRights,error:h.fieldError(`rights`)}),(0,k.jsxs)(`div`,{className:`actions`,children:[(0,k.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f||void 0,children:n(f?`app.sending`:`org.sendInvitation`)}),(0,k.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>i(!1),children:n(`app.cancel`)})]})]})]}):(0,k.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>i(!0),"aria-expanded":!1,children:n(`org.addUser`)})}function B({org:e,member:t,onClose:r,onDone:a}){let{t:s}=o(),[c,l]=(0,O.useState)([...t.rights]),[u,d]=(0,O.useState)(!1),f=w(),m=w(),h=t.user.name||t.user.username;return u?(0,k.jsx)(i,{title:s(`org.deleteTitle`,{name:h,org:e.name}),confirmLabel:s(`org.deleteUser`),danger:!0,busy:m.busy,error:m.problem&&y(s,m.problem),onCancel:()=>d(!1),onConfirm:async()=>{await m.run(async()=>(await p(F,{input:{membershipId:t.id}})).removeMember.userErrors)&&a(`org.removed`)},children:(0,k.jsx)(`p`,{children:s(`org.deleteBody`,{name:h,org:e.name})})}):(0,k.jsx)(n,{title:s(`org.manageTitle`,{name:h}),onClose:r,children:(0,k.jsxs)(`form`,{noValidate:!0,onSubmit:async e=>{e.preventDefault(),f.busy||await f.run(async()=>(await p(P,{input:{membershipId:t.id,rights:c}})).updateMember.userErrors)&&a(`org.rightsSaved`)},children:[(0,k.jsx)(`p`,{className:`muted`,children:t.user.email}),(0,k.jsx)(A,{idPrefix:`manage-${t.id}`,value:c,onChange:l,grantable:e.viewerRights}),f.problem&&(0,k.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:y(s,f.problem)}),(0,k.jsxs)(`div`,{className:`actions`,children:[(0,k.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f.busy||void 0,children:f.busy?s(`app.saving`):s(`org.saveRights`)}),(0,k.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>d(!0),children:s(`org.deleteUser`)}),(0,k.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:r,children:s(`app.cancel`)})]})]})})}var V={PENDING:`badge`,ACCEPTED:`badge badge-ok`,REVOKED:`badge badge-error`,EXPIRED:`badge`};function H({org:e}){let{t}=o(),{data:n,error:a,loading:s,refetch:l}=f(M,{id:e.id}),u=w(),[d,h]=(0,O.useState)(),g=n?.organization?.invitations??[];return(0,k.jsxs)(`section`,{className:`section`,"aria-labelledby":`invitations-title`,children:[(0,k.jsx)(`h2`,{id:`invitations-title`,children:t(`org.invitations`)}),a?(0,k.jsx)(m,{error:a,retry:l}):!n&&s?(0,k.jsx)(c,{}):g.length===0?(0,k.jsx)(v,{children:t(`org.noInvitations`)}):(0,k.jsx)(r,{label:t(`org.invitations`),children:(0,k.jsxs)(`table`,{children:[(0,k.jsx)(`caption`,{className:`visually-hidden`,children:t(`org.invitations`)}),(0,k.jsx)(`thead`,{children:(0,k.jsxs)(`tr`,{children:[(0,k.jsx)(`th`,{scope:`col`,children:t(`home.email`)}),(0,k.jsx)(`th`,{scope:`col`,children:t(`org.rightsLegend`)}),(0,k.jsx)(`th`,{scope:`col`,children:t(`admin.users.status`)}),(0,k.jsx)(`th`,{scope:`col`,children:t(`org.sentAt`)}),(0,k.jsx)(`th`,{scope:`col`,children:t(`org.expiresAt`)}),(0,k.jsx)(`th`,{scope:`col`,children:(0,k.jsx)(`span`,{className:`visually-hidden`,children:t(`app.actions`)})})]})}),(0,k.jsx)(`tbody`,{children:g.map(e=>(0,k.jsxs)(`tr`,{children:[(0,k.jsx)(`td`,{children:e.email}),(0,k.jsx)(`td`,{children:R(t,e.rights,t(`org.noRights`))}),(0,k.jsx)(`td`,{children:(0,k.jsx)(`span`,{className:V[e.status],children:t(`org.status.${e.status}`)})}),(0,k.jsx)(`td`,{children:(0,k.jsx)(x,{value:e.createdAt})}),(0,k.jsx)(`td`,{children:(0,k.jsx)(x,{value:e.expiresAt})}),(0,k.jsx)(`td`,{children:e.status===`PENDING`&&(0,k.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":t(`org.revokeLabel`,{email:e.email}),onClick:()=>h({id:e.id,email:e.email}),children:t(`tokens.revoke`)})})]},e.id))})]})}),d&&(0,k.jsx)(i,{title:t(`org.revokeTitle`,{email:d.email}),confirmLabel:t(`tokens.revoke`),danger:!0,busy:u.busy,error:u.problem&&y(t,u.problem),onCancel:()=>{u.reset(),h(void 0)},onConfirm:async()=>{await u.run(async()=>(await p(I,{input:{id:d.id}})).revokeInvitation.userErrors)&&(h(void 0),l())},children:(0,k.jsx)(`p`,{children:t(`org.revokeBody`)})})]})}function U({org:e,onDone:t}){let{t:n}=o(),[r,i]=(0,O.useState)(e.name),a=E({name:`org-rename`}),[s,c]=(0,O.useState)(!1);return(0,k.jsxs)(`details`,{className:`rename`,children:[(0,k.jsx)(`summary`,{children:n(`org.rename`)}),a.summary,(0,k.jsxs)(`form`,{noValidate:!0,className:`toolbar`,onSubmit:async n=>{if(n.preventDefault(),!s){if(!r.trim())a.show({name:{key:`admin.organizations.nameRequired`}});else{c(!0);try{let{updateOrganization:n}=await p(L,{input:{id:e.id,name:r.trim()}});n.userErrors.length?a.showUserErrors(n.userErrors):(a.clear(),t())}catch(e){a.showError(e)}finally{c(!1)}}}},children:[(0,k.jsx)(T,{id:`org-rename`,label:n(`home.name`),value:r,error:a.fieldError(`name`),onChange:e=>i(e.target.value)}),(0,k.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":s||void 0,children:n(s?`app.saving`:`app.save`)})]})]})}function W({id:e,viewer:t}){let{t:n}=o(),{data:i,error:a,loading:l,refetch:d}=f(j,{id:e}),[p,h]=(0,O.useState)(),[y,S]=(0,O.useState)(),[C,w]=(0,O.useState)(0),T=i?.organization;if(b(T?.name??n(`org.title`)),a)return(0,k.jsx)(m,{error:a,retry:d});if(!T)return l?(0,k.jsx)(c,{}):(0,k.jsx)(m,{error:{code:`NOT_FOUND`}});let E=T.viewerRights.includes(`MANAGE_MEMBERS`),A=T.viewerRights.includes(`MANAGE_ORGANIZATION`);return(0,k.jsxs)(k.Fragment,{children:[(0,k.jsx)(g,{children:T.name}),(0,k.jsxs)(`p`,{className:`muted`,children:[n(`org.since`),` `,(0,k.jsx)(x,{value:T.createdAt}),D(t)&&(0,k.jsxs)(k.Fragment,{children:[` · `,(0,k.jsx)(s,{href:u.adminOrganizations,children:n(`admin.organizations.title`)})]})]}),A&&(0,k.jsx)(U,{org:T,onDone:()=>{h({key:`org.renamed`}),d()}}),p&&(0,k.jsx)(_,{children:n(p.key,p.values)}),(0,k.jsxs)(`section`,{className:`section`,"aria-labelledby":`members-title`,children:[(0,k.jsx)(`div`,{className:`page-head`,children:(0,k.jsx)(`h2`,{id:`members-title`,children:n(`org.members`)})}),E&&(0,k.jsx)(z,{org:T,onSent:e=>{h({key:`org.invitationSent`,values:{email:e}}),w(e=>e+1)}}),T.members.length===0?(0,k.jsx)(v,{children:n(`org.noMembers`)}):(0,k.jsx)(r,{label:n(`org.members`),children:(0,k.jsxs)(`table`,{children:[(0,k.jsx)(`caption`,{className:`visually-hidden`,children:n(`org.members`)}),(0,k.jsx)(`thead`,{children:(0,k.jsxs)(`tr`,{children:[(0,k.jsx)(`th`,{scope:`col`,children:n(`home.name`)}),(0,k.jsx)(`th`,{scope:`col`,children:n(`home.email`)}),(0,k.jsx)(`th`,{scope:`col`,children:n(`org.rightsLegend`)}),(0,k.jsx)(`th`,{scope:`col`,children:n(`org.memberSince`)}),E&&(0,k.jsx)(`th`,{scope:`col`,children:(0,k.jsx)(`span`,{className:`visually-hidden`,children:n(`app.actions`)})})]})}),(0,k.jsx)(`tbody`,{children:T.members.map(e=>(0,k.jsxs)(`tr`,{children:[(0,k.jsxs)(`td`,{children:[e.user.name||e.user.username,e.user.id===t.id&&(0,k.jsxs)(`span`,{className:`muted`,children:[` (`,n(`org.you`),`)`]})]}),(0,k.jsx)(`td`,{children:e.user.email}),(0,k.jsx)(`td`,{children:R(n,e.rights,n(`org.noRights`))}),(0,k.jsx)(`td`,{children:(0,k.jsx)(x,{value:e.createdAt})}),E&&(0,k.jsx)(`td`,{children:(0,k.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`org.manageLabel`,{name:e.user.name||e.user.username}),onClick:()=>S(e),children:n(`org.manage`)})})]},e.id))})]})})]}),E&&(0,k.jsx)(H,{org:T},C),y&&(0,k.jsx)(B,{org:T,member:y,onClose:()=>S(void 0),onDone:e=>{S(void 0),h({key:e,values:{name:y.user.name||y.user.username}}),d()}})]})}function G(){let{id:e}=a();return(0,k.jsx)(C,{children:t=>(0,k.jsx)(`div`,{className:`wide`,children:(0,k.jsx)(W,{id:decodeURIComponent(e??``),viewer:t})})})}export{G as default};