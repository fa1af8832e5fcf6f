import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,t as n}from"./react-DCTAcUCH.js";import{C as r,_ as i,a,d as o,m as s,n as c,o as l,r as u,t as d,u as f,v as p,y as m}from"./useSubmit-CvCejN6Q.js";import{f as h,o as g}from"./i18n-BEJJknIU.js";import{E as _,T as v,b as y,d as b,h as x}from"./index-BmAIrfkH.js";import{n as S,r as C,t as w}from"./NewAccountFields-8yM8-qFf.js";var T=e(t(),1),E=s(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organizationName
      rights
      expiresAt
      hasAccount
    }
  }
`),D=s(`
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
`),O=n();function k({token:e,preview:t,onJoined:n}){let{t:r}=h(),a={username:`accept-username`,name:`accept-name`,password:`accept-password`,confirmation:`accept-confirmation`},[o,s]=(0,T.useState)(C),c=d(a);async function l(t){t.preventDefault();let r=await c.run(async()=>(await i(D,{input:{token:e,username:o.username.trim(),name:o.name.trim()||void 0,password:o.password.password}})).acceptInvitation,{check:()=>S(o),succeeded:e=>!!e.membership});r&&n(r.membership?.organization.id)}return(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:r(`accept.newIntro`,{email:t.email})}),c.summary,(0,O.jsxs)(`form`,{noValidate:!0,onSubmit:l,"aria-busy":c.busy||void 0,children:[(0,O.jsx)(y,{id:`accept-email`,label:r(`home.email`),value:t.email,readOnly:!0,autoComplete:`email`}),(0,O.jsx)(w,{ids:a,values:o,onChange:s,email:t.email,errors:{username:c.fieldError(`username`),name:c.fieldError(`name`),password:c.fieldError(`password`),confirmation:c.fieldError(`confirmation`)}}),(0,O.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":c.busy||void 0,children:c.busy?r(`app.working`):r(`accept.createAndJoin`)})]})]})}function A({token:e,preview:t,onJoined:n}){let{t:a}=h(),{viewer:s,reload:c}=v(),[,u]=r(),f=d(),p=`${o.acceptInvitation}?token=${encodeURIComponent(e)}`,g=`${o.signIn}?next=${encodeURIComponent(p)}`;return s===void 0?(0,O.jsx)(l,{}):s?s.email.toLowerCase()===t.email.toLowerCase()?(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:a(`accept.existingIntro`,{email:t.email})}),f.alert,(0,O.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":f.busy||void 0,onClick:async()=>{let t=await f.run(async()=>(await i(D,{input:{token:e}})).acceptInvitation);t&&n(t.membership?.organization.id)},children:f.busy?a(`app.working`):a(`accept.accept`)})]}):(0,O.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,O.jsx)(`p`,{children:a(`accept.otherAccount`,{current:s.email,email:t.email})}),(0,O.jsx)(`button`,{type:`button`,className:`button`,onClick:async()=>{try{await i(_)}catch{}c(),u(g)},children:a(`accept.switchAccount`,{email:t.email})})]}):(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:a(`accept.signInFirst`,{email:t.email})}),(0,O.jsx)(`p`,{children:(0,O.jsx)(m,{href:g,className:`button`,children:a(`accept.signInToAccept`)})})]})}function j(){let{t:e}=h();c(e(`accept.title`));let t=x(),[,n]=r(),{reload:i}=v(),{data:s,error:d,loading:m,refetch:_}=p(E,{token:t??``}),y=s?.invitation,S=e=>{i(),n(e?f(e):o.profile,{replace:!0})},C;return C=!t||s&&!y?(0,O.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,O.jsx)(`p`,{children:(0,O.jsx)(`strong`,{children:g(e,{code:`TOKEN_INVALID`})})}),(0,O.jsx)(`p`,{children:e(`accept.badLink`)})]}):d?(0,O.jsx)(a,{error:d,retry:_}):y?(0,O.jsxs)(O.Fragment,{children:[(0,O.jsxs)(`div`,{className:`notice notice-info`,children:[(0,O.jsx)(`p`,{children:(0,O.jsx)(`strong`,{children:e(`accept.summary`,{org:y.organizationName,email:y.email})})}),(0,O.jsxs)(`p`,{children:[e(`accept.rights`),` `,y.rights.length?y.rights.map(t=>e(`rights.${t}`)).join(`, `):e(`org.noRights`)]}),(0,O.jsxs)(`p`,{children:[e(`accept.expires`),` `,(0,O.jsx)(b,{value:y.expiresAt})]})]}),y.hasAccount?(0,O.jsx)(A,{token:t,preview:y,onJoined:S}):(0,O.jsx)(k,{token:t,preview:y,onJoined:S})]}):m?(0,O.jsx)(l,{}):(0,O.jsx)(a,{retry:_}),(0,O.jsxs)(`div`,{className:`narrow`,children:[(0,O.jsx)(u,{children:e(`accept.title`)}),C]})}export{j as default};