import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,t as n}from"./react-DCTAcUCH.js";import{a as r,c as i,h as a,i as o,l as s,m as c,n as l,p as u,t as d,u as f,y as p}from"./useDocumentTitle-C2g8pska.js";import{f as m,o as h}from"./i18n-CiNPeL79.js";import{S as g,_,f as v,h as y,m as b,p as x,u as S,v as C,x as w}from"./index-Zzp2JyjF.js";var T=e(t(),1),E=f(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organizationName
      rights
      expiresAt
      hasAccount
    }
  }
`),D=f(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      membership {
        id
        organization {
          id
          name
        }
      }
      user {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`),O=n();function k({token:e,preview:t,onJoined:n}){let{t:r}=m(),i={username:`accept-username`,name:`accept-name`,password:`accept-password`,confirmation:`accept-confirmation`},[a,o]=(0,T.useState)(``),[s,c]=(0,T.useState)(``),[l,d]=(0,T.useState)({password:``,confirmation:``}),[f,p]=(0,T.useState)(!1),h=_(i);async function g(t){if(t.preventDefault(),f)return;let r={};a.trim()||(r.username={key:`admin.user.usernameRequired`});let i=y(l);if(i.password&&(r.password={key:i.password}),i.confirmation&&(r.confirmation={key:i.confirmation}),Object.keys(r).length)h.show(r);else{p(!0);try{let{acceptInvitation:t}=await u(D,{input:{token:e,username:a.trim(),name:s.trim()||void 0,password:l.password}});if(t.userErrors.length>0||!t.membership){h.showUserErrors(t.userErrors);return}n(t.membership.organization.id)}catch(e){h.showError(e)}finally{p(!1)}}}return(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:r(`accept.newIntro`,{email:t.email})}),h.summary,(0,O.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":f||void 0,children:[(0,O.jsx)(C,{id:`accept-email`,label:r(`home.email`),value:t.email,readOnly:!0,autoComplete:`email`}),(0,O.jsx)(C,{id:i.username,label:r(`home.username`),autoComplete:`username`,autoCapitalize:`none`,spellCheck:!1,value:a,error:h.fieldError(`username`),onChange:e=>o(e.target.value)}),(0,O.jsx)(C,{id:i.name,label:`${r(`home.name`)} (${r(`form.optional`)})`,autoComplete:`name`,value:s,error:h.fieldError(`name`),onChange:e=>c(e.target.value)}),(0,O.jsx)(b,{ids:{password:i.password,confirmation:i.confirmation},labels:{password:r(`signIn.password`),confirmation:r(`accept.passwordAgain`)},values:l,onChange:d,personal:{username:a,email:t.email},errors:{password:h.fieldError(`password`),confirmation:h.fieldError(`confirmation`)}}),(0,O.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f||void 0,children:r(f?`app.working`:`accept.createAndJoin`)})]})]})}function A({token:e,preview:t,onJoined:n}){let{t:i}=m(),{viewer:o,reload:c}=w(),[,l]=p(),d=S(),f=`${s.acceptInvitation}?token=${encodeURIComponent(e)}`,_=`${s.signIn}?next=${encodeURIComponent(f)}`;return o===void 0?(0,O.jsx)(r,{}):o?o.email.toLowerCase()===t.email.toLowerCase()?(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:i(`accept.existingIntro`,{email:t.email})}),d.problem&&(0,O.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:h(i,d.problem)}),(0,O.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":d.busy||void 0,onClick:async()=>{if(d.busy)return;let t;await d.run(async()=>{let{acceptInvitation:n}=await u(D,{input:{token:e}});return t=n.membership?.organization.id,n.userErrors})&&n(t)},children:d.busy?i(`app.working`):i(`accept.accept`)})]}):(0,O.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,O.jsx)(`p`,{children:i(`accept.otherAccount`,{current:o.email,email:t.email})}),(0,O.jsx)(`button`,{type:`button`,className:`button`,onClick:async()=>{try{await u(g)}catch{}c(),l(_)},children:i(`accept.switchAccount`,{email:t.email})})]}):(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:i(`accept.signInFirst`,{email:t.email})}),(0,O.jsx)(`p`,{children:(0,O.jsx)(a,{href:_,className:`button`,children:i(`accept.signInToAccept`)})})]})}function j(){let{t:e}=m();d(e(`accept.title`));let t=x(),[,n]=p(),{reload:a}=w(),{data:u,error:f,loading:g,refetch:_}=c(E,{token:t??``}),y=u?.invitation,b=e=>{a(),n(e?i(e):s.profile,{replace:!0})},S;return S=!t||u&&!y?(0,O.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,O.jsx)(`p`,{children:(0,O.jsx)(`strong`,{children:h(e,{code:`TOKEN_INVALID`})})}),(0,O.jsx)(`p`,{children:e(`accept.badLink`)})]}):f?(0,O.jsx)(o,{error:f,retry:_}):y?(0,O.jsxs)(O.Fragment,{children:[(0,O.jsxs)(`div`,{className:`notice notice-info`,children:[(0,O.jsx)(`p`,{children:(0,O.jsx)(`strong`,{children:e(`accept.summary`,{org:y.organizationName,email:y.email})})}),(0,O.jsxs)(`p`,{children:[e(`accept.rights`),` `,y.rights.length?y.rights.map(t=>e(`rights.${t}`)).join(`, `):e(`org.noRights`)]}),(0,O.jsxs)(`p`,{children:[e(`accept.expires`),` `,(0,O.jsx)(v,{value:y.expiresAt})]})]}),y.hasAccount?(0,O.jsx)(A,{token:t,preview:y,onJoined:b}):(0,O.jsx)(k,{token:t,preview:y,onJoined:b})]}):g?(0,O.jsx)(r,{}):(0,O.jsx)(o,{retry:_}),(0,O.jsxs)(`div`,{className:`narrow`,children:[(0,O.jsx)(l,{children:e(`accept.title`)}),S]})}export{j as default};