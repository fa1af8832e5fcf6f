const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Admin-DzIajS8W.js","assets/rolldown-runtime-WkwZ5CU-.js","assets/react-DCTAcUCH.js","assets/useSubmit-InAaEiwO.js","assets/i18n-xDyC1ZvF.js","assets/OrganizationPage-isdHZ59y.js","assets/AcceptInvitationPage-Ct1w2DHb.js","assets/NewAccountFields-bXdEp88r.js","assets/SignUpPage-Jpa4N26L.js","assets/VerifyEmailPage-CKGT9M6a.js","assets/emailLinks.graphql-CwvN26Pj.js","assets/ConfirmEmailPage-CV_u7-lB.js","assets/ReportSignInPage-BpMSKPZx.js"])))=>i.map(i=>d[i]);
import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,n,r,t as i}from"./react-DCTAcUCH.js";import{c as a,d as o,f as s,i as c,l,n as u,o as d,s as f,u as p}from"./i18n-xDyC1ZvF.js";import{S as m,_ as h,a as g,b as _,c as v,d as y,f as b,g as x,h as S,i as C,l as ee,m as w,n as T,o as E,p as te,r as D,s as O,t as k,u as A,v as j,y as ne}from"./useSubmit-InAaEiwO.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var M=e(t(),1),re=n(),ie=y(`
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
`),N=i(),oe=(0,M.createContext)({viewer:void 0,loading:!0,refresh:()=>{},reload:()=>{}});function se({children:e}){let{data:t,error:n,loading:r,refetch:i,reload:a}=S(ae),o=(0,M.useMemo)(()=>{let e;return t?e=t.me??null:n?.code===`UNAUTHENTICATED`&&(e=null),{viewer:e,error:e===void 0?n:void 0,loading:r,refresh:i,reload:a}},[t,n,r,i,a]);return(0,N.jsx)(oe.Provider,{value:o,children:e})}function P(){return(0,M.useContext)(oe)}var ce=e=>e?.role===`ADMIN`,le=y(`
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
`);function ue(){let{t:e,i18n:t}=s(),{viewer:n}=P(),r=p(t.resolvedLanguage)?t.resolvedLanguage:`en`;return(0,N.jsxs)(`div`,{className:`language-switcher`,children:[(0,N.jsx)(`label`,{htmlFor:`language`,children:e(`language.label`)}),(0,N.jsx)(`select`,{id:`language`,value:r,onChange:e=>{let t=e.target.value;p(t)&&(a(t),n&&!n.mustChangePassword&&w(le,{input:{locale:t}}).catch(()=>{}))},children:o.map(t=>(0,N.jsx)(`option`,{value:t,lang:t,children:e(`language.${t}`)},t))})]})}function de(){return(0,N.jsx)(`svg`,{className:`icon`,viewBox:`0 0 24 24`,width:`20`,height:`20`,"aria-hidden":`true`,focusable:`false`,children:(0,N.jsx)(`path`,{fill:`currentColor`,d:`M19.14 12.94a7.5 7.5 0 0 0 .05-.94 7.5 7.5 0 0 0-.05-.94l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54A.5.5 0 0 0 13.9 2h-3.8a.5.5 0 0 0-.49.42l-.36 2.54c-.59.24-1.13.56-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.48a.5.5 0 0 0 .12.64l2.03 1.58a7.5 7.5 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.12.22.39.3.6.22l2.39-.96c.5.38 1.04.7 1.63.94l.36 2.54c.05.24.25.42.49.42h3.8c.24 0 .45-.18.49-.42l.36-2.54c.59-.24 1.13-.56 1.63-.94l2.39.96c.22.08.48 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7z`})})}function fe({label:e}){let{t}=s(),{reload:n}=P(),[,r]=_(),[i,a]=(0,M.useState)(!1),[o,c]=(0,M.useState)(!1),l=(0,M.useId)(),u=(0,M.useRef)(null),d=(0,M.useRef)(null);(0,M.useEffect)(()=>{if(!i)return;let e=e=>{d.current?.contains(e.target)||a(!1)};return document.addEventListener(`mousedown`,e),()=>document.removeEventListener(`mousedown`,e)},[i]);async function f(){if(!o){c(!0);try{await w(ie)}catch{}finally{c(!1),a(!1),n(),r(A.signIn,{replace:!0})}}}return(0,N.jsxs)(`div`,{className:`menu`,ref:d,onKeyDown:e=>{e.key===`Escape`&&i&&(a(!1),u.current?.focus())},children:[(0,N.jsxs)(`button`,{ref:u,type:`button`,className:`menu-button`,"aria-expanded":i,"aria-controls":l,onClick:()=>a(e=>!e),children:[(0,N.jsx)(de,{}),(0,N.jsx)(`span`,{className:`menu-label`,children:e}),(0,N.jsxs)(`span`,{className:`visually-hidden`,children:[` – `,t(`nav.accountMenu`)]})]}),(0,N.jsxs)(`ul`,{id:l,className:`menu-list`,hidden:!i,children:[(0,N.jsx)(`li`,{children:(0,N.jsx)(x,{href:A.profile,onClick:()=>a(!1),children:t(`nav.settings`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`button`,{type:`button`,className:`link-button`,onClick:f,"aria-disabled":o||void 0,children:t(o?`home.signingOut`:`home.signOut`)})})]})]})}function pe({children:e}){let{t}=s(),{viewer:n}=P();return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`a`,{className:`skip-link`,href:`#main`,children:t(`app.skipToContent`)}),(0,N.jsxs)(`header`,{className:`site-header`,children:[(0,N.jsx)(x,{href:A.home,className:`brand`,children:t(`app.name`)}),(0,N.jsxs)(`nav`,{className:`site-nav`,"aria-label":t(`nav.label`),children:[n&&ce(n)&&(0,N.jsx)(x,{href:A.adminUsers,className:`nav-link`,children:t(`nav.admin`)}),n?(0,N.jsx)(fe,{label:n.name||n.username}):(0,N.jsx)(x,{href:A.signIn,className:`nav-link`,children:t(`signIn.title`)})]}),(0,N.jsx)(ue,{})]}),(0,N.jsx)(`main`,{id:`main`,tabIndex:-1,children:e})]})}function F(e){if(typeof e==`string`&&e!==``&&e.startsWith(`/`)&&!(e.startsWith(`//`)||e.startsWith(`/\\`))&&!/[\\\u0000-\u001f\u007f]/.test(e))try{let t=`https://latchkey.invalid`,n=new URL(e,t);return n.origin===t?n.pathname+n.search+n.hash:void 0}catch{return}}function me(e,t){let n=F(t);return n&&n!==`/`?`${e}?next=${encodeURIComponent(n)}`:e}function he(){let{t:e}=s();return T(e(`forbidden.title`)),(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e(`forbidden.title`)}),(0,N.jsx)(`p`,{children:e(`forbidden.body`)}),(0,N.jsx)(`p`,{children:(0,N.jsx)(x,{href:A.home,children:e(`notFound.home`)})})]})}function I({children:e,admin:t}){let{viewer:n,error:r,loading:i,refresh:a}=P(),[o]=_(),s=m(),c=o+(s?`?${s}`:``);return n===void 0?i||!r?(0,N.jsx)(E,{}):(0,N.jsx)(g,{error:r,retry:a}):n===null?i?(0,N.jsx)(E,{}):(0,N.jsx)(h,{to:me(A.signIn,c),replace:!0}):n.mustChangePassword&&!i&&o!==A.changePassword?(0,N.jsx)(h,{to:`${A.changePassword}?next=${encodeURIComponent(c)}`,replace:!0}):t&&!ce(n)?(0,N.jsx)(he,{}):(0,N.jsx)(N.Fragment,{children:e(n)})}var ge=y(`
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
`);function _e(){let{t:e,i18n:t}=s();T(e(`home.title`));let[,n]=_(),{data:r,error:i,loading:a}=S(ge),o=P(),l=k();if(i?.code===`UNAUTHENTICATED`||r&&!r.me)return(0,N.jsx)(h,{to:A.signIn,replace:!0});if(a&&!r)return(0,N.jsx)(`p`,{className:`status`,role:`status`,children:e(`app.loading`)});if(i||!r?.me)return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e(`home.title`)}),(0,N.jsx)(`p`,{className:`error-summary`,role:`alert`,children:d(e,i??{code:`UNKNOWN`})})]});let u=r.me,f=t.resolvedLanguage??`en`;async function p(){await l.run(async()=>{try{return(await w(ie)).signOut}catch(e){if(e instanceof b&&e.code===`UNAUTHENTICATED`)return{userErrors:[]};throw e}})&&(o.reload(),n(A.signIn,{replace:!0}))}return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e(`home.title`)}),(0,N.jsx)(`p`,{className:`lead`,children:e(`home.greeting`,{name:u.name||u.username})}),(0,N.jsxs)(`dl`,{className:`details`,children:[(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.name`)}),(0,N.jsx)(`dd`,{children:u.name})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.email`)}),(0,N.jsx)(`dd`,{children:u.email})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.username`)}),(0,N.jsx)(`dd`,{children:u.username})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.role`)}),(0,N.jsx)(`dd`,{children:e(`role.${u.role}`)})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.memberSince`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(`time`,{dateTime:u.createdAt,children:c(u.createdAt,f)})})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e(`home.lastSignIn`)}),(0,N.jsx)(`dd`,{children:u.lastSignInAt?(0,N.jsx)(`time`,{dateTime:u.lastSignInAt,children:c(u.lastSignInAt,f)}):e(`home.never`)})]})]}),(0,N.jsxs)(`ul`,{className:`help-links home-links`,children:[(0,N.jsx)(`li`,{children:(0,N.jsx)(x,{href:A.profile,children:e(`home.profileLink`)})}),u.role===`ADMIN`&&(0,N.jsx)(`li`,{children:(0,N.jsx)(x,{href:A.adminUsers,children:e(`home.adminLink`)})})]}),l.message&&(0,N.jsx)(`p`,{className:`error-summary`,role:`alert`,children:l.message}),(0,N.jsx)(`button`,{type:`button`,className:`button`,onClick:p,"aria-disabled":l.busy||void 0,children:l.busy?e(`home.signingOut`):e(`home.signOut`)})]})}function ve(){let{t:e}=s();return T(e(`notFound.title`)),(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e(`notFound.title`)}),(0,N.jsx)(`p`,{children:e(`notFound.body`)}),(0,N.jsx)(`p`,{children:(0,N.jsx)(x,{href:A.home,children:e(`notFound.home`)})})]})}var L;function ye(e){L=e}function be(){let e=L;return L=void 0,e}function R({id:e,label:t,error:n,hint:r,describedBy:i,ref:a,children:o,...s}){let c=`${e}-error`,l=`${e}-hint`,u=[n?c:``,r?l:``,i??``].filter(Boolean).join(` `);return(0,N.jsxs)(`div`,{className:n?`field field-invalid`:`field`,children:[(0,N.jsx)(`label`,{htmlFor:e,children:t}),r&&(0,N.jsx)(`p`,{id:l,className:`field-hint`,children:r}),n&&(0,N.jsx)(`p`,{id:c,className:`field-error`,children:n}),(0,N.jsx)(`input`,{ref:a,id:e,"aria-invalid":n?!0:void 0,"aria-describedby":u||void 0,...s}),o]})}var xe=y(`
  mutation RequestReset($input: RequestResetInput!) {
    requestReset(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),Se=y(`
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
`);function z(e){let t=e instanceof ArrayBuffer?new Uint8Array(e):new Uint8Array(e.buffer,e.byteOffset,e.byteLength),n=``;for(let e of t)n+=String.fromCharCode(e);return btoa(n).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function B(e){if(!/^[A-Za-z0-9_-]*={0,2}$/.test(e))throw TypeError(`not base64url`);let t=e.replace(/-/g,`+`).replace(/_/g,`/`).replace(/=+$/,``),n=t+`=`.repeat((4-t.length%4)%4),r=atob(n),i=new Uint8Array(r.length);for(let e=0;e<r.length;e++)i[e]=r.charCodeAt(e);return i.buffer}function V(){return typeof PublicKeyCredential>`u`?void 0:PublicKeyCredential}function Ce(){return V()!==void 0&&typeof navigator<`u`&&!!navigator.credentials}async function we(){let e=V();if(!e?.isConditionalMediationAvailable)return!1;try{return await e.isConditionalMediationAvailable()}catch{return!1}}function Te(e){return e?.map(e=>({...e,id:B(e.id),type:e.type}))}function Ee(e){let t=V()?.parseCreationOptionsFromJSON;if(t)return t(e);let{excludeCredentials:n,...r}=e;return{...r,challenge:B(e.challenge),user:{...e.user,id:B(e.user.id)},...n?{excludeCredentials:Te(n)}:{}}}function De(e){let t=V()?.parseRequestOptionsFromJSON;if(t)return t(e);let{allowCredentials:n,...r}=e;return{...r,challenge:B(e.challenge),...n?{allowCredentials:Te(n)}:{}}}function Oe(e){if(typeof e.toJSON==`function`)return e.toJSON();let t=e.response,n={clientDataJSON:z(t.clientDataJSON)};return t.attestationObject&&(n.attestationObject=z(t.attestationObject),t.getTransports&&(n.transports=t.getTransports())),t.authenticatorData&&(n.authenticatorData=z(t.authenticatorData)),t.signature&&(n.signature=z(t.signature)),t.userHandle&&(n.userHandle=z(t.userHandle)),{id:e.id,rawId:z(e.rawId),type:e.type,...e.authenticatorAttachment?{authenticatorAttachment:e.authenticatorAttachment}:{},response:n,clientExtensionResults:e.getClientExtensionResults?.()??{}}}async function ke(e){let t=await navigator.credentials.create({publicKey:Ee(e)});if(!t)throw new DOMException(`No credential`,`NotAllowedError`);return Oe(t)}async function Ae(e,t,n=!1){let r=await navigator.credentials.get({publicKey:De(e),signal:t,...n?{mediation:`conditional`}:{}});if(!r)throw new DOMException(`No credential`,`NotAllowedError`);return Oe(r)}function je(e){return e instanceof DOMException&&(e.name===`NotAllowedError`||e.name===`AbortError`)}var Me=y(`
  mutation BeginPasskeySignIn($input: BeginPasskeySignInInput!) {
    beginPasskeySignIn(input: $input) {
      options
      userErrors {
        code
        field
        message
      }
    }
  }
`),Ne=y(`
  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {
    finishPasskeySignIn(input: $input) {
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
`),H={code:`PASSKEY_DECLINED`,field:null,message:``};async function Pe(e,t,n=!1){let r=(await w(Me,{input:e?{login:e}:{}})).beginPasskeySignIn;if(r.userErrors.length>0||!r.options)return{userErrors:r.userErrors.length>0?r.userErrors:[H]};try{return{credential:await Ae(r.options,t,n)}}catch(e){if(je(e))return{userErrors:[H]};throw e}}async function Fe(e,t=!1){let n=await Pe(void 0,e,t);return n.userErrors?{user:null,userErrors:n.userErrors}:(await w(Ne,{input:{credential:n.credential}})).finishPasskeySignIn}function Ie({onSignedIn:e}){let{t}=s(),n=k(),r=(0,M.useRef)(null),i=(0,M.useRef)(e);i.current=e;let a=Ce();if((0,M.useEffect)(()=>{if(!a)return;let e=!1,t=new AbortController;return r.current=t,we().then(async n=>{if(n&&!e)try{let n=await Fe(t.signal,!0);!e&&n.user&&i.current()}catch{}}),()=>{e=!0,t.abort()}},[a]),!a)return null;async function o(){r.current?.abort(),(await n.run(()=>Fe(),{succeeded:e=>!!e.user,handle:e=>e[0]?.code===H.code&&(n.show({},[{key:`signIn.passkeyDeclined`}]),!0)}))?.user&&i.current()}return(0,N.jsxs)(`div`,{className:`passkey-sign-in`,children:[n.alert,(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:o,"aria-disabled":n.busy||void 0,children:n.busy?t(`signIn.passkeyWaiting`):t(`signIn.passkey`)})]})}var Le=[`login`,`password`];function Re(e){let t={};return e.login.trim()===``&&(t.login=`signIn.loginRequired`),e.password===``&&(t.password=`signIn.passwordRequired`),t}var U={login:`sign-in-login`,password:`sign-in-password`};function ze({login:e}){let{t}=s(),n=(0,M.useRef)(null),[r,i]=(0,M.useState)(!1),a=k();(0,M.useEffect)(()=>n.current?.focus(),[]);async function o(){r||await a.run(async()=>(await w(xe,{input:{login:e}})).requestReset)&&i(!0)}return(0,N.jsxs)(`div`,{className:`notice notice-warning locked`,ref:n,tabIndex:-1,role:`alert`,"aria-labelledby":`locked-title`,children:[(0,N.jsx)(`h2`,{id:`locked-title`,children:t(`locked.title`)}),r?(0,N.jsxs)(`div`,{role:`status`,children:[(0,N.jsx)(`p`,{children:(0,N.jsx)(`strong`,{children:t(`locked.sent`)})}),(0,N.jsx)(`p`,{children:t(`forgotPassword.checkSpam`)})]}):(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`p`,{children:t(`locked.body`)}),(0,N.jsx)(`p`,{children:t(`locked.question`)}),a.message&&(0,N.jsx)(`p`,{className:`field-error`,children:a.message}),(0,N.jsx)(`button`,{type:`button`,className:`button`,onClick:o,"aria-disabled":a.busy||void 0,children:a.busy?t(`app.sending`):t(`locked.confirm`)})]})]})}function Be(){let{t:e}=s();T(e(`signIn.title`));let[,t]=_(),n=m(),r=F(new URLSearchParams(n).get(`next`)),{viewer:i,loading:a,reload:o}=P(),c=(0,M.useId)(),[l,u]=(0,M.useState)({login:``,password:``}),d=k(U),[f,p]=(0,M.useState)(),[g,v]=(0,M.useState)(!1),[y,b]=(0,M.useState)(!1),[S]=(0,M.useState)(be);if(i&&!a&&!y)return(0,N.jsx)(h,{to:i.mustChangePassword?A.changePassword:r??A.home,replace:!0});async function C(e){if(e.preventDefault(),d.busy)return;p(void 0);let n=l.login.trim(),i=await d.run(async()=>(await w(Se,{input:{login:n,password:l.password}})).signIn,{check:()=>{let e=Re(l),t={};for(let n of Le){let r=e[n];r&&(t[n]={key:r})}return t},succeeded:e=>!!e.user,handle:e=>(u(e=>({...e,password:``})),e.some(e=>e.code===`ACCOUNT_LOCKED`)?(d.clear(),p(n),!0):!1)});i&&(b(!0),o(),i.mustChangePassword?t(`${A.changePassword}${r?`?next=${encodeURIComponent(r)}`:``}`,{replace:!0}):t(r??A.home,{replace:!0}))}return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e(`signIn.title`)}),S&&(0,N.jsx)(O,{children:(0,N.jsx)(`p`,{children:e(S.key,S.values)})}),d.summary,f&&(0,N.jsx)(ze,{login:f},f),(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:C,"aria-busy":d.busy||void 0,children:[(0,N.jsx)(R,{id:U.login,name:`login`,label:e(`signIn.login`),error:d.fieldError(`login`),type:`text`,autoComplete:`username webauthn`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1,value:l.login,onChange:e=>u(t=>({...t,login:e.target.value}))}),(0,N.jsx)(R,{id:U.password,name:`password`,label:e(`signIn.password`),error:d.fieldError(`password`),type:`password`,autoComplete:`current-password`,value:l.password,onChange:e=>u(t=>({...t,password:e.target.value}))}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d.busy||void 0,children:d.busy?e(`signIn.submitting`):e(`signIn.submit`)})]}),(0,N.jsx)(Ie,{onSignedIn:()=>{b(!0),o(),t(r??A.home,{replace:!0})}}),(0,N.jsxs)(`div`,{className:`aside`,children:[(0,N.jsx)(`button`,{type:`button`,className:`link-button`,"aria-expanded":g,"aria-controls":c,onClick:()=>v(e=>!e),children:e(`signIn.cantSignIn`)}),(0,N.jsxs)(`ul`,{id:c,className:`help-links`,hidden:!g,children:[(0,N.jsx)(`li`,{children:(0,N.jsx)(x,{href:A.forgotPassword,children:e(`signIn.forgotPassword`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(x,{href:A.forgotUsername,children:e(`signIn.forgotUsername`)})})]}),(0,N.jsxs)(`p`,{children:[e(`signIn.noAccount`),` `,(0,N.jsx)(x,{href:A.signUp,children:e(`signIn.signUp`)})]})]})]})}function Ve({title:e,intro:t,field:n,submitLabel:r,check:i,send:a,sentTitle:o,sentBody:c,other:l}){let{t:u}=s();T(e);let[d,f]=(0,M.useState)(``),[p,m]=(0,M.useState)(),h=k({[n.name]:n.id});return p?(0,N.jsx)(Ue,{title:o,onAgain:()=>m(void 0),children:(0,N.jsx)(`p`,{children:c(p)})}):(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e}),(0,N.jsx)(`p`,{children:t}),h.summary,(0,N.jsxs)(`form`,{noValidate:!0,"aria-busy":h.busy||void 0,onSubmit:async e=>{e.preventDefault();let t=d.trim();await h.run(()=>a(t),{check:()=>{let e=i(t);return e?{[n.name]:{key:e}}:{}}})&&m(t)},children:[(0,N.jsx)(R,{...n,error:h.fieldError(n.name),value:d,onChange:e=>f(e.target.value)}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h.busy||void 0,children:h.busy?u(`app.sending`):r})]}),(0,N.jsx)(He,{first:(0,N.jsx)(x,{href:l.href,children:l.label})})]})}function He({first:e}){let{t}=s();return(0,N.jsxs)(`ul`,{className:`aside help-links`,children:[(0,N.jsx)(`li`,{children:e}),(0,N.jsx)(`li`,{children:(0,N.jsx)(x,{href:A.signIn,children:t(`forgotPassword.backToSignIn`)})})]})}function Ue({title:e,children:t,onAgain:n}){let{t:r}=s();return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{focusOnMount:!0,children:e}),(0,N.jsxs)(`div`,{className:`notice notice-success`,role:`status`,children:[t,(0,N.jsx)(`p`,{children:r(`forgotPassword.checkSpam`)})]}),(0,N.jsx)(He,{first:(0,N.jsx)(`button`,{type:`button`,className:`link-button`,onClick:n,children:r(`forgotPassword.tryAgain`)})})]})}function We(){let{t:e}=s();return(0,N.jsx)(Ve,{title:e(`forgotPassword.title`),intro:e(`forgotPassword.intro`),field:{id:`forgot-login`,name:`login`,label:e(`signIn.login`),type:`text`,autoComplete:`username`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1},submitLabel:e(`forgotPassword.submit`),check:e=>e?void 0:`signIn.loginRequired`,send:async e=>(await w(xe,{input:{login:e}})).requestReset,sentTitle:e(`forgotPassword.sentTitle`),sentBody:t=>e(`forgotPassword.sentBody`,{login:t}),other:{href:A.forgotUsername,label:e(`signIn.forgotUsername`)}})}function W(e){return/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.trim())}var Ge=y(`
  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {
    requestUsernameReminder(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);function Ke(){let{t:e}=s();return(0,N.jsx)(Ve,{title:e(`forgotUsername.title`),intro:e(`forgotUsername.intro`),field:{id:`forgot-username-email`,name:`email`,label:e(`form.email`),type:`email`,autoComplete:`email`,spellCheck:!1},submitLabel:e(`forgotUsername.submit`),check:e=>e?W(e)?void 0:`form.emailInvalid`:`forgotUsername.emailRequired`,send:async e=>(await w(Ge,{input:{email:e}})).requestUsernameReminder,sentTitle:e(`forgotUsername.sentTitle`),sentBody:t=>e(`forgotUsername.sentBody`,{email:t}),other:{href:A.forgotPassword,label:e(`signIn.forgotPassword`)}})}function qe({title:e,children:t}){let{t:n}=s();return(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{focusOnMount:!0,children:e}),(0,N.jsx)(O,{children:t}),(0,N.jsx)(`p`,{children:(0,N.jsx)(x,{href:A.signIn,className:`button`,children:n(`signIn.title`)})})]})}var Je=/\p{Lu}/u,Ye=/\p{Ll}/u,Xe=/\p{Nd}/u,Ze=/[\p{P}\p{S}\p{Zs}\s]/u;function Qe(e){return[...e.normalize(`NFC`)].length}function $e(e,t){let n=[];t.username&&n.push(t.username);let r=t.email?t.email.lastIndexOf(`@`):-1;if(t.email&&r>0&&n.push(t.email.slice(0,r)),n.length===0)return;let i=e.toLowerCase();return n.some(e=>{let t=e.trim().toLowerCase();return t.length>=3&&i.includes(t)})}function et(e,t,n={}){let r=e.normalize(`NFC`),i=Qe(r);return t.rules.map(e=>{let a;switch(e){case`MIN_LENGTH`:a=i>=t.minLength?`met`:`unmet`;break;case`MAX_LENGTH`:a=i<=t.maxLength?`met`:`unmet`;break;case`UPPERCASE`:a=Je.test(r)?`met`:`unmet`;break;case`LOWERCASE`:a=Ye.test(r)?`met`:`unmet`;break;case`DIGIT`:a=Xe.test(r)?`met`:`unmet`;break;case`SYMBOL`:a=Ze.test(r)?`met`:`unmet`;break;case`NOT_PERSONAL`:{if(r===``){a=`unknown`;break}let e=$e(r,n);a=e===void 0?`unknown`:e?`unmet`:`met`;break}default:a=`unknown`}return{rule:e,state:a}})}function tt(e){if(e===``)return`empty`;let t=[...e.normalize(`NFC`)],n=[Je,Ye,Xe,Ze].filter(t=>t.test(e)).length,r=new Set(t.map(e=>e.toLowerCase())).size,i=0;for(let e=2;e<t.length;e++){let n=t[e-2].codePointAt(0),r=t[e-1].codePointAt(0),a=t[e].codePointAt(0);(n===r&&r===a||r-n===1&&a-r===1||n-r===1&&r-a===1)&&i++}let a=Math.min(t.length,r*2)-i,o=0;return a>=8&&o++,a>=12&&o++,a>=16&&o++,n>=3&&o++,(a>=20||n===4&&a>=12)&&o++,a<6&&(o=0),o<=1?`weak`:o===2?`fair`:o===3?`good`:`strong`}var nt=y(`
  query PasswordPolicy {
    passwordPolicy {
      preset
      minLength
      maxLength
      rules
    }
  }
`);function G({ids:e,values:t,onChange:n,errors:r,personal:i,labels:a}){let{t:o,i18n:c}=s(),l=S(nt),u={data:l.data?.passwordPolicy?l.data:void 0,error:l.error},d=(0,M.useId)(),f=(0,M.useId)(),p=u.data?et(t.password,u.data.passwordPolicy,i):[],m=tt(t.password),h=u.data?.passwordPolicy.minLength??0,g=u.data?.passwordPolicy.maxLength??256,_=new Intl.NumberFormat(c.resolvedLanguage),v=t.confirmation!==``&&t.confirmation===t.password,y=e=>e===`met`?`✓`:e===`unmet`?`✗`:`•`;return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(R,{id:e.password,name:`new-password`,type:`password`,autoComplete:`new-password`,label:a?.password??o(`password.new`),error:r.password,describedBy:`${d} ${f}`,value:t.password,onChange:e=>n({...t,password:e.target.value}),children:(0,N.jsxs)(`div`,{className:`password-help`,children:[(0,N.jsx)(`p`,{className:`rules-title`,id:`${d}-title`,children:o(`password.rulesTitle`)}),u.data?(0,N.jsx)(`ul`,{className:`rules`,id:d,"aria-labelledby":`${d}-title`,children:p.map(({rule:e,state:t})=>(0,N.jsxs)(`li`,{className:`rule rule-${t}`,children:[(0,N.jsx)(`span`,{className:`rule-mark`,"aria-hidden":`true`,children:y(t)}),` `,o(`password.rule.${e}`,{min:_.format(h),max:_.format(g)}),(0,N.jsxs)(`span`,{className:`visually-hidden`,children:[` – `,o(`password.state.${t}`)]})]},e))}):(0,N.jsx)(`p`,{id:d,className:`field-hint`,children:u.error?o(`password.rulesUnavailable`):o(`app.loading`)}),(0,N.jsx)(`p`,{className:`strength strength-${m}`,id:f,children:m===`empty`?o(`password.strengthEmpty`):(0,N.jsxs)(N.Fragment,{children:[o(`password.strength`),` `,(0,N.jsx)(`strong`,{children:o(`password.strengthLevel.${m}`)})]})}),(0,N.jsx)(`meter`,{className:`strength-meter`,"aria-hidden":`true`,min:0,max:4,low:2,high:3,optimum:4,value:{empty:0,weak:1,fair:2,good:3,strong:4}[m]})]})}),(0,N.jsx)(R,{id:e.confirmation,name:`new-password-confirmation`,type:`password`,autoComplete:`new-password`,label:a?.confirmation??o(`password.confirm`),error:r.confirmation,value:t.confirmation,onChange:e=>n({...t,confirmation:e.target.value}),children:t.confirmation!==``&&(0,N.jsx)(`p`,{className:v?`field-hint rule-met`:`field-hint`,children:v?`✓ ${o(`password.matches`)}`:o(`password.doesNotMatchYet`)})})]})}function rt(e){let t={};return e.password===``&&(t.password=`password.newRequired`),e.confirmation===``?t.confirmation=`password.confirmRequired`:e.password!==e.confirmation&&(t.confirmation=`password.mismatch`),t}function it(e,t){let n=new URLSearchParams(e.startsWith(`?`)?e.slice(1):e).get(`token`);if(n&&n.trim())return n.trim();let r=t.startsWith(`#`)?t.slice(1):t,i=new URLSearchParams(r).get(`token`);if(i&&i.trim())return i.trim()}function at(e,t,n){let r=new URLSearchParams(t.startsWith(`?`)?t.slice(1):t);r.delete(`token`);let i=new URLSearchParams(n.startsWith(`#`)?n.slice(1):n),a=i.has(`token`);i.delete(`token`);let o=r.toString(),s=a?i.toString():n.replace(/^#/,``);return e+(o?`?${o}`:``)+(s?`#${s}`:``)}function ot(){if(typeof window<`u`)return it(window.location.search,window.location.hash)}function st(){if(typeof window>`u`)return;let{pathname:e,search:t,hash:n}=window.location;it(t,n)!==void 0&&window.history.replaceState(window.history.state,``,at(e,t,n))}function ct(){let[e]=(0,M.useState)(ot);return(0,M.useEffect)(st,[]),e}var lt=y(`
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
`),ut={newPassword:`reset-new-password`,newPasswordConfirmation:`reset-new-password-confirmation`};function dt({code:e}){let{t}=s();return(0,N.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,N.jsx)(`p`,{children:(0,N.jsx)(`strong`,{children:d(t,{code:e})})}),(0,N.jsx)(`p`,{children:t(e===`TOKEN_EXPIRED`?`resetPassword.expiredBody`:`resetPassword.invalidBody`)}),(0,N.jsx)(`p`,{children:(0,N.jsx)(x,{href:A.forgotPassword,className:`button`,children:t(`resetPassword.newLink`)})})]})}function ft(){let{t:e}=s();T(e(`resetPassword.title`));let t=ct(),[n,r]=(0,M.useState)({password:``,confirmation:``}),[i,a]=(0,M.useState)(),o=k(ut);async function c(e){e.preventDefault(),t&&await o.run(async()=>(await w(lt,{input:{token:t,newPassword:n.password,newPasswordConfirmation:n.confirmation}})).resetPassword,{check:()=>{let e=rt(n);return{...e.password?{newPassword:{key:e.password}}:{},...e.confirmation?{newPasswordConfirmation:{key:e.confirmation}}:{}}},succeeded:e=>!!e.user,handle:e=>{let t=e.find(e=>e.code===`TOKEN_EXPIRED`||e.code===`TOKEN_INVALID`);return t&&a({code:t.code}),!!t}})&&a(`done`)}return i===`done`?(0,N.jsx)(qe,{title:e(`resetPassword.doneTitle`),children:(0,N.jsx)(`p`,{children:e(`resetPassword.doneBody`)})}):!t||i?(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e(`resetPassword.title`)}),(0,N.jsx)(dt,{code:i?.code??`TOKEN_INVALID`})]}):(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e(`resetPassword.title`)}),(0,N.jsx)(`p`,{children:e(`resetPassword.intro`)}),o.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:c,"aria-busy":o.busy||void 0,children:[(0,N.jsx)(G,{ids:{password:ut.newPassword,confirmation:ut.newPasswordConfirmation},values:n,onChange:r,errors:{password:o.fieldError(`newPassword`),confirmation:o.fieldError(`newPasswordConfirmation`)}}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":o.busy||void 0,children:o.busy?e(`app.saving`):e(`resetPassword.submit`)})]})]})}var pt=y(`
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
`);function mt({idPrefix:e,personal:t,currentLabel:n,submitLabel:r,offerKeepTokens:i,onDone:a}){let{t:o}=s(),c={currentPassword:`${e}-current`,newPassword:`${e}-new`,newPasswordConfirmation:`${e}-confirm`},[l,u]=(0,M.useState)(``),[d,f]=(0,M.useState)({password:``,confirmation:``}),[p,m]=(0,M.useState)(!1),h=k(c);async function g(e){e.preventDefault();let t=!!(i&&p),n=await h.run(async()=>(await w(pt,{input:{currentPassword:l,newPassword:d.password,newPasswordConfirmation:d.confirmation,keepAccessTokens:t}})).changePassword,{check:()=>{let e=rt(d),t={};return l===``&&(t.currentPassword={key:`password.currentRequired`}),e.password&&(t.newPassword={key:e.password}),e.confirmation&&(t.newPasswordConfirmation={key:e.confirmation}),t},succeeded:e=>!!e.user,fieldFor:e=>e===`currentPassword`||e===`newPassword`||e===`newPasswordConfirmation`?e:void 0,handle:e=>{e.some(e=>e.code===`INVALID_CREDENTIALS`)&&u(``)}});n&&(u(``),f({password:``,confirmation:``}),a({revokedSessions:n.revokedSessions,revokedTokens:n.revokedTokens,tokensKept:t}))}return(0,N.jsxs)(N.Fragment,{children:[h.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":h.busy||void 0,children:[(0,N.jsx)(R,{id:c.currentPassword,name:`current-password`,type:`password`,autoComplete:`current-password`,label:n??o(`password.current`),error:h.fieldError(`currentPassword`),value:l,onChange:e=>u(e.target.value)}),(0,N.jsx)(G,{ids:{password:c.newPassword,confirmation:c.newPasswordConfirmation},values:d,onChange:f,personal:t,errors:{password:h.fieldError(`newPassword`),confirmation:h.fieldError(`newPasswordConfirmation`)}}),i&&(0,N.jsxs)(N.Fragment,{children:[(0,N.jsxs)(`div`,{className:`checkbox`,children:[(0,N.jsx)(`input`,{type:`checkbox`,id:`${e}-keep-tokens`,checked:p,"aria-describedby":`${e}-keep-tokens-hint`,onChange:e=>m(e.target.checked)}),(0,N.jsx)(`label`,{htmlFor:`${e}-keep-tokens`,children:o(`changePassword.keepTokens`)})]}),(0,N.jsx)(`p`,{id:`${e}-keep-tokens-hint`,className:`field-hint`,children:o(`changePassword.keepTokensHint`)})]}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h.busy||void 0,children:h.busy?o(`app.saving`):r})]})]})}function ht(){let{t:e}=s();T(e(`changePassword.title`));let[,t]=_(),n=F(new URLSearchParams(m()).get(`next`)),{reload:r}=P();return(0,N.jsx)(I,{children:i=>(0,N.jsxs)(`div`,{className:`narrow`,children:[(0,N.jsx)(D,{children:e(`changePassword.title`)}),(0,N.jsx)(`p`,{children:i.mustChangePassword?e(`changePassword.temporaryIntro`):e(`changePassword.intro`)}),(0,N.jsx)(mt,{idPrefix:`change-password`,personal:{username:i.username,email:i.email},currentLabel:i.mustChangePassword?e(`changePassword.temporary`):void 0,submitLabel:e(`app.save`),onDone:()=>{r(),t(n&&n!==A.changePassword?n:A.home,{replace:!0})}})]})})}var gt=y(`
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
`),_t=y(`
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
`),vt=y(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),yt=y(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),bt=y(`
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
`),xt=y(`
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
`),St=y(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),Ct=y(`
  query ExportMyData {
    exportMyData
  }
`),wt=y(`
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
`);function K({value:e,short:t}){let{i18n:n}=s();return(0,N.jsx)(`time`,{dateTime:e,children:c(e,n.resolvedLanguage??`en`,t)})}function q({id:e,title:t,children:n}){return(0,N.jsxs)(`section`,{className:`section`,"aria-labelledby":e,children:[(0,N.jsx)(`h2`,{id:e,children:t}),n]})}function Tt({me:e,onChanged:t}){let{t:n}=s(),[r,i]=(0,M.useState)(!1),[a,o]=(0,M.useState)(),[c,l]=(0,M.useState)(e.name),[u,d]=(0,M.useState)(!1),f=k({name:`profile-name`}),{refresh:p}=P(),m=(0,M.useId)();async function h(e){e.preventDefault(),f.busy||(d(!1),await f.run(async()=>(await w(le,{input:{name:c.trim()}})).updateMe)&&(d(!0),p(),t()))}return(0,N.jsxs)(q,{id:`account-details`,title:n(`profile.accountDetails`),children:[(0,N.jsxs)(`dl`,{className:`details`,children:[(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.username`)}),(0,N.jsx)(`dd`,{children:e.username})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.email`)}),(0,N.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,N.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,N.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.role`)}),(0,N.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(K,{value:e.createdAt})})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,N.jsx)(`dd`,{children:e.lastSignInAt?(0,N.jsx)(K,{value:e.lastSignInAt}):n(`home.never`)})]})]}),f.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:h,className:`inline-form`,"aria-busy":f.busy||void 0,children:[(0,N.jsx)(R,{id:`profile-name`,label:n(`home.name`),autoComplete:`name`,value:c,error:f.fieldError(`name`),onChange:e=>{l(e.target.value),d(!1)}}),(0,N.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":f.busy||void 0,children:f.busy?n(`app.saving`):n(`profile.saveName`)})]}),u&&(0,N.jsx)(O,{children:n(`profile.nameSaved`)}),(0,N.jsxs)(`div`,{className:`checkbox`,children:[(0,N.jsx)(`input`,{type:`checkbox`,id:m,checked:r,"aria-controls":`${m}-panel`,"aria-expanded":r,onChange:e=>{i(e.target.checked),e.target.checked&&o(void 0)}}),(0,N.jsx)(`label`,{htmlFor:m,children:n(`changePassword.title`)})]}),a&&(0,N.jsxs)(O,{children:[(0,N.jsx)(`p`,{children:n(`profile.passwordChanged`)}),(0,N.jsx)(`p`,{children:a.tokensKept?n(`profile.passwordEndedKept`,{sessions:a.revokedSessions}):n(`profile.passwordEnded`,{sessions:a.revokedSessions,tokens:a.revokedTokens})})]}),(0,N.jsx)(`div`,{id:`${m}-panel`,hidden:!r,children:r&&(0,N.jsx)(mt,{idPrefix:`profile-password`,personal:{username:e.username,email:e.email},submitLabel:n(`app.save`),offerKeepTokens:!0,onDone:e=>{i(!1),o(e),t()}})})]})}function Et({me:e}){let{t}=s(),n={newEmail:`profile-new-email`,currentPassword:`profile-email-password`},r=k(n),[i,a]=(0,M.useState)(``),[o,c]=(0,M.useState)(``),[l,u]=(0,M.useState)();async function d(t){t.preventDefault();let n=i.trim();await r.run(async()=>(await w(vt,{input:{newEmail:n,currentPassword:o}})).requestEmailChange,{check:()=>{let t={};return n?W(n)?n.toLowerCase()===e.email.toLowerCase()&&(t.newEmail={key:`profile.sameEmail`}):t.newEmail={key:`form.emailInvalid`}:t.newEmail={key:`profile.newEmailRequired`},o||(t.currentPassword={key:`password.currentRequired`}),t},handle:e=>{e.some(e=>e.code===`INVALID_CREDENTIALS`)&&c(``)}})&&(u(n),a(``),c(``))}return(0,N.jsxs)(q,{id:`email-change`,title:t(`profile.emailTitle`),children:[(0,N.jsx)(`p`,{children:t(`profile.emailIntro`,{email:e.email})}),l&&(0,N.jsxs)(O,{children:[(0,N.jsx)(`p`,{children:t(`profile.emailSent`,{email:l})}),(0,N.jsx)(`p`,{children:t(`forgotPassword.checkSpam`)})]}),r.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:d,"aria-busy":r.busy||void 0,children:[(0,N.jsx)(R,{id:n.newEmail,label:t(`profile.newEmail`),type:`email`,autoComplete:`email`,spellCheck:!1,value:i,error:r.fieldError(`newEmail`),onChange:e=>a(e.target.value)}),(0,N.jsx)(R,{id:n.currentPassword,label:t(`password.current`),type:`password`,autoComplete:`current-password`,value:o,error:r.fieldError(`currentPassword`),onChange:e=>c(e.target.value)}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":r.busy||void 0,children:r.busy?t(`app.sending`):t(`profile.sendEmailLink`)})]})]})}function Dt({id:e,label:t,error:n,hint:r,children:i,...a}){let o=`${e}-error`,s=`${e}-hint`,c=[n?o:``,r?s:``].filter(Boolean).join(` `);return(0,N.jsxs)(`div`,{className:n?`field field-invalid`:`field`,children:[(0,N.jsx)(`label`,{htmlFor:e,children:t}),r&&(0,N.jsx)(`p`,{id:s,className:`field-hint`,children:r}),n&&(0,N.jsx)(`p`,{id:o,className:`field-error`,children:n}),(0,N.jsx)(`select`,{id:e,"aria-invalid":n?!0:void 0,"aria-describedby":c||void 0,...a,children:i})]})}function Ot({send:e,onSaved:t,savedText:n,children:r}){let{t:i}=s(),a=k(),[o,c]=(0,M.useState)(!1);async function l(n){if(n.preventDefault(),a.busy)return;c(!1);let r=await a.run(e);r&&(await t(r),c(!0))}return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:l,onChange:()=>c(!1),children:[r,a.alert,(0,N.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":a.busy||void 0,children:a.busy?i(`app.saving`):i(`app.save`)})]}),o&&(0,N.jsx)(O,{children:n})]})}function kt({me:e,onChanged:t}){let{t:n,i18n:r}=s(),{refresh:i}=P(),[c,l]=(0,M.useState)(p(e.locale)?e.locale:r.resolvedLanguage??`en`);return(0,N.jsx)(q,{id:`language-setting`,title:n(`profile.languageTitle`),children:(0,N.jsx)(Ot,{send:async()=>(await w(le,{input:{locale:c}})).updateMe,onSaved:async()=>{p(c)&&await a(c),i(),t()},savedText:n(`profile.languageSaved`),children:(0,N.jsx)(Dt,{id:`profile-language`,label:n(`profile.language`),hint:n(`profile.languageHint`),value:c,onChange:e=>l(e.target.value),children:o.map(e=>(0,N.jsx)(`option`,{value:e,lang:e,children:n(`language.${e}`)},e))})})})}var At=y(`
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
`);function jt({me:e,onChanged:t}){let{t:n}=s(),r=e.notificationPreferences.filter(e=>e.optional),i=e.notificationPreferences.filter(e=>!e.optional),[a,o]=(0,M.useState)(()=>Object.fromEntries(r.map(e=>[e.notice,e.enabled]))),c=()=>r.map(e=>({notice:e.notice,enabled:a[e.notice]??e.enabled})),l=e=>n(`notifications.notice.${e}`);return(0,N.jsxs)(q,{id:`notifications`,title:n(`notifications.title`),children:[(0,N.jsx)(`p`,{children:n(`notifications.intro`)}),(0,N.jsx)(Ot,{send:async()=>(await w(At,{input:{preferences:c()}})).updateNotificationPreferences,onSaved:t,savedText:n(`notifications.saved`),children:(0,N.jsxs)(`fieldset`,{children:[(0,N.jsx)(`legend`,{children:n(`notifications.legend`)}),r.map(e=>(0,N.jsxs)(`div`,{className:`checkbox`,children:[(0,N.jsx)(`input`,{id:`notification-${e.notice}`,type:`checkbox`,checked:a[e.notice]??e.enabled,onChange:t=>o({...a,[e.notice]:t.target.checked})}),(0,N.jsx)(`label`,{htmlFor:`notification-${e.notice}`,children:l(e.notice)})]},e.notice)),(0,N.jsx)(`ul`,{"aria-label":n(`notifications.always`),children:i.map(e=>(0,N.jsxs)(`li`,{children:[l(e.notice),` (`,n(`notifications.always`),`)`]},e.notice))})]})})]})}var Mt=r(),Nt=`a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`;function J({title:e,children:t,onClose:n}){let r=(0,M.useRef)(null),i=(0,M.useRef)(null),a=(0,M.useId)(),o=(0,M.useRef)(n);o.current=n,(0,M.useEffect)(()=>{let e=document.activeElement instanceof HTMLElement?document.activeElement:null,t=[...document.body.children].filter(e=>e!==i.current&&!e.hasAttribute(`inert`)&&e.tagName!==`SCRIPT`);for(let e of t)e.setAttribute(`inert`,``);return r.current?.focus(),()=>{for(let e of t)e.removeAttribute(`inert`);e&&e.isConnected&&e.focus()}},[]);function s(e){if(e.key===`Escape`){e.stopPropagation(),o.current();return}if(e.key!==`Tab`||!r.current)return;let t=[...r.current.querySelectorAll(Nt)];if(t.length===0){e.preventDefault();return}let n=t[0],i=t[t.length-1],a=document.activeElement;e.shiftKey&&(a===n||a===r.current)?(e.preventDefault(),i.focus()):!e.shiftKey&&a===i&&(e.preventDefault(),n.focus())}return(0,Mt.createPortal)((0,N.jsx)(`div`,{className:`dialog-backdrop`,ref:i,children:(0,N.jsxs)(`div`,{className:`dialog`,role:`dialog`,"aria-modal":`true`,"aria-labelledby":a,tabIndex:-1,ref:r,onKeyDown:s,children:[(0,N.jsx)(`h2`,{id:a,children:e}),t]})}),document.body)}function Pt({title:e,children:t,confirmLabel:n,busy:r,danger:i,error:a,onConfirm:o,onCancel:c}){let{t:l}=s();return(0,N.jsxs)(J,{title:e,onClose:c,children:[(0,N.jsx)(`div`,{className:`dialog-body`,children:t}),a&&(0,N.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:a}),(0,N.jsxs)(`div`,{className:`actions`,children:[(0,N.jsx)(`button`,{type:`button`,className:i?`button button-danger`:`button`,"aria-disabled":r||void 0,onClick:()=>{r||o()},children:r?l(`app.working`):n}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:c,children:l(`app.cancel`)})]})]})}function Y({send:e,onDone:t,...n}){let r=k();return(0,N.jsx)(Pt,{...n,busy:r.busy,error:r.message,onConfirm:async()=>{let n=await r.run(e);n&&t(n)}})}function X(e){if(!e)return``;let t=/Edg\//.test(e)?`Edge`:/OPR\//.test(e)?`Opera`:/Firefox\//.test(e)?`Firefox`:/(Chrome|Chromium|HeadlessChrome)\//.test(e)?`Chrome`:/Safari\//.test(e)?`Safari`:/curl\//.test(e)?`curl`:void 0,n=/Android/.test(e)?`Android`:/iPhone|iPad|iOS/.test(e)?`iOS`:/Windows/.test(e)?`Windows`:/Mac OS X|Macintosh/.test(e)?`macOS`:/CrOS/.test(e)?`ChromeOS`:/Linux/.test(e)?`Linux`:void 0;return t&&n?`${t} · ${n}`:t||n?t??n:e.length>60?`${e.slice(0,57)}…`:e}function Ft({me:e,onChanged:t}){let{t:n,i18n:r}=s(),i=k(),[a,o]=(0,M.useState)(!1),[c,l]=(0,M.useState)(),[u,d]=(0,M.useState)(!1),f=new Intl.NumberFormat(r.resolvedLanguage),p=[...e.sessions].sort((e,t)=>Number(t.current)-Number(e.current));return(0,N.jsxs)(q,{id:`sessions`,title:n(`profile.sessionsTitle`),children:[(0,N.jsx)(`p`,{children:n(`profile.sessionsIntro`)}),u&&(0,N.jsx)(O,{children:n(`profile.sessionRevoked`)}),c&&(0,N.jsx)(O,{children:n(`profile.signedOutEverywhere`,{sessions:f.format(c.sessions),tokens:f.format(c.tokens)})}),i.alert,(0,N.jsx)(`ul`,{className:`cards`,children:p.map(e=>(0,N.jsxs)(`li`,{className:`card`,children:[(0,N.jsxs)(`p`,{className:`card-title`,children:[X(e.userAgent)||n(`profile.unknownDevice`),` `,e.current&&(0,N.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.thisDevice`)})]}),(0,N.jsxs)(`dl`,{className:`facts`,children:[(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`profile.ip`)}),(0,N.jsx)(`dd`,{children:e.ip})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`profile.signedInAt`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(K,{value:e.createdAt})})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`profile.lastSeen`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(K,{value:e.lastSeenAt})})]}),(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:n(`profile.expires`)}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(K,{value:e.expiresAt})})]})]}),!e.current&&(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-disabled":i.busy||void 0,"aria-label":n(`profile.signOutSessionLabel`,{device:X(e.userAgent),ip:e.ip}),onClick:async()=>{i.busy||(d(!1),await i.run(async()=>(await w(yt,{input:{id:e.id}})).revokeSession)&&(d(!0),t()))},children:n(`profile.signOutSession`)})]},e.id))}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>o(!0),children:n(`profile.signOutEverywhere`)}),a&&(0,N.jsx)(Y,{title:n(`profile.signOutEverywhereTitle`),confirmLabel:n(`profile.signOutEverywhere`),danger:!0,onCancel:()=>o(!1),send:async()=>(await w(bt)).signOutEverywhere,onDone:e=>{l({sessions:e.revokedSessions,tokens:e.revokedTokens}),o(!1),t()},children:(0,N.jsx)(`p`,{children:n(`profile.signOutEverywhereBody`)})})]})}function Z({label:e,children:t}){return(0,N.jsx)(`div`,{className:`table-wrap`,role:`region`,"aria-label":e,tabIndex:0,children:t})}function It({text:e,label:t}){let{t:n}=s(),[r,i]=(0,M.useState)(`idle`);async function a(){try{await navigator.clipboard.writeText(e),i(`copied`)}catch{i(`failed`)}}return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,onClick:a,children:t??n(`app.copy`)}),` `,(0,N.jsx)(`span`,{role:`status`,className:`copy-status`,children:r===`copied`?n(`app.copied`):r===`failed`?n(`app.copyFailed`):``})]})}function Lt(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return;let n=new Date(Number(t[1]),Number(t[2])-1,Number(t[3]),23,59,59);return Number.isNaN(n.getTime())?void 0:n.toISOString()}function Rt({me:e,onChanged:t}){let{t:n}=s(),r={name:`token-name`,expiresAt:`token-expiry`},i=k(r),[a,o]=(0,M.useState)(``),[c,l]=(0,M.useState)(``),[u,d]=(0,M.useState)(),[f,p]=(0,M.useState)(),m=new Date,h=e=>`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,`0`)}-${String(e.getDate()).padStart(2,`0`)}`,g=h(m),_=h(new Date(m.getFullYear()+2,m.getMonth(),m.getDate()-1));async function v(e){e.preventDefault();let n=c?Lt(c):void 0,r=await i.run(async()=>(await w(xt,{input:{name:a.trim(),...n?{expiresAt:n}:{}}})).createAccessToken,{check:()=>{let e={};return a.trim()||(e.name={key:`tokens.nameRequired`}),c&&(!n||new Date(n)<=new Date||c>_)&&(e.expiresAt={key:`fieldErrors.expiresAt.INVALID_INPUT`}),e},succeeded:e=>!!e.token,handle:e=>e.some(e=>e.code===`INVALID_INPUT`&&e.field?.at(-1)===`name`)?(i.show({},[{key:`tokens.tooMany`}]),!0):!1});r?.token&&(d({name:a.trim(),token:r.token}),o(``),l(``),t())}return(0,N.jsxs)(q,{id:`access-tokens`,title:n(`tokens.title`),children:[(0,N.jsx)(`p`,{children:n(`tokens.intro`)}),u&&(0,N.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,N.jsx)(`p`,{children:(0,N.jsx)(`strong`,{children:n(`tokens.createdTitle`,{name:u.name})})}),(0,N.jsx)(`p`,{children:n(`tokens.createdBody`)}),(0,N.jsx)(`code`,{className:`secret`,"aria-label":n(`tokens.tokenLabel`),children:u.token}),(0,N.jsxs)(`p`,{className:`actions`,children:[(0,N.jsx)(It,{text:u.token}),(0,N.jsx)(`button`,{type:`button`,className:`link-button`,onClick:()=>d(void 0),children:n(`tokens.stored`)})]})]}),e.accessTokens.length===0?(0,N.jsx)(C,{children:n(`tokens.none`)}):(0,N.jsx)(Z,{label:n(`tokens.title`),children:(0,N.jsxs)(`table`,{children:[(0,N.jsx)(`caption`,{className:`visually-hidden`,children:n(`tokens.title`)}),(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:n(`tokens.name`)}),(0,N.jsx)(`th`,{scope:`col`,children:n(`tokens.created`)}),(0,N.jsx)(`th`,{scope:`col`,children:n(`tokens.lastUsed`)}),(0,N.jsx)(`th`,{scope:`col`,children:n(`tokens.expires`)}),(0,N.jsx)(`th`,{scope:`col`,children:(0,N.jsx)(`span`,{className:`visually-hidden`,children:n(`app.actions`)})})]})}),(0,N.jsx)(`tbody`,{children:e.accessTokens.map(e=>(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`td`,{children:e.name}),(0,N.jsx)(`td`,{children:(0,N.jsx)(K,{value:e.createdAt})}),(0,N.jsx)(`td`,{children:e.lastUsedAt?(0,N.jsx)(K,{value:e.lastUsedAt}):n(`home.never`)}),(0,N.jsx)(`td`,{children:e.expiresAt?(0,N.jsx)(K,{value:e.expiresAt}):n(`tokens.noExpiry`)}),(0,N.jsx)(`td`,{children:(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`tokens.revokeLabel`,{name:e.name}),onClick:()=>p({id:e.id,name:e.name}),children:n(`tokens.revoke`)})})]},e.id))})]})}),(0,N.jsx)(`h3`,{children:n(`tokens.createTitle`)}),i.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:v,"aria-busy":i.busy||void 0,children:[(0,N.jsx)(R,{id:r.name,label:n(`tokens.name`),hint:n(`tokens.nameHint`),value:a,maxLength:100,error:i.fieldError(`name`),onChange:e=>o(e.target.value)}),(0,N.jsx)(R,{id:r.expiresAt,label:`${n(`tokens.expiry`)} (${n(`form.optional`)})`,hint:n(`tokens.expiryHint`),type:`date`,min:g,max:_,value:c,error:i.fieldError(`expiresAt`),onChange:e=>l(e.target.value)}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":i.busy||void 0,children:i.busy?n(`app.working`):n(`tokens.create`)})]}),f&&(0,N.jsx)(Y,{title:n(`tokens.revokeTitle`,{name:f.name}),confirmLabel:n(`tokens.revoke`),danger:!0,onCancel:()=>p(void 0),send:async()=>(await w(St,{input:{id:f.id}})).revokeAccessToken,onDone:()=>{p(void 0),t()},children:(0,N.jsx)(`p`,{children:n(`tokens.revokeBody`)})})]})}var zt=y(`
  query MyPasskeys {
    me {
      id
      passkeys {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`),Bt=y(`
  mutation BeginPasskeyRegistration($input: BeginPasskeyRegistrationInput!) {
    beginPasskeyRegistration(input: $input) {
      options
      userErrors {
        code
        field
        message
      }
    }
  }
`),Vt=y(`
  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) {
      passkey {
        id
        name
        createdAt
        lastUsedAt
      }
      recoveryCodes
      userErrors {
        code
        field
        message
      }
    }
  }
`),Ht=y(`
  mutation RenamePasskey($input: RenamePasskeyInput!) {
    renamePasskey(input: $input) {
      passkey {
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
`),Ut=y(`
  mutation RemovePasskey($input: RemovePasskeyInput!) {
    removePasskey(input: $input) {
      removedPasskeyId
      userErrors {
        code
        field
        message
      }
    }
  }
`),Wt={code:`PASSKEY_DECLINED`,field:null,message:``};function Gt({passkey:e,onClose:t,onDone:n}){let{t:r}=s(),i={name:`passkey-rename-name`},a=k(i),[o,c]=(0,M.useState)(e.name);async function l(t){t.preventDefault(),await a.run(async()=>(await w(Ht,{input:{id:e.id,name:o.trim()}})).renamePasskey,{check:()=>o.trim()?{}:{name:{key:`passkeys.nameRequired`}}})&&n()}return(0,N.jsxs)(J,{title:r(`passkeys.renameTitle`,{name:e.name}),onClose:t,children:[a.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:l,"aria-busy":a.busy||void 0,children:[(0,N.jsx)(R,{id:i.name,label:r(`passkeys.nameLabel`),value:o,maxLength:100,error:a.fieldError(`name`),onChange:e=>c(e.target.value)}),(0,N.jsxs)(`div`,{className:`actions`,children:[(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":a.busy||void 0,children:a.busy?r(`app.working`):r(`passkeys.save`)}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:t,children:r(`app.cancel`)})]})]})]})}function Kt({onChanged:e}){let{t}=s(),{data:n,error:r,loading:i,refetch:a}=S(zt),o={name:`passkey-name`},c=k(o),[l,u]=(0,M.useState)(``),[d,f]=(0,M.useState)(),[p,m]=(0,M.useState)([]),[h,_]=(0,M.useState)(),[v,y]=(0,M.useState)(),b=Ce();function x(){a(),e?.()}async function ee(e){e.preventDefault();let t=l.trim();f(void 0);let n=await c.run(async()=>{let e=(await w(Bt,{input:{name:t}})).beginPasskeyRegistration;if(e.userErrors.length>0||!e.options)return{passkey:null,recoveryCodes:[],userErrors:e.userErrors};let n;try{n=await ke(e.options)}catch(e){if(je(e)||e instanceof DOMException&&e.name===`InvalidStateError`)return{passkey:null,recoveryCodes:[],userErrors:[Wt]};throw e}return(await w(Vt,{input:{name:t,credential:n}})).finishPasskeyRegistration},{check:()=>t?{}:{name:{key:`passkeys.nameRequired`}},succeeded:e=>!!e.passkey,handle:e=>e[0]?.code===Wt.code&&(c.show({},[{key:`passkeys.declined`}]),!0)});n?.passkey&&(f(n.passkey.name),m(n.recoveryCodes),u(``),x())}let T=n?.me?.passkeys;return(0,N.jsxs)(q,{id:`passkeys`,title:t(`passkeys.title`),children:[(0,N.jsx)(`p`,{children:t(`passkeys.intro`)}),r?(0,N.jsx)(g,{error:r,retry:a}):T?T.length===0?(0,N.jsx)(C,{children:t(`passkeys.none`)}):(0,N.jsx)(Z,{label:t(`passkeys.title`),children:(0,N.jsxs)(`table`,{children:[(0,N.jsx)(`caption`,{className:`visually-hidden`,children:t(`passkeys.title`)}),(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:t(`passkeys.name`)}),(0,N.jsx)(`th`,{scope:`col`,children:t(`passkeys.created`)}),(0,N.jsx)(`th`,{scope:`col`,children:t(`passkeys.lastUsed`)}),(0,N.jsx)(`th`,{scope:`col`,children:(0,N.jsx)(`span`,{className:`visually-hidden`,children:t(`app.actions`)})})]})}),(0,N.jsx)(`tbody`,{children:T.map(e=>(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`td`,{children:e.name}),(0,N.jsx)(`td`,{children:(0,N.jsx)(K,{value:e.createdAt})}),(0,N.jsx)(`td`,{children:e.lastUsedAt?(0,N.jsx)(K,{value:e.lastUsedAt}):t(`home.never`)}),(0,N.jsxs)(`td`,{className:`actions`,children:[(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":t(`passkeys.renameLabel`,{name:e.name}),onClick:()=>_(e),children:t(`passkeys.rename`)}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":t(`passkeys.removeLabel`,{name:e.name}),onClick:()=>y(e),children:t(`passkeys.remove`)})]})]},e.id))})]})}):i?(0,N.jsx)(E,{}):(0,N.jsx)(g,{retry:a}),(0,N.jsx)(`h3`,{children:t(`passkeys.addTitle`)}),d&&(0,N.jsx)(O,{children:(0,N.jsx)(`p`,{children:t(`passkeys.added`,{name:d})})}),p.length>0&&(0,N.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,N.jsx)(`p`,{children:(0,N.jsx)(`strong`,{children:t(`passkeys.codesTitle`)})}),(0,N.jsx)(`p`,{children:t(`passkeys.codesBody`)}),(0,N.jsx)(`ul`,{className:`passkey-recovery-codes`,"aria-label":t(`passkeys.codesTitle`),children:p.map(e=>(0,N.jsx)(`li`,{children:(0,N.jsx)(`code`,{children:e})},e))}),(0,N.jsxs)(`p`,{className:`actions`,children:[(0,N.jsx)(It,{text:p.join(`
`)}),(0,N.jsx)(`button`,{type:`button`,className:`link-button`,onClick:()=>m([]),children:t(`passkeys.codesStored`)})]})]}),b?(0,N.jsxs)(N.Fragment,{children:[c.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:ee,"aria-busy":c.busy||void 0,children:[(0,N.jsx)(R,{id:o.name,label:t(`passkeys.nameLabel`),hint:t(`passkeys.nameHint`),value:l,maxLength:100,error:c.fieldError(`name`),onChange:e=>u(e.target.value)}),(0,N.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":c.busy||void 0,children:c.busy?t(`passkeys.adding`):t(`passkeys.add`)})]})]}):(0,N.jsx)(O,{tone:`info`,children:(0,N.jsx)(`p`,{children:t(`passkeys.unsupported`)})}),h&&(0,N.jsx)(Gt,{passkey:h,onClose:()=>_(void 0),onDone:()=>{_(void 0),x()}}),v&&(0,N.jsx)(Y,{title:t(`passkeys.removeTitle`,{name:v.name}),confirmLabel:t(`passkeys.remove`),danger:!0,onCancel:()=>y(void 0),send:async()=>(await w(Ut,{input:{id:v.id}})).removePasskey,onDone:()=>{y(void 0),x()},children:(0,N.jsx)(`p`,{children:t(`passkeys.removeBody`)})})]})}var qt=y(`
  query AuditPeople($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on User {
        id
        name
        username
      }
    }
  }
`);function Jt(){let{t:e}=s();return t=>u(t)?e(`audit.type.${t}`):t}function Yt({rows:e,caption:t,linkUsers:n}){let{t:r}=s(),i=Jt(),a=n?[...new Set(e.flatMap(e=>[e.actorID,e.subjectID]).filter(e=>!!e?.startsWith(`usr_`)))].sort():[],o=S(qt,{ids:a}),c=new Map;for(let e of o.data?.nodes??[])e&&`username`in e&&c.set(e.id,e.name||e.username);let l=e=>e?n&&e.startsWith(`usr_`)?(0,N.jsx)(x,{href:v(e),children:c.get(e)??e}):e:`—`;return(0,N.jsx)(Z,{label:t,children:(0,N.jsxs)(`table`,{children:[(0,N.jsx)(`caption`,{className:`visually-hidden`,children:t}),(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.when`)}),(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.what`)}),n&&(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.actor`)}),n&&(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.subject`)}),(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.from`)}),(0,N.jsx)(`th`,{scope:`col`,children:r(`audit.details`)})]})}),(0,N.jsx)(`tbody`,{children:e.map(e=>(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`td`,{children:(0,N.jsx)(K,{value:e.createdAt,short:!0})}),(0,N.jsx)(`td`,{children:i(e.type)}),n&&(0,N.jsx)(`td`,{children:l(e.actorID)}),n&&(0,N.jsx)(`td`,{children:l(e.subjectID)}),(0,N.jsxs)(`td`,{children:[e.ip,e.userAgent&&(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`br`,{}),(0,N.jsx)(`span`,{className:`muted`,children:X(e.userAgent)})]})]}),(0,N.jsx)(`td`,{children:e.details.length===0?`—`:e.details.map(e=>(0,N.jsxs)(`div`,{children:[(0,N.jsxs)(`span`,{className:`muted`,children:[e.key,`:`]}),` `,e.value]},e.key))})]},e.id))})]})})}function Xt(){let[e,t]=(0,M.useState)([null]);return{after:e[e.length-1],page:e.length,next:(0,M.useCallback)(e=>{e&&t(t=>[...t,e])},[]),previous:(0,M.useCallback)(()=>t(e=>e.length>1?e.slice(0,-1):e),[]),reset:(0,M.useCallback)(()=>t([null]),[])}}function Zt({pager:e,pageInfo:t,totalCount:n,label:r}){let{t:i,i18n:a}=s(),o=!!(t?.hasNextPage&&t.endCursor);return(0,N.jsxs)(`nav`,{className:`pager`,"aria-label":r,children:[(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,disabled:e.page<=1,onClick:e.previous,children:i(`pager.previous`)}),(0,N.jsxs)(`span`,{children:[i(`pager.page`,{page:new Intl.NumberFormat(a.resolvedLanguage).format(e.page)}),n!==void 0&&` · ${i(`pager.total`,{formatted:new Intl.NumberFormat(a.resolvedLanguage).format(n)})}`]}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,disabled:!o,onClick:()=>e.next(t?.endCursor),children:i(`pager.next`)})]})}var Qt=10;function $t(){let{t:e}=s(),t=Xt(),{data:n,error:r,loading:i,refetch:a}=S(_t,{first:Qt,after:t.after}),o=n?.me?.activity,c=(o?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,N.jsxs)(q,{id:`activity`,title:e(`profile.activityTitle`),children:[(0,N.jsx)(`p`,{children:e(`profile.activityIntro`)}),r?(0,N.jsx)(g,{error:r,retry:a}):!o&&i?(0,N.jsx)(E,{}):c.length===0?(0,N.jsx)(C,{children:e(`profile.noActivity`)}):(0,N.jsxs)(`div`,{"aria-busy":i||void 0,children:[(0,N.jsx)(Yt,{rows:c,caption:e(`profile.activityTitle`)}),(0,N.jsx)(Zt,{pager:t,pageInfo:o?.pageInfo,totalCount:o?.totalCount,label:e(`profile.activityPages`)})]})]})}function en({me:e}){let{t}=s();return(0,N.jsx)(q,{id:`organizations`,title:t(`profile.organizationsTitle`),children:e.memberships.length===0?(0,N.jsx)(C,{children:t(`profile.noOrganizations`)}):(0,N.jsx)(`ul`,{className:`cards`,children:e.memberships.map(e=>(0,N.jsxs)(`li`,{className:`card`,children:[(0,N.jsx)(`p`,{className:`card-title`,children:(0,N.jsx)(x,{href:ee(e.organization.id),children:e.organization.name})}),(0,N.jsx)(`p`,{className:`muted`,children:e.rights.length===0?t(`org.noRights`):e.rights.map(e=>t(`rights.${e}`)).join(` · `)})]},e.id))})})}function tn(e,t){let n=t.toISOString().slice(0,10);return`latchkey-data-${e.replace(/[^A-Za-z0-9._-]/g,`_`)}-${n}.json`}function nn(e,t){let n=URL.createObjectURL(new Blob([t],{type:`application/json`})),r=document.createElement(`a`);r.href=n,r.download=e,r.hidden=!0,document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(n),0)}function rn({me:e}){let{t}=s(),n=k(),[r,i]=(0,M.useState)();async function a(){if(n.busy)return;i(void 0);let t=await n.run(async()=>({userErrors:[],data:(await w(Ct)).exportMyData}));if(!t)return;let r=tn(e.username,new Date);nn(r,`${JSON.stringify(t.data,null,2)}\n`),i(r)}return(0,N.jsxs)(q,{id:`my-data`,title:t(`leave.dataTitle`),children:[(0,N.jsx)(`p`,{children:t(`leave.dataIntro`)}),r&&(0,N.jsx)(O,{children:(0,N.jsx)(`p`,{children:t(`leave.downloaded`,{file:r})})}),n.alert,(0,N.jsx)(`button`,{type:`button`,className:`button`,onClick:a,"aria-disabled":n.busy||void 0,children:n.busy?t(`leave.downloading`):t(`leave.download`)})]})}function an({me:e,onCancel:t}){let{t:n}=s(),[,r]=_(),{reload:i}=P(),a={currentPassword:`delete-me-password`},o=k(a),[c,l]=(0,M.useState)(``),[u,d]=(0,M.useState)();async function f(e){e.preventDefault(),o.busy||(d(void 0),await o.run(async()=>(await w(wt,{input:{currentPassword:c}})).deleteMe,{check:()=>c?{}:{currentPassword:{key:`password.currentRequired`}},succeeded:e=>!!e.deletedUserId,handle:(e,t)=>{l(``);let n=e[0]?.code;return n===`LAST_ADMIN`||n===`LAST_MEMBER_MANAGER`?(o.clear(),d(n===`LAST_ADMIN`?{kind:n}:{kind:n,organizations:t.organizations}),!0):n===`INVALID_CREDENTIALS`&&(o.show({currentPassword:{key:`leave.wrongPassword`}}),!0)}})&&(ye({key:`leave.deleted`}),i(),r(A.signIn,{replace:!0})))}let p=e.sessions.length,m=e.accessTokens.length;return(0,N.jsxs)(J,{title:n(`leave.confirmTitle`),onClose:t,children:[(0,N.jsxs)(`div`,{className:`dialog-body`,children:[(0,N.jsx)(`p`,{children:n(`leave.confirmLost`)}),(0,N.jsxs)(`ul`,{children:[(0,N.jsx)(`li`,{children:n(`leave.lostAccount`,{username:e.username,email:e.email})}),(0,N.jsx)(`li`,{children:n(`leave.lostSessions`,{sessions:String(p)})}),(0,N.jsx)(`li`,{children:n(`leave.lostTokens`,{tokens:String(m)})}),e.memberships.length>0&&(0,N.jsx)(`li`,{children:n(`leave.lostMemberships`,{names:e.memberships.map(e=>e.organization.name).join(`, `)})})]}),(0,N.jsx)(`p`,{children:n(`leave.keptHistory`)})]}),u&&(0,N.jsx)(`div`,{className:`notice notice-warning`,role:`alert`,children:u.kind===`LAST_ADMIN`?(0,N.jsx)(`p`,{children:n(`errors.LAST_ADMIN`)}):(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`p`,{children:n(`errors.LAST_MEMBER_MANAGER`)}),(0,N.jsx)(`ul`,{children:u.organizations.map(e=>(0,N.jsx)(`li`,{children:(0,N.jsx)(x,{href:ee(e.id),children:e.name})},e.id))})]})}),o.summary,(0,N.jsxs)(`form`,{noValidate:!0,onSubmit:f,"aria-busy":o.busy||void 0,children:[(0,N.jsx)(R,{id:a.currentPassword,label:n(`leave.password`),type:`password`,autoComplete:`current-password`,value:c,error:o.fieldError(`currentPassword`),onChange:e=>l(e.target.value)}),(0,N.jsxs)(`div`,{className:`actions`,children:[(0,N.jsx)(`button`,{type:`submit`,className:`button button-danger`,"aria-disabled":o.busy||void 0,children:o.busy?n(`app.working`):n(`leave.confirm`)}),(0,N.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:t,children:n(`app.cancel`)})]})]})]})}function on({me:e}){let{t}=s(),[n,r]=(0,M.useState)(!1);return(0,N.jsxs)(q,{id:`delete-account`,title:t(`leave.deleteTitle`),children:[(0,N.jsx)(`p`,{children:t(`leave.deleteIntro`)}),(0,N.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>r(!0),children:t(`leave.deleteButton`)}),n&&(0,N.jsx)(an,{me:e,onCancel:()=>r(!1)})]})}function sn(){let{t:e}=s(),{data:t,error:n,loading:r,refetch:i}=S(gt),a=t?.me;return n?(0,N.jsx)(g,{error:n,retry:i}):a?(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(`nav`,{"aria-label":e(`profile.sectionsNav`),className:`sub-nav`,children:(0,N.jsxs)(`ul`,{children:[(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#account-details`,children:e(`profile.accountDetails`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#email-change`,children:e(`profile.emailTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#language-setting`,children:e(`profile.languageTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#notifications`,children:e(`notifications.title`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#passkeys`,children:e(`passkeys.title`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#sessions`,children:e(`profile.sessionsTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#access-tokens`,children:e(`tokens.title`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#activity`,children:e(`profile.activityTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#organizations`,children:e(`profile.organizationsTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#my-data`,children:e(`leave.dataTitle`)})}),(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`#delete-account`,children:e(`leave.deleteTitle`)})})]})}),(0,N.jsx)(Tt,{me:a,onChanged:i}),(0,N.jsx)(Et,{me:a}),(0,N.jsx)(kt,{me:a,onChanged:i}),(0,N.jsx)(jt,{me:a,onChanged:i}),(0,N.jsx)(Kt,{}),(0,N.jsx)(Ft,{me:a,onChanged:i}),(0,N.jsx)(Rt,{me:a,onChanged:i}),(0,N.jsx)($t,{}),(0,N.jsx)(en,{me:a}),(0,N.jsx)(rn,{me:a}),(0,N.jsx)(on,{me:a})]}):r?(0,N.jsx)(E,{}):(0,N.jsx)(g,{retry:i})}function cn(){let{t:e}=s();return T(e(`profile.title`)),(0,N.jsx)(I,{children:()=>(0,N.jsxs)(`div`,{className:`medium`,children:[(0,N.jsx)(D,{children:e(`profile.title`)}),(0,N.jsx)(sn,{}),(0,N.jsx)(`p`,{children:(0,N.jsx)(x,{href:A.home,children:e(`notFound.home`)})})]})})}var Q=()=>l(()=>import(`./Admin-DzIajS8W.js`),__vite__mapDeps([0,1,2,3,4])),ln=(0,M.lazy)(()=>Q().then(e=>({default:e.AdminUsersPage}))),un=(0,M.lazy)(()=>Q().then(e=>({default:e.AdminNewUserPage}))),dn=(0,M.lazy)(()=>Q().then(e=>({default:e.AdminUserPage}))),fn=(0,M.lazy)(()=>Q().then(e=>({default:e.AdminSettingsPage}))),pn=(0,M.lazy)(()=>Q().then(e=>({default:e.AdminAuditPage}))),mn=(0,M.lazy)(()=>Q().then(e=>({default:e.AdminOutboxPage}))),hn=(0,M.lazy)(()=>Q().then(e=>({default:e.AdminWebhooksPage}))),gn=(0,M.lazy)(()=>Q().then(e=>({default:e.AdminOrganizationsPage}))),_n=(0,M.lazy)(()=>l(()=>import(`./OrganizationPage-isdHZ59y.js`),__vite__mapDeps([5,1,2,3,4]))),vn=(0,M.lazy)(()=>l(()=>import(`./AcceptInvitationPage-Ct1w2DHb.js`),__vite__mapDeps([6,1,2,3,4,7]))),yn=(0,M.lazy)(()=>l(()=>import(`./SignUpPage-Jpa4N26L.js`),__vite__mapDeps([8,1,2,3,4,7]))),bn=(0,M.lazy)(()=>l(()=>import(`./VerifyEmailPage-CKGT9M6a.js`),__vite__mapDeps([9,3,1,2,4,10]))),xn=(0,M.lazy)(()=>l(()=>import(`./ConfirmEmailPage-CV_u7-lB.js`),__vite__mapDeps([11,3,1,2,4,10]))),Sn=(0,M.lazy)(()=>l(()=>import(`./ReportSignInPage-BpMSKPZx.js`),__vite__mapDeps([12,3,1,2,4,10])));function $(e){return function(){return(0,N.jsx)(I,{admin:!0,children:()=>(0,N.jsx)(e,{})})}}var Cn=[[A.adminNewUser,$(un)],[A.adminUser,$(dn)],[A.adminUsers,$(ln)],[A.adminSettings,$(fn)],[A.adminAudit,$(pn)],[A.adminOutbox,$(mn)],[A.adminWebhooks,$(hn)],[A.adminOrganizations,$(gn)]];function wn(){let[e,t]=_(),{viewer:n,reload:r}=P(),i=!!n;return(0,M.useEffect)(()=>te(n=>{n.code===`PASSWORD_CHANGE_REQUIRED`&&e!==A.changePassword?t(`${A.changePassword}?next=${encodeURIComponent(e)}`,{replace:!0}):n.code===`UNAUTHENTICATED`&&i&&r()}),[e,t,i,r]),null}function Tn(){return(0,N.jsxs)(se,{children:[(0,N.jsx)(wn,{}),(0,N.jsx)(pe,{children:(0,N.jsx)(M.Suspense,{fallback:(0,N.jsx)(E,{}),children:(0,N.jsxs)(ne,{children:[(0,N.jsx)(j,{path:A.home,component:_e}),(0,N.jsx)(j,{path:A.signIn,component:Be}),(0,N.jsx)(j,{path:A.forgotPassword,component:We}),(0,N.jsx)(j,{path:A.forgotUsername,component:Ke}),(0,N.jsx)(j,{path:A.resetPassword,component:ft}),(0,N.jsx)(j,{path:A.changePassword,component:ht}),(0,N.jsx)(j,{path:A.profile,component:cn}),(0,N.jsx)(j,{path:A.signUp,component:yn}),(0,N.jsx)(j,{path:A.acceptInvitation,component:vn}),(0,N.jsx)(j,{path:A.organization,component:_n}),(0,N.jsx)(j,{path:A.verifyEmail,component:bn}),(0,N.jsx)(j,{path:A.confirmEmail,component:xn}),(0,N.jsx)(j,{path:A.reportSignIn,component:Sn}),Cn.map(([e,t])=>(0,N.jsx)(j,{path:e,component:t},e)),(0,N.jsx)(j,{component:ve})]})})})]})}var En=(0,re.createRoot)(document.getElementById(`root`)),Dn=()=>En.render((0,N.jsx)(M.StrictMode,{children:(0,N.jsx)(Tn,{})}));f.then(Dn,Dn);export{ie as C,P as S,R as _,It as a,I as b,Y as c,K as d,ct as f,W as g,qe as h,Jt as i,J as l,rt as m,Xt as n,Z as o,G as p,Yt as r,X as s,Zt as t,Dt as u,ye as v,ce as x,be as y};