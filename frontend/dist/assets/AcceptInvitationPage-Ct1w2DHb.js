import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,t as n}from"./react-DCTAcUCH.js";import{a as r,b as i,d as a,g as o,h as s,l as c,m as l,n as u,o as d,r as f,t as p,u as m}from"./useSubmit-InAaEiwO.js";import{f as h,o as g}from"./i18n-xDyC1ZvF.js";import{C as _,S as v,_ as y,d as b,f as x}from"./index-CYuvtwCm.js";import{n as S,r as C,t as w}from"./NewAccountFields-bXdEp88r.js";var T=e(t(),1),E=a(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organizationName
      rights
      expiresAt
      hasAccount
    }
  }
`),D=a(`
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
`),O=n();function k({token:e,preview:t,onJoined:n}){let{t:r}=h(),i={username:`accept-username`,name:`accept-name`,password:`accept-password`,confirmation:`accept-confirmation`},[a,o]=(0,T.useState)(C),s=p(i);async function c(t){t.preventDefault();let r=await s.run(async()=>(await l(D,{input:{token:e,username:a.username.trim(),name:a.name.trim()||void 0,password:a.password.password}})).acceptInvitation,{check:()=>S(a),succeeded:e=>!!e.membership});r&&n(r.membership?.organization.id)}return(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:r(`accept.newIntro`,{email:t.email})}),s.summary,(0,O.jsxs)(`form`,{noValidate:!0,onSubmit:c,"aria-busy":s.busy||void 0,children:[(0,O.jsx)(y,{id:`accept-email`,label:r(`home.email`),value:t.email,readOnly:!0,autoComplete:`email`}),(0,O.jsx)(w,{ids:i,values:a,onChange:o,email:t.email,errors:{username:s.fieldError(`username`),name:s.fieldError(`name`),password:s.fieldError(`password`),confirmation:s.fieldError(`confirmation`)}}),(0,O.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":s.busy||void 0,children:s.busy?r(`app.working`):r(`accept.createAndJoin`)})]})]})}function A({token:e,preview:t,onJoined:n}){let{t:r}=h(),{viewer:a,reload:s}=v(),[,c]=i(),u=p(),f=`${m.acceptInvitation}?token=${encodeURIComponent(e)}`,g=`${m.signIn}?next=${encodeURIComponent(f)}`;return a===void 0?(0,O.jsx)(d,{}):a?a.email.toLowerCase()===t.email.toLowerCase()?(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:r(`accept.existingIntro`,{email:t.email})}),u.alert,(0,O.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":u.busy||void 0,onClick:async()=>{let t=await u.run(async()=>(await l(D,{input:{token:e}})).acceptInvitation);t&&n(t.membership?.organization.id)},children:u.busy?r(`app.working`):r(`accept.accept`)})]}):(0,O.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,O.jsx)(`p`,{children:r(`accept.otherAccount`,{current:a.email,email:t.email})}),(0,O.jsx)(`button`,{type:`button`,className:`button`,onClick:async()=>{try{await l(_)}catch{}s(),c(g)},children:r(`accept.switchAccount`,{email:t.email})})]}):(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:r(`accept.signInFirst`,{email:t.email})}),(0,O.jsx)(`p`,{children:(0,O.jsx)(o,{href:g,className:`button`,children:r(`accept.signInToAccept`)})})]})}function j(){let{t:e}=h();u(e(`accept.title`));let t=x(),[,n]=i(),{reload:a}=v(),{data:o,error:l,loading:p,refetch:_}=s(E,{token:t??``}),y=o?.invitation,S=e=>{a(),n(e?c(e):m.profile,{replace:!0})},C;return C=!t||o&&!y?(0,O.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,O.jsx)(`p`,{children:(0,O.jsx)(`strong`,{children:g(e,{code:`TOKEN_INVALID`})})}),(0,O.jsx)(`p`,{children:e(`accept.badLink`)})]}):l?(0,O.jsx)(r,{error:l,retry:_}):y?(0,O.jsxs)(O.Fragment,{children:[(0,O.jsxs)(`div`,{className:`notice notice-info`,children:[(0,O.jsx)(`p`,{children:(0,O.jsx)(`strong`,{children:e(`accept.summary`,{org:y.organizationName,email:y.email})})}),(0,O.jsxs)(`p`,{children:[e(`accept.rights`),` `,y.rights.length?y.rights.map(t=>e(`rights.${t}`)).join(`, `):e(`org.noRights`)]}),(0,O.jsxs)(`p`,{children:[e(`accept.expires`),` `,(0,O.jsx)(b,{value:y.expiresAt})]})]}),y.hasAccount?(0,O.jsx)(A,{token:t,preview:y,onJoined:S}):(0,O.jsx)(k,{token:t,preview:y,onJoined:S})]}):p?(0,O.jsx)(d,{}):(0,O.jsx)(r,{retry:_}),(0,O.jsxs)(`div`,{className:`narrow`,children:[(0,O.jsx)(f,{children:e(`accept.title`)}),C]})}export{j as default};