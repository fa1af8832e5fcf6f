import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,t as n}from"./react-DCTAcUCH.js";import{a as r,b as i,d as a,g as o,h as s,l as c,m as l,n as u,o as d,r as f,t as p,u as m}from"./useSubmit-DYHl94Tx.js";import{f as h,o as g}from"./i18n-DmtKW4ON.js";import{d as _,f as v,h as y,p as b,u as x,v as S,y as C}from"./index-D2ArBl4m.js";var w=e(t(),1),T=a(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organizationName
      rights
      expiresAt
      hasAccount
    }
  }
`),E=a(`
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
`),D=n();function O({token:e,preview:t,onJoined:n}){let{t:r}=h(),i={username:`accept-username`,name:`accept-name`,password:`accept-password`,confirmation:`accept-confirmation`},[a,o]=(0,w.useState)(``),[s,c]=(0,w.useState)(``),[u,d]=(0,w.useState)({password:``,confirmation:``}),f=p(i);async function m(t){t.preventDefault();let r=await f.run(async()=>(await l(E,{input:{token:e,username:a.trim(),name:s.trim()||void 0,password:u.password}})).acceptInvitation,{check:()=>{let e={};a.trim()||(e.username={key:`admin.user.usernameRequired`});let t=b(u);return t.password&&(e.password={key:t.password}),t.confirmation&&(e.confirmation={key:t.confirmation}),e},succeeded:e=>!!e.membership});r&&n(r.membership?.organization.id)}return(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(`p`,{children:r(`accept.newIntro`,{email:t.email})}),f.summary,(0,D.jsxs)(`form`,{noValidate:!0,onSubmit:m,"aria-busy":f.busy||void 0,children:[(0,D.jsx)(y,{id:`accept-email`,label:r(`home.email`),value:t.email,readOnly:!0,autoComplete:`email`}),(0,D.jsx)(y,{id:i.username,label:r(`home.username`),autoComplete:`username`,autoCapitalize:`none`,spellCheck:!1,value:a,error:f.fieldError(`username`),onChange:e=>o(e.target.value)}),(0,D.jsx)(y,{id:i.name,label:`${r(`home.name`)} (${r(`form.optional`)})`,autoComplete:`name`,value:s,error:f.fieldError(`name`),onChange:e=>c(e.target.value)}),(0,D.jsx)(v,{ids:{password:i.password,confirmation:i.confirmation},labels:{password:r(`signIn.password`),confirmation:r(`accept.passwordAgain`)},values:u,onChange:d,personal:{username:a,email:t.email},errors:{password:f.fieldError(`password`),confirmation:f.fieldError(`confirmation`)}}),(0,D.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":f.busy||void 0,children:f.busy?r(`app.working`):r(`accept.createAndJoin`)})]})]})}function k({token:e,preview:t,onJoined:n}){let{t:r}=h(),{viewer:a,reload:s}=S(),[,c]=i(),u=p(),f=`${m.acceptInvitation}?token=${encodeURIComponent(e)}`,g=`${m.signIn}?next=${encodeURIComponent(f)}`;return a===void 0?(0,D.jsx)(d,{}):a?a.email.toLowerCase()===t.email.toLowerCase()?(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(`p`,{children:r(`accept.existingIntro`,{email:t.email})}),u.alert,(0,D.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":u.busy||void 0,onClick:async()=>{let t=await u.run(async()=>(await l(E,{input:{token:e}})).acceptInvitation);t&&n(t.membership?.organization.id)},children:u.busy?r(`app.working`):r(`accept.accept`)})]}):(0,D.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,D.jsx)(`p`,{children:r(`accept.otherAccount`,{current:a.email,email:t.email})}),(0,D.jsx)(`button`,{type:`button`,className:`button`,onClick:async()=>{try{await l(C)}catch{}s(),c(g)},children:r(`accept.switchAccount`,{email:t.email})})]}):(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(`p`,{children:r(`accept.signInFirst`,{email:t.email})}),(0,D.jsx)(`p`,{children:(0,D.jsx)(o,{href:g,className:`button`,children:r(`accept.signInToAccept`)})})]})}function A(){let{t:e}=h();u(e(`accept.title`));let t=_(),[,n]=i(),{reload:a}=S(),{data:o,error:l,loading:p,refetch:v}=s(T,{token:t??``}),y=o?.invitation,b=e=>{a(),n(e?c(e):m.profile,{replace:!0})},C;return C=!t||o&&!y?(0,D.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,D.jsx)(`p`,{children:(0,D.jsx)(`strong`,{children:g(e,{code:`TOKEN_INVALID`})})}),(0,D.jsx)(`p`,{children:e(`accept.badLink`)})]}):l?(0,D.jsx)(r,{error:l,retry:v}):y?(0,D.jsxs)(D.Fragment,{children:[(0,D.jsxs)(`div`,{className:`notice notice-info`,children:[(0,D.jsx)(`p`,{children:(0,D.jsx)(`strong`,{children:e(`accept.summary`,{org:y.organizationName,email:y.email})})}),(0,D.jsxs)(`p`,{children:[e(`accept.rights`),` `,y.rights.length?y.rights.map(t=>e(`rights.${t}`)).join(`, `):e(`org.noRights`)]}),(0,D.jsxs)(`p`,{children:[e(`accept.expires`),` `,(0,D.jsx)(x,{value:y.expiresAt})]})]}),y.hasAccount?(0,D.jsx)(k,{token:t,preview:y,onJoined:b}):(0,D.jsx)(O,{token:t,preview:y,onJoined:b})]}):p?(0,D.jsx)(d,{}):(0,D.jsx)(r,{retry:v}),(0,D.jsxs)(`div`,{className:`narrow`,children:[(0,D.jsx)(f,{children:e(`accept.title`)}),C]})}export{A as default};