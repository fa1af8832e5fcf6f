const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Admin-fnIqkZQH.js","assets/rolldown-runtime-WkwZ5CU-.js","assets/react-DCTAcUCH.js","assets/useSubmit-D3d7S7Ap.js","assets/i18n-Bx4OJ5uA.js","assets/OrganizationPage-DNk6EWmg.js","assets/AcceptInvitationPage-BNE6WSg1.js","assets/NewAccountFields-1k51H1IP.js","assets/SignUpPage-QlNIchoj.js","assets/VerifyEmailPage-DYCqIlod.js","assets/emailLinks.graphql-98-O9lva.js","assets/ConfirmEmailPage-Co3rOpkI.js","assets/ReportSignInPage--FMaRPFZ.js"])))=>i.map(i=>d[i]);
import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,n,r,t as i}from"./react-DCTAcUCH.js";import{c as a,d as o,f as s,i as c,l,n as u,o as d,s as f,u as p}from"./i18n-Bx4OJ5uA.js";import{S as m,_ as h,a as g,b as _,c as v,d as y,f as ee,g as b,h as x,i as S,l as te,m as C,n as w,o as T,p as ne,r as E,s as D,t as O,u as k,v as A,y as re}from"./useSubmit-D3d7S7Ap.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var j=e(t(),1),ie=n(),M=y(`
  mutation SignOut {
    signOut {
      userErrors {
        code
        field
        message
      }
    }
  }
`),ae=y(`
  query Viewer {
    me {
      id
      email
      username
      name
      role
      locale
      mustChangePassword
    }
  }
`),N=i(),oe=(0,j.createContext)({viewer:void 0,loading:!0,refresh:()=>{},reload:()=>{}});function se({children:e}){let{data:t,error:n,loading:r,refetch:i,reload:a}=x(ae),o=(0,j.useMemo)(()=>{let e;return t?e=t.me??null:n?.code===`UNAUTHENTICATED`&&(e=null),{viewer:e,error:e===void 0?n:void 0,loading:r,refresh:i,reload:a}},[t,n,r,i,a]);return(0,N.jsx)(oe.Provider,{value:o,children:e})}function P(){return(0,j.useContext)(oe)}var F=e=>e?.role===`ADMIN`,I=y(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      user {
        id
        name
        locale
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);function ce(){let{t:e,i18n:t}=s(),{viewer:n}=P(),r=p(t.resolvedLanguage)?t.resolvedLanguage:`en`;return(0,N.jsxs)(`div`,{className:`language-switcher`,children:[(0,N.jsx)(`label`,{htmlFor:`language`,children:e(`language.label`)}),(0,N.jsx)(`select`,{id:`language`,value:r,onChange:e=>{let t=e.target.value;p(t)&&(a(t),n&&!n.mustChangePassword&&C(I,{input:{locale:t}}).catch(()=>{}))},children:o.map(t=>(0,N.jsx)(`option`,{value:t,lang:t,children:e(`language.${t}`)},t))})]})}function le(){return(0,N.jsx)(`svg`,{className:`icon`,viewBox:`0 0 24 24`,width:`20`,height:`20`,"aria-hidden":`true`,focusable:`false`,children:(0,N.jsx)(`path`,{fill:`currentColor`,d:`M19.14 12.94a7.5 7.5 0 0 0 .05-.94 7.5 7.5 0 0 0-.05-.94l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54A.5.5 0 0 0 13.9 2h-3.8a.5.5 0 0 0-.49.42l-.36 2.54c-.59.24-1.13.56-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.48a.5.5 0 0 0 .12.64l2.03 1.58a7.5 7.5 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.12.22.39.3.6.22l2.39-.96c.5.38 1.04.7 1.63.94l.36 2.54c.05.24.25.42.49.42h3.8c.24 0 .45-.18.49-.42l.36-2.54c.59-.24 1.13-.56 1.63-.94l2.39.96c.22.08.48 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7z`})})}function ue({label:e}){let{t}=s(),{reload:n}=P(),[,r]=_(),[i,a]=(0,j.useState)(!1),[o,c]=(0,j.useState)(!1),l=(0,j.useId)(),u=(0,j.useRef)(null),d=(0,j.useRef)(null);(0,j.useEffect)(()=>{if(!i)return;let e=e=>{d.current?.contains(e.target)||a(!1)};return document.addEventListener(`mousedown`,e),()=>document.removeEventListener(`mousedown`,e)},[i]);async function f(){if(!o){c(!0);try{await C(M)}catch{}finally{c(!1),a(!1),n(),r(k.signIn,{replace:!0})}}}return(0,N.jsxs)(`div`,{className:`menu`,ref:d,onKeyDown:e=>{e.key===`Escape`&&i&&(a(!1),u.current?.focus())},children:[(0,N.jsxs)(`button`,{ref:u,type:`button`,className:`menu-button`,"aria-expanded":i,"aria-controls":l,onClick:()=>a(e=>!e),children:[(0,N.jsx)(le,{}),(0,N.jsx)(`span`,{className:`menu-label`,children:e}),(0,N.jsxs)(`span`,{className:`visually-hidden`,children:[` – `,t(`nav.accountMenu`)]})]}),(0,N.jsxs)(`ul`,{id:l,className:`menu-list`,hidden:!i,children:[(0,N.jsx)(`li`,{children:(0,N.jsx)(b,{href:k.profile,onClick:()=>a(!1),children:t(`nav.settings`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`button`,{type:`button`,className:`link-button`,onClick:f,"aria-disabled":o||void 0,children:t(o?`home.signingOut`:`home.signOut`)})})]})]})}function de({children:e}){let{t}=s(),{viewer:n}=P();return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`a`,{className:`skip-link`,href:`#main`,children:t(`app.skipToContent`)}),(0,N.jsxs)(`header`,{className:`site-header`,children:[(0,N.jsx)(b,{href:k.home,className:`brand`,children:t(`app.name`)}),(0,N.jsxs)(`nav`,{className:`site-nav`,"aria-label":t(`nav.label`),children:[n&&F(n)&&(0,N.jsx)(b,{href:k.adminUsers,className:`nav-link`,children:t(`nav.admin`)}),n?(0,N.jsx)(ue,{label:n.name||n.username}):(0,N.jsx)(b,{href:k.signIn,className:`nav-link`,children:t(`signIn.title`)})]}),(0,N.jsx)(ce,{})]}),(0,N.jsx)(`main`,{id:`main`,tabIndex:-1,children:e})]})}function L(e){if(typeof e==`string`&&e!==``&&e.startsWith(`/`)&&!(e.startsWith(`//`)||e.startsWith(`/\\`))&&!/[\\\u0000-\u001f\u007f]/.test(e))try{let t=`https://latchkey.invalid`,n=new URL(e,t);return n.origin===t?n.pathname+n.search+n.hash:void 0}catch{return}}function fe(e,t){let n=L(t);return n&&n!==`/`?`${e}?next=${encodeURIComponent(n)}`:e}function pe(){let{t:e}=s();return w(e(`forbidden.title`)),(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e(`forbidden.title`)}),(0,N.jsx)(`p`,{children:e(`forbidden.body`)}),(0,N.jsx)(`p`,{children:(0,N.jsx)(b,{href:k.home,children:e(`notFound.home`)})})]})}function R({children:e,admin:t}){let{viewer:n,error:r,loading:i,refresh:a}=P(),[o]=_(),s=m(),c=o+(s?`?${s}`:``);return n===void 0?i||!r?(0,N.jsx)(T,{}):(0,N.jsx)(g,{error:r,retry:a}):n===null?i?(0,N.jsx)(T,{}):(0,N.jsx)(h,{to:fe(k.signIn,c),replace:!0}):n.mustChangePassword&&!i&&o!==k.changePassword?(0,N.jsx)(h,{to:`${k.changePassword}?next=${encodeURIComponent(c)}`,replace:!0}):t&&!F(n)?(0,N.jsx)(pe,{}):(0,N.jsx)(N.Fragment,{children:e(n)})}var me=y(`
  query Home {
    me {
      id
      name
      email
      username
      role
      createdAt
      lastSignInAt
    }
  }
`);function he(){let{t:e,i18n:t}=s();w(e(`home.title`));let[,n]=_(),{data:r,error:i,loading:a}=x(me),o=P(),l=O();if(i?.code===`UNAUTHENTICATED`||r&&!r.me)return(0,N.jsx)(h,{to:k.signIn,replace:!0});if(a&&!r)return(0,N.jsx)(`p`,{className:`status`,role:`status`,children:e(`app.loading`)});if(i||!r?.me)return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e(`home.title`)}),(0,N.jsx)(`p`,{className:`error-summary`,role:`alert`,children:d(e,i??{code:`UNKNOWN`})})]});let u=r.me,f=t.resolvedLanguage??`en`;async function p(){await l.run(async()=>{try{return(await C(M)).signOut}catch(e){if(e instanceof ee&&e.code===`UNAUTHENTICATED`)return{userErrors:[]};throw e}})&&(o.reload(),n(k.signIn,{replace:!0}))}return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e(`home.title`)}),(0,N.jsx)(`p`,{className:`lead`,children:e(`home.greeting`,{name:u.name||u.username})}),(0,N.jsxs)(`dl`,{className:`details`,children:[(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.name`)}),(0,N.jsx)(`dd`,{children:u.name})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.email`)}),(0,N.jsx)(`dd`,{children:u.email})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.username`)}),(0,N.jsx)(`dd`,{children:u.username})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.role`)}),(0,N.jsx)(`dd`,{children:e(`role.${u.role}`)})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.memberSince`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(`time`,{dateTime:u.createdAt,children:c(u.createdAt,f)})})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.lastSignIn`)}),(0,N.jsx)(`dd`,{children:u.lastSignInAt?(0,N.jsx)(`time`,{dateTime:u.lastSignInAt,children:c(u.lastSignInAt,f)}):e(`home.never`)})]})]}),(0,N.jsxs)(`ul`,{className:`help-links home-links`,children:[(0,N.jsx)(`li`,{children:(0,N.jsx)(b,{href:k.profile,children:e(`home.profileLink`)})}),u.role===`ADMIN`&&(0,N.jsx)(`li`,{children:(0,N.jsx)(b,{href:k.adminUsers,children:e(`home.adminLink`)})})]}),l.message&&(0,N.jsx)(`p`,{className:`error-summary`,role:`alert`,children:l.message}),(0,N.jsx)(`button`,{type:`button`,className:`button`,onClick:p,"aria-disabled":l.busy||void 0,children:l.busy?e(`home.signingOut`):e(`home.signOut`)})]})}function ge(){let{t:e}=s();return w(e(`notFound.title`)),(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e(`notFound.title`)}),(0,N.jsx)(`p`,{children:e(`notFound.body`)}),(0,N.jsx)(`p`,{children:(0,N.jsx)(b,{href:k.home,children:e(`notFound.home`)})})]})}var z;function _e(e){z=e}function ve(){let e=z;return z=void 0,e}function B({id:e,label:t,error:n,hint:r,describedBy:i,ref:a,children:o,...s}){let c=`${e}-error`,l=`${e}-hint`,u=[n?c:``,r?l:``,i??``].filter(Boolean).join(` `);return(0,N.jsxs)(`div`,{className:n?`field field-invalid`:`field`,children:[(0,N.jsx)(`label`,{htmlFor:e,children:t}),r&&(0,N.jsx)(`p`,{id:l,className:`field-hint`,children:r}),n&&(0,N.jsx)(`p`,{id:c,className:`field-error`,children:n}),(0,N.jsx)(`input`,{ref:a,id:e,"aria-invalid":n?!0:void 0,"aria-describedby":u||void 0,...s}),o]})}var ye=y(`
  mutation RequestReset($input: RequestResetInput!) {
    requestReset(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),be=y(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
      mustChangePassword
      userErrors {
        code
        field
        message
      }
    }
  }
`),xe=[`login`,`password`];function Se(e){let t={};return e.login.trim()===``&&(t.login=`signIn.loginRequired`),e.password===``&&(t.password=`signIn.passwordRequired`),t}var V={login:`sign-in-login`,password:`sign-in-password`};function Ce({login:e}){let{t}=s(),n=(0,j.useRef)(null),[r,i]=(0,j.useState)(!1),a=O();(0,j.useEffect)(()=>n.current?.focus(),[]);async function o(){r||await a.run(async()=>(await C(ye,{input:{login:e}})).requestReset)&&i(!0)}return(0,N.jsxs)(`div`,{className:`notice notice-warning locked`,ref:n,tabIndex:-1,role:`alert`,"aria-labelledby":`locked-title`,children:[(0,N.jsx)(`h2`,{id:`locked-title`,children:t(`locked.title`)}),r?(0,N.jsxs)(`div`,{role:`status`,children:[(0,N.jsx)(`p`,{children:(0,N.jsx)(`strong`,{children:t(`locked.sent`)})}),(0,N.jsx)(`p`,{children:t(`forgotPassword.checkSpam`)})]}):(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`p`,{children:t(`locked.body`)}),(0,N.jsx)(`p`,{children:t(`locked.question`)}),a.message&&(0,N.jsx)(`p`,{className:`field-error`,children:a.message}),(0,N.jsx)(`button`,{type:`button`,className:`button`,onClick:o,"aria-disabled":a.busy||void 0,children:a.busy?t(`app.sending`):t(`locked.confirm`)})]})]})}function we(){let{t:e}=s();w(e(`signIn.title`));let[,t]=_(),n=m(),r=L(new URLSearchParams(n).get(`next`)),{viewer:i,loading:a,reload:o}=P(),c=(0,j.useId)(),[l,u]=(0,j.useState)({login:``,password:``}),d=O(V),[f,p]=(0,j.useState)(),[g,v]=(0,j.useState)(!1),[y,ee]=(0,j.useState)(!1),[x]=(0,j.useState)(ve);if(i&&!a&&!y)return(0,N.jsx)(h,{to:i.mustChangePassword?k.changePassword:r??k.home,replace:!0});async function S(e){if(e.preventDefault(),d.busy)return;p(void 0);let n=l.login.trim(),i=await d.run(async()=>(await C(be,{input:{login:n,password:l.password}})).signIn,{check:()=>{let e=Se(l),t={};for(let n of xe){let r=e[n];r&&(t[n]={key:r})}return t},succeeded:e=>!!e.user,handle:e=>(u(e=>({...e,password:``})),e.some(e=>e.code===`ACCOUNT_LOCKED`)?(d.clear(),p(n),!0):!1)});i&&(ee(!0),o(),i.mustChangePassword?t(`${k.changePassword}${r?`?next=${encodeURIComponent(r)}`:``}`,{replace:!0}):t(r??k.home,{replace:!0}))}return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e(`signIn.title`)}),x&&(0,N.jsx)(D,{children:(0,N.jsx)(`p`,{children:e(x.key,x.values)})}),d.summary,f&&(0,N.jsx)(Ce,{login:f},f),(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:S,"aria-busy":d.busy||void 0,children:[(0,N.jsx)(B,{id:V.login,name:`login`,label:e(`signIn.login`),error:d.fieldError(`login`),type:`text`,autoComplete:`username`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1,value:l.login,onChange:e=>u(t=>({...t,login:e.target.value}))}),(0,N.jsx)(B,{id:V.password,name:`password`,label:e(`signIn.password`),error:d.fieldError(`password`),type:`password`,autoComplete:`current-password`,value:l.password,onChange:e=>u(t=>({...t,password:e.target.value}))}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d.busy||void 0,children:d.busy?e(`signIn.submitting`):e(`signIn.submit`)})]}),(0,N.jsxs)(`div`,{className:`aside`,children:[(0,N.jsx)(`button`,{type:`button`,className:`link-button`,"aria-expanded":g,"aria-controls":c,onClick:()=>v(e=>!e),children:e(`signIn.cantSignIn`)}),(0,N.jsxs)(`ul`,{id:c,className:`help-links`,hidden:!g,children:[(0,N.jsx)(`li`,{children:(0,N.jsx)(b,{href:k.forgotPassword,children:e(`signIn.forgotPassword`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(b,{href:k.forgotUsername,children:e(`signIn.forgotUsername`)})})]}),(0,N.jsxs)(`p`,{children:[e(`signIn.noAccount`),` `,(0,N.jsx)(b,{href:k.signUp,children:e(`signIn.signUp`)})]})]})]})}function Te({title:e,intro:t,field:n,submitLabel:r,check:i,send:a,sentTitle:o,sentBody:c,other:l}){let{t:u}=s();w(e);let[d,f]=(0,j.useState)(``),[p,m]=(0,j.useState)(),h=O({[n.name]:n.id});return p?(0,N.jsx)(De,{title:o,onAgain:()=>m(void 0),children:(0,N.jsx)(`p`,{children:c(p)})}):(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e}),(0,N.jsx)(`p`,{children:t}),h.summary,(0,N.jsxs)(`form`,{noValidate:!0,"aria-busy":h.busy||void 0,onSubmit:async e=>{e.preventDefault();let t=d.trim();await h.run(()=>a(t),{check:()=>{let e=i(t);return e?{[n.name]:{key:e}}:{}}})&&m(t)},children:[(0,N.jsx)(B,{...n,error:h.fieldError(n.name),value:d,onChange:e=>f(e.target.value)}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h.busy||void 0,children:h.busy?u(`app.sending`):r})]}),(0,N.jsx)(Ee,{first:(0,N.jsx)(b,{href:l.href,children:l.label})})]})}function Ee({first:e}){let{t}=s();return(0,N.jsxs)(`ul`,{className:`aside help-links`,children:[(0,N.jsx)(`li`,{children:e}),(0,N.jsx)(`li`,{children:(0,N.jsx)(b,{href:k.signIn,children:t(`forgotPassword.backToSignIn`)})})]})}function De({title:e,children:t,onAgain:n}){let{t:r}=s();return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{focusOnMount:!0,children:e}),(0,N.jsxs)(`div`,{className:`notice notice-success`,role:`status`,children:[t,(0,N.jsx)(`p`,{children:r(`forgotPassword.checkSpam`)})]}),(0,N.jsx)(Ee,{first:(0,N.jsx)(`button`,{type:`button`,className:`link-button`,onClick:n,children:r(`forgotPassword.tryAgain`)})})]})}function Oe(){let{t:e}=s();return(0,N.jsx)(Te,{title:e(`forgotPassword.title`),intro:e(`forgotPassword.intro`),field:{id:`forgot-login`,name:`login`,label:e(`signIn.login`),type:`text`,autoComplete:`username`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1},submitLabel:e(`forgotPassword.submit`),check:e=>e?void 0:`signIn.loginRequired`,send:async e=>(await C(ye,{input:{login:e}})).requestReset,sentTitle:e(`forgotPassword.sentTitle`),sentBody:t=>e(`forgotPassword.sentBody`,{login:t}),other:{href:k.forgotUsername,label:e(`signIn.forgotUsername`)}})}function H(e){return/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.trim())}var ke=y(`
  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {
    requestUsernameReminder(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);function Ae(){let{t:e}=s();return(0,N.jsx)(Te,{title:e(`forgotUsername.title`),intro:e(`forgotUsername.intro`),field:{id:`forgot-username-email`,name:`email`,label:e(`form.email`),type:`email`,autoComplete:`email`,spellCheck:!1},submitLabel:e(`forgotUsername.submit`),check:e=>e?H(e)?void 0:`form.emailInvalid`:`forgotUsername.emailRequired`,send:async e=>(await C(ke,{input:{email:e}})).requestUsernameReminder,sentTitle:e(`forgotUsername.sentTitle`),sentBody:t=>e(`forgotUsername.sentBody`,{email:t}),other:{href:k.forgotPassword,label:e(`signIn.forgotPassword`)}})}function je({title:e,children:t}){let{t:n}=s();return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{focusOnMount:!0,children:e}),(0,N.jsx)(D,{children:t}),(0,N.jsx)(`p`,{children:(0,N.jsx)(b,{href:k.signIn,className:`button`,children:n(`signIn.title`)})})]})}var Me=/\p{Lu}/u,Ne=/\p{Ll}/u,Pe=/\p{Nd}/u,Fe=/[\p{P}\p{S}\p{Zs}\s]/u;function Ie(e){return[...e.normalize(`NFC`)].length}function Le(e,t){let n=[];t.username&&n.push(t.username);let r=t.email?t.email.lastIndexOf(`@`):-1;if(t.email&&r>0&&n.push(t.email.slice(0,r)),n.length===0)return;let i=e.toLowerCase();return n.some(e=>{let t=e.trim().toLowerCase();return t.length>=3&&i.includes(t)})}function Re(e,t,n={}){let r=e.normalize(`NFC`),i=Ie(r);return t.rules.map(e=>{let a;switch(e){case`MIN_LENGTH`:a=i>=t.minLength?`met`:`unmet`;break;case`MAX_LENGTH`:a=i<=t.maxLength?`met`:`unmet`;break;case`UPPERCASE`:a=Me.test(r)?`met`:`unmet`;break;case`LOWERCASE`:a=Ne.test(r)?`met`:`unmet`;break;case`DIGIT`:a=Pe.test(r)?`met`:`unmet`;break;case`SYMBOL`:a=Fe.test(r)?`met`:`unmet`;break;case`NOT_PERSONAL`:{if(r===``){a=`unknown`;break}let e=Le(r,n);a=e===void 0?`unknown`:e?`unmet`:`met`;break}default:a=`unknown`}return{rule:e,state:a}})}function ze(e){if(e===``)return`empty`;let t=[...e.normalize(`NFC`)],n=[Me,Ne,Pe,Fe].filter(t=>t.test(e)).length,r=new Set(t.map(e=>e.toLowerCase())).size,i=0;for(let e=2;e<t.length;e++){let n=t[e-2].codePointAt(0),r=t[e-1].codePointAt(0),a=t[e].codePointAt(0);(n===r&&r===a||r-n===1&&a-r===1||n-r===1&&r-a===1)&&i++}let a=Math.min(t.length,r*2)-i,o=0;return a>=8&&o++,a>=12&&o++,a>=16&&o++,n>=3&&o++,(a>=20||n===4&&a>=12)&&o++,a<6&&(o=0),o<=1?`weak`:o===2?`fair`:o===3?`good`:`strong`}var Be=y(`
  query PasswordPolicy {
    passwordPolicy {
      preset
      minLength
      maxLength
      rules
    }
  }
`);function U({ids:e,values:t,onChange:n,errors:r,personal:i,labels:a}){let{t:o,i18n:c}=s(),l=x(Be),u={data:l.data?.passwordPolicy?l.data:void 0,error:l.error},d=(0,j.useId)(),f=(0,j.useId)(),p=u.data?Re(t.password,u.data.passwordPolicy,i):[],m=ze(t.password),h=u.data?.passwordPolicy.minLength??0,g=u.data?.passwordPolicy.maxLength??256,_=new Intl.NumberFormat(c.resolvedLanguage),v=t.confirmation!==``&&t.confirmation===t.password,y=e=>e===`met`?`✓`:e===`unmet`?`✗`:`•`;return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(B,{id:e.password,name:`new-password`,type:`password`,autoComplete:`new-password`,label:a?.password??o(`password.new`),error:r.password,describedBy:`${d} ${f}`,value:t.password,onChange:e=>n({...t,password:e.target.value}),children:(0,N.jsxs)(`div`,{className:`password-help`,children:[(0,N.jsx)(`p`,{className:`rules-title`,id:`${d}-title`,children:o(`password.rulesTitle`)}),u.data?(0,N.jsx)(`ul`,{className:`rules`,id:d,"aria-labelledby":`${d}-title`,children:p.map(({rule:e,state:t})=>(0,N.jsxs)(`li`,{className:`rule rule-${t}`,children:[(0,N.jsx)(`span`,{className:`rule-mark`,"aria-hidden":`true`,children:y(t)}),` `,o(`password.rule.${e}`,{min:_.format(h),max:_.format(g)}),(0,N.jsxs)(`span`,{className:`visually-hidden`,children:[` – `,o(`password.state.${t}`)]})]},e))}):(0,N.jsx)(`p`,{id:d,className:`field-hint`,children:u.error?o(`password.rulesUnavailable`):o(`app.loading`)}),(0,N.jsx)(`p`,{className:`strength strength-${m}`,id:f,children:m===`empty`?o(`password.strengthEmpty`):(0,N.jsxs)(N.Fragment,{children:[o(`password.strength`),` `,(0,N.jsx)(`strong`,{children:o(`password.strengthLevel.${m}`)})]})}),(0,N.jsx)(`meter`,{className:`strength-meter`,"aria-hidden":`true`,min:0,max:4,low:2,high:3,optimum:4,value:{empty:0,weak:1,fair:2,good:3,strong:4}[m]})]})}),(0,N.jsx)(B,{id:e.confirmation,name:`new-password-confirmation`,type:`password`,autoComplete:`new-password`,label:a?.confirmation??o(`password.confirm`),error:r.confirmation,value:t.confirmation,onChange:e=>n({...t,confirmation:e.target.value}),children:t.confirmation!==``&&(0,N.jsx)(`p`,{className:v?`field-hint rule-met`:`field-hint`,children:v?`✓ ${o(`password.matches`)}`:o(`password.doesNotMatchYet`)})})]})}function W(e){let t={};return e.password===``&&(t.password=`password.newRequired`),e.confirmation===``?t.confirmation=`password.confirmRequired`:e.password!==e.confirmation&&(t.confirmation=`password.mismatch`),t}function Ve(e,t){let n=new URLSearchParams(e.startsWith(`?`)?e.slice(1):e).get(`token`);if(n&&n.trim())return n.trim();let r=t.startsWith(`#`)?t.slice(1):t,i=new URLSearchParams(r).get(`token`);if(i&&i.trim())return i.trim()}function He(e,t,n){let r=new URLSearchParams(t.startsWith(`?`)?t.slice(1):t);r.delete(`token`);let i=new URLSearchParams(n.startsWith(`#`)?n.slice(1):n),a=i.has(`token`);i.delete(`token`);let o=r.toString(),s=a?i.toString():n.replace(/^#/,``);return e+(o?`?${o}`:``)+(s?`#${s}`:``)}function Ue(){if(typeof window<`u`)return Ve(window.location.search,window.location.hash)}function We(){if(typeof window>`u`)return;let{pathname:e,search:t,hash:n}=window.location;Ve(t,n)!==void 0&&window.history.replaceState(window.history.state,``,He(e,t,n))}function Ge(){let[e]=(0,j.useState)(Ue);return(0,j.useEffect)(We,[]),e}var Ke=y(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
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
`),G={newPassword:`reset-new-password`,newPasswordConfirmation:`reset-new-password-confirmation`};function qe({code:e}){let{t}=s();return(0,N.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,N.jsx)(`p`,{children:(0,N.jsx)(`strong`,{children:d(t,{code:e})})}),(0,N.jsx)(`p`,{children:t(e===`TOKEN_EXPIRED`?`resetPassword.expiredBody`:`resetPassword.invalidBody`)}),(0,N.jsx)(`p`,{children:(0,N.jsx)(b,{href:k.forgotPassword,className:`button`,children:t(`resetPassword.newLink`)})})]})}function Je(){let{t:e}=s();w(e(`resetPassword.title`));let t=Ge(),[n,r]=(0,j.useState)({password:``,confirmation:``}),[i,a]=(0,j.useState)(),o=O(G);async function c(e){e.preventDefault(),t&&await o.run(async()=>(await C(Ke,{input:{token:t,newPassword:n.password,newPasswordConfirmation:n.confirmation}})).resetPassword,{check:()=>{let e=W(n);return{...e.password?{newPassword:{key:e.password}}:{},...e.confirmation?{newPasswordConfirmation:{key:e.confirmation}}:{}}},succeeded:e=>!!e.user,handle:e=>{let t=e.find(e=>e.code===`TOKEN_EXPIRED`||e.code===`TOKEN_INVALID`);return t&&a({code:t.code}),!!t}})&&a(`done`)}return i===`done`?(0,N.jsx)(je,{title:e(`resetPassword.doneTitle`),children:(0,N.jsx)(`p`,{children:e(`resetPassword.doneBody`)})}):!t||i?(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e(`resetPassword.title`)}),(0,N.jsx)(qe,{code:i?.code??`TOKEN_INVALID`})]}):(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e(`resetPassword.title`)}),(0,N.jsx)(`p`,{children:e(`resetPassword.intro`)}),o.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:c,"aria-busy":o.busy||void 0,children:[(0,N.jsx)(U,{ids:{password:G.newPassword,confirmation:G.newPasswordConfirmation},values:n,onChange:r,errors:{password:o.fieldError(`newPassword`),confirmation:o.fieldError(`newPasswordConfirmation`)}}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":o.busy||void 0,children:o.busy?e(`app.saving`):e(`resetPassword.submit`)})]})]})}var Ye=y(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
        mustChangePassword
      }
      revokedSessions
      revokedTokens
      userErrors {
        code
        field
        message
      }
    }
  }
`);function Xe({idPrefix:e,personal:t,currentLabel:n,submitLabel:r,offerKeepTokens:i,onDone:a}){let{t:o}=s(),c={currentPassword:`${e}-current`,newPassword:`${e}-new`,newPasswordConfirmation:`${e}-confirm`},[l,u]=(0,j.useState)(``),[d,f]=(0,j.useState)({password:``,confirmation:``}),[p,m]=(0,j.useState)(!1),h=O(c);async function g(e){e.preventDefault();let t=!!(i&&p),n=await h.run(async()=>(await C(Ye,{input:{currentPassword:l,newPassword:d.password,newPasswordConfirmation:d.confirmation,keepAccessTokens:t}})).changePassword,{check:()=>{let e=W(d),t={};return l===``&&(t.currentPassword={key:`password.currentRequired`}),e.password&&(t.newPassword={key:e.password}),e.confirmation&&(t.newPasswordConfirmation={key:e.confirmation}),t},succeeded:e=>!!e.user,fieldFor:e=>e===`currentPassword`||e===`newPassword`||e===`newPasswordConfirmation`?e:void 0,handle:e=>{e.some(e=>e.code===`INVALID_CREDENTIALS`)&&u(``)}});n&&(u(``),f({password:``,confirmation:``}),a({revokedSessions:n.revokedSessions,revokedTokens:n.revokedTokens,tokensKept:t}))}return(0,N.jsxs)(N.Fragment,{children:[h.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":h.busy||void 0,children:[(0,N.jsx)(B,{id:c.currentPassword,name:`current-password`,type:`password`,autoComplete:`current-password`,label:n??o(`password.current`),error:h.fieldError(`currentPassword`),value:l,onChange:e=>u(e.target.value)}),(0,N.jsx)(U,{ids:{password:c.newPassword,confirmation:c.newPasswordConfirmation},values:d,onChange:f,personal:t,errors:{password:h.fieldError(`newPassword`),confirmation:h.fieldError(`newPasswordConfirmation`)}}),i&&(0,N.jsxs)(N.Fragment,{children:[(0,N.jsxs)(`div`,{className:`checkbox`,children:[(0,N.jsx)(`input`,{type:`checkbox`,id:`${e}-keep-tokens`,checked:p,"aria-describedby":`${e}-keep-tokens-hint`,onChange:e=>m(e.target.checked)}),(0,N.jsx)(`label`,{htmlFor:`${e}-keep-tokens`,children:o(`changePassword.keepTokens`)})]}),(0,N.jsx)(`p`,{id:`${e}-keep-tokens-hint`,className:`field-hint`,children:o(`changePassword.keepTokensHint`)})]}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h.busy||void 0,children:h.busy?o(`app.saving`):r})]})]})}function Ze(){let{t:e}=s();w(e(`changePassword.title`));let[,t]=_(),n=L(new URLSearchParams(m()).get(`next`)),{reload:r}=P();return(0,N.jsx)(R,{children:i=>(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(E,{children:e(`changePassword.title`)}),(0,N.jsx)(`p`,{children:i.mustChangePassword?e(`changePassword.temporaryIntro`):e(`changePassword.intro`)}),(0,N.jsx)(Xe,{idPrefix:`change-password`,personal:{username:i.username,email:i.email},currentLabel:i.mustChangePassword?e(`changePassword.temporary`):void 0,submitLabel:e(`app.save`),onDone:()=>{r(),t(n&&n!==k.changePassword?n:k.home,{replace:!0})}})]})})}var Qe=y(`
  query Profile {
    me {
      id
      email
      username
      name
      role
      locale
      createdAt
      lastSignInAt
      emailVerifiedAt
      notificationPreferences {
        notice
        enabled
        optional
      }
      sessions {
        id
        createdAt
        lastSeenAt
        expiresAt
        ip
        userAgent
        current
      }
      accessTokens {
        id
        name
        createdAt
        lastUsedAt
        expiresAt
      }
      memberships {
        id
        rights
        createdAt
        organization {
          id
          name
        }
      }
    }
  }
`),$e=y(`
  query MyActivity($first: Int, $after: Cursor) {
    me {
      id
      activity(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            type
            actorID
            subjectID
            ip
            userAgent
            createdAt
            details {
              key
              value
            }
          }
        }
      }
    }
  }
`),et=y(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),tt=y(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),nt=y(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      revokedSessions
      revokedTokens
      userErrors {
        code
        field
        message
      }
    }
  }
`),rt=y(`
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
      accessToken {
        id
        name
        createdAt
        lastUsedAt
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`),it=y(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),at=y(`
  query ExportMyData {
    exportMyData
  }
`),ot=y(`
  mutation DeleteMe($input: DeleteMeInput!) {
    deleteMe(input: $input) {
      deletedUserId
      organizations {
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
`);function K({value:e,short:t}){let{i18n:n}=s();return(0,N.jsx)(`time`,{dateTime:e,children:c(e,n.resolvedLanguage??`en`,t)})}function q({id:e,title:t,children:n}){return(0,N.jsxs)(`section`,{className:`section`,"aria-labelledby":e,children:[(0,N.jsx)(`h2`,{id:e,children:t}),n]})}function st({me:e,onChanged:t}){let{t:n}=s(),[r,i]=(0,j.useState)(!1),[a,o]=(0,j.useState)(),[c,l]=(0,j.useState)(e.name),[u,d]=(0,j.useState)(!1),f=O({name:`profile-name`}),{refresh:p}=P(),m=(0,j.useId)();async function h(e){e.preventDefault(),f.busy||(d(!1),await f.run(async()=>(await C(I,{input:{name:c.trim()}})).updateMe)&&(d(!0),p(),t()))}return(0,N.jsxs)(q,{id:`account-details`,title:n(`profile.accountDetails`),children:[(0,N.jsxs)(`dl`,{className:`details`,children:[(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.username`)}),(0,N.jsx)(`dd`,{children:e.username})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.email`)}),(0,N.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,N.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,N.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.role`)}),(0,N.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(K,{value:e.createdAt})})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,N.jsx)(`dd`,{children:e.lastSignInAt?(0,N.jsx)(K,{value:e.lastSignInAt}):n(`home.never`)})]})]}),f.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:h,className:`inline-form`,"aria-busy":f.busy||void 0,children:[(0,N.jsx)(B,{id:`profile-name`,label:n(`home.name`),autoComplete:`name`,value:c,error:f.fieldError(`name`),onChange:e=>{l(e.target.value),d(!1)}}),(0,N.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":f.busy||void 0,children:f.busy?n(`app.saving`):n(`profile.saveName`)})]}),u&&(0,N.jsx)(D,{children:n(`profile.nameSaved`)}),(0,N.jsxs)(`div`,{className:`checkbox`,children:[(0,N.jsx)(`input`,{type:`checkbox`,id:m,checked:r,"aria-controls":`${m}-panel`,"aria-expanded":r,onChange:e=>{i(e.target.checked),e.target.checked&&o(void 0)}}),(0,N.jsx)(`label`,{htmlFor:m,children:n(`changePassword.title`)})]}),a&&(0,N.jsxs)(D,{children:[(0,N.jsx)(`p`,{children:n(`profile.passwordChanged`)}),(0,N.jsx)(`p`,{children:a.tokensKept?n(`profile.passwordEndedKept`,{sessions:a.revokedSessions}):n(`profile.passwordEnded`,{sessions:a.revokedSessions,tokens:a.revokedTokens})})]}),(0,N.jsx)(`div`,{id:`${m}-panel`,hidden:!r,children:r&&(0,N.jsx)(Xe,{idPrefix:`profile-password`,personal:{username:e.username,email:e.email},submitLabel:n(`app.save`),offerKeepTokens:!0,onDone:e=>{i(!1),o(e),t()}})})]})}function ct({me:e}){let{t}=s(),n={newEmail:`profile-new-email`,currentPassword:`profile-email-password`},r=O(n),[i,a]=(0,j.useState)(``),[o,c]=(0,j.useState)(``),[l,u]=(0,j.useState)();async function d(t){t.preventDefault();let n=i.trim();await r.run(async()=>(await C(et,{input:{newEmail:n,currentPassword:o}})).requestEmailChange,{check:()=>{let t={};return n?H(n)?n.toLowerCase()===e.email.toLowerCase()&&(t.newEmail={key:`profile.sameEmail`}):t.newEmail={key:`form.emailInvalid`}:t.newEmail={key:`profile.newEmailRequired`},o||(t.currentPassword={key:`password.currentRequired`}),t},handle:e=>{e.some(e=>e.code===`INVALID_CREDENTIALS`)&&c(``)}})&&(u(n),a(``),c(``))}return(0,N.jsxs)(q,{id:`email-change`,title:t(`profile.emailTitle`),children:[(0,N.jsx)(`p`,{children:t(`profile.emailIntro`,{email:e.email})}),l&&(0,N.jsxs)(D,{children:[(0,N.jsx)(`p`,{children:t(`profile.emailSent`,{email:l})}),(0,N.jsx)(`p`,{children:t(`forgotPassword.checkSpam`)})]}),r.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:d,"aria-busy":r.busy||void 0,children:[(0,N.jsx)(B,{id:n.newEmail,label:t(`profile.newEmail`),type:`email`,autoComplete:`email`,spellCheck:!1,value:i,error:r.fieldError(`newEmail`),onChange:e=>a(e.target.value)}),(0,N.jsx)(B,{id:n.currentPassword,label:t(`password.current`),type:`password`,autoComplete:`current-password`,value:o,error:r.fieldError(`currentPassword`),onChange:e=>c(e.target.value)}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":r.busy||void 0,children:r.busy?t(`app.sending`):t(`profile.sendEmailLink`)})]})]})}function lt({id:e,label:t,error:n,hint:r,children:i,...a}){let o=`${e}-error`,s=`${e}-hint`,c=[n?o:``,r?s:``].filter(Boolean).join(` `);return(0,N.jsxs)(`div`,{className:n?`field field-invalid`:`field`,children:[(0,N.jsx)(`label`,{htmlFor:e,children:t}),r&&(0,N.jsx)(`p`,{id:s,className:`field-hint`,children:r}),n&&(0,N.jsx)(`p`,{id:o,className:`field-error`,children:n}),(0,N.jsx)(`select`,{id:e,"aria-invalid":n?!0:void 0,"aria-describedby":c||void 0,...a,children:i})]})}function ut({send:e,onSaved:t,savedText:n,children:r}){let{t:i}=s(),a=O(),[o,c]=(0,j.useState)(!1);async function l(n){if(n.preventDefault(),a.busy)return;c(!1);let r=await a.run(e);r&&(await t(r),c(!0))}return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:l,onChange:()=>c(!1),children:[r,a.alert,(0,N.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":a.busy||void 0,children:a.busy?i(`app.saving`):i(`app.save`)})]}),o&&(0,N.jsx)(D,{children:n})]})}function dt({me:e,onChanged:t}){let{t:n,i18n:r}=s(),{refresh:i}=P(),[c,l]=(0,j.useState)(p(e.locale)?e.locale:r.resolvedLanguage??`en`);return(0,N.jsx)(q,{id:`language-setting`,title:n(`profile.languageTitle`),children:(0,N.jsx)(ut,{send:async()=>(await C(I,{input:{locale:c}})).updateMe,onSaved:async()=>{p(c)&&await a(c),i(),t()},savedText:n(`profile.languageSaved`),children:(0,N.jsx)(lt,{id:`profile-language`,label:n(`profile.language`),hint:n(`profile.languageHint`),value:c,onChange:e=>l(e.target.value),children:o.map(e=>(0,N.jsx)(`option`,{value:e,lang:e,children:n(`language.${e}`)},e))})})})}var ft=y(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      notificationPreferences {
        notice
        enabled
        optional
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);function pt({me:e,onChanged:t}){let{t:n}=s(),r=e.notificationPreferences.filter(e=>e.optional),i=e.notificationPreferences.filter(e=>!e.optional),[a,o]=(0,j.useState)(()=>Object.fromEntries(r.map(e=>[e.notice,e.enabled]))),c=()=>r.map(e=>({notice:e.notice,enabled:a[e.notice]??e.enabled})),l=e=>n(`notifications.notice.${e}`);return(0,N.jsxs)(q,{id:`notifications`,title:n(`notifications.title`),children:[(0,N.jsx)(`p`,{children:n(`notifications.intro`)}),(0,N.jsx)(ut,{send:async()=>(await C(ft,{input:{preferences:c()}})).updateNotificationPreferences,onSaved:t,savedText:n(`notifications.saved`),children:(0,N.jsxs)(`fieldset`,{children:[(0,N.jsx)(`legend`,{children:n(`notifications.legend`)}),r.map(e=>(0,N.jsxs)(`div`,{className:`checkbox`,children:[(0,N.jsx)(`input`,{id:`notification-${e.notice}`,type:`checkbox`,checked:a[e.notice]??e.enabled,onChange:t=>o({...a,[e.notice]:t.target.checked})}),(0,N.jsx)(`label`,{htmlFor:`notification-${e.notice}`,children:l(e.notice)})]},e.notice)),(0,N.jsx)(`ul`,{"aria-label":n(`notifications.always`),children:i.map(e=>(0,N.jsxs)(`li`,{children:[l(e.notice),` (`,n(`notifications.always`),`)`]},e.notice))})]})})]})}var mt=r(),ht=`a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`;function J({title:e,children:t,onClose:n}){let r=(0,j.useRef)(null),i=(0,j.useRef)(null),a=(0,j.useId)(),o=(0,j.useRef)(n);o.current=n,(0,j.useEffect)(()=>{let e=document.activeElement instanceof HTMLElement?document.activeElement:null,t=[...document.body.children].filter(e=>e!==i.current&&!e.hasAttribute(`inert`)&&e.tagName!==`SCRIPT`);for(let e of t)e.setAttribute(`inert`,``);return r.current?.focus(),()=>{for(let e of t)e.removeAttribute(`inert`);e&&e.isConnected&&e.focus()}},[]);function s(e){if(e.key===`Escape`){e.stopPropagation(),o.current();return}if(e.key!==`Tab`||!r.current)return;let t=[...r.current.querySelectorAll(ht)];if(t.length===0){e.preventDefault();return}let n=t[0],i=t[t.length-1],a=document.activeElement;e.shiftKey&&(a===n||a===r.current)?(e.preventDefault(),i.focus()):!e.shiftKey&&a===i&&(e.preventDefault(),n.focus())}return(0,mt.createPortal)((0,N.jsx)(`div`,{className:`dialog-backdrop`,ref:i,children:(0,N.jsxs)(`div`,{className:`dialog`,role:`dialog`,"aria-modal":`true`,"aria-labelledby":a,tabIndex:-1,ref:r,onKeyDown:s,children:[(0,N.jsx)(`h2`,{id:a,children:e}),t]})}),document.body)}function gt({title:e,children:t,confirmLabel:n,busy:r,danger:i,error:a,onConfirm:o,onCancel:c}){let{t:l}=s();return(0,N.jsxs)(J,{title:e,onClose:c,children:[(0,N.jsx)(`div`,{className:`dialog-body`,children:t}),a&&(0,N.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:a}),(0,N.jsxs)(`div`,{className:`actions`,children:[(0,N.jsx)(`button`,{type:`button`,className:i?`button button-danger`:`button`,"aria-disabled":r||void 0,onClick:()=>{r||o()},children:r?l(`app.working`):n}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:c,children:l(`app.cancel`)})]})]})}function Y({send:e,onDone:t,...n}){let r=O();return(0,N.jsx)(gt,{...n,busy:r.busy,error:r.message,onConfirm:async()=>{let n=await r.run(e);n&&t(n)}})}function X(e){if(!e)return``;let t=/Edg\//.test(e)?`Edge`:/OPR\//.test(e)?`Opera`:/Firefox\//.test(e)?`Firefox`:/(Chrome|Chromium|HeadlessChrome)\//.test(e)?`Chrome`:/Safari\//.test(e)?`Safari`:/curl\//.test(e)?`curl`:void 0,n=/Android/.test(e)?`Android`:/iPhone|iPad|iOS/.test(e)?`iOS`:/Windows/.test(e)?`Windows`:/Mac OS X|Macintosh/.test(e)?`macOS`:/CrOS/.test(e)?`ChromeOS`:/Linux/.test(e)?`Linux`:void 0;return t&&n?`${t} · ${n}`:t||n?t??n:e.length>60?`${e.slice(0,57)}…`:e}function _t({me:e,onChanged:t}){let{t:n,i18n:r}=s(),i=O(),[a,o]=(0,j.useState)(!1),[c,l]=(0,j.useState)(),[u,d]=(0,j.useState)(!1),f=new Intl.NumberFormat(r.resolvedLanguage),p=[...e.sessions].sort((e,t)=>Number(t.current)-Number(e.current));return(0,N.jsxs)(q,{id:`sessions`,title:n(`profile.sessionsTitle`),children:[(0,N.jsx)(`p`,{children:n(`profile.sessionsIntro`)}),u&&(0,N.jsx)(D,{children:n(`profile.sessionRevoked`)}),c&&(0,N.jsx)(D,{children:n(`profile.signedOutEverywhere`,{sessions:f.format(c.sessions),tokens:f.format(c.tokens)})}),i.alert,(0,N.jsx)(`ul`,{className:`cards`,children:p.map(e=>(0,N.jsxs)(`li`,{className:`card`,children:[(0,N.jsxs)(`p`,{className:`card-title`,children:[X(e.userAgent)||n(`profile.unknownDevice`),` `,e.current&&(0,N.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.thisDevice`)})]}),(0,N.jsxs)(`dl`,{className:`facts`,children:[(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`profile.ip`)}),(0,N.jsx)(`dd`,{children:e.ip})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`profile.signedInAt`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(K,{value:e.createdAt})})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`profile.lastSeen`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(K,{value:e.lastSeenAt})})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`profile.expires`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(K,{value:e.expiresAt})})]})]}),!e.current&&(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-disabled":i.busy||void 0,"aria-label":n(`profile.signOutSessionLabel`,{device:X(e.userAgent),ip:e.ip}),onClick:async()=>{i.busy||(d(!1),await i.run(async()=>(await C(tt,{input:{id:e.id}})).revokeSession)&&(d(!0),t()))},children:n(`profile.signOutSession`)})]},e.id))}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>o(!0),children:n(`profile.signOutEverywhere`)}),a&&(0,N.jsx)(Y,{title:n(`profile.signOutEverywhereTitle`),confirmLabel:n(`profile.signOutEverywhere`),danger:!0,onCancel:()=>o(!1),send:async()=>(await C(nt)).signOutEverywhere,onDone:e=>{l({sessions:e.revokedSessions,tokens:e.revokedTokens}),o(!1),t()},children:(0,N.jsx)(`p`,{children:n(`profile.signOutEverywhereBody`)})})]})}function Z({label:e,children:t}){return(0,N.jsx)(`div`,{className:`table-wrap`,role:`region`,"aria-label":e,tabIndex:0,children:t})}function vt({text:e,label:t}){let{t:n}=s(),[r,i]=(0,j.useState)(`idle`);async function a(){try{await navigator.clipboard.writeText(e),i(`copied`)}catch{i(`failed`)}}return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,onClick:a,children:t??n(`app.copy`)}),` `,(0,N.jsx)(`span`,{role:`status`,className:`copy-status`,children:r===`copied`?n(`app.copied`):r===`failed`?n(`app.copyFailed`):``})]})}function yt(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return;let n=new Date(Number(t[1]),Number(t[2])-1,Number(t[3]),23,59,59);return Number.isNaN(n.getTime())?void 0:n.toISOString()}function bt({me:e,onChanged:t}){let{t:n}=s(),r={name:`token-name`,expiresAt:`token-expiry`},i=O(r),[a,o]=(0,j.useState)(``),[c,l]=(0,j.useState)(``),[u,d]=(0,j.useState)(),[f,p]=(0,j.useState)(),m=new Date,h=e=>`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,`0`)}-${String(e.getDate()).padStart(2,`0`)}`,g=h(m),_=h(new Date(m.getFullYear()+2,m.getMonth(),m.getDate()-1));async function v(e){e.preventDefault();let n=c?yt(c):void 0,r=await i.run(async()=>(await C(rt,{input:{name:a.trim(),...n?{expiresAt:n}:{}}})).createAccessToken,{check:()=>{let e={};return a.trim()||(e.name={key:`tokens.nameRequired`}),c&&(!n||new Date(n)<=new Date||c>_)&&(e.expiresAt={key:`fieldErrors.expiresAt.INVALID_INPUT`}),e},succeeded:e=>!!e.token,handle:e=>e.some(e=>e.code===`INVALID_INPUT`&&e.field?.at(-1)===`name`)?(i.show({},[{key:`tokens.tooMany`}]),!0):!1});r?.token&&(d({name:a.trim(),token:r.token}),o(``),l(``),t())}return(0,N.jsxs)(q,{id:`access-tokens`,title:n(`tokens.title`),children:[(0,N.jsx)(`p`,{children:n(`tokens.intro`)}),u&&(0,N.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,N.jsx)(`p`,{children:(0,N.jsx)(`strong`,{children:n(`tokens.createdTitle`,{name:u.name})})}),(0,N.jsx)(`p`,{children:n(`tokens.createdBody`)}),(0,N.jsx)(`code`,{className:`secret`,"aria-label":n(`tokens.tokenLabel`),children:u.token}),(0,N.jsxs)(`p`,{className:`actions`,children:[(0,N.jsx)(vt,{text:u.token}),(0,N.jsx)(`button`,{type:`button`,className:`link-button`,onClick:()=>d(void 0),children:n(`tokens.stored`)})]})]}),e.accessTokens.length===0?(0,N.jsx)(S,{children:n(`tokens.none`)}):(0,N.jsx)(Z,{label:n(`tokens.title`),children:(0,N.jsxs)(`table`,{children:[(0,N.jsx)(`caption`,{className:`visually-hidden`,children:n(`tokens.title`)}),(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:n(`tokens.name`)}),(0,N.jsx)(`th`,{scope:`col`,children:n(`tokens.created`)}),(0,N.jsx)(`th`,{scope:`col`,children:n(`tokens.lastUsed`)}),(0,N.jsx)(`th`,{scope:`col`,children:n(`tokens.expires`)}),(0,N.jsx)(`th`,{scope:`col`,children:(0,N.jsx)(`span`,{className:`visually-hidden`,children:n(`app.actions`)})})]})}),(0,N.jsx)(`tbody`,{children:e.accessTokens.map(e=>(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`td`,{children:e.name}),(0,N.jsx)(`td`,{children:(0,N.jsx)(K,{value:e.createdAt})}),(0,N.jsx)(`td`,{children:e.lastUsedAt?(0,N.jsx)(K,{value:e.lastUsedAt}):n(`home.never`)}),(0,N.jsx)(`td`,{children:e.expiresAt?(0,N.jsx)(K,{value:e.expiresAt}):n(`tokens.noExpiry`)}),(0,N.jsx)(`td`,{children:(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`tokens.revokeLabel`,{name:e.name}),onClick:()=>p({id:e.id,name:e.name}),children:n(`tokens.revoke`)})})]},e.id))})]})}),(0,N.jsx)(`h3`,{children:n(`tokens.createTitle`)}),i.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:v,"aria-busy":i.busy||void 0,children:[(0,N.jsx)(B,{id:r.name,label:n(`tokens.name`),hint:n(`tokens.nameHint`),value:a,maxLength:100,error:i.fieldError(`name`),onChange:e=>o(e.target.value)}),(0,N.jsx)(B,{id:r.expiresAt,label:`${n(`tokens.expiry`)} (${n(`form.optional`)})`,hint:n(`tokens.expiryHint`),type:`date`,min:g,max:_,value:c,error:i.fieldError(`expiresAt`),onChange:e=>l(e.target.value)}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":i.busy||void 0,children:i.busy?n(`app.working`):n(`tokens.create`)})]}),f&&(0,N.jsx)(Y,{title:n(`tokens.revokeTitle`,{name:f.name}),confirmLabel:n(`tokens.revoke`),danger:!0,onCancel:()=>p(void 0),send:async()=>(await C(it,{input:{id:f.id}})).revokeAccessToken,onDone:()=>{p(void 0),t()},children:(0,N.jsx)(`p`,{children:n(`tokens.revokeBody`)})})]})}var xt=y(`
  query AuditPeople($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on User {
        id
        name
        username
      }
    }
  }
`);function St(){let{t:e}=s();return t=>u(t)?e(`audit.type.${t}`):t}function Ct({rows:e,caption:t,linkUsers:n}){let{t:r}=s(),i=St(),a=n?[...new Set(e.flatMap(e=>[e.actorID,e.subjectID]).filter(e=>!!e?.startsWith(`usr_`)))].sort():[],o=x(xt,{ids:a}),c=new Map;for(let e of o.data?.nodes??[])e&&`username`in e&&c.set(e.id,e.name||e.username);let l=e=>e?n&&e.startsWith(`usr_`)?(0,N.jsx)(b,{href:v(e),children:c.get(e)??e}):e:`—`;return(0,N.jsx)(Z,{label:t,children:(0,N.jsxs)(`table`,{children:[(0,N.jsx)(`caption`,{className:`visually-hidden`,children:t}),(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.when`)}),(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.what`)}),n&&(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.actor`)}),n&&(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.subject`)}),(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.from`)}),(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.details`)})]})}),(0,N.jsx)(`tbody`,{children:e.map(e=>(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`td`,{children:(0,N.jsx)(K,{value:e.createdAt,short:!0})}),(0,N.jsx)(`td`,{children:i(e.type)}),n&&(0,N.jsx)(`td`,{children:l(e.actorID)}),n&&(0,N.jsx)(`td`,{children:l(e.subjectID)}),(0,N.jsxs)(`td`,{children:[e.ip,e.userAgent&&(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`br`,{}),(0,N.jsx)(`span`,{className:`muted`,children:X(e.userAgent)})]})]}),(0,N.jsx)(`td`,{children:e.details.length===0?`—`:e.details.map(e=>(0,N.jsxs)(`div`,{children:[(0,N.jsxs)(`span`,{className:`muted`,children:[e.key,`:`]}),` `,e.value]},e.key))})]},e.id))})]})})}function wt(){let[e,t]=(0,j.useState)([null]);return{after:e[e.length-1],page:e.length,next:(0,j.useCallback)(e=>{e&&t(t=>[...t,e])},[]),previous:(0,j.useCallback)(()=>t(e=>e.length>1?e.slice(0,-1):e),[]),reset:(0,j.useCallback)(()=>t([null]),[])}}function Tt({pager:e,pageInfo:t,totalCount:n,label:r}){let{t:i,i18n:a}=s(),o=!!(t?.hasNextPage&&t.endCursor);return(0,N.jsxs)(`nav`,{className:`pager`,"aria-label":r,children:[(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,disabled:e.page<=1,onClick:e.previous,children:i(`pager.previous`)}),(0,N.jsxs)(`span`,{children:[i(`pager.page`,{page:new Intl.NumberFormat(a.resolvedLanguage).format(e.page)}),n!==void 0&&` · ${i(`pager.total`,{formatted:new Intl.NumberFormat(a.resolvedLanguage).format(n)})}`]}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,disabled:!o,onClick:()=>e.next(t?.endCursor),children:i(`pager.next`)})]})}var Et=10;function Dt(){let{t:e}=s(),t=wt(),{data:n,error:r,loading:i,refetch:a}=x($e,{first:Et,after:t.after}),o=n?.me?.activity,c=(o?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,N.jsxs)(q,{id:`activity`,title:e(`profile.activityTitle`),children:[(0,N.jsx)(`p`,{children:e(`profile.activityIntro`)}),r?(0,N.jsx)(g,{error:r,retry:a}):!o&&i?(0,N.jsx)(T,{}):c.length===0?(0,N.jsx)(S,{children:e(`profile.noActivity`)}):(0,N.jsxs)(`div`,{"aria-busy":i||void 0,children:[(0,N.jsx)(Ct,{rows:c,caption:e(`profile.activityTitle`)}),(0,N.jsx)(Tt,{pager:t,pageInfo:o?.pageInfo,totalCount:o?.totalCount,label:e(`profile.activityPages`)})]})]})}function Ot({me:e}){let{t}=s();return(0,N.jsx)(q,{id:`organizations`,title:t(`profile.organizationsTitle`),children:e.memberships.length===0?(0,N.jsx)(S,{children:t(`profile.noOrganizations`)}):(0,N.jsx)(`ul`,{className:`cards`,children:e.memberships.map(e=>(0,N.jsxs)(`li`,{className:`card`,children:[(0,N.jsx)(`p`,{className:`card-title`,children:(0,N.jsx)(b,{href:te(e.organization.id),children:e.organization.name})}),(0,N.jsx)(`p`,{className:`muted`,children:e.rights.length===0?t(`org.noRights`):e.rights.map(e=>t(`rights.${e}`)).join(` · `)})]},e.id))})})}function kt(e,t){let n=t.toISOString().slice(0,10);return`latchkey-data-${e.replace(/[^A-Za-z0-9._-]/g,`_`)}-${n}.json`}function At(e,t){let n=URL.createObjectURL(new Blob([t],{type:`application/json`})),r=document.createElement(`a`);r.href=n,r.download=e,r.hidden=!0,document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(n),0)}function jt({me:e}){let{t}=s(),n=O(),[r,i]=(0,j.useState)();async function a(){if(n.busy)return;i(void 0);let t=await n.run(async()=>({userErrors:[],data:(await C(at)).exportMyData}));if(!t)return;let r=kt(e.username,new Date);At(r,`${JSON.stringify(t.data,null,2)}\n`),i(r)}return(0,N.jsxs)(q,{id:`my-data`,title:t(`leave.dataTitle`),children:[(0,N.jsx)(`p`,{children:t(`leave.dataIntro`)}),r&&(0,N.jsx)(D,{children:(0,N.jsx)(`p`,{children:t(`leave.downloaded`,{file:r})})}),n.alert,(0,N.jsx)(`button`,{type:`button`,className:`button`,onClick:a,"aria-disabled":n.busy||void 0,children:n.busy?t(`leave.downloading`):t(`leave.download`)})]})}function Mt({me:e,onCancel:t}){let{t:n}=s(),[,r]=_(),{reload:i}=P(),a={currentPassword:`delete-me-password`},o=O(a),[c,l]=(0,j.useState)(``),[u,d]=(0,j.useState)();async function f(e){e.preventDefault(),o.busy||(d(void 0),await o.run(async()=>(await C(ot,{input:{currentPassword:c}})).deleteMe,{check:()=>c?{}:{currentPassword:{key:`password.currentRequired`}},succeeded:e=>!!e.deletedUserId,handle:(e,t)=>{l(``);let n=e[0]?.code;return n===`LAST_ADMIN`||n===`LAST_MEMBER_MANAGER`?(o.clear(),d(n===`LAST_ADMIN`?{kind:n}:{kind:n,organizations:t.organizations}),!0):n===`INVALID_CREDENTIALS`&&(o.show({currentPassword:{key:`leave.wrongPassword`}}),!0)}})&&(_e({key:`leave.deleted`}),i(),r(k.signIn,{replace:!0})))}let p=e.sessions.length,m=e.accessTokens.length;return(0,N.jsxs)(J,{title:n(`leave.confirmTitle`),onClose:t,children:[(0,N.jsxs)(`div`,{className:`dialog-body`,children:[(0,N.jsx)(`p`,{children:n(`leave.confirmLost`)}),(0,N.jsxs)(`ul`,{children:[(0,N.jsx)(`li`,{children:n(`leave.lostAccount`,{username:e.username,email:e.email})}),(0,N.jsx)(`li`,{children:n(`leave.lostSessions`,{sessions:String(p)})}),(0,N.jsx)(`li`,{children:n(`leave.lostTokens`,{tokens:String(m)})}),e.memberships.length>0&&(0,N.jsx)(`li`,{children:n(`leave.lostMemberships`,{names:e.memberships.map(e=>e.organization.name).join(`, `)})})]}),(0,N.jsx)(`p`,{children:n(`leave.keptHistory`)})]}),u&&(0,N.jsx)(`div`,{className:`notice notice-warning`,role:`alert`,children:u.kind===`LAST_ADMIN`?(0,N.jsx)(`p`,{children:n(`errors.LAST_ADMIN`)}):(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`p`,{children:n(`errors.LAST_MEMBER_MANAGER`)}),(0,N.jsx)(`ul`,{children:u.organizations.map(e=>(0,N.jsx)(`li`,{children:(0,N.jsx)(b,{href:te(e.id),children:e.name})},e.id))})]})}),o.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:f,"aria-busy":o.busy||void 0,children:[(0,N.jsx)(B,{id:a.currentPassword,label:n(`leave.password`),type:`password`,autoComplete:`current-password`,value:c,error:o.fieldError(`currentPassword`),onChange:e=>l(e.target.value)}),(0,N.jsxs)(`div`,{className:`actions`,children:[(0,N.jsx)(`button`,{type:`submit`,className:`button button-danger`,"aria-disabled":o.busy||void 0,children:o.busy?n(`app.working`):n(`leave.confirm`)}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:t,children:n(`app.cancel`)})]})]})]})}function Nt({me:e}){let{t}=s(),[n,r]=(0,j.useState)(!1);return(0,N.jsxs)(q,{id:`delete-account`,title:t(`leave.deleteTitle`),children:[(0,N.jsx)(`p`,{children:t(`leave.deleteIntro`)}),(0,N.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>r(!0),children:t(`leave.deleteButton`)}),n&&(0,N.jsx)(Mt,{me:e,onCancel:()=>r(!1)})]})}function Pt(){let{t:e}=s(),{data:t,error:n,loading:r,refetch:i}=x(Qe),a=t?.me;return n?(0,N.jsx)(g,{error:n,retry:i}):a?(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`nav`,{"aria-label":e(`profile.sectionsNav`),className:`sub-nav`,children:(0,N.jsxs)(`ul`,{children:[(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#account-details`,children:e(`profile.accountDetails`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#email-change`,children:e(`profile.emailTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#language-setting`,children:e(`profile.languageTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#notifications`,children:e(`notifications.title`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#sessions`,children:e(`profile.sessionsTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#access-tokens`,children:e(`tokens.title`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#activity`,children:e(`profile.activityTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#organizations`,children:e(`profile.organizationsTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#my-data`,children:e(`leave.dataTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#delete-account`,children:e(`leave.deleteTitle`)})})]})}),(0,N.jsx)(st,{me:a,onChanged:i}),(0,N.jsx)(ct,{me:a}),(0,N.jsx)(dt,{me:a,onChanged:i}),(0,N.jsx)(pt,{me:a,onChanged:i}),(0,N.jsx)(_t,{me:a,onChanged:i}),(0,N.jsx)(bt,{me:a,onChanged:i}),(0,N.jsx)(Dt,{}),(0,N.jsx)(Ot,{me:a}),(0,N.jsx)(jt,{me:a}),(0,N.jsx)(Nt,{me:a})]}):r?(0,N.jsx)(T,{}):(0,N.jsx)(g,{retry:i})}function Ft(){let{t:e}=s();return w(e(`profile.title`)),(0,N.jsx)(R,{children:()=>(0,N.jsxs)(`div`,{className:`medium`,children:[(0,N.jsx)(E,{children:e(`profile.title`)}),(0,N.jsx)(Pt,{}),(0,N.jsx)(`p`,{children:(0,N.jsx)(b,{href:k.home,children:e(`notFound.home`)})})]})})}var Q=()=>l(()=>import(`./Admin-fnIqkZQH.js`),__vite__mapDeps([0,1,2,3,4])),It=(0,j.lazy)(()=>Q().then(e=>({default:e.AdminUsersPage}))),Lt=(0,j.lazy)(()=>Q().then(e=>({default:e.AdminNewUserPage}))),Rt=(0,j.lazy)(()=>Q().then(e=>({default:e.AdminUserPage}))),zt=(0,j.lazy)(()=>Q().then(e=>({default:e.AdminSettingsPage}))),Bt=(0,j.lazy)(()=>Q().then(e=>({default:e.AdminAuditPage}))),Vt=(0,j.lazy)(()=>Q().then(e=>({default:e.AdminOutboxPage}))),Ht=(0,j.lazy)(()=>Q().then(e=>({default:e.AdminWebhooksPage}))),Ut=(0,j.lazy)(()=>Q().then(e=>({default:e.AdminOrganizationsPage}))),Wt=(0,j.lazy)(()=>l(()=>import(`./OrganizationPage-DNk6EWmg.js`),__vite__mapDeps([5,1,2,3,4]))),Gt=(0,j.lazy)(()=>l(()=>import(`./AcceptInvitationPage-BNE6WSg1.js`),__vite__mapDeps([6,1,2,3,4,7]))),Kt=(0,j.lazy)(()=>l(()=>import(`./SignUpPage-QlNIchoj.js`),__vite__mapDeps([8,1,2,3,4,7]))),qt=(0,j.lazy)(()=>l(()=>import(`./VerifyEmailPage-DYCqIlod.js`),__vite__mapDeps([9,3,1,2,4,10]))),Jt=(0,j.lazy)(()=>l(()=>import(`./ConfirmEmailPage-Co3rOpkI.js`),__vite__mapDeps([11,3,1,2,4,10]))),Yt=(0,j.lazy)(()=>l(()=>import(`./ReportSignInPage--FMaRPFZ.js`),__vite__mapDeps([12,3,1,2,4,10])));function $(e){return function(){return(0,N.jsx)(R,{admin:!0,children:()=>(0,N.jsx)(e,{})})}}var Xt=[[k.adminNewUser,$(Lt)],[k.adminUser,$(Rt)],[k.adminUsers,$(It)],[k.adminSettings,$(zt)],[k.adminAudit,$(Bt)],[k.adminOutbox,$(Vt)],[k.adminWebhooks,$(Ht)],[k.adminOrganizations,$(Ut)]];function Zt(){let[e,t]=_(),{viewer:n,reload:r}=P(),i=!!n;return(0,j.useEffect)(()=>ne(n=>{n.code===`PASSWORD_CHANGE_REQUIRED`&&e!==k.changePassword?t(`${k.changePassword}?next=${encodeURIComponent(e)}`,{replace:!0}):n.code===`UNAUTHENTICATED`&&i&&r()}),[e,t,i,r]),null}function Qt(){return(0,N.jsxs)(se,{children:[(0,N.jsx)(Zt,{}),(0,N.jsx)(de,{children:(0,N.jsx)(j.Suspense,{fallback:(0,N.jsx)(T,{}),children:(0,N.jsxs)(re,{children:[(0,N.jsx)(A,{path:k.home,component:he}),(0,N.jsx)(A,{path:k.signIn,component:we}),(0,N.jsx)(A,{path:k.forgotPassword,component:Oe}),(0,N.jsx)(A,{path:k.forgotUsername,component:Ae}),(0,N.jsx)(A,{path:k.resetPassword,component:Je}),(0,N.jsx)(A,{path:k.changePassword,component:Ze}),(0,N.jsx)(A,{path:k.profile,component:Ft}),(0,N.jsx)(A,{path:k.signUp,component:Kt}),(0,N.jsx)(A,{path:k.acceptInvitation,component:Gt}),(0,N.jsx)(A,{path:k.organization,component:Wt}),(0,N.jsx)(A,{path:k.verifyEmail,component:qt}),(0,N.jsx)(A,{path:k.confirmEmail,component:Jt}),(0,N.jsx)(A,{path:k.reportSignIn,component:Yt}),Xt.map(([e,t])=>(0,N.jsx)(A,{path:e,component:t},e)),(0,N.jsx)(A,{component:ge})]})})})]})}var $t=(0,ie.createRoot)(document.getElementById(`root`)),en=()=>$t.render((0,N.jsx)(j.StrictMode,{children:(0,N.jsx)(Qt,{})}));f.then(en,en);export{M as C,P as S,B as _,vt as a,R as b,Y as c,K as d,Ge as f,H as g,je as h,St as i,J as l,W as m,wt as n,Z as o,U as p,Ct as r,X as s,Tt as t,lt as u,_e as v,F as x,ve as y};