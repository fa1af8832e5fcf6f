import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{T as t,_ as n,a as r,c as i,d as a,f as o,g as s,h as c,i as l,k as u,n as d,s as f,t as p,u as m,x as h}from"./useDocumentTitle-Bsj61njS.js";import{c as g,d as _,l as v,t as y,u as b}from"./index-CjfsCgkm.js";import{n as x,t as S}from"./useProblems-DKfeY3BK.js";import{r as C}from"./viewer-CUTInxo3.js";var w=e(u(),1),T=o(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organizationName
      rights
      expiresAt
      hasAccount
    }
  }
`),E=o(`
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
`),D=i();function O({token:e,preview:n,onJoined:r}){let{t:i}=t(),a={username:`accept-username`,name:`accept-name`,password:`accept-password`,confirmation:`accept-confirmation`},[o,s]=(0,w.useState)(``),[l,u]=(0,w.useState)(``),[d,f]=(0,w.useState)({password:``,confirmation:``}),[p,m]=(0,w.useState)(!1),h=S(a);async function g(t){if(t.preventDefault(),p)return;let n={};o.trim()||(n.username={key:`admin.user.usernameRequired`});let i=_(d);if(i.password&&(n.password={key:i.password}),i.confirmation&&(n.confirmation={key:i.confirmation}),Object.keys(n).length)h.show(n);else{m(!0);try{let{acceptInvitation:t}=await c(E,{input:{token:e,username:o.trim(),name:l.trim()||void 0,password:d.password}});if(t.userErrors.length>0||!t.membership){h.showUserErrors(t.userErrors);return}r(t.membership.organization.id)}catch(e){h.showError(e)}finally{m(!1)}}}return(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(`p`,{children:i(`accept.newIntro`,{email:n.email})}),h.summary,(0,D.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":p||void 0,children:[(0,D.jsx)(x,{id:`accept-email`,label:i(`home.email`),value:n.email,readOnly:!0,autoComplete:`email`}),(0,D.jsx)(x,{id:a.username,label:i(`home.username`),autoComplete:`username`,autoCapitalize:`none`,spellCheck:!1,value:o,error:h.fieldError(`username`),onChange:e=>s(e.target.value)}),(0,D.jsx)(x,{id:a.name,label:`${i(`home.name`)} (${i(`form.optional`)})`,autoComplete:`name`,value:l,error:h.fieldError(`name`),onChange:e=>u(e.target.value)}),(0,D.jsx)(b,{ids:{password:a.password,confirmation:a.confirmation},labels:{password:i(`signIn.password`),confirmation:i(`accept.passwordAgain`)},values:d,onChange:f,personal:{username:o,email:n.email},errors:{password:h.fieldError(`password`),confirmation:h.fieldError(`confirmation`)}}),(0,D.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":p||void 0,children:i(p?`app.working`:`accept.createAndJoin`)})]})]})}function k({token:e,preview:i,onJoined:o}){let{t:s}=t(),{viewer:l}=C(),u=y(),d=`${a.acceptInvitation}?token=${encodeURIComponent(e)}`,p=`${a.signIn}?next=${encodeURIComponent(d)}`;return l===void 0?(0,D.jsx)(r,{}):l?l.email.toLowerCase()===i.email.toLowerCase()?(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(`p`,{children:s(`accept.existingIntro`,{email:i.email})}),u.problem&&(0,D.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:f(s,u.problem)}),(0,D.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":u.busy||void 0,onClick:async()=>{if(u.busy)return;let t;await u.run(async()=>{let{acceptInvitation:n}=await c(E,{input:{token:e}});return t=n.membership?.organization.id,n.userErrors})&&o(t)},children:u.busy?s(`app.working`):s(`accept.accept`)})]}):(0,D.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,D.jsx)(`p`,{children:s(`accept.otherAccount`,{current:l.email,email:i.email})}),(0,D.jsx)(`p`,{children:s(`accept.otherAccountHow`)})]}):(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(`p`,{children:s(`accept.signInFirst`,{email:i.email})}),(0,D.jsx)(`p`,{children:(0,D.jsx)(n,{href:p,className:`button`,children:s(`accept.signInToAccept`)})})]})}function A(){let{t:e}=t();p(e(`accept.title`));let n=v(),[,i]=h(),{reload:o}=C(),{data:c,error:u,loading:_,refetch:y}=s(T,{token:n??``}),b=c?.invitation,x=e=>{o(),i(e?m(e):a.profile,{replace:!0})},S;return S=!n||c&&!b?(0,D.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,D.jsx)(`p`,{children:(0,D.jsx)(`strong`,{children:f(e,{code:`TOKEN_INVALID`})})}),(0,D.jsx)(`p`,{children:e(`accept.badLink`)})]}):u?(0,D.jsx)(l,{error:u,retry:y}):b?(0,D.jsxs)(D.Fragment,{children:[(0,D.jsxs)(`div`,{className:`notice notice-info`,children:[(0,D.jsx)(`p`,{children:(0,D.jsx)(`strong`,{children:e(`accept.summary`,{org:b.organizationName,email:b.email})})}),(0,D.jsxs)(`p`,{children:[e(`accept.rights`),` `,b.rights.length?b.rights.map(t=>e(`rights.${t}`)).join(`, `):e(`org.noRights`)]}),(0,D.jsxs)(`p`,{children:[e(`accept.expires`),` `,(0,D.jsx)(g,{value:b.expiresAt})]})]}),b.hasAccount?(0,D.jsx)(k,{token:n,preview:b,onJoined:x}):(0,D.jsx)(O,{token:n,preview:b,onJoined:x})]}):_?(0,D.jsx)(r,{}):(0,D.jsx)(l,{retry:y}),(0,D.jsxs)(`div`,{className:`narrow`,children:[(0,D.jsx)(d,{children:e(`accept.title`)}),S]})}export{A as default};