const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Admin-CM_xq2kl.js","assets/rolldown-runtime-WkwZ5CU-.js","assets/react-DCTAcUCH.js","assets/useSubmit-zoH6gLM6.js","assets/i18n-BH-2bZ9N.js","assets/OrganizationPage-D9RIq2D6.js","assets/AcceptInvitationPage-CVToI-95.js","assets/NewAccountFields-iL3pU7ab.js","assets/SignUpPage-DUAs9_q6.js","assets/VerifyEmailPage-BhKG93Ci.js","assets/emailLinks.graphql-CQRQkrA0.js","assets/ConfirmEmailPage-C_5SvRVW.js","assets/ReportSignInPage-Bp3l6MwG.js"])))=>i.map(i=>d[i]);
import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,n,r,t as i}from"./react-DCTAcUCH.js";import{c as a,d as o,f as s,i as c,l,n as u,o as d,s as f,u as p}from"./i18n-BH-2bZ9N.js";import{C as m,_ as h,a as g,b as _,c as v,d as y,f as b,g as x,h as S,i as C,l as w,m as ee,n as te,o as T,p as E,r as D,s as O,t as k,u as ne,v as A,x as j,y as M}from"./useSubmit-zoH6gLM6.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var N=e(t(),1),re=n(),P=b(`
  mutation SignOut {
    signOut {
      userErrors {
        code
        field
        message
      }
    }
  }
`),ie=b(`
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
`),F=i(),ae=(0,N.createContext)({viewer:void 0,loading:!0,refresh:()=>{},reload:()=>{}});function oe({children:e}){let{data:t,error:n,loading:r,refetch:i,reload:a}=x(ie),o=(0,N.useMemo)(()=>{let e;return t?e=t.me??null:n?.code===`UNAUTHENTICATED`&&(e=null),{viewer:e,error:e===void 0?n:void 0,loading:r,refresh:i,reload:a}},[t,n,r,i,a]);return(0,F.jsx)(ae.Provider,{value:o,children:e})}function I(){return(0,N.useContext)(ae)}var L=e=>e?.role===`ADMIN`,se=b(`
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
`);function ce(){let{t:e,i18n:t}=s(),{viewer:n}=I(),r=p(t.resolvedLanguage)?t.resolvedLanguage:`en`;return(0,F.jsxs)(`div`,{className:`language-switcher`,children:[(0,F.jsx)(`label`,{htmlFor:`language`,children:e(`language.label`)}),(0,F.jsx)(`select`,{id:`language`,value:r,onChange:e=>{let t=e.target.value;p(t)&&(a(t),n&&!n.mustChangePassword&&S(se,{input:{locale:t}}).catch(()=>{}))},children:o.map(t=>(0,F.jsx)(`option`,{value:t,lang:t,children:e(`language.${t}`)},t))})]})}function le(){return(0,F.jsx)(`svg`,{className:`icon`,viewBox:`0 0 24 24`,width:`20`,height:`20`,"aria-hidden":`true`,focusable:`false`,children:(0,F.jsx)(`path`,{fill:`currentColor`,d:`M19.14 12.94a7.5 7.5 0 0 0 .05-.94 7.5 7.5 0 0 0-.05-.94l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54A.5.5 0 0 0 13.9 2h-3.8a.5.5 0 0 0-.49.42l-.36 2.54c-.59.24-1.13.56-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.48a.5.5 0 0 0 .12.64l2.03 1.58a7.5 7.5 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.12.22.39.3.6.22l2.39-.96c.5.38 1.04.7 1.63.94l.36 2.54c.05.24.25.42.49.42h3.8c.24 0 .45-.18.49-.42l.36-2.54c.59-.24 1.13-.56 1.63-.94l2.39.96c.22.08.48 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7z`})})}function ue({label:e}){let{t}=s(),{reload:n}=I(),[,r]=j(),[i,a]=(0,N.useState)(!1),[o,c]=(0,N.useState)(!1),l=(0,N.useId)(),u=(0,N.useRef)(null),d=(0,N.useRef)(null);(0,N.useEffect)(()=>{if(!i)return;let e=e=>{d.current?.contains(e.target)||a(!1)};return document.addEventListener(`mousedown`,e),()=>document.removeEventListener(`mousedown`,e)},[i]);async function f(){if(!o){c(!0);try{await S(P)}catch{}finally{c(!1),a(!1),n(),r(y.signIn,{replace:!0})}}}return(0,F.jsxs)(`div`,{className:`menu`,ref:d,onKeyDown:e=>{e.key===`Escape`&&i&&(a(!1),u.current?.focus())},children:[(0,F.jsxs)(`button`,{ref:u,type:`button`,className:`menu-button`,"aria-expanded":i,"aria-controls":l,onClick:()=>a(e=>!e),children:[(0,F.jsx)(le,{}),(0,F.jsx)(`span`,{className:`menu-label`,children:e}),(0,F.jsxs)(`span`,{className:`visually-hidden`,children:[` – `,t(`nav.accountMenu`)]})]}),(0,F.jsxs)(`ul`,{id:l,className:`menu-list`,hidden:!i,children:[(0,F.jsx)(`li`,{children:(0,F.jsx)(h,{href:y.profile,onClick:()=>a(!1),children:t(`nav.settings`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`button`,{type:`button`,className:`link-button`,onClick:f,"aria-disabled":o||void 0,children:t(o?`home.signingOut`:`home.signOut`)})})]})]})}function de({children:e}){let{t}=s(),{viewer:n}=I();return(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(`a`,{className:`skip-link`,href:`#main`,children:t(`app.skipToContent`)}),(0,F.jsxs)(`header`,{className:`site-header`,children:[(0,F.jsx)(h,{href:y.home,className:`brand`,children:t(`app.name`)}),(0,F.jsxs)(`nav`,{className:`site-nav`,"aria-label":t(`nav.label`),children:[n&&L(n)&&(0,F.jsx)(h,{href:y.adminUsers,className:`nav-link`,children:t(`nav.admin`)}),n?(0,F.jsx)(ue,{label:n.name||n.username}):(0,F.jsx)(h,{href:y.signIn,className:`nav-link`,children:t(`signIn.title`)})]}),(0,F.jsx)(ce,{})]}),(0,F.jsx)(`main`,{id:`main`,tabIndex:-1,children:e})]})}function fe(e){if(typeof e==`string`&&e!==``&&e.startsWith(`/`)&&!(e.startsWith(`//`)||e.startsWith(`/\\`))&&!/[\\\u0000-\u001f\u007f]/.test(e))try{let t=`https://latchkey.invalid`,n=new URL(e,t);return n.origin===t?n.pathname+n.search+n.hash:void 0}catch{return}}function pe(e,t){let n=fe(t);return n&&n!==`/`?`${e}?next=${encodeURIComponent(n)}`:e}function me(){let{t:e}=s();return D(e(`forbidden.title`)),(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e(`forbidden.title`)}),(0,F.jsx)(`p`,{children:e(`forbidden.body`)}),(0,F.jsx)(`p`,{children:(0,F.jsx)(h,{href:y.home,children:e(`notFound.home`)})})]})}function R({children:e,admin:t}){let{viewer:n,error:r,loading:i,refresh:a}=I(),[o]=j(),s=m(),c=o+(s?`?${s}`:``);return n===void 0?i||!r?(0,F.jsx)(O,{}):(0,F.jsx)(T,{error:r,retry:a}):n===null?i?(0,F.jsx)(O,{}):(0,F.jsx)(A,{to:pe(y.signIn,c),replace:!0}):n.mustChangePassword&&!i&&o!==y.changePassword?(0,F.jsx)(A,{to:`${y.changePassword}?next=${encodeURIComponent(c)}`,replace:!0}):t&&!L(n)?(0,F.jsx)(me,{}):(0,F.jsx)(F.Fragment,{children:e(n)})}var he=b(`
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
`);function ge(){let{t:e,i18n:t}=s();D(e(`home.title`));let[,n]=j(),{data:r,error:i,loading:a}=x(he),o=I(),[l,u]=(0,N.useState)(!1),[f,p]=(0,N.useState)();if(i?.code===`UNAUTHENTICATED`||r&&!r.me)return(0,F.jsx)(A,{to:y.signIn,replace:!0});if(a&&!r)return(0,F.jsx)(`p`,{className:`status`,role:`status`,children:e(`app.loading`)});if(i||!r?.me)return(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e(`home.title`)}),(0,F.jsx)(`p`,{className:`error-summary`,role:`alert`,children:d(e,i??{code:`UNKNOWN`})})]});let m=r.me,g=t.resolvedLanguage??`en`;async function _(){if(!l){u(!0),p(void 0);try{let{signOut:e}=await S(P),[t]=e.userErrors;if(t){p({code:t.code,message:t.message});return}o.reload(),n(y.signIn,{replace:!0})}catch(e){if(e instanceof E&&e.code===`UNAUTHENTICATED`){o.reload(),n(y.signIn,{replace:!0});return}p(e instanceof E?{code:e.code,message:e.message}:{code:`UNKNOWN`})}finally{u(!1)}}}return(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e(`home.title`)}),(0,F.jsx)(`p`,{className:`lead`,children:e(`home.greeting`,{name:m.name||m.username})}),(0,F.jsxs)(`dl`,{className:`details`,children:[(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:e(`home.name`)}),(0,F.jsx)(`dd`,{children:m.name})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:e(`home.email`)}),(0,F.jsx)(`dd`,{children:m.email})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:e(`home.username`)}),(0,F.jsx)(`dd`,{children:m.username})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:e(`home.role`)}),(0,F.jsx)(`dd`,{children:e(`role.${m.role}`)})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:e(`home.memberSince`)}),(0,F.jsx)(`dd`,{children:(0,F.jsx)(`time`,{dateTime:m.createdAt,children:c(m.createdAt,g)})})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:e(`home.lastSignIn`)}),(0,F.jsx)(`dd`,{children:m.lastSignInAt?(0,F.jsx)(`time`,{dateTime:m.lastSignInAt,children:c(m.lastSignInAt,g)}):e(`home.never`)})]})]}),(0,F.jsxs)(`ul`,{className:`help-links home-links`,children:[(0,F.jsx)(`li`,{children:(0,F.jsx)(h,{href:y.profile,children:e(`home.profileLink`)})}),m.role===`ADMIN`&&(0,F.jsx)(`li`,{children:(0,F.jsx)(h,{href:y.adminUsers,children:e(`home.adminLink`)})})]}),f&&(0,F.jsx)(`p`,{className:`error-summary`,role:`alert`,children:d(e,f)}),(0,F.jsx)(`button`,{type:`button`,className:`button`,onClick:_,"aria-disabled":l||void 0,children:e(l?`home.signingOut`:`home.signOut`)})]})}function _e(){let{t:e}=s();return D(e(`notFound.title`)),(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e(`notFound.title`)}),(0,F.jsx)(`p`,{children:e(`notFound.body`)}),(0,F.jsx)(`p`,{children:(0,F.jsx)(h,{href:y.home,children:e(`notFound.home`)})})]})}var z;function ve(e){z=e}function ye(){let e=z;return z=void 0,e}function B({id:e,label:t,error:n,hint:r,describedBy:i,ref:a,children:o,...s}){let c=`${e}-error`,l=`${e}-hint`,u=[n?c:``,r?l:``,i??``].filter(Boolean).join(` `);return(0,F.jsxs)(`div`,{className:n?`field field-invalid`:`field`,children:[(0,F.jsx)(`label`,{htmlFor:e,children:t}),r&&(0,F.jsx)(`p`,{id:l,className:`field-hint`,children:r}),n&&(0,F.jsx)(`p`,{id:c,className:`field-error`,children:n}),(0,F.jsx)(`input`,{ref:a,id:e,"aria-invalid":n?!0:void 0,"aria-describedby":u||void 0,...s}),o]})}var be=b(`
  mutation RequestReset($input: RequestResetInput!) {
    requestReset(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),xe=b(`
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
`),Se=[`login`,`password`];function Ce(e){let t={};return e.login.trim()===``&&(t.login=`signIn.loginRequired`),e.password===``&&(t.password=`signIn.passwordRequired`),t}var V={login:`sign-in-login`,password:`sign-in-password`};function we({login:e}){let{t}=s(),n=(0,N.useRef)(null),[r,i]=(0,N.useState)(!1),a=k();(0,N.useEffect)(()=>n.current?.focus(),[]);async function o(){r||await a.run(async()=>(await S(be,{input:{login:e}})).requestReset)&&i(!0)}return(0,F.jsxs)(`div`,{className:`notice notice-warning locked`,ref:n,tabIndex:-1,role:`alert`,"aria-labelledby":`locked-title`,children:[(0,F.jsx)(`h2`,{id:`locked-title`,children:t(`locked.title`)}),r?(0,F.jsxs)(`div`,{role:`status`,children:[(0,F.jsx)(`p`,{children:(0,F.jsx)(`strong`,{children:t(`locked.sent`)})}),(0,F.jsx)(`p`,{children:t(`forgotPassword.checkSpam`)})]}):(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(`p`,{children:t(`locked.body`)}),(0,F.jsx)(`p`,{children:t(`locked.question`)}),a.message&&(0,F.jsx)(`p`,{className:`field-error`,children:a.message}),(0,F.jsx)(`button`,{type:`button`,className:`button`,onClick:o,"aria-disabled":a.busy||void 0,children:a.busy?t(`app.sending`):t(`locked.confirm`)})]})]})}function Te(){let{t:e}=s();D(e(`signIn.title`));let[,t]=j(),n=m(),r=fe(new URLSearchParams(n).get(`next`)),{viewer:i,loading:a,reload:o}=I(),c=(0,N.useId)(),[l,u]=(0,N.useState)({login:``,password:``}),d=k(V),[f,p]=(0,N.useState)(),[g,_]=(0,N.useState)(!1),[b,x]=(0,N.useState)(!1),[w]=(0,N.useState)(ye);if(i&&!a&&!b)return(0,F.jsx)(A,{to:i.mustChangePassword?y.changePassword:r??y.home,replace:!0});async function ee(e){if(e.preventDefault(),d.busy)return;p(void 0);let n=l.login.trim(),i=await d.run(async()=>(await S(xe,{input:{login:n,password:l.password}})).signIn,{check:()=>{let e=Ce(l),t={};for(let n of Se){let r=e[n];r&&(t[n]={key:r})}return t},succeeded:e=>!!e.user,handle:e=>(u(e=>({...e,password:``})),e.some(e=>e.code===`ACCOUNT_LOCKED`)?(d.clear(),p(n),!0):!1)});i&&(x(!0),o(),i.mustChangePassword?t(`${y.changePassword}${r?`?next=${encodeURIComponent(r)}`:``}`,{replace:!0}):t(r??y.home,{replace:!0}))}return(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e(`signIn.title`)}),w&&(0,F.jsx)(v,{children:(0,F.jsx)(`p`,{children:e(w.key,w.values)})}),d.summary,f&&(0,F.jsx)(we,{login:f},f),(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:ee,"aria-busy":d.busy||void 0,children:[(0,F.jsx)(B,{id:V.login,name:`login`,label:e(`signIn.login`),error:d.fieldError(`login`),type:`text`,autoComplete:`username`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1,value:l.login,onChange:e=>u(t=>({...t,login:e.target.value}))}),(0,F.jsx)(B,{id:V.password,name:`password`,label:e(`signIn.password`),error:d.fieldError(`password`),type:`password`,autoComplete:`current-password`,value:l.password,onChange:e=>u(t=>({...t,password:e.target.value}))}),(0,F.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d.busy||void 0,children:d.busy?e(`signIn.submitting`):e(`signIn.submit`)})]}),(0,F.jsxs)(`div`,{className:`aside`,children:[(0,F.jsx)(`button`,{type:`button`,className:`link-button`,"aria-expanded":g,"aria-controls":c,onClick:()=>_(e=>!e),children:e(`signIn.cantSignIn`)}),(0,F.jsxs)(`ul`,{id:c,className:`help-links`,hidden:!g,children:[(0,F.jsx)(`li`,{children:(0,F.jsx)(h,{href:y.forgotPassword,children:e(`signIn.forgotPassword`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(h,{href:y.forgotUsername,children:e(`signIn.forgotUsername`)})})]}),(0,F.jsxs)(`p`,{children:[e(`signIn.noAccount`),` `,(0,F.jsx)(h,{href:y.signUp,children:e(`signIn.signUp`)})]})]})]})}function Ee({title:e,intro:t,field:n,submitLabel:r,check:i,send:a,sentTitle:o,sentBody:c,other:l}){let{t:u}=s();D(e);let[d,f]=(0,N.useState)(``),[p,m]=(0,N.useState)(),g=k({[n.name]:n.id});return p?(0,F.jsx)(Oe,{title:o,onAgain:()=>m(void 0),children:(0,F.jsx)(`p`,{children:c(p)})}):(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e}),(0,F.jsx)(`p`,{children:t}),g.summary,(0,F.jsxs)(`form`,{noValidate:!0,"aria-busy":g.busy||void 0,onSubmit:async e=>{e.preventDefault();let t=d.trim();await g.run(()=>a(t),{check:()=>{let e=i(t);return e?{[n.name]:{key:e}}:{}}})&&m(t)},children:[(0,F.jsx)(B,{...n,error:g.fieldError(n.name),value:d,onChange:e=>f(e.target.value)}),(0,F.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":g.busy||void 0,children:g.busy?u(`app.sending`):r})]}),(0,F.jsx)(De,{first:(0,F.jsx)(h,{href:l.href,children:l.label})})]})}function De({first:e}){let{t}=s();return(0,F.jsxs)(`ul`,{className:`aside help-links`,children:[(0,F.jsx)(`li`,{children:e}),(0,F.jsx)(`li`,{children:(0,F.jsx)(h,{href:y.signIn,children:t(`forgotPassword.backToSignIn`)})})]})}function Oe({title:e,children:t,onAgain:n}){let{t:r}=s();return(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{focusOnMount:!0,children:e}),(0,F.jsxs)(`div`,{className:`notice notice-success`,role:`status`,children:[t,(0,F.jsx)(`p`,{children:r(`forgotPassword.checkSpam`)})]}),(0,F.jsx)(De,{first:(0,F.jsx)(`button`,{type:`button`,className:`link-button`,onClick:n,children:r(`forgotPassword.tryAgain`)})})]})}function ke(){let{t:e}=s();return(0,F.jsx)(Ee,{title:e(`forgotPassword.title`),intro:e(`forgotPassword.intro`),field:{id:`forgot-login`,name:`login`,label:e(`signIn.login`),type:`text`,autoComplete:`username`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1},submitLabel:e(`forgotPassword.submit`),check:e=>e?void 0:`signIn.loginRequired`,send:async e=>(await S(be,{input:{login:e}})).requestReset,sentTitle:e(`forgotPassword.sentTitle`),sentBody:t=>e(`forgotPassword.sentBody`,{login:t}),other:{href:y.forgotUsername,label:e(`signIn.forgotUsername`)}})}function H(e){return/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.trim())}var Ae=b(`
  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {
    requestUsernameReminder(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);function je(){let{t:e}=s();return(0,F.jsx)(Ee,{title:e(`forgotUsername.title`),intro:e(`forgotUsername.intro`),field:{id:`forgot-username-email`,name:`email`,label:e(`form.email`),type:`email`,autoComplete:`email`,spellCheck:!1},submitLabel:e(`forgotUsername.submit`),check:e=>e?H(e)?void 0:`form.emailInvalid`:`forgotUsername.emailRequired`,send:async e=>(await S(Ae,{input:{email:e}})).requestUsernameReminder,sentTitle:e(`forgotUsername.sentTitle`),sentBody:t=>e(`forgotUsername.sentBody`,{email:t}),other:{href:y.forgotPassword,label:e(`signIn.forgotPassword`)}})}function Me({title:e,children:t}){let{t:n}=s();return(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{focusOnMount:!0,children:e}),(0,F.jsx)(v,{children:t}),(0,F.jsx)(`p`,{children:(0,F.jsx)(h,{href:y.signIn,className:`button`,children:n(`signIn.title`)})})]})}var Ne=/\p{Lu}/u,Pe=/\p{Ll}/u,Fe=/\p{Nd}/u,Ie=/[\p{P}\p{S}\p{Zs}\s]/u;function Le(e){return[...e.normalize(`NFC`)].length}function Re(e,t){let n=[];t.username&&n.push(t.username);let r=t.email?t.email.lastIndexOf(`@`):-1;if(t.email&&r>0&&n.push(t.email.slice(0,r)),n.length===0)return;let i=e.toLowerCase();return n.some(e=>{let t=e.trim().toLowerCase();return t.length>=3&&i.includes(t)})}function ze(e,t,n={}){let r=e.normalize(`NFC`),i=Le(r);return t.rules.map(e=>{let a;switch(e){case`MIN_LENGTH`:a=i>=t.minLength?`met`:`unmet`;break;case`MAX_LENGTH`:a=i<=t.maxLength?`met`:`unmet`;break;case`UPPERCASE`:a=Ne.test(r)?`met`:`unmet`;break;case`LOWERCASE`:a=Pe.test(r)?`met`:`unmet`;break;case`DIGIT`:a=Fe.test(r)?`met`:`unmet`;break;case`SYMBOL`:a=Ie.test(r)?`met`:`unmet`;break;case`NOT_PERSONAL`:{if(r===``){a=`unknown`;break}let e=Re(r,n);a=e===void 0?`unknown`:e?`unmet`:`met`;break}default:a=`unknown`}return{rule:e,state:a}})}function Be(e){if(e===``)return`empty`;let t=[...e.normalize(`NFC`)],n=[Ne,Pe,Fe,Ie].filter(t=>t.test(e)).length,r=new Set(t.map(e=>e.toLowerCase())).size,i=0;for(let e=2;e<t.length;e++){let n=t[e-2].codePointAt(0),r=t[e-1].codePointAt(0),a=t[e].codePointAt(0);(n===r&&r===a||r-n===1&&a-r===1||n-r===1&&r-a===1)&&i++}let a=Math.min(t.length,r*2)-i,o=0;return a>=8&&o++,a>=12&&o++,a>=16&&o++,n>=3&&o++,(a>=20||n===4&&a>=12)&&o++,a<6&&(o=0),o<=1?`weak`:o===2?`fair`:o===3?`good`:`strong`}var Ve=b(`
  query PasswordPolicy {
    passwordPolicy {
      preset
      minLength
      maxLength
      rules
    }
  }
`);function U({ids:e,values:t,onChange:n,errors:r,personal:i,labels:a}){let{t:o,i18n:c}=s(),l=x(Ve),u={data:l.data?.passwordPolicy?l.data:void 0,error:l.error},d=(0,N.useId)(),f=(0,N.useId)(),p=u.data?ze(t.password,u.data.passwordPolicy,i):[],m=Be(t.password),h=u.data?.passwordPolicy.minLength??0,g=u.data?.passwordPolicy.maxLength??256,_=new Intl.NumberFormat(c.resolvedLanguage),v=t.confirmation!==``&&t.confirmation===t.password,y=e=>e===`met`?`✓`:e===`unmet`?`✗`:`•`;return(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(B,{id:e.password,name:`new-password`,type:`password`,autoComplete:`new-password`,label:a?.password??o(`password.new`),error:r.password,describedBy:`${d} ${f}`,value:t.password,onChange:e=>n({...t,password:e.target.value}),children:(0,F.jsxs)(`div`,{className:`password-help`,children:[(0,F.jsx)(`p`,{className:`rules-title`,id:`${d}-title`,children:o(`password.rulesTitle`)}),u.data?(0,F.jsx)(`ul`,{className:`rules`,id:d,"aria-labelledby":`${d}-title`,children:p.map(({rule:e,state:t})=>(0,F.jsxs)(`li`,{className:`rule rule-${t}`,children:[(0,F.jsx)(`span`,{className:`rule-mark`,"aria-hidden":`true`,children:y(t)}),` `,o(`password.rule.${e}`,{min:_.format(h),max:_.format(g)}),(0,F.jsxs)(`span`,{className:`visually-hidden`,children:[` – `,o(`password.state.${t}`)]})]},e))}):(0,F.jsx)(`p`,{id:d,className:`field-hint`,children:u.error?o(`password.rulesUnavailable`):o(`app.loading`)}),(0,F.jsx)(`p`,{className:`strength strength-${m}`,id:f,children:m===`empty`?o(`password.strengthEmpty`):(0,F.jsxs)(F.Fragment,{children:[o(`password.strength`),` `,(0,F.jsx)(`strong`,{children:o(`password.strengthLevel.${m}`)})]})}),(0,F.jsx)(`meter`,{className:`strength-meter`,"aria-hidden":`true`,min:0,max:4,low:2,high:3,optimum:4,value:{empty:0,weak:1,fair:2,good:3,strong:4}[m]})]})}),(0,F.jsx)(B,{id:e.confirmation,name:`new-password-confirmation`,type:`password`,autoComplete:`new-password`,label:a?.confirmation??o(`password.confirm`),error:r.confirmation,value:t.confirmation,onChange:e=>n({...t,confirmation:e.target.value}),children:t.confirmation!==``&&(0,F.jsx)(`p`,{className:v?`field-hint rule-met`:`field-hint`,children:v?`✓ ${o(`password.matches`)}`:o(`password.doesNotMatchYet`)})})]})}function W(e){let t={};return e.password===``&&(t.password=`password.newRequired`),e.confirmation===``?t.confirmation=`password.confirmRequired`:e.password!==e.confirmation&&(t.confirmation=`password.mismatch`),t}function He(e,t){let n=new URLSearchParams(e.startsWith(`?`)?e.slice(1):e).get(`token`);if(n&&n.trim())return n.trim();let r=t.startsWith(`#`)?t.slice(1):t,i=new URLSearchParams(r).get(`token`);if(i&&i.trim())return i.trim()}function Ue(e,t,n){let r=new URLSearchParams(t.startsWith(`?`)?t.slice(1):t);r.delete(`token`);let i=new URLSearchParams(n.startsWith(`#`)?n.slice(1):n),a=i.has(`token`);i.delete(`token`);let o=r.toString(),s=a?i.toString():n.replace(/^#/,``);return e+(o?`?${o}`:``)+(s?`#${s}`:``)}function We(){if(typeof window<`u`)return He(window.location.search,window.location.hash)}function Ge(){if(typeof window>`u`)return;let{pathname:e,search:t,hash:n}=window.location;He(t,n)!==void 0&&window.history.replaceState(window.history.state,``,Ue(e,t,n))}function Ke(){let[e]=(0,N.useState)(We);return(0,N.useEffect)(Ge,[]),e}var qe=b(`
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
`),G={newPassword:`reset-new-password`,newPasswordConfirmation:`reset-new-password-confirmation`};function Je({code:e}){let{t}=s();return(0,F.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,F.jsx)(`p`,{children:(0,F.jsx)(`strong`,{children:d(t,{code:e})})}),(0,F.jsx)(`p`,{children:t(e===`TOKEN_EXPIRED`?`resetPassword.expiredBody`:`resetPassword.invalidBody`)}),(0,F.jsx)(`p`,{children:(0,F.jsx)(h,{href:y.forgotPassword,className:`button`,children:t(`resetPassword.newLink`)})})]})}function Ye(){let{t:e}=s();D(e(`resetPassword.title`));let t=Ke(),[n,r]=(0,N.useState)({password:``,confirmation:``}),[i,a]=(0,N.useState)(),o=k(G);async function c(e){e.preventDefault(),t&&await o.run(async()=>(await S(qe,{input:{token:t,newPassword:n.password,newPasswordConfirmation:n.confirmation}})).resetPassword,{check:()=>{let e=W(n);return{...e.password?{newPassword:{key:e.password}}:{},...e.confirmation?{newPasswordConfirmation:{key:e.confirmation}}:{}}},succeeded:e=>!!e.user,handle:e=>{let t=e.find(e=>e.code===`TOKEN_EXPIRED`||e.code===`TOKEN_INVALID`);return t&&a({code:t.code}),!!t}})&&a(`done`)}return i===`done`?(0,F.jsx)(Me,{title:e(`resetPassword.doneTitle`),children:(0,F.jsx)(`p`,{children:e(`resetPassword.doneBody`)})}):!t||i?(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e(`resetPassword.title`)}),(0,F.jsx)(Je,{code:i?.code??`TOKEN_INVALID`})]}):(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e(`resetPassword.title`)}),(0,F.jsx)(`p`,{children:e(`resetPassword.intro`)}),o.summary,(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:c,"aria-busy":o.busy||void 0,children:[(0,F.jsx)(U,{ids:{password:G.newPassword,confirmation:G.newPasswordConfirmation},values:n,onChange:r,errors:{password:o.fieldError(`newPassword`),confirmation:o.fieldError(`newPasswordConfirmation`)}}),(0,F.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":o.busy||void 0,children:o.busy?e(`app.saving`):e(`resetPassword.submit`)})]})]})}var Xe=b(`
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
`);function Ze({idPrefix:e,personal:t,currentLabel:n,submitLabel:r,offerKeepTokens:i,onDone:a}){let{t:o}=s(),c={currentPassword:`${e}-current`,newPassword:`${e}-new`,newPasswordConfirmation:`${e}-confirm`},[l,u]=(0,N.useState)(``),[d,f]=(0,N.useState)({password:``,confirmation:``}),[p,m]=(0,N.useState)(!1),h=k(c);async function g(e){e.preventDefault();let t=!!(i&&p),n=await h.run(async()=>(await S(Xe,{input:{currentPassword:l,newPassword:d.password,newPasswordConfirmation:d.confirmation,keepAccessTokens:t}})).changePassword,{check:()=>{let e=W(d),t={};return l===``&&(t.currentPassword={key:`password.currentRequired`}),e.password&&(t.newPassword={key:e.password}),e.confirmation&&(t.newPasswordConfirmation={key:e.confirmation}),t},succeeded:e=>!!e.user,fieldFor:e=>e===`currentPassword`||e===`newPassword`||e===`newPasswordConfirmation`?e:void 0,handle:e=>{e.some(e=>e.code===`INVALID_CREDENTIALS`)&&u(``)}});n&&(u(``),f({password:``,confirmation:``}),a({revokedSessions:n.revokedSessions,revokedTokens:n.revokedTokens,tokensKept:t}))}return(0,F.jsxs)(F.Fragment,{children:[h.summary,(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":h.busy||void 0,children:[(0,F.jsx)(B,{id:c.currentPassword,name:`current-password`,type:`password`,autoComplete:`current-password`,label:n??o(`password.current`),error:h.fieldError(`currentPassword`),value:l,onChange:e=>u(e.target.value)}),(0,F.jsx)(U,{ids:{password:c.newPassword,confirmation:c.newPasswordConfirmation},values:d,onChange:f,personal:t,errors:{password:h.fieldError(`newPassword`),confirmation:h.fieldError(`newPasswordConfirmation`)}}),i&&(0,F.jsxs)(F.Fragment,{children:[(0,F.jsxs)(`div`,{className:`checkbox`,children:[(0,F.jsx)(`input`,{type:`checkbox`,id:`${e}-keep-tokens`,checked:p,"aria-describedby":`${e}-keep-tokens-hint`,onChange:e=>m(e.target.checked)}),(0,F.jsx)(`label`,{htmlFor:`${e}-keep-tokens`,children:o(`changePassword.keepTokens`)})]}),(0,F.jsx)(`p`,{id:`${e}-keep-tokens-hint`,className:`field-hint`,children:o(`changePassword.keepTokensHint`)})]}),(0,F.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h.busy||void 0,children:h.busy?o(`app.saving`):r})]})]})}function Qe(){let{t:e}=s();D(e(`changePassword.title`));let[,t]=j(),n=fe(new URLSearchParams(m()).get(`next`)),{reload:r}=I();return(0,F.jsx)(R,{children:i=>(0,F.jsxs)(`div`,{className:`narrow`,children:[(0,F.jsx)(C,{children:e(`changePassword.title`)}),(0,F.jsx)(`p`,{children:i.mustChangePassword?e(`changePassword.temporaryIntro`):e(`changePassword.intro`)}),(0,F.jsx)(Ze,{idPrefix:`change-password`,personal:{username:i.username,email:i.email},currentLabel:i.mustChangePassword?e(`changePassword.temporary`):void 0,submitLabel:e(`app.save`),onDone:()=>{r(),t(n&&n!==y.changePassword?n:y.home,{replace:!0})}})]})})}var $e=b(`
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
`),et=b(`
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
`),tt=b(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),nt=b(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),rt=b(`
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
`),it=b(`
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
`),at=b(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),ot=b(`
  query ExportMyData {
    exportMyData
  }
`),st=b(`
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
`);function K({value:e,short:t}){let{i18n:n}=s();return(0,F.jsx)(`time`,{dateTime:e,children:c(e,n.resolvedLanguage??`en`,t)})}function q({id:e,title:t,children:n}){return(0,F.jsxs)(`section`,{className:`section`,"aria-labelledby":e,children:[(0,F.jsx)(`h2`,{id:e,children:t}),n]})}function ct({me:e,onChanged:t}){let{t:n}=s(),[r,i]=(0,N.useState)(!1),[a,o]=(0,N.useState)(),[c,l]=(0,N.useState)(e.name),[u,d]=(0,N.useState)(!1),f=k({name:`profile-name`}),{refresh:p}=I(),m=(0,N.useId)();async function h(e){e.preventDefault(),f.busy||(d(!1),await f.run(async()=>(await S(se,{input:{name:c.trim()}})).updateMe)&&(d(!0),p(),t()))}return(0,F.jsxs)(q,{id:`account-details`,title:n(`profile.accountDetails`),children:[(0,F.jsxs)(`dl`,{className:`details`,children:[(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`home.username`)}),(0,F.jsx)(`dd`,{children:e.username})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`home.email`)}),(0,F.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,F.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,F.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`home.role`)}),(0,F.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,F.jsx)(`dd`,{children:(0,F.jsx)(K,{value:e.createdAt})})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,F.jsx)(`dd`,{children:e.lastSignInAt?(0,F.jsx)(K,{value:e.lastSignInAt}):n(`home.never`)})]})]}),f.summary,(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:h,className:`inline-form`,"aria-busy":f.busy||void 0,children:[(0,F.jsx)(B,{id:`profile-name`,label:n(`home.name`),autoComplete:`name`,value:c,error:f.fieldError(`name`),onChange:e=>{l(e.target.value),d(!1)}}),(0,F.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":f.busy||void 0,children:f.busy?n(`app.saving`):n(`profile.saveName`)})]}),u&&(0,F.jsx)(v,{children:n(`profile.nameSaved`)}),(0,F.jsxs)(`div`,{className:`checkbox`,children:[(0,F.jsx)(`input`,{type:`checkbox`,id:m,checked:r,"aria-controls":`${m}-panel`,"aria-expanded":r,onChange:e=>{i(e.target.checked),e.target.checked&&o(void 0)}}),(0,F.jsx)(`label`,{htmlFor:m,children:n(`changePassword.title`)})]}),a&&(0,F.jsxs)(v,{children:[(0,F.jsx)(`p`,{children:n(`profile.passwordChanged`)}),(0,F.jsx)(`p`,{children:a.tokensKept?n(`profile.passwordEndedKept`,{sessions:a.revokedSessions}):n(`profile.passwordEnded`,{sessions:a.revokedSessions,tokens:a.revokedTokens})})]}),(0,F.jsx)(`div`,{id:`${m}-panel`,hidden:!r,children:r&&(0,F.jsx)(Ze,{idPrefix:`profile-password`,personal:{username:e.username,email:e.email},submitLabel:n(`app.save`),offerKeepTokens:!0,onDone:e=>{i(!1),o(e),t()}})})]})}function lt({me:e}){let{t}=s(),n={newEmail:`profile-new-email`,currentPassword:`profile-email-password`},r=k(n),[i,a]=(0,N.useState)(``),[o,c]=(0,N.useState)(``),[l,u]=(0,N.useState)();async function d(t){t.preventDefault();let n=i.trim();await r.run(async()=>(await S(tt,{input:{newEmail:n,currentPassword:o}})).requestEmailChange,{check:()=>{let t={};return n?H(n)?n.toLowerCase()===e.email.toLowerCase()&&(t.newEmail={key:`profile.sameEmail`}):t.newEmail={key:`form.emailInvalid`}:t.newEmail={key:`profile.newEmailRequired`},o||(t.currentPassword={key:`password.currentRequired`}),t},handle:e=>{e.some(e=>e.code===`INVALID_CREDENTIALS`)&&c(``)}})&&(u(n),a(``),c(``))}return(0,F.jsxs)(q,{id:`email-change`,title:t(`profile.emailTitle`),children:[(0,F.jsx)(`p`,{children:t(`profile.emailIntro`,{email:e.email})}),l&&(0,F.jsxs)(v,{children:[(0,F.jsx)(`p`,{children:t(`profile.emailSent`,{email:l})}),(0,F.jsx)(`p`,{children:t(`forgotPassword.checkSpam`)})]}),r.summary,(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:d,"aria-busy":r.busy||void 0,children:[(0,F.jsx)(B,{id:n.newEmail,label:t(`profile.newEmail`),type:`email`,autoComplete:`email`,spellCheck:!1,value:i,error:r.fieldError(`newEmail`),onChange:e=>a(e.target.value)}),(0,F.jsx)(B,{id:n.currentPassword,label:t(`password.current`),type:`password`,autoComplete:`current-password`,value:o,error:r.fieldError(`currentPassword`),onChange:e=>c(e.target.value)}),(0,F.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":r.busy||void 0,children:r.busy?t(`app.sending`):t(`profile.sendEmailLink`)})]})]})}function ut({id:e,label:t,error:n,hint:r,children:i,...a}){let o=`${e}-error`,s=`${e}-hint`,c=[n?o:``,r?s:``].filter(Boolean).join(` `);return(0,F.jsxs)(`div`,{className:n?`field field-invalid`:`field`,children:[(0,F.jsx)(`label`,{htmlFor:e,children:t}),r&&(0,F.jsx)(`p`,{id:s,className:`field-hint`,children:r}),n&&(0,F.jsx)(`p`,{id:o,className:`field-error`,children:n}),(0,F.jsx)(`select`,{id:e,"aria-invalid":n?!0:void 0,"aria-describedby":c||void 0,...a,children:i})]})}function dt({me:e,onChanged:t}){let{t:n,i18n:r}=s(),{refresh:i}=I(),[c,l]=(0,N.useState)(p(e.locale)?e.locale:r.resolvedLanguage??`en`),[u,d]=(0,N.useState)(!1),f=k();async function m(e){e.preventDefault(),f.busy||(d(!1),await f.run(async()=>(await S(se,{input:{locale:c}})).updateMe)&&(p(c)&&await a(c),d(!0),i(),t()))}return(0,F.jsxs)(q,{id:`language-setting`,title:n(`profile.languageTitle`),children:[(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:m,children:[(0,F.jsx)(ut,{id:`profile-language`,label:n(`profile.language`),hint:n(`profile.languageHint`),value:c,onChange:e=>{l(e.target.value),d(!1)},children:o.map(e=>(0,F.jsx)(`option`,{value:e,lang:e,children:n(`language.${e}`)},e))}),f.alert,(0,F.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":f.busy||void 0,children:f.busy?n(`app.saving`):n(`app.save`)})]}),u&&(0,F.jsx)(v,{children:n(`profile.languageSaved`)})]})}var ft=b(`
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
`);function pt({me:e,onChanged:t}){let{t:n}=s(),r=e.notificationPreferences.filter(e=>e.optional),i=e.notificationPreferences.filter(e=>!e.optional),[a,o]=(0,N.useState)(()=>Object.fromEntries(r.map(e=>[e.notice,e.enabled]))),[c,l]=(0,N.useState)(!1),u=k();async function d(e){if(e.preventDefault(),u.busy)return;l(!1);let n=r.map(e=>({notice:e.notice,enabled:a[e.notice]??e.enabled}));await u.run(async()=>(await S(ft,{input:{preferences:n}})).updateNotificationPreferences)&&(l(!0),t())}let f=e=>n(`notifications.notice.${e}`);return(0,F.jsxs)(q,{id:`notifications`,title:n(`notifications.title`),children:[(0,F.jsx)(`p`,{children:n(`notifications.intro`)}),(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:d,children:[(0,F.jsxs)(`fieldset`,{children:[(0,F.jsx)(`legend`,{children:n(`notifications.legend`)}),r.map(e=>(0,F.jsxs)(`div`,{className:`checkbox`,children:[(0,F.jsx)(`input`,{id:`notification-${e.notice}`,type:`checkbox`,checked:a[e.notice]??e.enabled,onChange:t=>{o({...a,[e.notice]:t.target.checked}),l(!1)}}),(0,F.jsx)(`label`,{htmlFor:`notification-${e.notice}`,children:f(e.notice)})]},e.notice)),(0,F.jsx)(`ul`,{"aria-label":n(`notifications.always`),children:i.map(e=>(0,F.jsxs)(`li`,{children:[f(e.notice),` (`,n(`notifications.always`),`)`]},e.notice))})]}),u.alert,(0,F.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":u.busy||void 0,children:u.busy?n(`app.saving`):n(`app.save`)})]}),c&&(0,F.jsx)(v,{children:n(`notifications.saved`)})]})}var mt=r(),ht=`a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`;function J({title:e,children:t,onClose:n}){let r=(0,N.useRef)(null),i=(0,N.useRef)(null),a=(0,N.useId)(),o=(0,N.useRef)(n);o.current=n,(0,N.useEffect)(()=>{let e=document.activeElement instanceof HTMLElement?document.activeElement:null,t=[...document.body.children].filter(e=>e!==i.current&&!e.hasAttribute(`inert`)&&e.tagName!==`SCRIPT`);for(let e of t)e.setAttribute(`inert`,``);return r.current?.focus(),()=>{for(let e of t)e.removeAttribute(`inert`);e&&e.isConnected&&e.focus()}},[]);function s(e){if(e.key===`Escape`){e.stopPropagation(),o.current();return}if(e.key!==`Tab`||!r.current)return;let t=[...r.current.querySelectorAll(ht)];if(t.length===0){e.preventDefault();return}let n=t[0],i=t[t.length-1],a=document.activeElement;e.shiftKey&&(a===n||a===r.current)?(e.preventDefault(),i.focus()):!e.shiftKey&&a===i&&(e.preventDefault(),n.focus())}return(0,mt.createPortal)((0,F.jsx)(`div`,{className:`dialog-backdrop`,ref:i,children:(0,F.jsxs)(`div`,{className:`dialog`,role:`dialog`,"aria-modal":`true`,"aria-labelledby":a,tabIndex:-1,ref:r,onKeyDown:s,children:[(0,F.jsx)(`h2`,{id:a,children:e}),t]})}),document.body)}function gt({title:e,children:t,confirmLabel:n,busy:r,danger:i,error:a,onConfirm:o,onCancel:c}){let{t:l}=s();return(0,F.jsxs)(J,{title:e,onClose:c,children:[(0,F.jsx)(`div`,{className:`dialog-body`,children:t}),a&&(0,F.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:a}),(0,F.jsxs)(`div`,{className:`actions`,children:[(0,F.jsx)(`button`,{type:`button`,className:i?`button button-danger`:`button`,"aria-disabled":r||void 0,onClick:()=>{r||o()},children:r?l(`app.working`):n}),(0,F.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:c,children:l(`app.cancel`)})]})]})}function Y({send:e,onDone:t,...n}){let r=k();return(0,F.jsx)(gt,{...n,busy:r.busy,error:r.message,onConfirm:async()=>{let n=await r.run(e);n&&t(n)}})}function X(e){if(!e)return``;let t=/Edg\//.test(e)?`Edge`:/OPR\//.test(e)?`Opera`:/Firefox\//.test(e)?`Firefox`:/(Chrome|Chromium|HeadlessChrome)\//.test(e)?`Chrome`:/Safari\//.test(e)?`Safari`:/curl\//.test(e)?`curl`:void 0,n=/Android/.test(e)?`Android`:/iPhone|iPad|iOS/.test(e)?`iOS`:/Windows/.test(e)?`Windows`:/Mac OS X|Macintosh/.test(e)?`macOS`:/CrOS/.test(e)?`ChromeOS`:/Linux/.test(e)?`Linux`:void 0;return t&&n?`${t} · ${n}`:t||n?t??n:e.length>60?`${e.slice(0,57)}…`:e}function _t({me:e,onChanged:t}){let{t:n,i18n:r}=s(),i=k(),[a,o]=(0,N.useState)(!1),[c,l]=(0,N.useState)(),[u,d]=(0,N.useState)(!1),f=new Intl.NumberFormat(r.resolvedLanguage),p=[...e.sessions].sort((e,t)=>Number(t.current)-Number(e.current));return(0,F.jsxs)(q,{id:`sessions`,title:n(`profile.sessionsTitle`),children:[(0,F.jsx)(`p`,{children:n(`profile.sessionsIntro`)}),u&&(0,F.jsx)(v,{children:n(`profile.sessionRevoked`)}),c&&(0,F.jsx)(v,{children:n(`profile.signedOutEverywhere`,{sessions:f.format(c.sessions),tokens:f.format(c.tokens)})}),i.alert,(0,F.jsx)(`ul`,{className:`cards`,children:p.map(e=>(0,F.jsxs)(`li`,{className:`card`,children:[(0,F.jsxs)(`p`,{className:`card-title`,children:[X(e.userAgent)||n(`profile.unknownDevice`),` `,e.current&&(0,F.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.thisDevice`)})]}),(0,F.jsxs)(`dl`,{className:`facts`,children:[(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`profile.ip`)}),(0,F.jsx)(`dd`,{children:e.ip})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`profile.signedInAt`)}),(0,F.jsx)(`dd`,{children:(0,F.jsx)(K,{value:e.createdAt})})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`profile.lastSeen`)}),(0,F.jsx)(`dd`,{children:(0,F.jsx)(K,{value:e.lastSeenAt})})]}),(0,F.jsxs)(`div`,{children:[(0,F.jsx)(`dt`,{children:n(`profile.expires`)}),(0,F.jsx)(`dd`,{children:(0,F.jsx)(K,{value:e.expiresAt})})]})]}),!e.current&&(0,F.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-disabled":i.busy||void 0,"aria-label":n(`profile.signOutSessionLabel`,{device:X(e.userAgent),ip:e.ip}),onClick:async()=>{i.busy||(d(!1),await i.run(async()=>(await S(nt,{input:{id:e.id}})).revokeSession)&&(d(!0),t()))},children:n(`profile.signOutSession`)})]},e.id))}),(0,F.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>o(!0),children:n(`profile.signOutEverywhere`)}),a&&(0,F.jsx)(Y,{title:n(`profile.signOutEverywhereTitle`),confirmLabel:n(`profile.signOutEverywhere`),danger:!0,onCancel:()=>o(!1),send:async()=>(await S(rt)).signOutEverywhere,onDone:e=>{l({sessions:e.revokedSessions,tokens:e.revokedTokens}),o(!1),t()},children:(0,F.jsx)(`p`,{children:n(`profile.signOutEverywhereBody`)})})]})}function Z({label:e,children:t}){return(0,F.jsx)(`div`,{className:`table-wrap`,role:`region`,"aria-label":e,tabIndex:0,children:t})}function vt({text:e,label:t}){let{t:n}=s(),[r,i]=(0,N.useState)(`idle`);async function a(){try{await navigator.clipboard.writeText(e),i(`copied`)}catch{i(`failed`)}}return(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,onClick:a,children:t??n(`app.copy`)}),` `,(0,F.jsx)(`span`,{role:`status`,className:`copy-status`,children:r===`copied`?n(`app.copied`):r===`failed`?n(`app.copyFailed`):``})]})}function yt(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return;let n=new Date(Number(t[1]),Number(t[2])-1,Number(t[3]),23,59,59);return Number.isNaN(n.getTime())?void 0:n.toISOString()}function bt({me:e,onChanged:t}){let{t:n}=s(),r={name:`token-name`,expiresAt:`token-expiry`},i=k(r),[a,o]=(0,N.useState)(``),[c,l]=(0,N.useState)(``),[u,d]=(0,N.useState)(),[f,p]=(0,N.useState)(),m=new Date,h=e=>`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,`0`)}-${String(e.getDate()).padStart(2,`0`)}`,_=h(m),v=h(new Date(m.getFullYear()+2,m.getMonth(),m.getDate()-1));async function y(e){e.preventDefault();let n=c?yt(c):void 0,r=await i.run(async()=>(await S(it,{input:{name:a.trim(),...n?{expiresAt:n}:{}}})).createAccessToken,{check:()=>{let e={};return a.trim()||(e.name={key:`tokens.nameRequired`}),c&&(!n||new Date(n)<=new Date||c>v)&&(e.expiresAt={key:`fieldErrors.expiresAt.INVALID_INPUT`}),e},succeeded:e=>!!e.token,handle:e=>e.some(e=>e.code===`INVALID_INPUT`&&e.field?.at(-1)===`name`)?(i.show({},[{key:`tokens.tooMany`}]),!0):!1});r?.token&&(d({name:a.trim(),token:r.token}),o(``),l(``),t())}return(0,F.jsxs)(q,{id:`access-tokens`,title:n(`tokens.title`),children:[(0,F.jsx)(`p`,{children:n(`tokens.intro`)}),u&&(0,F.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,F.jsx)(`p`,{children:(0,F.jsx)(`strong`,{children:n(`tokens.createdTitle`,{name:u.name})})}),(0,F.jsx)(`p`,{children:n(`tokens.createdBody`)}),(0,F.jsx)(`code`,{className:`secret`,"aria-label":n(`tokens.tokenLabel`),children:u.token}),(0,F.jsxs)(`p`,{className:`actions`,children:[(0,F.jsx)(vt,{text:u.token}),(0,F.jsx)(`button`,{type:`button`,className:`link-button`,onClick:()=>d(void 0),children:n(`tokens.stored`)})]})]}),e.accessTokens.length===0?(0,F.jsx)(g,{children:n(`tokens.none`)}):(0,F.jsx)(Z,{label:n(`tokens.title`),children:(0,F.jsxs)(`table`,{children:[(0,F.jsx)(`caption`,{className:`visually-hidden`,children:n(`tokens.title`)}),(0,F.jsx)(`thead`,{children:(0,F.jsxs)(`tr`,{children:[(0,F.jsx)(`th`,{scope:`col`,children:n(`tokens.name`)}),(0,F.jsx)(`th`,{scope:`col`,children:n(`tokens.created`)}),(0,F.jsx)(`th`,{scope:`col`,children:n(`tokens.lastUsed`)}),(0,F.jsx)(`th`,{scope:`col`,children:n(`tokens.expires`)}),(0,F.jsx)(`th`,{scope:`col`,children:(0,F.jsx)(`span`,{className:`visually-hidden`,children:n(`app.actions`)})})]})}),(0,F.jsx)(`tbody`,{children:e.accessTokens.map(e=>(0,F.jsxs)(`tr`,{children:[(0,F.jsx)(`td`,{children:e.name}),(0,F.jsx)(`td`,{children:(0,F.jsx)(K,{value:e.createdAt})}),(0,F.jsx)(`td`,{children:e.lastUsedAt?(0,F.jsx)(K,{value:e.lastUsedAt}):n(`home.never`)}),(0,F.jsx)(`td`,{children:e.expiresAt?(0,F.jsx)(K,{value:e.expiresAt}):n(`tokens.noExpiry`)}),(0,F.jsx)(`td`,{children:(0,F.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`tokens.revokeLabel`,{name:e.name}),onClick:()=>p({id:e.id,name:e.name}),children:n(`tokens.revoke`)})})]},e.id))})]})}),(0,F.jsx)(`h3`,{children:n(`tokens.createTitle`)}),i.summary,(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:y,"aria-busy":i.busy||void 0,children:[(0,F.jsx)(B,{id:r.name,label:n(`tokens.name`),hint:n(`tokens.nameHint`),value:a,maxLength:100,error:i.fieldError(`name`),onChange:e=>o(e.target.value)}),(0,F.jsx)(B,{id:r.expiresAt,label:`${n(`tokens.expiry`)} (${n(`form.optional`)})`,hint:n(`tokens.expiryHint`),type:`date`,min:_,max:v,value:c,error:i.fieldError(`expiresAt`),onChange:e=>l(e.target.value)}),(0,F.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":i.busy||void 0,children:i.busy?n(`app.working`):n(`tokens.create`)})]}),f&&(0,F.jsx)(Y,{title:n(`tokens.revokeTitle`,{name:f.name}),confirmLabel:n(`tokens.revoke`),danger:!0,onCancel:()=>p(void 0),send:async()=>(await S(at,{input:{id:f.id}})).revokeAccessToken,onDone:()=>{p(void 0),t()},children:(0,F.jsx)(`p`,{children:n(`tokens.revokeBody`)})})]})}var xt=b(`
  query AuditPeople($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on User {
        id
        name
        username
      }
    }
  }
`);function St(){let{t:e}=s();return t=>u(t)?e(`audit.type.${t}`):t}function Ct({rows:e,caption:t,linkUsers:n}){let{t:r}=s(),i=St(),a=n?[...new Set(e.flatMap(e=>[e.actorID,e.subjectID]).filter(e=>!!e?.startsWith(`usr_`)))].sort():[],o=x(xt,{ids:a}),c=new Map;for(let e of o.data?.nodes??[])e&&`username`in e&&c.set(e.id,e.name||e.username);let l=e=>e?n&&e.startsWith(`usr_`)?(0,F.jsx)(h,{href:w(e),children:c.get(e)??e}):e:`—`;return(0,F.jsx)(Z,{label:t,children:(0,F.jsxs)(`table`,{children:[(0,F.jsx)(`caption`,{className:`visually-hidden`,children:t}),(0,F.jsx)(`thead`,{children:(0,F.jsxs)(`tr`,{children:[(0,F.jsx)(`th`,{scope:`col`,children:r(`audit.when`)}),(0,F.jsx)(`th`,{scope:`col`,children:r(`audit.what`)}),n&&(0,F.jsx)(`th`,{scope:`col`,children:r(`audit.actor`)}),n&&(0,F.jsx)(`th`,{scope:`col`,children:r(`audit.subject`)}),(0,F.jsx)(`th`,{scope:`col`,children:r(`audit.from`)}),(0,F.jsx)(`th`,{scope:`col`,children:r(`audit.details`)})]})}),(0,F.jsx)(`tbody`,{children:e.map(e=>(0,F.jsxs)(`tr`,{children:[(0,F.jsx)(`td`,{children:(0,F.jsx)(K,{value:e.createdAt,short:!0})}),(0,F.jsx)(`td`,{children:i(e.type)}),n&&(0,F.jsx)(`td`,{children:l(e.actorID)}),n&&(0,F.jsx)(`td`,{children:l(e.subjectID)}),(0,F.jsxs)(`td`,{children:[e.ip,e.userAgent&&(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(`br`,{}),(0,F.jsx)(`span`,{className:`muted`,children:X(e.userAgent)})]})]}),(0,F.jsx)(`td`,{children:e.details.length===0?`—`:e.details.map(e=>(0,F.jsxs)(`div`,{children:[(0,F.jsxs)(`span`,{className:`muted`,children:[e.key,`:`]}),` `,e.value]},e.key))})]},e.id))})]})})}function wt(){let[e,t]=(0,N.useState)([null]);return{after:e[e.length-1],page:e.length,next:(0,N.useCallback)(e=>{e&&t(t=>[...t,e])},[]),previous:(0,N.useCallback)(()=>t(e=>e.length>1?e.slice(0,-1):e),[]),reset:(0,N.useCallback)(()=>t([null]),[])}}function Tt({pager:e,pageInfo:t,totalCount:n,label:r}){let{t:i,i18n:a}=s(),o=!!(t?.hasNextPage&&t.endCursor);return(0,F.jsxs)(`nav`,{className:`pager`,"aria-label":r,children:[(0,F.jsx)(`button`,{type:`button`,className:`button button-secondary`,disabled:e.page<=1,onClick:e.previous,children:i(`pager.previous`)}),(0,F.jsxs)(`span`,{children:[i(`pager.page`,{page:new Intl.NumberFormat(a.resolvedLanguage).format(e.page)}),n!==void 0&&` · ${i(`pager.total`,{formatted:new Intl.NumberFormat(a.resolvedLanguage).format(n)})}`]}),(0,F.jsx)(`button`,{type:`button`,className:`button button-secondary`,disabled:!o,onClick:()=>e.next(t?.endCursor),children:i(`pager.next`)})]})}var Et=10;function Dt(){let{t:e}=s(),t=wt(),{data:n,error:r,loading:i,refetch:a}=x(et,{first:Et,after:t.after}),o=n?.me?.activity,c=(o?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,F.jsxs)(q,{id:`activity`,title:e(`profile.activityTitle`),children:[(0,F.jsx)(`p`,{children:e(`profile.activityIntro`)}),r?(0,F.jsx)(T,{error:r,retry:a}):!o&&i?(0,F.jsx)(O,{}):c.length===0?(0,F.jsx)(g,{children:e(`profile.noActivity`)}):(0,F.jsxs)(`div`,{"aria-busy":i||void 0,children:[(0,F.jsx)(Ct,{rows:c,caption:e(`profile.activityTitle`)}),(0,F.jsx)(Tt,{pager:t,pageInfo:o?.pageInfo,totalCount:o?.totalCount,label:e(`profile.activityPages`)})]})]})}function Ot({me:e}){let{t}=s();return(0,F.jsx)(q,{id:`organizations`,title:t(`profile.organizationsTitle`),children:e.memberships.length===0?(0,F.jsx)(g,{children:t(`profile.noOrganizations`)}):(0,F.jsx)(`ul`,{className:`cards`,children:e.memberships.map(e=>(0,F.jsxs)(`li`,{className:`card`,children:[(0,F.jsx)(`p`,{className:`card-title`,children:(0,F.jsx)(h,{href:ne(e.organization.id),children:e.organization.name})}),(0,F.jsx)(`p`,{className:`muted`,children:e.rights.length===0?t(`org.noRights`):e.rights.map(e=>t(`rights.${e}`)).join(` · `)})]},e.id))})})}function kt(e,t){let n=t.toISOString().slice(0,10);return`latchkey-data-${e.replace(/[^A-Za-z0-9._-]/g,`_`)}-${n}.json`}function At(e,t){let n=URL.createObjectURL(new Blob([t],{type:`application/json`})),r=document.createElement(`a`);r.href=n,r.download=e,r.hidden=!0,document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(n),0)}function jt({me:e}){let{t}=s(),[n,r]=(0,N.useState)(!1),[i,a]=(0,N.useState)(),[o,c]=(0,N.useState)();async function l(){if(!n){r(!0),c(void 0),a(void 0);try{let{exportMyData:t}=await S(ot),n=kt(e.username,new Date);At(n,`${JSON.stringify(t,null,2)}\n`),a(n)}catch(e){c(e instanceof E?{code:e.code,message:e.message}:{code:`UNKNOWN`})}finally{r(!1)}}}return(0,F.jsxs)(q,{id:`my-data`,title:t(`leave.dataTitle`),children:[(0,F.jsx)(`p`,{children:t(`leave.dataIntro`)}),i&&(0,F.jsx)(v,{children:(0,F.jsx)(`p`,{children:t(`leave.downloaded`,{file:i})})}),o&&(0,F.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:d(t,o)}),(0,F.jsx)(`button`,{type:`button`,className:`button`,onClick:l,"aria-disabled":n||void 0,children:t(n?`leave.downloading`:`leave.download`)})]})}function Mt({me:e,onCancel:t}){let{t:n}=s(),[,r]=j(),{reload:i}=I(),a={currentPassword:`delete-me-password`},o=te(a),[c,l]=(0,N.useState)(``),[u,d]=(0,N.useState)(!1),[f,p]=(0,N.useState)();async function m(e){if(e.preventDefault(),!u){if(p(void 0),!c)o.show({currentPassword:{key:`password.currentRequired`}});else{d(!0);try{let{deleteMe:e}=await S(st,{input:{currentPassword:c}}),[t]=e.userErrors;if(!t&&e.deletedUserId){ve({key:`leave.deleted`}),i(),r(y.signIn,{replace:!0});return}l(``),t?.code===`LAST_ADMIN`?(o.clear(),p({kind:`LAST_ADMIN`})):t?.code===`LAST_MEMBER_MANAGER`?(o.clear(),p({kind:`LAST_MEMBER_MANAGER`,organizations:e.organizations})):t?.code===`INVALID_CREDENTIALS`?o.show({currentPassword:{key:`leave.wrongPassword`}}):o.showUserErrors(e.userErrors)}catch(e){o.showError(e)}finally{d(!1)}}}}let g=e.sessions.length,_=e.accessTokens.length;return(0,F.jsxs)(J,{title:n(`leave.confirmTitle`),onClose:t,children:[(0,F.jsxs)(`div`,{className:`dialog-body`,children:[(0,F.jsx)(`p`,{children:n(`leave.confirmLost`)}),(0,F.jsxs)(`ul`,{children:[(0,F.jsx)(`li`,{children:n(`leave.lostAccount`,{username:e.username,email:e.email})}),(0,F.jsx)(`li`,{children:n(`leave.lostSessions`,{sessions:String(g)})}),(0,F.jsx)(`li`,{children:n(`leave.lostTokens`,{tokens:String(_)})}),e.memberships.length>0&&(0,F.jsx)(`li`,{children:n(`leave.lostMemberships`,{names:e.memberships.map(e=>e.organization.name).join(`, `)})})]}),(0,F.jsx)(`p`,{children:n(`leave.keptHistory`)})]}),f&&(0,F.jsx)(`div`,{className:`notice notice-warning`,role:`alert`,children:f.kind===`LAST_ADMIN`?(0,F.jsx)(`p`,{children:n(`errors.LAST_ADMIN`)}):(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(`p`,{children:n(`errors.LAST_MEMBER_MANAGER`)}),(0,F.jsx)(`ul`,{children:f.organizations.map(e=>(0,F.jsx)(`li`,{children:(0,F.jsx)(h,{href:ne(e.id),children:e.name})},e.id))})]})}),o.summary,(0,F.jsxs)(`form`,{noValidate:!0,onSubmit:m,"aria-busy":u||void 0,children:[(0,F.jsx)(B,{id:a.currentPassword,label:n(`leave.password`),type:`password`,autoComplete:`current-password`,value:c,error:o.fieldError(`currentPassword`),onChange:e=>l(e.target.value)}),(0,F.jsxs)(`div`,{className:`actions`,children:[(0,F.jsx)(`button`,{type:`submit`,className:`button button-danger`,"aria-disabled":u||void 0,children:n(u?`app.working`:`leave.confirm`)}),(0,F.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:t,children:n(`app.cancel`)})]})]})]})}function Nt({me:e}){let{t}=s(),[n,r]=(0,N.useState)(!1);return(0,F.jsxs)(q,{id:`delete-account`,title:t(`leave.deleteTitle`),children:[(0,F.jsx)(`p`,{children:t(`leave.deleteIntro`)}),(0,F.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>r(!0),children:t(`leave.deleteButton`)}),n&&(0,F.jsx)(Mt,{me:e,onCancel:()=>r(!1)})]})}function Pt(){let{t:e}=s(),{data:t,error:n,loading:r,refetch:i}=x($e),a=t?.me;return n?(0,F.jsx)(T,{error:n,retry:i}):a?(0,F.jsxs)(F.Fragment,{children:[(0,F.jsx)(`nav`,{"aria-label":e(`profile.sectionsNav`),className:`sub-nav`,children:(0,F.jsxs)(`ul`,{children:[(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#account-details`,children:e(`profile.accountDetails`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#email-change`,children:e(`profile.emailTitle`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#language-setting`,children:e(`profile.languageTitle`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#notifications`,children:e(`notifications.title`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#sessions`,children:e(`profile.sessionsTitle`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#access-tokens`,children:e(`tokens.title`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#activity`,children:e(`profile.activityTitle`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#organizations`,children:e(`profile.organizationsTitle`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#my-data`,children:e(`leave.dataTitle`)})}),(0,F.jsx)(`li`,{children:(0,F.jsx)(`a`,{href:`#delete-account`,children:e(`leave.deleteTitle`)})})]})}),(0,F.jsx)(ct,{me:a,onChanged:i}),(0,F.jsx)(lt,{me:a}),(0,F.jsx)(dt,{me:a,onChanged:i}),(0,F.jsx)(pt,{me:a,onChanged:i}),(0,F.jsx)(_t,{me:a,onChanged:i}),(0,F.jsx)(bt,{me:a,onChanged:i}),(0,F.jsx)(Dt,{}),(0,F.jsx)(Ot,{me:a}),(0,F.jsx)(jt,{me:a}),(0,F.jsx)(Nt,{me:a})]}):r?(0,F.jsx)(O,{}):(0,F.jsx)(T,{retry:i})}function Ft(){let{t:e}=s();return D(e(`profile.title`)),(0,F.jsx)(R,{children:()=>(0,F.jsxs)(`div`,{className:`medium`,children:[(0,F.jsx)(C,{children:e(`profile.title`)}),(0,F.jsx)(Pt,{}),(0,F.jsx)(`p`,{children:(0,F.jsx)(h,{href:y.home,children:e(`notFound.home`)})})]})})}var Q=()=>l(()=>import(`./Admin-CM_xq2kl.js`),__vite__mapDeps([0,1,2,3,4])),It=(0,N.lazy)(()=>Q().then(e=>({default:e.AdminUsersPage}))),Lt=(0,N.lazy)(()=>Q().then(e=>({default:e.AdminNewUserPage}))),Rt=(0,N.lazy)(()=>Q().then(e=>({default:e.AdminUserPage}))),zt=(0,N.lazy)(()=>Q().then(e=>({default:e.AdminSettingsPage}))),Bt=(0,N.lazy)(()=>Q().then(e=>({default:e.AdminAuditPage}))),Vt=(0,N.lazy)(()=>Q().then(e=>({default:e.AdminOutboxPage}))),Ht=(0,N.lazy)(()=>Q().then(e=>({default:e.AdminWebhooksPage}))),Ut=(0,N.lazy)(()=>Q().then(e=>({default:e.AdminOrganizationsPage}))),Wt=(0,N.lazy)(()=>l(()=>import(`./OrganizationPage-D9RIq2D6.js`),__vite__mapDeps([5,1,2,3,4]))),Gt=(0,N.lazy)(()=>l(()=>import(`./AcceptInvitationPage-CVToI-95.js`),__vite__mapDeps([6,1,2,3,4,7]))),Kt=(0,N.lazy)(()=>l(()=>import(`./SignUpPage-DUAs9_q6.js`),__vite__mapDeps([8,1,2,3,4,7]))),qt=(0,N.lazy)(()=>l(()=>import(`./VerifyEmailPage-BhKG93Ci.js`),__vite__mapDeps([9,3,1,2,4,10]))),Jt=(0,N.lazy)(()=>l(()=>import(`./ConfirmEmailPage-C_5SvRVW.js`),__vite__mapDeps([11,3,1,2,4,10]))),Yt=(0,N.lazy)(()=>l(()=>import(`./ReportSignInPage-Bp3l6MwG.js`),__vite__mapDeps([12,3,1,2,4,10])));function $(e){return function(){return(0,F.jsx)(R,{admin:!0,children:()=>(0,F.jsx)(e,{})})}}var Xt=[[y.adminNewUser,$(Lt)],[y.adminUser,$(Rt)],[y.adminUsers,$(It)],[y.adminSettings,$(zt)],[y.adminAudit,$(Bt)],[y.adminOutbox,$(Vt)],[y.adminWebhooks,$(Ht)],[y.adminOrganizations,$(Ut)]];function Zt(){let[e,t]=j(),{viewer:n,reload:r}=I(),i=!!n;return(0,N.useEffect)(()=>ee(n=>{n.code===`PASSWORD_CHANGE_REQUIRED`&&e!==y.changePassword?t(`${y.changePassword}?next=${encodeURIComponent(e)}`,{replace:!0}):n.code===`UNAUTHENTICATED`&&i&&r()}),[e,t,i,r]),null}function Qt(){return(0,F.jsxs)(oe,{children:[(0,F.jsx)(Zt,{}),(0,F.jsx)(de,{children:(0,F.jsx)(N.Suspense,{fallback:(0,F.jsx)(O,{}),children:(0,F.jsxs)(_,{children:[(0,F.jsx)(M,{path:y.home,component:ge}),(0,F.jsx)(M,{path:y.signIn,component:Te}),(0,F.jsx)(M,{path:y.forgotPassword,component:ke}),(0,F.jsx)(M,{path:y.forgotUsername,component:je}),(0,F.jsx)(M,{path:y.resetPassword,component:Ye}),(0,F.jsx)(M,{path:y.changePassword,component:Qe}),(0,F.jsx)(M,{path:y.profile,component:Ft}),(0,F.jsx)(M,{path:y.signUp,component:Kt}),(0,F.jsx)(M,{path:y.acceptInvitation,component:Gt}),(0,F.jsx)(M,{path:y.organization,component:Wt}),(0,F.jsx)(M,{path:y.verifyEmail,component:qt}),(0,F.jsx)(M,{path:y.confirmEmail,component:Jt}),(0,F.jsx)(M,{path:y.reportSignIn,component:Yt}),Xt.map(([e,t])=>(0,F.jsx)(M,{path:e,component:t},e)),(0,F.jsx)(M,{component:_e})]})})})]})}var $t=(0,re.createRoot)(document.getElementById(`root`)),en=()=>$t.render((0,F.jsx)(N.StrictMode,{children:(0,F.jsx)(Qt,{})}));f.then(en,en);export{P as C,I as S,B as _,vt as a,R as b,Y as c,K as d,Ke as f,H as g,Me as h,St as i,J as l,W as m,wt as n,Z as o,U as p,Ct as r,X as s,Tt as t,ut as u,ve as v,L as x,ye as y};