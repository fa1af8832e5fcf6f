const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Admin-DiU4BOVX.js","assets/rolldown-runtime-WkwZ5CU-.js","assets/react-DCTAcUCH.js","assets/useSubmit-CvCejN6Q.js","assets/i18n-BEJJknIU.js","assets/OrganizationPage-BRqcDfxp.js","assets/AcceptInvitationPage-DnABt8DS.js","assets/NewAccountFields-8yM8-qFf.js","assets/SignUpPage-D-V2qRpp.js","assets/VerifyEmailPage-BLKHBLT5.js","assets/emailLinks.graphql-BdkmJDI1.js","assets/ConfirmEmailPage-D1CoX6hS.js","assets/ReportSignInPage-C-_En3TS.js"])))=>i.map(i=>d[i]);
import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,n,r,t as i}from"./react-DCTAcUCH.js";import{a,c as o,d as s,f as c,i as l,l as u,n as d,o as f,s as p,u as m}from"./i18n-BEJJknIU.js";import{C as h,S as g,T as _,_ as v,a as y,b,c as x,d as S,f as ee,g as C,h as w,i as T,l as E,m as D,n as O,o as k,p as te,r as A,s as j,t as M,u as ne,v as N,x as P,y as F}from"./useSubmit-CvCejN6Q.js";(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var I=e(t(),1),re=n(),ie=D(`
  mutation SignOut {
    signOut {
      userErrors {
        code
        field
        message
      }
    }
  }
`),ae=D(`
  query Viewer {
    me {
      id
      email
      username
      name
      role
      locale
      mustChangePassword
      mustEnrollSecondFactor
    }
  }
`),L=i(),oe=(0,I.createContext)({viewer:void 0,loading:!0,refresh:()=>{},reload:()=>{}});function se({children:e}){let{data:t,error:n,loading:r,refetch:i,reload:a}=N(ae),o=(0,I.useMemo)(()=>{let e;return t?e=t.me??null:n?.code===`UNAUTHENTICATED`&&(e=null),{viewer:e,error:e===void 0?n:void 0,loading:r,refresh:i,reload:a}},[t,n,r,i,a]);return(0,L.jsx)(oe.Provider,{value:o,children:e})}function R(){return(0,I.useContext)(oe)}var ce=e=>e?.role===`ADMIN`,le=D(`
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
`);function ue(){let{t:e,i18n:t}=c(),{viewer:n}=R(),r=m(t.resolvedLanguage)?t.resolvedLanguage:`en`;return(0,L.jsxs)(`div`,{className:`language-switcher`,children:[(0,L.jsx)(`label`,{htmlFor:`language`,children:e(`language.label`)}),(0,L.jsx)(`select`,{id:`language`,value:r,onChange:e=>{let t=e.target.value;m(t)&&(o(t),n&&!n.mustChangePassword&&v(le,{input:{locale:t}}).catch(()=>{}))},children:s.map(t=>(0,L.jsx)(`option`,{value:t,lang:t,children:e(`language.${t}`)},t))})]})}function de(){return(0,L.jsx)(`svg`,{className:`icon`,viewBox:`0 0 24 24`,width:`20`,height:`20`,"aria-hidden":`true`,focusable:`false`,children:(0,L.jsx)(`path`,{fill:`currentColor`,d:`M19.14 12.94a7.5 7.5 0 0 0 .05-.94 7.5 7.5 0 0 0-.05-.94l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54A.5.5 0 0 0 13.9 2h-3.8a.5.5 0 0 0-.49.42l-.36 2.54c-.59.24-1.13.56-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.48a.5.5 0 0 0 .12.64l2.03 1.58a7.5 7.5 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.12.22.39.3.6.22l2.39-.96c.5.38 1.04.7 1.63.94l.36 2.54c.05.24.25.42.49.42h3.8c.24 0 .45-.18.49-.42l.36-2.54c.59-.24 1.13-.56 1.63-.94l2.39.96c.22.08.48 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7z`})})}function fe({label:e}){let{t}=c(),{reload:n}=R(),[,r]=h(),[i,a]=(0,I.useState)(!1),[o,s]=(0,I.useState)(!1),l=(0,I.useId)(),u=(0,I.useRef)(null),d=(0,I.useRef)(null);(0,I.useEffect)(()=>{if(!i)return;let e=e=>{d.current?.contains(e.target)||a(!1)};return document.addEventListener(`mousedown`,e),()=>document.removeEventListener(`mousedown`,e)},[i]);async function f(){if(!o){s(!0);try{await v(ie)}catch{}finally{s(!1),a(!1),n(),r(S.signIn,{replace:!0})}}}return(0,L.jsxs)(`div`,{className:`menu`,ref:d,onKeyDown:e=>{e.key===`Escape`&&i&&(a(!1),u.current?.focus())},children:[(0,L.jsxs)(`button`,{ref:u,type:`button`,className:`menu-button`,"aria-expanded":i,"aria-controls":l,onClick:()=>a(e=>!e),children:[(0,L.jsx)(de,{}),(0,L.jsx)(`span`,{className:`menu-label`,children:e}),(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` – `,t(`nav.accountMenu`)]})]}),(0,L.jsxs)(`ul`,{id:l,className:`menu-list`,hidden:!i,children:[(0,L.jsx)(`li`,{children:(0,L.jsx)(F,{href:S.profile,onClick:()=>a(!1),children:t(`nav.settings`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`button`,{type:`button`,className:`link-button`,onClick:f,"aria-disabled":o||void 0,children:t(o?`home.signingOut`:`home.signOut`)})})]})]})}function pe({children:e}){let{t}=c(),{viewer:n}=R();return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`a`,{className:`skip-link`,href:`#main`,children:t(`app.skipToContent`)}),(0,L.jsxs)(`header`,{className:`site-header`,children:[(0,L.jsx)(F,{href:S.home,className:`brand`,children:t(`app.name`)}),(0,L.jsxs)(`nav`,{className:`site-nav`,"aria-label":t(`nav.label`),children:[n&&ce(n)&&(0,L.jsx)(F,{href:S.adminUsers,className:`nav-link`,children:t(`nav.admin`)}),n?(0,L.jsx)(fe,{label:n.name||n.username}):(0,L.jsx)(F,{href:S.signIn,className:`nav-link`,children:t(`signIn.title`)})]}),(0,L.jsx)(ue,{})]}),(0,L.jsx)(`main`,{id:`main`,tabIndex:-1,children:e})]})}function me(){let{t:e}=c();return O(e(`forbidden.title`)),(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`forbidden.title`)}),(0,L.jsx)(`p`,{children:e(`forbidden.body`)}),(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:S.home,children:e(`notFound.home`)})})]})}function z({children:e,admin:t}){let{viewer:n,error:r,loading:i,refresh:a}=R(),[o]=h(),s=_(),c=o+(s?`?${s}`:``);return n===void 0?i||!r?(0,L.jsx)(k,{}):(0,L.jsx)(y,{error:r,retry:a}):n===null?i?(0,L.jsx)(k,{}):(0,L.jsx)(b,{to:te(S.signIn,c),replace:!0}):n.mustChangePassword&&!i&&o!==S.changePassword?(0,L.jsx)(b,{to:`${S.changePassword}?next=${encodeURIComponent(c)}`,replace:!0}):n.mustEnrollSecondFactor&&!n.mustChangePassword&&!i&&o!==S.signInMethods?(0,L.jsx)(b,{to:E(c),replace:!0}):t&&!ce(n)?(0,L.jsx)(me,{}):(0,L.jsx)(L.Fragment,{children:e(n)})}var he=D(`
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
`);function ge(){let{t:e,i18n:t}=c();O(e(`home.title`));let[,n]=h(),{data:r,error:i,loading:a}=N(he),o=R(),s=M();if(i?.code===`UNAUTHENTICATED`||r&&!r.me)return(0,L.jsx)(b,{to:S.signIn,replace:!0});if(a&&!r)return(0,L.jsx)(`p`,{className:`status`,role:`status`,children:e(`app.loading`)});if(i||!r?.me)return(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`home.title`)}),(0,L.jsx)(`p`,{className:`error-summary`,role:`alert`,children:f(e,i??{code:`UNKNOWN`})})]});let u=r.me,d=t.resolvedLanguage??`en`;async function p(){await s.run(async()=>{try{return(await v(ie)).signOut}catch(e){if(e instanceof w&&e.code===`UNAUTHENTICATED`)return{userErrors:[]};throw e}})&&(o.reload(),n(S.signIn,{replace:!0}))}return(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`home.title`)}),(0,L.jsx)(`p`,{className:`lead`,children:e(`home.greeting`,{name:u.name||u.username})}),(0,L.jsxs)(`dl`,{className:`details`,children:[(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:e(`home.name`)}),(0,L.jsx)(`dd`,{children:u.name})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:e(`home.email`)}),(0,L.jsx)(`dd`,{children:u.email})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:e(`home.username`)}),(0,L.jsx)(`dd`,{children:u.username})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:e(`home.role`)}),(0,L.jsx)(`dd`,{children:e(`role.${u.role}`)})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:e(`home.memberSince`)}),(0,L.jsx)(`dd`,{children:(0,L.jsx)(`time`,{dateTime:u.createdAt,children:l(u.createdAt,d)})})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:e(`home.lastSignIn`)}),(0,L.jsx)(`dd`,{children:u.lastSignInAt?(0,L.jsx)(`time`,{dateTime:u.lastSignInAt,children:l(u.lastSignInAt,d)}):e(`home.never`)})]})]}),(0,L.jsxs)(`ul`,{className:`help-links home-links`,children:[(0,L.jsx)(`li`,{children:(0,L.jsx)(F,{href:S.profile,children:e(`home.profileLink`)})}),u.role===`ADMIN`&&(0,L.jsx)(`li`,{children:(0,L.jsx)(F,{href:S.adminUsers,children:e(`home.adminLink`)})})]}),s.message&&(0,L.jsx)(`p`,{className:`error-summary`,role:`alert`,children:s.message}),(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:p,"aria-disabled":s.busy||void 0,children:s.busy?e(`home.signingOut`):e(`home.signOut`)})]})}function _e(){let{t:e}=c();return O(e(`notFound.title`)),(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`notFound.title`)}),(0,L.jsx)(`p`,{children:e(`notFound.body`)}),(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:S.home,children:e(`notFound.home`)})})]})}var ve;function ye(e){ve=e}function be(){let e=ve;return ve=void 0,e}function B({id:e,label:t,error:n,hint:r,describedBy:i,ref:a,children:o,...s}){let c=`${e}-error`,l=`${e}-hint`,u=[n?c:``,r?l:``,i??``].filter(Boolean).join(` `);return(0,L.jsxs)(`div`,{className:n?`field field-invalid`:`field`,children:[(0,L.jsx)(`label`,{htmlFor:e,children:t}),r&&(0,L.jsx)(`p`,{id:l,className:`field-hint`,children:r}),n&&(0,L.jsx)(`p`,{id:c,className:`field-error`,children:n}),(0,L.jsx)(`input`,{ref:a,id:e,"aria-invalid":n?!0:void 0,"aria-describedby":u||void 0,...s}),o]})}function xe(e){let t=new Uint8Array(e),n=``;for(let e=0;e<t.length;e++)n+=t[e].toString(16).padStart(2,`0`);return n}async function Se(e){if(e.algorithm!==`SHA-256`)return null;let t=new TextEncoder;for(let n=0;n<=e.maxNumber;n++)if(xe(await crypto.subtle.digest(`SHA-256`,t.encode(e.salt+n)))===e.challenge){let t={algorithm:e.algorithm,challenge:e.challenge,number:n,salt:e.salt,signature:e.signature};return btoa(JSON.stringify(t))}return null}function Ce(e){return typeof Worker>`u`?Se(e):new Promise(t=>{let n=new Worker(new URL(`/assets/challenge.worker-BzdSvQxE.js`,``+import.meta.url),{type:`module`}),r=e=>{n.terminate(),t(e)};n.onmessage=e=>r(e.data),n.onerror=()=>{n.terminate(),Se(e).then(t)},n.postMessage(e)})}function we(){let{t:e}=c(),[t,n]=(0,I.useState)(!1);async function r(e){let t=await e();for(let r=0;r<2&&t.challenge&&t.userErrors.some(e=>e.code===`CHALLENGE_REQUIRED`);r++){n(!0);let r;try{r=await Ce(t.challenge)}finally{n(!1)}if(!r)break;t=await e(r)}return t}return{send:r,checking:t,status:(0,L.jsx)(`p`,{className:`challenge-status`,"aria-live":`polite`,children:t?e(`challenge.checking`):``})}}var Te=D(`
  mutation RequestReset($input: RequestResetInput!) {
    requestReset(input: $input) {
      userErrors {
        code
        field
        message
      }
      challenge {
        algorithm
        challenge
        salt
        maxNumber
        signature
      }
    }
  }
`),Ee;function De(e){Ee=e}function Oe(){return Ee}function ke(){Ee=void 0}function Ae({until:e,passkeyHere:t}){let{t:n,i18n:r}=c(),i=(0,I.useRef)(null);(0,I.useEffect)(()=>i.current?.focus(),[]);let a=e?l(e,r.resolvedLanguage??`en`):void 0;return(0,L.jsxs)(`div`,{className:`notice notice-warning locked`,ref:i,tabIndex:-1,role:`alert`,"aria-labelledby":`second-factor-locked-title`,children:[(0,L.jsx)(`h2`,{id:`second-factor-locked-title`,children:n(`secondFactorLocked.title`)}),(0,L.jsx)(`p`,{children:a?n(`secondFactorLocked.until`,{time:a}):n(`secondFactorLocked.forAWhile`)}),(0,L.jsx)(`p`,{children:t?n(`secondFactorLocked.passkeyHere`):n(`secondFactorLocked.passkey`,{button:n(`signIn.passkey`)})}),(0,L.jsx)(`p`,{children:n(`secondFactorLocked.admin`)}),(0,L.jsx)(`p`,{children:n(`secondFactorLocked.noReset`)})]})}var je=D(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
      mustChangePassword
      secondFactorRequired
      secondFactorMethods
      secondFactorLockedUntil
      userErrors {
        code
        field
        message
      }
      challenge {
        algorithm
        challenge
        salt
        maxNumber
        signature
      }
    }
  }
`);function V(e){let t=e instanceof ArrayBuffer?new Uint8Array(e):new Uint8Array(e.buffer,e.byteOffset,e.byteLength),n=``;for(let e of t)n+=String.fromCharCode(e);return btoa(n).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function H(e){if(!/^[A-Za-z0-9_-]*={0,2}$/.test(e))throw TypeError(`not base64url`);let t=e.replace(/-/g,`+`).replace(/_/g,`/`).replace(/=+$/,``),n=t+`=`.repeat((4-t.length%4)%4),r=atob(n),i=new Uint8Array(r.length);for(let e=0;e<r.length;e++)i[e]=r.charCodeAt(e);return i.buffer}function U(){return typeof PublicKeyCredential>`u`?void 0:PublicKeyCredential}function W(){return U()!==void 0&&typeof navigator<`u`&&!!navigator.credentials}async function Me(){let e=U();if(!e?.isConditionalMediationAvailable)return!1;try{return await e.isConditionalMediationAvailable()}catch{return!1}}function Ne(e){return e?.map(e=>({...e,id:H(e.id),type:e.type}))}function Pe(e){let t=U()?.parseCreationOptionsFromJSON;if(t)return t(e);let{excludeCredentials:n,...r}=e;return{...r,challenge:H(e.challenge),user:{...e.user,id:H(e.user.id)},...n?{excludeCredentials:Ne(n)}:{}}}function Fe(e){let t=U()?.parseRequestOptionsFromJSON;if(t)return t(e);let{allowCredentials:n,...r}=e;return{...r,challenge:H(e.challenge),...n?{allowCredentials:Ne(n)}:{}}}function Ie(e){if(typeof e.toJSON==`function`)return e.toJSON();let t=e.response,n={clientDataJSON:V(t.clientDataJSON)};return t.attestationObject&&(n.attestationObject=V(t.attestationObject),t.getTransports&&(n.transports=t.getTransports())),t.authenticatorData&&(n.authenticatorData=V(t.authenticatorData)),t.signature&&(n.signature=V(t.signature)),t.userHandle&&(n.userHandle=V(t.userHandle)),{id:e.id,rawId:V(e.rawId),type:e.type,...e.authenticatorAttachment?{authenticatorAttachment:e.authenticatorAttachment}:{},response:n,clientExtensionResults:e.getClientExtensionResults?.()??{}}}async function Le(e){let t=await navigator.credentials.create({publicKey:Pe(e)});if(!t)throw new DOMException(`No credential`,`NotAllowedError`);return Ie(t)}async function Re(e,t,n=!1){let r=await navigator.credentials.get({publicKey:Fe(e),signal:t,...n?{mediation:`conditional`}:{}});if(!r)throw new DOMException(`No credential`,`NotAllowedError`);return Ie(r)}function ze(e){return e instanceof DOMException&&(e.name===`NotAllowedError`||e.name===`AbortError`)}var Be=D(`
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
`),Ve=D(`
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
`),G={code:`PASSKEY_DECLINED`,field:null,message:``};async function He(e,t,n=!1){let r=(await v(Be,{input:e?{login:e}:{}})).beginPasskeySignIn;if(r.userErrors.length>0||!r.options)return{userErrors:r.userErrors.length>0?r.userErrors:[G]};try{return{credential:await Re(r.options,t,n)}}catch(e){if(ze(e))return{userErrors:[G]};throw e}}async function Ue(e,t=!1){let n=await He(void 0,e,t);return n.userErrors?{user:null,userErrors:n.userErrors}:(await v(Ve,{input:{credential:n.credential}})).finishPasskeySignIn}function We({onSignedIn:e}){let{t}=c(),n=M(),r=(0,I.useRef)(null),i=(0,I.useRef)(e);i.current=e;let a=W();if((0,I.useEffect)(()=>{if(!a)return;let e=!1,t=new AbortController;return r.current=t,Me().then(async n=>{if(n&&!e)try{let n=await Ue(t.signal,!0);!e&&n.user&&i.current()}catch{}}),()=>{e=!0,t.abort()}},[a]),!a)return null;async function o(){r.current?.abort(),(await n.run(()=>Ue(),{succeeded:e=>!!e.user,handle:e=>e[0]?.code===G.code&&(n.show({},[{key:`signIn.passkeyDeclined`}]),!0)}))?.user&&i.current()}return(0,L.jsxs)(`div`,{className:`passkey-sign-in`,children:[n.alert,(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:o,"aria-disabled":n.busy||void 0,children:n.busy?t(`signIn.passkeyWaiting`):t(`signIn.passkey`)})]})}var Ge=[`login`,`password`];function Ke(e){let t={};return e.login.trim()===``&&(t.login=`signIn.loginRequired`),e.password===``&&(t.password=`signIn.passwordRequired`),t}var qe={login:`sign-in-login`,password:`sign-in-password`};function Je({login:e}){let{t}=c(),n=(0,I.useRef)(null),[r,i]=(0,I.useState)(!1),a=M(),o=we();(0,I.useEffect)(()=>n.current?.focus(),[]);async function s(){r||await a.run(()=>o.send(async t=>(await v(Te,{input:{login:e,challenge:t}})).requestReset))&&i(!0)}return(0,L.jsxs)(`div`,{className:`notice notice-warning locked`,ref:n,tabIndex:-1,role:`alert`,"aria-labelledby":`locked-title`,children:[(0,L.jsx)(`h2`,{id:`locked-title`,children:t(`locked.title`)}),r?(0,L.jsxs)(`div`,{role:`status`,children:[(0,L.jsx)(`p`,{children:(0,L.jsx)(`strong`,{children:t(`locked.sent`)})}),(0,L.jsx)(`p`,{children:t(`forgotPassword.checkSpam`)})]}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`p`,{children:t(`locked.body`)}),(0,L.jsx)(`p`,{children:t(`locked.question`)}),a.message&&(0,L.jsx)(`p`,{className:`field-error`,children:a.message}),o.status,(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:s,"aria-disabled":a.busy||void 0,children:a.busy?t(`app.sending`):t(`locked.confirm`)})]})]})}function Ye(){let{t:e}=c();O(e(`signIn.title`));let[,t]=h(),n=_(),r=ee(new URLSearchParams(n).get(`next`)),{viewer:i,loading:a,reload:o}=R(),s=(0,I.useId)(),[l,u]=(0,I.useState)({login:``,password:``}),d=M(qe),f=we(),[p,m]=(0,I.useState)(),[g,y]=(0,I.useState)(),[x,C]=(0,I.useState)(!1),[w,T]=(0,I.useState)(!1),[E]=(0,I.useState)(be);if(i&&!a&&!w)return(0,L.jsx)(b,{to:i.mustChangePassword?S.changePassword:r??S.home,replace:!0});async function D(e){if(e.preventDefault(),d.busy)return;m(void 0),y(void 0);let n=l.login.trim(),i=await d.run(()=>f.send(async e=>(await v(je,{input:{login:n,password:l.password,challenge:e}})).signIn),{check:()=>{let e=Ke(l),t={};for(let n of Ge){let r=e[n];r&&(t[n]={key:r})}return t},succeeded:e=>!!e.user||e.secondFactorRequired,handle:(e,t)=>(u(e=>({...e,password:``})),e.some(e=>e.code===`SECOND_FACTOR_LOCKED`)?(d.clear(),y({until:t.secondFactorLockedUntil??null}),!0):e.some(e=>e.code===`ACCOUNT_LOCKED`)?(d.clear(),m(n),!0):!1)});i&&(i.secondFactorRequired?(De(i.secondFactorMethods),t(`${S.secondFactor}${r?`?next=${encodeURIComponent(r)}`:``}`)):(T(!0),o(),i.mustChangePassword?t(`${S.changePassword}${r?`?next=${encodeURIComponent(r)}`:``}`,{replace:!0}):t(r??S.home,{replace:!0})))}return(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`signIn.title`)}),E&&(0,L.jsx)(j,{children:(0,L.jsx)(`p`,{children:e(E.key,E.values)})}),d.summary,f.status,p&&(0,L.jsx)(Je,{login:p},p),g&&(0,L.jsx)(Ae,{until:g.until},g.until??``),(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:D,"aria-busy":d.busy||void 0,children:[(0,L.jsx)(B,{id:qe.login,name:`login`,label:e(`signIn.login`),error:d.fieldError(`login`),type:`text`,autoComplete:`username webauthn`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1,value:l.login,onChange:e=>u(t=>({...t,login:e.target.value}))}),(0,L.jsx)(B,{id:qe.password,name:`password`,label:e(`signIn.password`),error:d.fieldError(`password`),type:`password`,autoComplete:`current-password`,value:l.password,onChange:e=>u(t=>({...t,password:e.target.value}))}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":d.busy||void 0,children:d.busy?e(`signIn.submitting`):e(`signIn.submit`)})]}),(0,L.jsx)(We,{onSignedIn:()=>{T(!0),o(),t(r??S.home,{replace:!0})}}),(0,L.jsxs)(`div`,{className:`aside`,children:[(0,L.jsx)(`button`,{type:`button`,className:`link-button`,"aria-expanded":x,"aria-controls":s,onClick:()=>C(e=>!e),children:e(`signIn.cantSignIn`)}),(0,L.jsxs)(`ul`,{id:s,className:`help-links`,hidden:!x,children:[(0,L.jsx)(`li`,{children:(0,L.jsx)(F,{href:S.forgotPassword,children:e(`signIn.forgotPassword`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(F,{href:S.forgotUsername,children:e(`signIn.forgotUsername`)})})]}),(0,L.jsxs)(`p`,{children:[e(`signIn.noAccount`),` `,(0,L.jsx)(F,{href:S.signUp,children:e(`signIn.signUp`)})]})]})]})}function Xe({title:e,intro:t,field:n,submitLabel:r,check:i,send:a,sentTitle:o,sentBody:s,other:l,status:u}){let{t:d}=c();O(e);let[f,p]=(0,I.useState)(``),[m,h]=(0,I.useState)(),g=M({[n.name]:n.id});return m?(0,L.jsx)(Qe,{title:o,onAgain:()=>h(void 0),children:(0,L.jsx)(`p`,{children:s(m)})}):(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e}),(0,L.jsx)(`p`,{children:t}),g.summary,u,(0,L.jsxs)(`form`,{noValidate:!0,"aria-busy":g.busy||void 0,onSubmit:async e=>{e.preventDefault();let t=f.trim();await g.run(()=>a(t),{check:()=>{let e=i(t);return e?{[n.name]:{key:e}}:{}}})&&h(t)},children:[(0,L.jsx)(B,{...n,error:g.fieldError(n.name),value:f,onChange:e=>p(e.target.value)}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":g.busy||void 0,children:g.busy?d(`app.sending`):r})]}),(0,L.jsx)(Ze,{first:(0,L.jsx)(F,{href:l.href,children:l.label})})]})}function Ze({first:e}){let{t}=c();return(0,L.jsxs)(`ul`,{className:`aside help-links`,children:[(0,L.jsx)(`li`,{children:e}),(0,L.jsx)(`li`,{children:(0,L.jsx)(F,{href:S.signIn,children:t(`forgotPassword.backToSignIn`)})})]})}function Qe({title:e,children:t,onAgain:n}){let{t:r}=c();return(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{focusOnMount:!0,children:e}),(0,L.jsxs)(`div`,{className:`notice notice-success`,role:`status`,children:[t,(0,L.jsx)(`p`,{children:r(`forgotPassword.checkSpam`)})]}),(0,L.jsx)(Ze,{first:(0,L.jsx)(`button`,{type:`button`,className:`link-button`,onClick:n,children:r(`forgotPassword.tryAgain`)})})]})}function $e(){let{t:e}=c(),t=we();return(0,L.jsx)(Xe,{title:e(`forgotPassword.title`),intro:e(`forgotPassword.intro`),field:{id:`forgot-login`,name:`login`,label:e(`signIn.login`),type:`text`,autoComplete:`username`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1},submitLabel:e(`forgotPassword.submit`),check:e=>e?void 0:`signIn.loginRequired`,send:e=>t.send(async t=>(await v(Te,{input:{login:e,challenge:t}})).requestReset),status:t.status,sentTitle:e(`forgotPassword.sentTitle`),sentBody:t=>e(`forgotPassword.sentBody`,{login:t}),other:{href:S.forgotUsername,label:e(`signIn.forgotUsername`)}})}function et(e){return/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.trim())}var tt=D(`
  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {
    requestUsernameReminder(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);function nt(){let{t:e}=c();return(0,L.jsx)(Xe,{title:e(`forgotUsername.title`),intro:e(`forgotUsername.intro`),field:{id:`forgot-username-email`,name:`email`,label:e(`form.email`),type:`email`,autoComplete:`email`,spellCheck:!1},submitLabel:e(`forgotUsername.submit`),check:e=>e?et(e)?void 0:`form.emailInvalid`:`forgotUsername.emailRequired`,send:async e=>(await v(tt,{input:{email:e}})).requestUsernameReminder,sentTitle:e(`forgotUsername.sentTitle`),sentBody:t=>e(`forgotUsername.sentBody`,{email:t}),other:{href:S.forgotPassword,label:e(`signIn.forgotPassword`)}})}function rt({title:e,children:t}){let{t:n}=c();return(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{focusOnMount:!0,children:e}),(0,L.jsx)(j,{children:t}),(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:S.signIn,className:`button`,children:n(`signIn.title`)})})]})}var it=/\p{Lu}/u,at=/\p{Ll}/u,ot=/\p{Nd}/u,st=/[\p{P}\p{S}\p{Zs}\s]/u;function ct(e){return[...e.normalize(`NFC`)].length}function lt(e,t){let n=[];t.username&&n.push(t.username);let r=t.email?t.email.lastIndexOf(`@`):-1;if(t.email&&r>0&&n.push(t.email.slice(0,r)),n.length===0)return;let i=e.toLowerCase();return n.some(e=>{let t=e.trim().toLowerCase();return t.length>=3&&i.includes(t)})}function ut(e,t,n={}){let r=e.normalize(`NFC`),i=ct(r);return t.rules.map(e=>{let a;switch(e){case`MIN_LENGTH`:a=i>=t.minLength?`met`:`unmet`;break;case`MAX_LENGTH`:a=i<=t.maxLength?`met`:`unmet`;break;case`UPPERCASE`:a=it.test(r)?`met`:`unmet`;break;case`LOWERCASE`:a=at.test(r)?`met`:`unmet`;break;case`DIGIT`:a=ot.test(r)?`met`:`unmet`;break;case`SYMBOL`:a=st.test(r)?`met`:`unmet`;break;case`NOT_PERSONAL`:{if(r===``){a=`unknown`;break}let e=lt(r,n);a=e===void 0?`unknown`:e?`unmet`:`met`;break}default:a=`unknown`}return{rule:e,state:a}})}function dt(e){if(e===``)return`empty`;let t=[...e.normalize(`NFC`)],n=[it,at,ot,st].filter(t=>t.test(e)).length,r=new Set(t.map(e=>e.toLowerCase())).size,i=0;for(let e=2;e<t.length;e++){let n=t[e-2].codePointAt(0),r=t[e-1].codePointAt(0),a=t[e].codePointAt(0);(n===r&&r===a||r-n===1&&a-r===1||n-r===1&&r-a===1)&&i++}let a=Math.min(t.length,r*2)-i,o=0;return a>=8&&o++,a>=12&&o++,a>=16&&o++,n>=3&&o++,(a>=20||n===4&&a>=12)&&o++,a<6&&(o=0),o<=1?`weak`:o===2?`fair`:o===3?`good`:`strong`}var ft=D(`
  query PasswordPolicy {
    passwordPolicy {
      preset
      minLength
      maxLength
      rules
    }
  }
`);function pt({ids:e,values:t,onChange:n,errors:r,personal:i,labels:a}){let{t:o,i18n:s}=c(),l=N(ft),u={data:l.data?.passwordPolicy?l.data:void 0,error:l.error},d=(0,I.useId)(),f=(0,I.useId)(),p=u.data?ut(t.password,u.data.passwordPolicy,i):[],m=dt(t.password),h=u.data?.passwordPolicy.minLength??0,g=u.data?.passwordPolicy.maxLength??256,_=new Intl.NumberFormat(s.resolvedLanguage),v=t.confirmation!==``&&t.confirmation===t.password,y=e=>e===`met`?`✓`:e===`unmet`?`✗`:`•`;return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(B,{id:e.password,name:`new-password`,type:`password`,autoComplete:`new-password`,label:a?.password??o(`password.new`),error:r.password,describedBy:`${d} ${f}`,value:t.password,onChange:e=>n({...t,password:e.target.value}),children:(0,L.jsxs)(`div`,{className:`password-help`,children:[(0,L.jsx)(`p`,{className:`rules-title`,id:`${d}-title`,children:o(`password.rulesTitle`)}),u.data?(0,L.jsx)(`ul`,{className:`rules`,id:d,"aria-labelledby":`${d}-title`,children:p.map(({rule:e,state:t})=>(0,L.jsxs)(`li`,{className:`rule rule-${t}`,children:[(0,L.jsx)(`span`,{className:`rule-mark`,"aria-hidden":`true`,children:y(t)}),` `,o(`password.rule.${e}`,{min:_.format(h),max:_.format(g)}),(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` – `,o(`password.state.${t}`)]})]},e))}):(0,L.jsx)(`p`,{id:d,className:`field-hint`,children:u.error?o(`password.rulesUnavailable`):o(`app.loading`)}),(0,L.jsx)(`p`,{className:`strength strength-${m}`,id:f,children:m===`empty`?o(`password.strengthEmpty`):(0,L.jsxs)(L.Fragment,{children:[o(`password.strength`),` `,(0,L.jsx)(`strong`,{children:o(`password.strengthLevel.${m}`)})]})}),(0,L.jsx)(`meter`,{className:`strength-meter`,"aria-hidden":`true`,min:0,max:4,low:2,high:3,optimum:4,value:{empty:0,weak:1,fair:2,good:3,strong:4}[m]})]})}),(0,L.jsx)(B,{id:e.confirmation,name:`new-password-confirmation`,type:`password`,autoComplete:`new-password`,label:a?.confirmation??o(`password.confirm`),error:r.confirmation,value:t.confirmation,onChange:e=>n({...t,confirmation:e.target.value}),children:t.confirmation!==``&&(0,L.jsx)(`p`,{className:v?`field-hint rule-met`:`field-hint`,children:v?`✓ ${o(`password.matches`)}`:o(`password.doesNotMatchYet`)})})]})}function mt(e){let t={};return e.password===``&&(t.password=`password.newRequired`),e.confirmation===``?t.confirmation=`password.confirmRequired`:e.password!==e.confirmation&&(t.confirmation=`password.mismatch`),t}function ht(e,t){let n=new URLSearchParams(e.startsWith(`?`)?e.slice(1):e).get(`token`);if(n&&n.trim())return n.trim();let r=t.startsWith(`#`)?t.slice(1):t,i=new URLSearchParams(r).get(`token`);if(i&&i.trim())return i.trim()}function gt(e,t,n){let r=new URLSearchParams(t.startsWith(`?`)?t.slice(1):t);r.delete(`token`);let i=new URLSearchParams(n.startsWith(`#`)?n.slice(1):n),a=i.has(`token`);i.delete(`token`);let o=r.toString(),s=a?i.toString():n.replace(/^#/,``);return e+(o?`?${o}`:``)+(s?`#${s}`:``)}function _t(){if(typeof window<`u`)return ht(window.location.search,window.location.hash)}function vt(){if(typeof window>`u`)return;let{pathname:e,search:t,hash:n}=window.location;ht(t,n)!==void 0&&window.history.replaceState(window.history.state,``,gt(e,t,n))}function yt(){let[e]=(0,I.useState)(_t);return(0,I.useEffect)(vt,[]),e}var bt=D(`
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
`),xt={newPassword:`reset-new-password`,newPasswordConfirmation:`reset-new-password-confirmation`};function St({code:e}){let{t}=c();return(0,L.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,L.jsx)(`p`,{children:(0,L.jsx)(`strong`,{children:f(t,{code:e})})}),(0,L.jsx)(`p`,{children:t(e===`TOKEN_EXPIRED`?`resetPassword.expiredBody`:`resetPassword.invalidBody`)}),(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:S.forgotPassword,className:`button`,children:t(`resetPassword.newLink`)})})]})}function Ct(){let{t:e}=c();O(e(`resetPassword.title`));let t=yt(),[n,r]=(0,I.useState)({password:``,confirmation:``}),[i,a]=(0,I.useState)(),o=M(xt);async function s(e){e.preventDefault(),t&&await o.run(async()=>(await v(bt,{input:{token:t,newPassword:n.password,newPasswordConfirmation:n.confirmation}})).resetPassword,{check:()=>{let e=mt(n);return{...e.password?{newPassword:{key:e.password}}:{},...e.confirmation?{newPasswordConfirmation:{key:e.confirmation}}:{}}},succeeded:e=>!!e.user,handle:e=>{let t=e.find(e=>e.code===`TOKEN_EXPIRED`||e.code===`TOKEN_INVALID`);return t&&a({code:t.code}),!!t}})&&a(`done`)}return i===`done`?(0,L.jsx)(rt,{title:e(`resetPassword.doneTitle`),children:(0,L.jsx)(`p`,{children:e(`resetPassword.doneBody`)})}):!t||i?(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`resetPassword.title`)}),(0,L.jsx)(St,{code:i?.code??`TOKEN_INVALID`})]}):(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`resetPassword.title`)}),(0,L.jsx)(`p`,{children:e(`resetPassword.intro`)}),o.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:s,"aria-busy":o.busy||void 0,children:[(0,L.jsx)(pt,{ids:{password:xt.newPassword,confirmation:xt.newPasswordConfirmation},values:n,onChange:r,errors:{password:o.fieldError(`newPassword`),confirmation:o.fieldError(`newPasswordConfirmation`)}}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":o.busy||void 0,children:o.busy?e(`app.saving`):e(`resetPassword.submit`)})]})]})}var wt=r(),Tt=`a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`;function K({title:e,children:t,onClose:n}){let r=(0,I.useRef)(null),i=(0,I.useRef)(null),a=(0,I.useId)(),o=(0,I.useRef)(n);o.current=n,(0,I.useEffect)(()=>{let e=document.activeElement instanceof HTMLElement?document.activeElement:null,t=[...document.body.children].filter(e=>e!==i.current&&!e.hasAttribute(`inert`)&&e.tagName!==`SCRIPT`);for(let e of t)e.setAttribute(`inert`,``);return r.current?.focus(),()=>{for(let e of t)e.removeAttribute(`inert`);e&&e.isConnected&&e.focus()}},[]);function s(e){if(e.key===`Escape`){e.stopPropagation(),o.current();return}if(e.key!==`Tab`||!r.current)return;let t=[...r.current.querySelectorAll(Tt)];if(t.length===0){e.preventDefault();return}let n=t[0],i=t[t.length-1],a=document.activeElement;e.shiftKey&&(a===n||a===r.current)?(e.preventDefault(),i.focus()):!e.shiftKey&&a===i&&(e.preventDefault(),n.focus())}return(0,wt.createPortal)((0,L.jsx)(`div`,{className:`dialog-backdrop`,ref:i,children:(0,L.jsxs)(`div`,{className:`dialog`,role:`dialog`,"aria-modal":`true`,"aria-labelledby":a,tabIndex:-1,ref:r,onKeyDown:s,children:[(0,L.jsx)(`h2`,{id:a,children:e}),t]})}),document.body)}function Et({title:e,children:t,confirmLabel:n,busy:r,danger:i,error:a,onConfirm:o,onCancel:s}){let{t:l}=c();return(0,L.jsxs)(K,{title:e,onClose:s,children:[(0,L.jsx)(`div`,{className:`dialog-body`,children:t}),a&&(0,L.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:a}),(0,L.jsxs)(`div`,{className:`actions`,children:[(0,L.jsx)(`button`,{type:`button`,className:i?`button button-danger`:`button`,"aria-disabled":r||void 0,onClick:()=>{r||o()},children:r?l(`app.working`):n}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:s,children:l(`app.cancel`)})]})]})}function q({send:e,onDone:t,...n}){let r=M();return(0,L.jsx)(Et,{...n,busy:r.busy,error:r.message,onConfirm:async()=>{let n=await r.run(e);n&&t(n)}})}var Dt=e=>e.replace(/\s+/g,``),Ot=e=>e.replace(/\s+/g,``),kt=D(`
  query ReauthMethods {
    me {
      id
      recoveryCodesLeft
      secondFactors {
        id
        kind
      }
    }
  }
`),At=D(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),jt=`RECENT_AUTHENTICATION_REQUIRED`;function Mt(e){if(e instanceof w)return e.code===jt;let t=e?.userErrors;return Array.isArray(t)&&t.some(e=>e.code===jt)}var Nt,J=new Set,Pt=Promise.resolve();function Ft(){if(J.size===0)return Promise.resolve(!1);let e=Pt.then(()=>new Promise(e=>{Nt={answer:t=>{Nt=void 0;for(let e of J)e();e(t)}};for(let e of J)e()}));return Pt=e,e}async function Y(e){let t;try{t=await e()}catch(t){if(Mt(t)&&await Ft())return e();throw t}return Mt(t)&&await Ft()?e():t}function It(){let[,e]=(0,I.useState)(0);(0,I.useEffect)(()=>{let t=()=>e(e=>e+1);return J.add(t),()=>{J.delete(t)}},[]);let t=Nt;return t?(0,L.jsx)(Lt,{onDone:e=>t.answer(e)}):null}function Lt({onDone:e}){let{t}=c(),n={password:`reauth-password`,code:`reauth-code`,recoveryCode:`reauth-recovery-code`},r=M(n),{data:i}=N(kt),a=!!i?.me?.secondFactors.some(e=>e.kind===`TOTP`),o=!!i?.me?.secondFactors.some(e=>e.kind===`PASSKEY`)&&W(),s=(i?.me?.recoveryCodesLeft??0)>0,[l,u]=(0,I.useState)(`password`),[d,f]=(0,I.useState)({password:``,code:``,recoveryCode:``}),p={password:(0,I.useRef)(null),passkey:(0,I.useRef)(null),code:(0,I.useRef)(null),recoveryCode:(0,I.useRef)(null)};async function m(t){if(t.preventDefault(),r.busy)return;let n=l===`password`?{password:d.password}:l===`code`?{code:Dt(d.code)}:l===`recoveryCode`?{recoveryCode:Ot(d.recoveryCode)}:{};await r.run(async()=>{if(l!==`passkey`)return(await v(At,{input:n})).reauthenticate;let e=await He();return e.userErrors?{userErrors:e.userErrors}:(await v(At,{input:{credential:e.credential}})).reauthenticate},{check:()=>l===`passkey`?{}:l===`password`?n.password?{}:{password:{key:`password.currentRequired`}}:l===`recoveryCode`?n.recoveryCode?{}:{recoveryCode:{key:`secondFactor.recoveryCodeRequired`}}:n.code?/^\d{6}$/.test(n.code)?{}:{code:{key:`secondFactor.codeFormat`}}:{code:{key:`secondFactor.codeRequired`}},fieldFor:()=>l===`passkey`?void 0:l,handle:e=>(f({password:``,code:``,recoveryCode:``}),e[0]?.code===G.code&&(r.show({},[{key:`reauth.passkeyDeclined`}]),!0))})&&e(!0)}function h(e){r.clear(),u(e),requestAnimationFrame(()=>p[e].current?.focus())}let g=e=>t=>f(n=>({...n,[e]:t.target.value})),_=[`password`,`passkey`,`code`,`recoveryCode`].filter(e=>e!==l&&(e===`password`||e===`passkey`&&o||e===`code`&&a||e===`recoveryCode`&&s)),y={password:t(`reauth.usePassword`),passkey:t(`reauth.usePasskey`),code:t(`reauth.useCode`),recoveryCode:t(`reauth.useRecoveryCode`)},b={password:t(`reauth.introPassword`),passkey:t(`reauth.introPasskey`),code:t(`reauth.introCode`),recoveryCode:t(`reauth.introRecoveryCode`)};return(0,L.jsxs)(K,{title:t(`reauth.title`),onClose:()=>e(!1),children:[(0,L.jsx)(`p`,{children:b[l]}),r.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:m,"aria-busy":r.busy||void 0,children:[l===`password`&&(0,L.jsx)(B,{ref:p.password,id:n.password,label:t(`signIn.password`),type:`password`,autoComplete:`current-password`,value:d.password,error:r.fieldError(`password`),onChange:g(`password`)},`password`),l===`code`&&(0,L.jsx)(B,{ref:p.code,id:n.code,label:t(`secondFactor.code`),hint:t(`secondFactor.codeHint`),type:`text`,inputMode:`numeric`,autoComplete:`one-time-code`,pattern:`[0-9 ]*`,maxLength:7,value:d.code,error:r.fieldError(`code`),onChange:g(`code`)},`code`),l===`recoveryCode`&&(0,L.jsx)(B,{ref:p.recoveryCode,id:n.recoveryCode,label:t(`secondFactor.recoveryCode`),hint:t(`secondFactor.recoveryCodeHint`),type:`text`,autoComplete:`off`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1,value:d.recoveryCode,error:r.fieldError(`recoveryCode`),onChange:g(`recoveryCode`)},`recoveryCode`),_.map(e=>(0,L.jsx)(`p`,{children:(0,L.jsx)(`button`,{type:`button`,className:`link-button`,onClick:()=>h(e),children:y[e]})},e)),(0,L.jsxs)(`div`,{className:`actions`,children:[l===`passkey`?(0,L.jsx)(`button`,{ref:p.passkey,type:`submit`,className:`button`,"aria-disabled":r.busy||void 0,children:r.busy?t(`secondFactor.passkeyWaiting`):t(`reauth.confirmPasskey`)},`passkey`):(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":r.busy||void 0,children:r.busy?t(`app.working`):t(`reauth.confirm`)},`confirm`),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>e(!1),children:t(`app.cancel`)})]})]})]})}var Rt=D(`
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
`);function zt({idPrefix:e,personal:t,currentLabel:n,submitLabel:r,offerKeepTokens:i,onDone:a}){let{t:o}=c(),s={currentPassword:`${e}-current`,newPassword:`${e}-new`,newPasswordConfirmation:`${e}-confirm`},[l,u]=(0,I.useState)(``),[d,f]=(0,I.useState)({password:``,confirmation:``}),[p,m]=(0,I.useState)(!1),h=M(s);async function g(e){e.preventDefault();let t=!!(i&&p),n=await h.run(()=>Y(async()=>(await v(Rt,{input:{currentPassword:l,newPassword:d.password,newPasswordConfirmation:d.confirmation,keepAccessTokens:t}})).changePassword),{check:()=>{let e=mt(d),t={};return l===``&&(t.currentPassword={key:`password.currentRequired`}),e.password&&(t.newPassword={key:e.password}),e.confirmation&&(t.newPasswordConfirmation={key:e.confirmation}),t},succeeded:e=>!!e.user,fieldFor:e=>e===`currentPassword`||e===`newPassword`||e===`newPasswordConfirmation`?e:void 0,handle:e=>{e.some(e=>e.code===`INVALID_CREDENTIALS`)&&u(``)}});n&&(u(``),f({password:``,confirmation:``}),a({revokedSessions:n.revokedSessions,revokedTokens:n.revokedTokens,tokensKept:t}))}return(0,L.jsxs)(L.Fragment,{children:[h.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:g,"aria-busy":h.busy||void 0,children:[(0,L.jsx)(B,{id:s.currentPassword,name:`current-password`,type:`password`,autoComplete:`current-password`,label:n??o(`password.current`),error:h.fieldError(`currentPassword`),value:l,onChange:e=>u(e.target.value)}),(0,L.jsx)(pt,{ids:{password:s.newPassword,confirmation:s.newPasswordConfirmation},values:d,onChange:f,personal:t,errors:{password:h.fieldError(`newPassword`),confirmation:h.fieldError(`newPasswordConfirmation`)}}),i&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`div`,{className:`checkbox`,children:[(0,L.jsx)(`input`,{type:`checkbox`,id:`${e}-keep-tokens`,checked:p,"aria-describedby":`${e}-keep-tokens-hint`,onChange:e=>m(e.target.checked)}),(0,L.jsx)(`label`,{htmlFor:`${e}-keep-tokens`,children:o(`changePassword.keepTokens`)})]}),(0,L.jsx)(`p`,{id:`${e}-keep-tokens-hint`,className:`field-hint`,children:o(`changePassword.keepTokensHint`)})]}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":h.busy||void 0,children:h.busy?o(`app.saving`):r})]})]})}function Bt(){let{t:e}=c();O(e(`changePassword.title`));let[,t]=h(),n=ee(new URLSearchParams(_()).get(`next`)),{reload:r}=R();return(0,L.jsx)(z,{children:i=>(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`changePassword.title`)}),(0,L.jsx)(`p`,{children:i.mustChangePassword?e(`changePassword.temporaryIntro`):e(`changePassword.intro`)}),(0,L.jsx)(zt,{idPrefix:`change-password`,personal:{username:i.username,email:i.email},currentLabel:i.mustChangePassword?e(`changePassword.temporary`):void 0,submitLabel:e(`app.save`),onDone:()=>{r(),t(n&&n!==S.changePassword?n:S.home,{replace:!0})}})]})})}var Vt=D(`
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
      recoveryCodesLeft
      secondFactors {
        id
        kind
      }
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
        authMethods
        authLevel
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
`),Ht=D(`
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
`),Ut=D(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),Wt=D(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),Gt=D(`
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
`),Kt=D(`
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
`),qt=D(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),Jt=D(`
  query ExportMyData {
    exportMyData
  }
`),Yt=D(`
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
`);function X({value:e,short:t}){let{i18n:n}=c();return(0,L.jsx)(`time`,{dateTime:e,children:l(e,n.resolvedLanguage??`en`,t)})}function Z({id:e,title:t,children:n}){return(0,L.jsxs)(`section`,{className:`section`,"aria-labelledby":e,children:[(0,L.jsx)(`h2`,{id:e,children:t}),n]})}function Xt({me:e,onChanged:t}){let{t:n}=c(),[r,i]=(0,I.useState)(!1),[a,o]=(0,I.useState)(),[s,l]=(0,I.useState)(e.name),[u,d]=(0,I.useState)(!1),f=M({name:`profile-name`}),{refresh:p}=R(),m=(0,I.useId)();async function h(e){e.preventDefault(),f.busy||(d(!1),await f.run(async()=>(await v(le,{input:{name:s.trim()}})).updateMe)&&(d(!0),p(),t()))}return(0,L.jsxs)(Z,{id:`account-details`,title:n(`profile.accountDetails`),children:[(0,L.jsxs)(`dl`,{className:`details`,children:[(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`home.username`)}),(0,L.jsx)(`dd`,{children:e.username})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`home.email`)}),(0,L.jsxs)(`dd`,{children:[e.email,` `,e.emailVerifiedAt?(0,L.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.verified`)}):(0,L.jsx)(`span`,{className:`badge`,children:n(`profile.notVerified`)})]})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`home.role`)}),(0,L.jsx)(`dd`,{children:n(`role.${e.role}`)})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`home.memberSince`)}),(0,L.jsx)(`dd`,{children:(0,L.jsx)(X,{value:e.createdAt})})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`home.lastSignIn`)}),(0,L.jsx)(`dd`,{children:e.lastSignInAt?(0,L.jsx)(X,{value:e.lastSignInAt}):n(`home.never`)})]})]}),f.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:h,className:`inline-form`,"aria-busy":f.busy||void 0,children:[(0,L.jsx)(B,{id:`profile-name`,label:n(`home.name`),autoComplete:`name`,value:s,error:f.fieldError(`name`),onChange:e=>{l(e.target.value),d(!1)}}),(0,L.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":f.busy||void 0,children:f.busy?n(`app.saving`):n(`profile.saveName`)})]}),u&&(0,L.jsx)(j,{children:n(`profile.nameSaved`)}),(0,L.jsxs)(`div`,{className:`checkbox`,children:[(0,L.jsx)(`input`,{type:`checkbox`,id:m,checked:r,"aria-controls":`${m}-panel`,"aria-expanded":r,onChange:e=>{i(e.target.checked),e.target.checked&&o(void 0)}}),(0,L.jsx)(`label`,{htmlFor:m,children:n(`changePassword.title`)})]}),a&&(0,L.jsxs)(j,{children:[(0,L.jsx)(`p`,{children:n(`profile.passwordChanged`)}),(0,L.jsx)(`p`,{children:a.tokensKept?n(`profile.passwordEndedKept`,{sessions:a.revokedSessions}):n(`profile.passwordEnded`,{sessions:a.revokedSessions,tokens:a.revokedTokens})})]}),(0,L.jsx)(`div`,{id:`${m}-panel`,hidden:!r,children:r&&(0,L.jsx)(zt,{idPrefix:`profile-password`,personal:{username:e.username,email:e.email},submitLabel:n(`app.save`),offerKeepTokens:!0,onDone:e=>{i(!1),o(e),t()}})})]})}function Zt({me:e}){let{t}=c(),n={newEmail:`profile-new-email`,currentPassword:`profile-email-password`},r=M(n),[i,a]=(0,I.useState)(``),[o,s]=(0,I.useState)(``),[l,u]=(0,I.useState)();async function d(t){t.preventDefault();let n=i.trim();await r.run(()=>Y(async()=>(await v(Ut,{input:{newEmail:n,currentPassword:o}})).requestEmailChange),{check:()=>{let t={};return n?et(n)?n.toLowerCase()===e.email.toLowerCase()&&(t.newEmail={key:`profile.sameEmail`}):t.newEmail={key:`form.emailInvalid`}:t.newEmail={key:`profile.newEmailRequired`},o||(t.currentPassword={key:`password.currentRequired`}),t},handle:e=>{e.some(e=>e.code===`INVALID_CREDENTIALS`)&&s(``)}})&&(u(n),a(``),s(``))}return(0,L.jsxs)(Z,{id:`email-change`,title:t(`profile.emailTitle`),children:[(0,L.jsx)(`p`,{children:t(`profile.emailIntro`,{email:e.email})}),l&&(0,L.jsxs)(j,{children:[(0,L.jsx)(`p`,{children:t(`profile.emailSent`,{email:l})}),(0,L.jsx)(`p`,{children:t(`forgotPassword.checkSpam`)})]}),r.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:d,"aria-busy":r.busy||void 0,children:[(0,L.jsx)(B,{id:n.newEmail,label:t(`profile.newEmail`),type:`email`,autoComplete:`email`,spellCheck:!1,value:i,error:r.fieldError(`newEmail`),onChange:e=>a(e.target.value)}),(0,L.jsx)(B,{id:n.currentPassword,label:t(`password.current`),type:`password`,autoComplete:`current-password`,value:o,error:r.fieldError(`currentPassword`),onChange:e=>s(e.target.value)}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":r.busy||void 0,children:r.busy?t(`app.sending`):t(`profile.sendEmailLink`)})]})]})}function Qt({id:e,label:t,error:n,hint:r,children:i,...a}){let o=`${e}-error`,s=`${e}-hint`,c=[n?o:``,r?s:``].filter(Boolean).join(` `);return(0,L.jsxs)(`div`,{className:n?`field field-invalid`:`field`,children:[(0,L.jsx)(`label`,{htmlFor:e,children:t}),r&&(0,L.jsx)(`p`,{id:s,className:`field-hint`,children:r}),n&&(0,L.jsx)(`p`,{id:o,className:`field-error`,children:n}),(0,L.jsx)(`select`,{id:e,"aria-invalid":n?!0:void 0,"aria-describedby":c||void 0,...a,children:i})]})}function $t({send:e,onSaved:t,savedText:n,children:r}){let{t:i}=c(),a=M(),[o,s]=(0,I.useState)(!1);async function l(n){if(n.preventDefault(),a.busy)return;s(!1);let r=await a.run(e);r&&(await t(r),s(!0))}return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:l,onChange:()=>s(!1),children:[r,a.alert,(0,L.jsx)(`button`,{type:`submit`,className:`button button-secondary`,"aria-disabled":a.busy||void 0,children:a.busy?i(`app.saving`):i(`app.save`)})]}),o&&(0,L.jsx)(j,{children:n})]})}function en({me:e,onChanged:t}){let{t:n,i18n:r}=c(),{refresh:i}=R(),[a,l]=(0,I.useState)(m(e.locale)?e.locale:r.resolvedLanguage??`en`);return(0,L.jsx)(Z,{id:`language-setting`,title:n(`profile.languageTitle`),children:(0,L.jsx)($t,{send:async()=>(await v(le,{input:{locale:a}})).updateMe,onSaved:async()=>{m(a)&&await o(a),i(),t()},savedText:n(`profile.languageSaved`),children:(0,L.jsx)(Qt,{id:`profile-language`,label:n(`profile.language`),hint:n(`profile.languageHint`),value:a,onChange:e=>l(e.target.value),children:s.map(e=>(0,L.jsx)(`option`,{value:e,lang:e,children:n(`language.${e}`)},e))})})})}var tn=D(`
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
`);function nn({me:e,onChanged:t}){let{t:n}=c(),r=e.notificationPreferences.filter(e=>e.optional),i=e.notificationPreferences.filter(e=>!e.optional),[a,o]=(0,I.useState)(()=>Object.fromEntries(r.map(e=>[e.notice,e.enabled]))),s=()=>r.map(e=>({notice:e.notice,enabled:a[e.notice]??e.enabled})),l=e=>n(`notifications.notice.${e}`);return(0,L.jsxs)(Z,{id:`notifications`,title:n(`notifications.title`),children:[(0,L.jsx)(`p`,{children:n(`notifications.intro`)}),(0,L.jsx)($t,{send:async()=>(await v(tn,{input:{preferences:s()}})).updateNotificationPreferences,onSaved:t,savedText:n(`notifications.saved`),children:(0,L.jsxs)(`fieldset`,{children:[(0,L.jsx)(`legend`,{children:n(`notifications.legend`)}),r.map(e=>(0,L.jsxs)(`div`,{className:`checkbox`,children:[(0,L.jsx)(`input`,{id:`notification-${e.notice}`,type:`checkbox`,checked:a[e.notice]??e.enabled,onChange:t=>o({...a,[e.notice]:t.target.checked})}),(0,L.jsx)(`label`,{htmlFor:`notification-${e.notice}`,children:l(e.notice)})]},e.notice)),(0,L.jsx)(`ul`,{"aria-label":n(`notifications.always`),children:i.map(e=>(0,L.jsxs)(`li`,{children:[l(e.notice),` (`,n(`notifications.always`),`)`]},e.notice))})]})})]})}function rn(e){if(!e)return``;let t=/Edg\//.test(e)?`Edge`:/OPR\//.test(e)?`Opera`:/Firefox\//.test(e)?`Firefox`:/(Chrome|Chromium|HeadlessChrome)\//.test(e)?`Chrome`:/Safari\//.test(e)?`Safari`:/curl\//.test(e)?`curl`:void 0,n=/Android/.test(e)?`Android`:/iPhone|iPad|iOS/.test(e)?`iOS`:/Windows/.test(e)?`Windows`:/Mac OS X|Macintosh/.test(e)?`macOS`:/CrOS/.test(e)?`ChromeOS`:/Linux/.test(e)?`Linux`:void 0;return t&&n?`${t} · ${n}`:t||n?t??n:e.length>60?`${e.slice(0,57)}…`:e}var an={TOTP:`signInMethods.kindName.TOTP`,PASSKEY:`signInMethods.kindName.PASSKEY`},on={PASSWORD:`authMethod.PASSWORD`,TOTP:`authMethod.TOTP`,RECOVERY_CODE:`authMethod.RECOVERY_CODE`,PASSKEY:`authMethod.PASSKEY`,ACCESS_TOKEN:`authMethod.ACCESS_TOKEN`};function sn({me:e,onChanged:t}){let{t:n,i18n:r}=c(),i=M(),[a,o]=(0,I.useState)(!1),[s,l]=(0,I.useState)(),[u,d]=(0,I.useState)(!1),f=new Intl.NumberFormat(r.resolvedLanguage),p=[...e.sessions].sort((e,t)=>Number(t.current)-Number(e.current));return(0,L.jsxs)(Z,{id:`sessions`,title:n(`profile.sessionsTitle`),children:[(0,L.jsx)(`p`,{children:n(`profile.sessionsIntro`)}),u&&(0,L.jsx)(j,{children:n(`profile.sessionRevoked`)}),s&&(0,L.jsx)(j,{children:n(`profile.signedOutEverywhere`,{sessions:f.format(s.sessions),tokens:f.format(s.tokens)})}),i.alert,(0,L.jsx)(`ul`,{className:`cards`,children:p.map(e=>(0,L.jsxs)(`li`,{className:`card`,children:[(0,L.jsxs)(`p`,{className:`card-title`,children:[rn(e.userAgent)||n(`profile.unknownDevice`),` `,e.current&&(0,L.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.thisDevice`)})]}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`profile.ip`)}),(0,L.jsx)(`dd`,{children:e.ip})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`profile.signedInAt`)}),(0,L.jsx)(`dd`,{children:(0,L.jsx)(X,{value:e.createdAt})})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`profile.signedInWith`)}),(0,L.jsxs)(`dd`,{children:[e.authMethods.map(e=>n(on[e])).join(` + `)||`—`,` `,e.authLevel===`MULTI_FACTOR`&&(0,L.jsx)(`span`,{className:`badge badge-ok`,children:n(`profile.twoStep`)})]})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`profile.lastSeen`)}),(0,L.jsx)(`dd`,{children:(0,L.jsx)(X,{value:e.lastSeenAt})})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`profile.expires`)}),(0,L.jsx)(`dd`,{children:(0,L.jsx)(X,{value:e.expiresAt})})]})]}),!e.current&&(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-disabled":i.busy||void 0,"aria-label":n(`profile.signOutSessionLabel`,{device:rn(e.userAgent),ip:e.ip}),onClick:async()=>{i.busy||(d(!1),await i.run(async()=>(await v(Wt,{input:{id:e.id}})).revokeSession)&&(d(!0),t()))},children:n(`profile.signOutSession`)})]},e.id))}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>o(!0),children:n(`profile.signOutEverywhere`)}),a&&(0,L.jsx)(q,{title:n(`profile.signOutEverywhereTitle`),confirmLabel:n(`profile.signOutEverywhere`),danger:!0,onCancel:()=>o(!1),send:async()=>(await v(Gt)).signOutEverywhere,onDone:e=>{l({sessions:e.revokedSessions,tokens:e.revokedTokens}),o(!1),t()},children:(0,L.jsx)(`p`,{children:n(`profile.signOutEverywhereBody`)})})]})}function cn({me:e}){let{t,i18n:n}=c(),r=e.secondFactors.length>0,i=e.secondFactors.filter(e=>e.kind===`PASSKEY`).length,o=e.secondFactors.some(e=>e.kind===`TOTP`),s=e=>a(e,n.resolvedLanguage??`en`);return(0,L.jsxs)(Z,{id:`sign-in-methods`,title:t(`signInMethods.title`),children:[(0,L.jsxs)(`p`,{children:[t(`signInMethods.statusLabel`),` `,r?(0,L.jsx)(`span`,{className:`badge badge-ok`,children:t(`signInMethods.statusOn`)}):(0,L.jsx)(`span`,{className:`badge`,children:t(`signInMethods.statusOff`)})]}),(0,L.jsx)(`p`,{children:t(r?`signInMethods.statusOnBody`:`signInMethods.statusOffBody`)}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:t(`passkeys.title`)}),(0,L.jsx)(`dd`,{children:s(i)})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:t(`totp.title`)}),(0,L.jsx)(`dd`,{children:t(o?`signInMethods.totpOn`:`signInMethods.totpOff`)})]}),(r||e.recoveryCodesLeft>0)&&(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:t(`recoveryCodes.title`)}),(0,L.jsx)(`dd`,{children:t(`signInMethods.codesLeft`,{number:s(e.recoveryCodesLeft)})})]})]}),(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:S.signInMethods,children:t(`signInMethods.manage`)})})]})}function ln({label:e,children:t}){return(0,L.jsx)(`div`,{className:`table-wrap`,role:`region`,"aria-label":e,tabIndex:0,children:t})}function un(e){return typeof e==`object`&&!!e&&!(0,I.isValidElement)(e)&&`hidden`in e}function dn({caption:e,columns:t,children:n}){return(0,L.jsx)(ln,{label:e,children:(0,L.jsxs)(`table`,{children:[(0,L.jsx)(`caption`,{className:`visually-hidden`,children:e}),(0,L.jsx)(`thead`,{children:(0,L.jsx)(`tr`,{children:t.filter(e=>e!==!1).map((e,t)=>(0,L.jsx)(`th`,{scope:`col`,children:un(e)?(0,L.jsx)(`span`,{className:`visually-hidden`,children:e.hidden}):e},t))})}),(0,L.jsx)(`tbody`,{children:n})]})})}function fn({text:e,label:t}){let{t:n}=c(),[r,i]=(0,I.useState)(`idle`);async function a(){try{await navigator.clipboard.writeText(e),i(`copied`)}catch{i(`failed`)}}return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,onClick:a,children:t??n(`app.copy`)}),` `,(0,L.jsx)(`span`,{role:`status`,className:`copy-status`,children:r===`copied`?n(`app.copied`):r===`failed`?n(`app.copyFailed`):``})]})}function pn(e){let t=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!t)return;let n=new Date(Number(t[1]),Number(t[2])-1,Number(t[3]),23,59,59);return Number.isNaN(n.getTime())?void 0:n.toISOString()}function mn({me:e,onChanged:t}){let{t:n}=c(),r={name:`token-name`,expiresAt:`token-expiry`},i=M(r),[a,o]=(0,I.useState)(``),[s,l]=(0,I.useState)(``),[u,d]=(0,I.useState)(),[f,p]=(0,I.useState)(),m=new Date,h=e=>`${e.getFullYear()}-${String(e.getMonth()+1).padStart(2,`0`)}-${String(e.getDate()).padStart(2,`0`)}`,g=h(m),_=h(new Date(m.getFullYear()+2,m.getMonth(),m.getDate()-1));async function y(e){e.preventDefault();let n=s?pn(s):void 0,r=await i.run(()=>Y(async()=>(await v(Kt,{input:{name:a.trim(),...n?{expiresAt:n}:{}}})).createAccessToken),{check:()=>{let e={};return a.trim()||(e.name={key:`tokens.nameRequired`}),s&&(!n||new Date(n)<=new Date||s>_)&&(e.expiresAt={key:`fieldErrors.expiresAt.INVALID_INPUT`}),e},succeeded:e=>!!e.token,handle:e=>e.some(e=>e.code===`INVALID_INPUT`&&e.field?.at(-1)===`name`)?(i.show({},[{key:`tokens.tooMany`}]),!0):!1});r?.token&&(d({name:a.trim(),token:r.token}),o(``),l(``),t())}return(0,L.jsxs)(Z,{id:`access-tokens`,title:n(`tokens.title`),children:[(0,L.jsx)(`p`,{children:n(`tokens.intro`)}),u&&(0,L.jsxs)(`div`,{className:`notice notice-warning`,role:`status`,children:[(0,L.jsx)(`p`,{children:(0,L.jsx)(`strong`,{children:n(`tokens.createdTitle`,{name:u.name})})}),(0,L.jsx)(`p`,{children:n(`tokens.createdBody`)}),(0,L.jsx)(`code`,{className:`secret`,"aria-label":n(`tokens.tokenLabel`),children:u.token}),(0,L.jsxs)(`p`,{className:`actions`,children:[(0,L.jsx)(fn,{text:u.token}),(0,L.jsx)(`button`,{type:`button`,className:`link-button`,onClick:()=>d(void 0),children:n(`tokens.stored`)})]})]}),e.accessTokens.length===0?(0,L.jsx)(T,{children:n(`tokens.none`)}):(0,L.jsx)(dn,{caption:n(`tokens.title`),columns:[n(`tokens.name`),n(`tokens.created`),n(`tokens.lastUsed`),n(`tokens.expires`),{hidden:n(`app.actions`)}],children:e.accessTokens.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e.name}),(0,L.jsx)(`td`,{children:(0,L.jsx)(X,{value:e.createdAt})}),(0,L.jsx)(`td`,{children:e.lastUsedAt?(0,L.jsx)(X,{value:e.lastUsedAt}):n(`home.never`)}),(0,L.jsx)(`td`,{children:e.expiresAt?(0,L.jsx)(X,{value:e.expiresAt}):n(`tokens.noExpiry`)}),(0,L.jsx)(`td`,{children:(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`tokens.revokeLabel`,{name:e.name}),onClick:()=>p({id:e.id,name:e.name}),children:n(`tokens.revoke`)})})]},e.id))}),(0,L.jsx)(`h3`,{children:n(`tokens.createTitle`)}),i.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:y,"aria-busy":i.busy||void 0,children:[(0,L.jsx)(B,{id:r.name,label:n(`tokens.name`),hint:n(`tokens.nameHint`),value:a,maxLength:100,error:i.fieldError(`name`),onChange:e=>o(e.target.value)}),(0,L.jsx)(B,{id:r.expiresAt,label:`${n(`tokens.expiry`)} (${n(`form.optional`)})`,hint:n(`tokens.expiryHint`),type:`date`,min:g,max:_,value:s,error:i.fieldError(`expiresAt`),onChange:e=>l(e.target.value)}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":i.busy||void 0,children:i.busy?n(`app.working`):n(`tokens.create`)})]}),f&&(0,L.jsx)(q,{title:n(`tokens.revokeTitle`,{name:f.name}),confirmLabel:n(`tokens.revoke`),danger:!0,onCancel:()=>p(void 0),send:async()=>(await v(qt,{input:{id:f.id}})).revokeAccessToken,onDone:()=>{p(void 0),t()},children:(0,L.jsx)(`p`,{children:n(`tokens.revokeBody`)})})]})}var hn=D(`
  query AuditPeople($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on User {
        id
        name
        username
      }
    }
  }
`);function gn(){let{t:e}=c();return t=>d(t)?e(`audit.type.${t}`):t}function _n({rows:e,caption:t,linkUsers:n}){let{t:r}=c(),i=gn(),a=n?[...new Set(e.flatMap(e=>[e.actorID,e.subjectID]).filter(e=>!!e?.startsWith(`usr_`)))].sort():[],o=N(hn,{ids:a}),s=new Map;for(let e of o.data?.nodes??[])e&&`username`in e&&s.set(e.id,e.name||e.username);let l=e=>e?n&&e.startsWith(`usr_`)?(0,L.jsx)(F,{href:x(e),children:s.get(e)??e}):e:`—`;return(0,L.jsx)(dn,{caption:t,columns:[r(`audit.when`),r(`audit.what`),n&&r(`audit.actor`),n&&r(`audit.subject`),r(`audit.from`),r(`audit.details`)],children:e.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:(0,L.jsx)(X,{value:e.createdAt,short:!0})}),(0,L.jsx)(`td`,{children:i(e.type)}),n&&(0,L.jsx)(`td`,{children:l(e.actorID)}),n&&(0,L.jsx)(`td`,{children:l(e.subjectID)}),(0,L.jsxs)(`td`,{children:[e.ip,e.userAgent&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`br`,{}),(0,L.jsx)(`span`,{className:`muted`,children:rn(e.userAgent)})]})]}),(0,L.jsx)(`td`,{children:e.details.length===0?`—`:e.details.map(e=>(0,L.jsxs)(`div`,{children:[(0,L.jsxs)(`span`,{className:`muted`,children:[e.key,`:`]}),` `,e.value]},e.key))})]},e.id))})}function vn(){let[e,t]=(0,I.useState)([null]);return{after:e[e.length-1],page:e.length,next:(0,I.useCallback)(e=>{e&&t(t=>[...t,e])},[]),previous:(0,I.useCallback)(()=>t(e=>e.length>1?e.slice(0,-1):e),[]),reset:(0,I.useCallback)(()=>t([null]),[])}}function yn({pager:e,pageInfo:t,totalCount:n,label:r}){let{t:i,i18n:a}=c(),o=!!(t?.hasNextPage&&t.endCursor);return(0,L.jsxs)(`nav`,{className:`pager`,"aria-label":r,children:[(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,disabled:e.page<=1,onClick:e.previous,children:i(`pager.previous`)}),(0,L.jsxs)(`span`,{children:[i(`pager.page`,{page:new Intl.NumberFormat(a.resolvedLanguage).format(e.page)}),n!==void 0&&` · ${i(`pager.total`,{formatted:new Intl.NumberFormat(a.resolvedLanguage).format(n)})}`]}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,disabled:!o,onClick:()=>e.next(t?.endCursor),children:i(`pager.next`)})]})}var bn=10;function xn(){let{t:e}=c(),t=vn(),{data:n,error:r,loading:i,refetch:a}=N(Ht,{first:bn,after:t.after}),o=n?.me?.activity,s=(o?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);return(0,L.jsxs)(Z,{id:`activity`,title:e(`profile.activityTitle`),children:[(0,L.jsx)(`p`,{children:e(`profile.activityIntro`)}),r?(0,L.jsx)(y,{error:r,retry:a}):!o&&i?(0,L.jsx)(k,{}):s.length===0?(0,L.jsx)(T,{children:e(`profile.noActivity`)}):(0,L.jsxs)(`div`,{"aria-busy":i||void 0,children:[(0,L.jsx)(_n,{rows:s,caption:e(`profile.activityTitle`)}),(0,L.jsx)(yn,{pager:t,pageInfo:o?.pageInfo,totalCount:o?.totalCount,label:e(`profile.activityPages`)})]})]})}function Sn({me:e}){let{t}=c();return(0,L.jsx)(Z,{id:`organizations`,title:t(`profile.organizationsTitle`),children:e.memberships.length===0?(0,L.jsx)(T,{children:t(`profile.noOrganizations`)}):(0,L.jsx)(`ul`,{className:`cards`,children:e.memberships.map(e=>(0,L.jsxs)(`li`,{className:`card`,children:[(0,L.jsx)(`p`,{className:`card-title`,children:(0,L.jsx)(F,{href:ne(e.organization.id),children:e.organization.name})}),(0,L.jsx)(`p`,{className:`muted`,children:e.rights.length===0?t(`org.noRights`):e.rights.map(e=>t(`rights.${e}`)).join(` · `)})]},e.id))})})}function Cn(e,t){let n=t.toISOString().slice(0,10);return`latchkey-data-${e.replace(/[^A-Za-z0-9._-]/g,`_`)}-${n}.json`}function wn(e,t){let n=URL.createObjectURL(new Blob([t],{type:`application/json`})),r=document.createElement(`a`);r.href=n,r.download=e,r.hidden=!0,document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(n),0)}function Tn({me:e}){let{t}=c(),n=M(),[r,i]=(0,I.useState)();async function a(){if(n.busy)return;i(void 0);let t=await n.run(async()=>({userErrors:[],data:(await v(Jt)).exportMyData}));if(!t)return;let r=Cn(e.username,new Date);wn(r,`${JSON.stringify(t.data,null,2)}\n`),i(r)}return(0,L.jsxs)(Z,{id:`my-data`,title:t(`leave.dataTitle`),children:[(0,L.jsx)(`p`,{children:t(`leave.dataIntro`)}),r&&(0,L.jsx)(j,{children:(0,L.jsx)(`p`,{children:t(`leave.downloaded`,{file:r})})}),n.alert,(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:a,"aria-disabled":n.busy||void 0,children:n.busy?t(`leave.downloading`):t(`leave.download`)})]})}function En({me:e,onCancel:t}){let{t:n}=c(),[,r]=h(),{reload:i}=R(),a={currentPassword:`delete-me-password`},o=M(a),[s,l]=(0,I.useState)(``),[u,d]=(0,I.useState)();async function f(e){e.preventDefault(),o.busy||(d(void 0),await o.run(async()=>(await v(Yt,{input:{currentPassword:s}})).deleteMe,{check:()=>s?{}:{currentPassword:{key:`password.currentRequired`}},succeeded:e=>!!e.deletedUserId,handle:(e,t)=>{l(``);let n=e[0]?.code;return n===`LAST_ADMIN`||n===`LAST_MEMBER_MANAGER`?(o.clear(),d(n===`LAST_ADMIN`?{kind:n}:{kind:n,organizations:t.organizations}),!0):n===`INVALID_CREDENTIALS`&&(o.show({currentPassword:{key:`leave.wrongPassword`}}),!0)}})&&(ye({key:`leave.deleted`}),i(),r(S.signIn,{replace:!0})))}let p=e.sessions.length,m=e.accessTokens.length;return(0,L.jsxs)(K,{title:n(`leave.confirmTitle`),onClose:t,children:[(0,L.jsxs)(`div`,{className:`dialog-body`,children:[(0,L.jsx)(`p`,{children:n(`leave.confirmLost`)}),(0,L.jsxs)(`ul`,{children:[(0,L.jsx)(`li`,{children:n(`leave.lostAccount`,{username:e.username,email:e.email})}),(0,L.jsx)(`li`,{children:n(`leave.lostSessions`,{sessions:String(p)})}),(0,L.jsx)(`li`,{children:n(`leave.lostTokens`,{tokens:String(m)})}),e.memberships.length>0&&(0,L.jsx)(`li`,{children:n(`leave.lostMemberships`,{names:e.memberships.map(e=>e.organization.name).join(`, `)})})]}),(0,L.jsx)(`p`,{children:n(`leave.keptHistory`)})]}),u&&(0,L.jsx)(`div`,{className:`notice notice-warning`,role:`alert`,children:u.kind===`LAST_ADMIN`?(0,L.jsx)(`p`,{children:n(`errors.LAST_ADMIN`)}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`p`,{children:n(`errors.LAST_MEMBER_MANAGER`)}),(0,L.jsx)(`ul`,{children:u.organizations.map(e=>(0,L.jsx)(`li`,{children:(0,L.jsx)(F,{href:ne(e.id),children:e.name})},e.id))})]})}),o.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:f,"aria-busy":o.busy||void 0,children:[(0,L.jsx)(B,{id:a.currentPassword,label:n(`leave.password`),type:`password`,autoComplete:`current-password`,value:s,error:o.fieldError(`currentPassword`),onChange:e=>l(e.target.value)}),(0,L.jsxs)(`div`,{className:`actions`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button button-danger`,"aria-disabled":o.busy||void 0,children:o.busy?n(`app.working`):n(`leave.confirm`)}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:t,children:n(`app.cancel`)})]})]})]})}function Dn({me:e}){let{t}=c(),[n,r]=(0,I.useState)(!1);return(0,L.jsxs)(Z,{id:`delete-account`,title:t(`leave.deleteTitle`),children:[(0,L.jsx)(`p`,{children:t(`leave.deleteIntro`)}),(0,L.jsx)(`button`,{type:`button`,className:`button button-danger`,onClick:()=>r(!0),children:t(`leave.deleteButton`)}),n&&(0,L.jsx)(En,{me:e,onCancel:()=>r(!1)})]})}function On(){let{t:e}=c(),{data:t,error:n,loading:r,refetch:i}=N(Vt),a=t?.me;return n?(0,L.jsx)(y,{error:n,retry:i}):a?(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`nav`,{"aria-label":e(`profile.sectionsNav`),className:`sub-nav`,children:(0,L.jsxs)(`ul`,{children:[(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#account-details`,children:e(`profile.accountDetails`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#email-change`,children:e(`profile.emailTitle`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#sign-in-methods`,children:e(`signInMethods.title`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#language-setting`,children:e(`profile.languageTitle`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#notifications`,children:e(`notifications.title`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#sessions`,children:e(`profile.sessionsTitle`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#access-tokens`,children:e(`tokens.title`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#activity`,children:e(`profile.activityTitle`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#organizations`,children:e(`profile.organizationsTitle`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#my-data`,children:e(`leave.dataTitle`)})}),(0,L.jsx)(`li`,{children:(0,L.jsx)(`a`,{href:`#delete-account`,children:e(`leave.deleteTitle`)})})]})}),(0,L.jsx)(Xt,{me:a,onChanged:i}),(0,L.jsx)(Zt,{me:a}),(0,L.jsx)(cn,{me:a}),(0,L.jsx)(en,{me:a,onChanged:i}),(0,L.jsx)(nn,{me:a,onChanged:i}),(0,L.jsx)(sn,{me:a,onChanged:i}),(0,L.jsx)(mn,{me:a,onChanged:i}),(0,L.jsx)(xn,{}),(0,L.jsx)(Sn,{me:a}),(0,L.jsx)(Tn,{me:a}),(0,L.jsx)(Dn,{me:a})]}):r?(0,L.jsx)(k,{}):(0,L.jsx)(y,{retry:i})}function kn(){let{t:e}=c();return O(e(`profile.title`)),(0,L.jsx)(z,{children:()=>(0,L.jsxs)(`div`,{className:`medium`,children:[(0,L.jsx)(A,{children:e(`profile.title`)}),(0,L.jsx)(On,{}),(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:S.home,children:e(`notFound.home`)})})]})})}var An=D(`
  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {
    verifySecondFactor(input: $input) {
      user {
        id
      }
      mustChangePassword
      secondFactorLockedUntil
      userErrors {
        code
        field
        message
      }
    }
  }
`);function jn(e,t){if(!e)return t?[`code`,`passkey`,`recovery`]:[`code`,`recovery`];let n=[];return e.includes(`PASSKEY`)&&t&&n.push(`passkey`),e.includes(`TOTP`)&&n.push(`code`),n.push(`recovery`),n}var Mn={code:`second-factor-code`,recoveryCode:`second-factor-recovery-code`};function Nn(e,t){return t?`${S.changePassword}${e?`?next=${encodeURIComponent(e)}`:``}`:e??S.home}function Pn(){let{t:e}=c();O(e(`secondFactor.title`));let[,t]=h(),n=ee(new URLSearchParams(_()).get(`next`)),{viewer:r,loading:i,reload:a}=R(),[o]=(0,I.useState)(Oe),[s]=(0,I.useState)(()=>jn(o,W())),l=!!o?.includes(`PASSKEY`)&&!s.includes(`passkey`),[u,d]=(0,I.useState)(s[0]),[f,p]=(0,I.useState)(``),[m,g]=(0,I.useState)(``),[y,x]=(0,I.useState)(!1),[C,w]=(0,I.useState)(!1),[T,E]=(0,I.useState)(),D=M(Mn),k=(0,I.useRef)(null),te=(0,I.useRef)(null),ne=(0,I.useRef)(null),N=`${S.signIn}${n?`?next=${encodeURIComponent(n)}`:``}`,P={passkey:e(`secondFactor.usePasskeyInstead`),code:e(`secondFactor.useCode`),recovery:e(`secondFactor.useRecoveryCode`)};if(r&&!i&&!y)return(0,L.jsx)(b,{to:Nn(n,r.mustChangePassword),replace:!0});function re(e){D.clear(),d(e),requestAnimationFrame(()=>(e===`code`?k:e===`recovery`?te:ne).current?.focus())}async function ie(e){if(e.preventDefault(),D.busy)return;let r=u===`code`?{code:Dt(f)}:u===`recovery`?{recoveryCode:Ot(m)}:{},i=await D.run(async()=>{if(u===`passkey`){let e=await He();return e.userErrors?{user:null,mustChangePassword:!1,secondFactorLockedUntil:null,userErrors:e.userErrors}:(await v(An,{input:{credential:e.credential}})).verifySecondFactor}return(await v(An,{input:r})).verifySecondFactor},{check:()=>{if(u===`passkey`)return{};if(u===`code`){if(!r.code)return{code:{key:`secondFactor.codeRequired`}};if(!/^\d{6}$/.test(r.code))return{code:{key:`secondFactor.codeFormat`}}}else if(!r.recoveryCode)return{recoveryCode:{key:`secondFactor.recoveryCodeRequired`}};return{}},succeeded:e=>!!e.user,fieldFor:()=>u===`code`?`code`:u===`recovery`?`recoveryCode`:void 0,handle:(e,t)=>(p(``),g(``),e[0]?.code===G.code?(D.show({},[{key:`secondFactor.passkeyDeclined`}]),!0):e.some(e=>e.code===`TOKEN_EXPIRED`||e.code===`TOKEN_INVALID`)?(D.show({},[{key:`secondFactor.expired`}]),w(!0),!0):e.some(e=>e.code===`SECOND_FACTOR_LOCKED`)?(D.clear(),E({until:t.secondFactorLockedUntil??null}),s.includes(`passkey`)?d(`passkey`):w(!0),!0):(e.some(e=>e.code===`ACCOUNT_LOCKED`)&&w(!0),!1))});i?.user&&(ke(),x(!0),a(),t(Nn(n,i.mustChangePassword),{replace:!0}))}return(0,L.jsxs)(`div`,{className:`narrow`,children:[(0,L.jsx)(A,{children:e(`secondFactor.title`)}),(0,L.jsx)(`p`,{children:e(u===`code`?`secondFactor.introCode`:u===`passkey`?`secondFactor.introPasskey`:`secondFactor.introRecovery`)}),l&&(0,L.jsx)(j,{tone:`info`,children:(0,L.jsx)(`p`,{children:e(`secondFactor.passkeyUnsupported`)})}),T&&(0,L.jsx)(Ae,{until:T.until,passkeyHere:u===`passkey`&&!C},T.until??``),D.summary,C?(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:N,children:e(`secondFactor.startAgain`)})}):(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:ie,"aria-busy":D.busy||void 0,children:[u===`passkey`?null:u===`code`?(0,L.jsx)(B,{ref:k,id:Mn.code,name:`code`,label:e(`secondFactor.code`),hint:e(`secondFactor.codeHint`),error:D.fieldError(`code`),type:`text`,inputMode:`numeric`,autoComplete:`one-time-code`,pattern:`[0-9 ]*`,maxLength:7,spellCheck:!1,value:f,onChange:e=>p(e.target.value)},`code`):(0,L.jsx)(B,{ref:te,id:Mn.recoveryCode,name:`recovery-code`,label:e(`secondFactor.recoveryCode`),hint:e(`secondFactor.recoveryCodeHint`),error:D.fieldError(`recoveryCode`),type:`text`,autoComplete:`off`,autoCapitalize:`none`,autoCorrect:`off`,spellCheck:!1,value:m,onChange:e=>g(e.target.value)},`recovery`),u===`passkey`?(0,L.jsx)(`button`,{ref:ne,type:`submit`,className:`button`,"aria-disabled":D.busy||void 0,children:D.busy?e(`secondFactor.passkeyWaiting`):e(`secondFactor.usePasskey`)},`passkey`):(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":D.busy||void 0,children:D.busy?e(`secondFactor.verifying`):e(`secondFactor.verify`)},`verify`)]}),(0,L.jsxs)(`div`,{className:`aside`,children:[!C&&s.filter(e=>e!==u&&!(T&&e!==`passkey`)).map(e=>(0,L.jsx)(`p`,{children:(0,L.jsx)(`button`,{type:`button`,className:`link-button`,onClick:()=>re(e),children:P[e]})},e)),(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:N,children:e(`secondFactor.cancel`)})})]})]})}function Fn(e){let t=new TextEncoder().encode(e),n=``;for(let e of t)n+=String.fromCharCode(e);return`data:image/svg+xml;base64,${btoa(n)}`}function In(e){return(e.replace(/\s+/g,``).match(/.{1,4}/g)??[]).join(` `)}function Ln(e,t){return`${e}\n\n${t.join(`
`)}\n`}function Rn(e,t){let n=URL.createObjectURL(new Blob([t],{type:`text/plain;charset=utf-8`})),r=document.createElement(`a`);r.href=n,r.download=e,r.hidden=!0,document.body.append(r),r.click(),r.remove(),setTimeout(()=>URL.revokeObjectURL(n),0)}var zn=`latchkey-recovery-codes.txt`;function Bn({codes:e,account:t,onDone:n}){let{t:r}=c(),i=(0,I.useRef)(null),[a,o]=(0,I.useState)(!1),[s,l]=(0,I.useState)(!1);(0,I.useEffect)(()=>i.current?.focus(),[]);let u=Ln(r(`recoveryCodes.fileTitle`,{account:t}),e);return(0,L.jsxs)(`div`,{className:`panel recovery-codes`,role:`region`,"aria-labelledby":`recovery-codes-title`,children:[(0,L.jsx)(`h3`,{id:`recovery-codes-title`,ref:i,tabIndex:-1,children:r(`recoveryCodes.shownTitle`)}),(0,L.jsx)(`p`,{children:r(`recoveryCodes.shownBody`)}),(0,L.jsx)(`p`,{children:(0,L.jsx)(`strong`,{children:r(`recoveryCodes.shownOnce`)})}),(0,L.jsx)(`ol`,{className:`code-list`,"aria-label":r(`recoveryCodes.listLabel`),children:e.map(e=>(0,L.jsx)(`li`,{children:(0,L.jsx)(`code`,{children:e})},e))}),(0,L.jsxs)(`p`,{className:`actions`,children:[(0,L.jsx)(fn,{text:e.join(`
`),label:r(`recoveryCodes.copy`)}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,onClick:()=>Rn(zn,u),children:r(`recoveryCodes.download`)})]}),(0,L.jsxs)(`div`,{className:s?`checkbox field-invalid`:`checkbox`,children:[(0,L.jsx)(`input`,{id:`recovery-codes-saved`,type:`checkbox`,checked:a,"aria-invalid":s||void 0,"aria-describedby":s?`recovery-codes-saved-error`:void 0,onChange:e=>{o(e.target.checked),e.target.checked&&l(!1)}}),(0,L.jsx)(`label`,{htmlFor:`recovery-codes-saved`,children:r(`recoveryCodes.savedCheck`)})]}),s&&(0,L.jsx)(`p`,{id:`recovery-codes-saved-error`,className:`field-error`,role:`alert`,children:r(`recoveryCodes.savedRequired`)}),(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>{a?n():(l(!0),document.getElementById(`recovery-codes-saved`)?.focus())},children:r(`recoveryCodes.done`)})]})}var Vn=D(`
  query SignInMethods {
    me {
      id
      email
      recoveryCodesLeft
      secondFactors {
        id
        kind
        name
        createdAt
        lastUsedAt
      }
    }
  }
`),Hn=D(`
  mutation EnrollTotp {
    enrollTotp {
      secret
      otpauthUrl
      qrCodeSvg
      userErrors {
        code
        field
        message
      }
    }
  }
`),Un=D(`
  mutation ConfirmTotp($input: ConfirmTotpInput!) {
    confirmTotp(input: $input) {
      recoveryCodes
      userErrors {
        code
        field
        message
      }
    }
  }
`),Wn=D(`
  mutation RemoveSecondFactor($input: RemoveSecondFactorInput!) {
    removeSecondFactor(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`),Gn=D(`
  mutation RegenerateRecoveryCodes {
    regenerateRecoveryCodes {
      recoveryCodes
      userErrors {
        code
        field
        message
      }
    }
  }
`);function Kn({me:e,onChanged:t,onFinished:n}){let{t:r}=c(),i=M(),a={code:`totp-code`},o=M(a),[s,l]=(0,I.useState)(),[u,d]=(0,I.useState)(``),[f,p]=(0,I.useState)(),[m,h]=(0,I.useState)(!1),g=(0,I.useRef)(null),_=e.secondFactors.some(e=>e.kind===`TOTP`);(0,I.useEffect)(()=>{s&&g.current?.focus()},[s]);async function y(){if(i.busy)return;h(!1);let e=await i.run(async()=>Y(async()=>(await v(Hn)).enrollTotp),{succeeded:e=>!!e.secret});e?.secret&&l({secret:e.secret,otpauthUrl:e.otpauthUrl??``,qrCodeSvg:e.qrCodeSvg})}async function b(e){e.preventDefault();let r=Dt(u),i=await o.run(async()=>(await v(Un,{input:{code:r}})).confirmTotp,{check:()=>r?/^\d{6}$/.test(r)?{}:{code:{key:`secondFactor.codeFormat`}}:{code:{key:`secondFactor.codeRequired`}},fieldFor:()=>`code`,handle:()=>d(``)});i&&(l(void 0),d(``),i.recoveryCodes.length>0?p(i.recoveryCodes):(h(!0),n?.()),t())}return f?(0,L.jsx)(Bn,{codes:f,account:e.email,onDone:()=>{p(void 0),h(!0),n?.()}}):s?(0,L.jsxs)(`div`,{className:`panel enrolment`,role:`region`,"aria-labelledby":`totp-enrol-title`,children:[(0,L.jsx)(`h3`,{id:`totp-enrol-title`,ref:g,tabIndex:-1,children:r(`totp.enrolTitle`)}),(0,L.jsxs)(`ol`,{className:`steps`,children:[(0,L.jsx)(`li`,{children:(0,L.jsx)(`p`,{children:r(`totp.stepInstall`)})}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`p`,{children:r(`totp.stepScan`)}),s.qrCodeSvg&&(0,L.jsx)(`img`,{className:`qr-code`,src:Fn(s.qrCodeSvg),alt:r(`totp.qrAlt`),width:200,height:200}),(0,L.jsx)(`p`,{children:r(`totp.manual`)}),(0,L.jsx)(`code`,{className:`secret`,children:In(s.secret)}),(0,L.jsx)(`p`,{className:`actions`,children:(0,L.jsx)(fn,{text:s.secret,label:r(`totp.copySecret`)})})]}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`p`,{children:r(`totp.stepCode`)}),o.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:b,"aria-busy":o.busy||void 0,children:[(0,L.jsx)(B,{id:a.code,name:`code`,label:r(`secondFactor.code`),hint:r(`secondFactor.codeHint`),type:`text`,inputMode:`numeric`,autoComplete:`one-time-code`,pattern:`[0-9 ]*`,maxLength:7,spellCheck:!1,value:u,error:o.fieldError(`code`),onChange:e=>d(e.target.value)}),(0,L.jsxs)(`div`,{className:`actions`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":o.busy||void 0,children:o.busy?r(`app.working`):r(`totp.confirm`)}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>{o.clear(),l(void 0),d(``)},children:r(`app.cancel`)})]})]})]})]})]}):(0,L.jsxs)(L.Fragment,{children:[m&&(0,L.jsx)(j,{children:r(`totp.added`)}),i.alert,_?(0,L.jsx)(`p`,{children:r(`totp.enrolled`)}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`p`,{children:r(`totp.intro`)}),(0,L.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":i.busy||void 0,onClick:y,children:i.busy?r(`app.working`):r(`totp.add`)})]})]})}var qn=D(`
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
`),Jn=D(`
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
`),Yn=D(`
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
`),Xn={code:`PASSKEY_DECLINED`,field:null,message:``};function Zn({passkey:e,onClose:t,onDone:n}){let{t:r}=c(),i={name:`passkey-rename-name`},a=M(i),[o,s]=(0,I.useState)(e.name);async function l(t){t.preventDefault(),await a.run(async()=>(await v(Yn,{input:{id:e.id,name:o.trim()}})).renamePasskey,{check:()=>o.trim()?{}:{name:{key:`passkeys.nameRequired`}}})&&n()}return(0,L.jsxs)(K,{title:r(`passkeys.renameTitle`,{name:e.name}),onClose:t,children:[a.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:l,"aria-busy":a.busy||void 0,children:[(0,L.jsx)(B,{id:i.name,label:r(`passkeys.nameLabel`),value:o,maxLength:100,error:a.fieldError(`name`),onChange:e=>s(e.target.value)}),(0,L.jsxs)(`div`,{className:`actions`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":a.busy||void 0,children:a.busy?r(`app.working`):r(`passkeys.save`)}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:t,children:r(`app.cancel`)})]})]})]})}function Qn({me:e,onChanged:t,onFinished:n}){let{t:r,i18n:i}=c(),o={name:`passkey-name`},s=M(o),[l,u]=(0,I.useState)(``),[d,f]=(0,I.useState)(),[p,m]=(0,I.useState)(),h=W(),g=e.secondFactors.filter(e=>e.kind===`PASSKEY`).length;async function _(e){e.preventDefault();let r=l.trim();f(void 0);let i=await s.run(async()=>{let e=await Y(async()=>(await v(qn,{input:{name:r}})).beginPasskeyRegistration);if(e.userErrors.length>0||!e.options)return{passkey:null,recoveryCodes:[],userErrors:e.userErrors};let t;try{t=await Le(e.options)}catch(e){if(ze(e)||e instanceof DOMException&&e.name===`InvalidStateError`)return{passkey:null,recoveryCodes:[],userErrors:[Xn]};throw e}return(await v(Jn,{input:{name:r,credential:t}})).finishPasskeyRegistration},{check:()=>r?{}:{name:{key:`passkeys.nameRequired`}},succeeded:e=>!!e.passkey,handle:e=>e[0]?.code===Xn.code&&(s.show({},[{key:`passkeys.declined`}]),!0)});i?.passkey&&(u(``),i.recoveryCodes.length>0?m({name:i.passkey.name,codes:i.recoveryCodes}):(f(i.passkey.name),n?.()),t())}return p?(0,L.jsx)(Bn,{codes:p.codes,account:e.email,onDone:()=>{f(p.name),m(void 0),n?.()}}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`p`,{children:r(`passkeys.intro`)}),g>0&&(0,L.jsx)(`p`,{children:r(`passkeys.listed`,{number:a(g,i.resolvedLanguage??`en`)})}),d&&(0,L.jsx)(j,{children:(0,L.jsx)(`p`,{children:r(`passkeys.added`,{name:d})})}),h?(0,L.jsxs)(L.Fragment,{children:[s.summary,(0,L.jsxs)(`form`,{noValidate:!0,onSubmit:_,"aria-busy":s.busy||void 0,children:[(0,L.jsx)(B,{id:o.name,label:r(`passkeys.nameLabel`),hint:r(`passkeys.nameHint`),value:l,maxLength:100,error:s.fieldError(`name`),onChange:e=>u(e.target.value)}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,"aria-disabled":s.busy||void 0,children:s.busy?r(`passkeys.adding`):r(`passkeys.add`)})]})]}):(0,L.jsx)(j,{tone:`info`,children:(0,L.jsx)(`p`,{children:r(`passkeys.unsupported`)})})]})}function $n({me:e,onChanged:t}){let{t:n,i18n:r}=c(),[i,o]=(0,I.useState)(!1),[s,l]=(0,I.useState)(),[u,d]=(0,I.useState)(!1),f=e.recoveryCodesLeft;return e.secondFactors.length===0&&f===0?(0,L.jsx)(`p`,{children:n(`recoveryCodes.noneYet`)}):s?(0,L.jsx)(Bn,{codes:s,account:e.email,onDone:()=>{l(void 0),d(!0)}}):(0,L.jsxs)(L.Fragment,{children:[u&&(0,L.jsx)(j,{children:n(`recoveryCodes.renewed`)}),(0,L.jsx)(`p`,{children:(0,L.jsx)(`strong`,{children:n(`recoveryCodes.left`,{left:a(f,r.resolvedLanguage??`en`)})})}),f<=3&&(0,L.jsx)(j,{tone:`warning`,children:(0,L.jsx)(`p`,{children:n(f===0?`recoveryCodes.noneLeft`:`recoveryCodes.fewLeft`)})}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:()=>{d(!1),o(!0)},children:n(`recoveryCodes.regenerate`)}),i&&(0,L.jsx)(q,{title:n(`recoveryCodes.regenerateTitle`),confirmLabel:n(`recoveryCodes.regenerate`),onCancel:()=>o(!1),send:()=>Y(async()=>(await v(Gn)).regenerateRecoveryCodes),onDone:e=>{o(!1),l(e.recoveryCodes),t()},children:(0,L.jsx)(`p`,{children:n(`recoveryCodes.regenerateBody`)})})]})}function er({me:e,onChanged:t}){let{t:n}=c(),[r,i]=(0,I.useState)(),[a,o]=(0,I.useState)(),[s,l]=(0,I.useState)(),u=e=>e.name||n(an[e.kind]);return(0,L.jsxs)(L.Fragment,{children:[s&&(0,L.jsx)(j,{children:n(`signInMethods.removed`,{name:s})}),e.secondFactors.length===0?(0,L.jsx)(T,{children:n(`signInMethods.none`)}):(0,L.jsx)(`ul`,{className:`cards`,children:e.secondFactors.map(e=>(0,L.jsxs)(`li`,{className:`card`,children:[(0,L.jsx)(`p`,{className:`card-title`,children:u(e)}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`signInMethods.kind`)}),(0,L.jsx)(`dd`,{children:n(an[e.kind])})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`signInMethods.added`)}),(0,L.jsx)(`dd`,{children:(0,L.jsx)(X,{value:e.createdAt})})]}),(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:n(`signInMethods.lastUsed`)}),(0,L.jsx)(`dd`,{children:e.lastUsedAt?(0,L.jsx)(X,{value:e.lastUsedAt}):n(`home.never`)})]})]}),(0,L.jsxs)(`div`,{className:`actions`,children:[e.kind===`PASSKEY`&&(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`passkeys.renameLabel`,{name:u(e)}),onClick:()=>{l(void 0),o(e)},children:n(`passkeys.rename`)}),(0,L.jsx)(`button`,{type:`button`,className:`button button-secondary button-small`,"aria-label":n(`signInMethods.removeLabel`,{name:u(e)}),onClick:()=>{l(void 0),i(e)},children:n(`signInMethods.remove`)})]})]},e.id))}),r&&(0,L.jsxs)(q,{title:n(`signInMethods.removeTitle`,{name:u(r)}),confirmLabel:n(`signInMethods.remove`),danger:!0,onCancel:()=>i(void 0),send:()=>Y(async()=>(await v(Wn,{input:{id:r.id}})).removeSecondFactor),onDone:()=>{l(u(r)),i(void 0),t()},children:[(0,L.jsx)(`p`,{children:e.secondFactors.length===1?n(`signInMethods.removeLastBody`):n(`signInMethods.removeBody`)}),r.kind===`PASSKEY`&&(0,L.jsx)(`p`,{children:n(`passkeys.removeFromDevice`)})]}),a&&(0,L.jsx)(Zn,{passkey:{id:a.id,name:u(a)},onClose:()=>o(void 0),onDone:()=>{o(void 0),t()}})]})}function tr({required:e,next:t}){let{t:n}=c(),[,r]=h(),{reload:i}=R(),{data:a,error:o,loading:s,refetch:l}=N(Vn),u=a?.me;if(o)return(0,L.jsx)(y,{error:o,retry:l});if(!u)return s?(0,L.jsx)(k,{}):(0,L.jsx)(y,{retry:l});let d=e?()=>{i(),r(t??S.home,{replace:!0})}:void 0;return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(Z,{id:`authenticator-app`,title:n(`totp.title`),children:(0,L.jsx)(Kn,{me:u,onChanged:l,onFinished:d})}),(0,L.jsx)(Z,{id:`passkeys`,title:n(`passkeys.title`),children:(0,L.jsx)(Qn,{me:u,onChanged:l,onFinished:d})}),(0,L.jsx)(Z,{id:`second-factors`,title:n(`signInMethods.listTitle`),children:(0,L.jsx)(er,{me:u,onChanged:l})}),(0,L.jsx)(Z,{id:`recovery-codes`,title:n(`recoveryCodes.title`),children:(0,L.jsx)($n,{me:u,onChanged:l})})]})}function nr(){let{t:e}=c();O(e(`signInMethods.title`));let t=new URLSearchParams(_()),n=ee(t.get(`next`));return(0,L.jsx)(z,{children:r=>{let i=t.get(`required`)===`1`||r.mustEnrollSecondFactor;return(0,L.jsxs)(`div`,{className:`medium`,children:[(0,L.jsx)(A,{children:e(`signInMethods.title`)}),i?(0,L.jsxs)(j,{tone:`warning`,children:[(0,L.jsx)(`p`,{children:(0,L.jsx)(`strong`,{children:e(`signInMethods.requiredTitle`)})}),(0,L.jsx)(`p`,{children:e(`signInMethods.requiredBody`)})]}):(0,L.jsx)(`p`,{children:e(`signInMethods.intro`)}),(0,L.jsx)(tr,{required:i,next:n}),!i&&(0,L.jsx)(`p`,{children:(0,L.jsx)(F,{href:S.profile,children:e(`signInMethods.backToProfile`)})})]})}})}var Q=()=>u(()=>import(`./Admin-DiU4BOVX.js`),__vite__mapDeps([0,1,2,3,4])),rr=(0,I.lazy)(()=>Q().then(e=>({default:e.AdminUsersPage}))),ir=(0,I.lazy)(()=>Q().then(e=>({default:e.AdminNewUserPage}))),ar=(0,I.lazy)(()=>Q().then(e=>({default:e.AdminUserPage}))),or=(0,I.lazy)(()=>Q().then(e=>({default:e.AdminSettingsPage}))),sr=(0,I.lazy)(()=>Q().then(e=>({default:e.AdminAuditPage}))),cr=(0,I.lazy)(()=>Q().then(e=>({default:e.AdminOutboxPage}))),lr=(0,I.lazy)(()=>Q().then(e=>({default:e.AdminWebhooksPage}))),ur=(0,I.lazy)(()=>Q().then(e=>({default:e.AdminOrganizationsPage}))),dr=(0,I.lazy)(()=>u(()=>import(`./OrganizationPage-BRqcDfxp.js`),__vite__mapDeps([5,1,2,3,4]))),fr=(0,I.lazy)(()=>u(()=>import(`./AcceptInvitationPage-DnABt8DS.js`),__vite__mapDeps([6,1,2,3,4,7]))),pr=(0,I.lazy)(()=>u(()=>import(`./SignUpPage-D-V2qRpp.js`),__vite__mapDeps([8,1,2,3,4,7]))),mr=(0,I.lazy)(()=>u(()=>import(`./VerifyEmailPage-BLKHBLT5.js`),__vite__mapDeps([9,3,1,2,4,10]))),hr=(0,I.lazy)(()=>u(()=>import(`./ConfirmEmailPage-D1CoX6hS.js`),__vite__mapDeps([11,3,1,2,4,10]))),gr=(0,I.lazy)(()=>u(()=>import(`./ReportSignInPage-C-_En3TS.js`),__vite__mapDeps([12,3,1,2,4,10])));function $(e){return function(){return(0,L.jsx)(z,{admin:!0,children:()=>(0,L.jsx)(e,{})})}}var _r=[[S.adminNewUser,$(ir)],[S.adminUser,$(ar)],[S.adminUsers,$(rr)],[S.adminSettings,$(or)],[S.adminAudit,$(sr)],[S.adminOutbox,$(cr)],[S.adminWebhooks,$(lr)],[S.adminOrganizations,$(ur)]];function vr(){let[e,t]=h(),{viewer:n,reload:r}=R(),i=!!n;(0,I.useEffect)(()=>C(n=>{n.code===`PASSWORD_CHANGE_REQUIRED`&&e!==S.changePassword?t(`${S.changePassword}?next=${encodeURIComponent(e)}`,{replace:!0}):n.code===`SECOND_FACTOR_REQUIRED`&&e!==S.signInMethods?t(E(e),{replace:!0}):n.code===`UNAUTHENTICATED`&&i&&r()}),[e,t,i,r]);let a=!(!n?.mustEnrollSecondFactor||n.mustChangePassword);return(0,I.useEffect)(()=>{let n=[S.signInMethods,S.signIn,S.secondFactor,S.changePassword];a&&!n.includes(e)&&t(E(e),{replace:!0})},[a,e,t]),null}function yr(){return(0,L.jsxs)(se,{children:[(0,L.jsx)(vr,{}),(0,L.jsx)(It,{}),(0,L.jsx)(pe,{children:(0,L.jsx)(I.Suspense,{fallback:(0,L.jsx)(k,{}),children:(0,L.jsxs)(g,{children:[(0,L.jsx)(P,{path:S.home,component:ge}),(0,L.jsx)(P,{path:S.signIn,component:Ye}),(0,L.jsx)(P,{path:S.forgotPassword,component:$e}),(0,L.jsx)(P,{path:S.forgotUsername,component:nt}),(0,L.jsx)(P,{path:S.resetPassword,component:Ct}),(0,L.jsx)(P,{path:S.changePassword,component:Bt}),(0,L.jsx)(P,{path:S.secondFactor,component:Pn}),(0,L.jsx)(P,{path:S.profile,component:kn}),(0,L.jsx)(P,{path:S.signInMethods,component:nr}),(0,L.jsx)(P,{path:S.signUp,component:pr}),(0,L.jsx)(P,{path:S.acceptInvitation,component:fr}),(0,L.jsx)(P,{path:S.organization,component:dr}),(0,L.jsx)(P,{path:S.verifyEmail,component:mr}),(0,L.jsx)(P,{path:S.confirmEmail,component:hr}),(0,L.jsx)(P,{path:S.reportSignIn,component:gr}),_r.map(([e,t])=>(0,L.jsx)(P,{path:e,component:t},e)),(0,L.jsx)(P,{component:_e})]})})})]})}var br=(0,re.createRoot)(document.getElementById(`root`)),xr=()=>br.render((0,L.jsx)(I.StrictMode,{children:(0,L.jsx)(yr,{})}));p.then(xr,xr);export{z as C,ie as E,be as S,R as T,mt as _,fn as a,B as b,an as c,X as d,Y as f,pt as g,yt as h,gn as i,rn as l,K as m,vn as n,dn as o,q as p,_n as r,on as s,yn as t,Qt as u,rt as v,ce as w,ye as x,et as y};