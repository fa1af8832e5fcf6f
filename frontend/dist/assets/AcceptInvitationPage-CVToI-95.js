import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,t as n}from"./react-DCTAcUCH.js";import{_ as r,d as i,f as a,g as o,h as s,i as c,o as l,r as u,s as d,t as f,u as p,x as m}from"./useSubmit-zoH6gLM6.js";import{f as h,o as g}from"./i18n-BH-2bZ9N.js";import{C as _,S as v,_ as y,d as b,f as x}from"./index-DJhq_IGm.js";import{n as S,r as C,t as w}from"./NewAccountFields-iL3pU7ab.js";var T=e(t(),1),E=a(`
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
`),O=n();function k({token:e,preview:t,onJoined:n}){let{t:r}=h(),i={username:`accept-username`,name:`accept-name`,password:`accept-password`,confirmation:`accept-confirmation`},[a,o]=(0,T.useState)(C),c=f(i);async function l(t){t.preventDefault();let r=await c.run(async()=>(await s(D,{input:{token:e,username:a.username.trim(),name:a.name.trim()||void 0,password:a.password.password}})).acceptInvitation,{check:()=>S(a),succeeded:e=>!!e.membership});r&&n(r.membership?.organization.id)}return(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:r(`accept.newIntro`,{email:t.email})}),c.summary,(0,O.jsxs)(`form`,{noValidate:!0,onSubmit:l,"aria-busy":c.busy||void 0,children:[(0,O.jsx)(y,{id:`accept-email`,label:r(`home.email`),value:t.email,readOnly:!0,autoComplete:`email`}),(0,O.jsx)(w,{ids:i,values:a,onChange:o,email:t.email,errors:{username:c.fieldError(`username`),name:c.fieldError(`name`),password:c.fieldError(`password`),confirmation:c.fieldError(`confirmation`)}}),(0,O.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":c.busy||void 0,children:c.busy?r(`app.working`):r(`accept.createAndJoin`)})]})]})}function A({token:e,preview:t,onJoined:n}){let{t:a}=h(),{viewer:o,reload:c}=v(),[,l]=m(),u=f(),p=`${i.acceptInvitation}?token=${encodeURIComponent(e)}`,g=`${i.signIn}?next=${encodeURIComponent(p)}`;return o===void 0?(0,O.jsx)(d,{}):o?o.email.toLowerCase()===t.email.toLowerCase()?(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:a(`accept.existingIntro`,{email:t.email})}),u.alert,(0,O.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":u.busy||void 0,onClick:async()=>{let t=await u.run(async()=>(await s(D,{input:{token:e}})).acceptInvitation);t&&n(t.membership?.organization.id)},children:u.busy?a(`app.working`):a(`accept.accept`)})]}):(0,O.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,O.jsx)(`p`,{children:a(`accept.otherAccount`,{current:o.email,email:t.email})}),(0,O.jsx)(`button`,{type:`button`,className:`button`,onClick:async()=>{try{await s(_)}catch{}c(),l(g)},children:a(`accept.switchAccount`,{email:t.email})})]}):(0,O.jsxs)(O.Fragment,{children:[(0,O.jsx)(`p`,{children:a(`accept.signInFirst`,{email:t.email})}),(0,O.jsx)(`p`,{children:(0,O.jsx)(r,{href:g,className:`button`,children:a(`accept.signInToAccept`)})})]})}function j(){let{t:e}=h();u(e(`accept.title`));let t=x(),[,n]=m(),{reload:r}=v(),{data:a,error:s,loading:f,refetch:_}=o(E,{token:t??``}),y=a?.invitation,S=e=>{r(),n(e?p(e):i.profile,{replace:!0})},C;return C=!t||a&&!y?(0,O.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,O.jsx)(`p`,{children:(0,O.jsx)(`strong`,{children:g(e,{code:`TOKEN_INVALID`})})}),(0,O.jsx)(`p`,{children:e(`accept.badLink`)})]}):s?(0,O.jsx)(l,{error:s,retry:_}):y?(0,O.jsxs)(O.Fragment,{children:[(0,O.jsxs)(`div`,{className:`notice notice-info`,children:[(0,O.jsx)(`p`,{children:(0,O.jsx)(`strong`,{children:e(`accept.summary`,{org:y.organizationName,email:y.email})})}),(0,O.jsxs)(`p`,{children:[e(`accept.rights`),` `,y.rights.length?y.rights.map(t=>e(`rights.${t}`)).join(`, `):e(`org.noRights`)]}),(0,O.jsxs)(`p`,{children:[e(`accept.expires`),` `,(0,O.jsx)(b,{value:y.expiresAt})]})]}),y.hasAccount?(0,O.jsx)(A,{token:t,preview:y,onJoined:S}):(0,O.jsx)(k,{token:t,preview:y,onJoined:S})]}):f?(0,O.jsx)(d,{}):(0,O.jsx)(l,{retry:_}),(0,O.jsxs)(`div`,{className:`narrow`,children:[(0,O.jsx)(c,{children:e(`accept.title`)}),C]})}export{j as default};