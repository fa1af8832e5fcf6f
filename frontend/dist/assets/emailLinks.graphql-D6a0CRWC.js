import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,t as n}from"./react-DCTAcUCH.js";import{f as r,o as i}from"./i18n-CiNPeL79.js";import{n as a,o,t as s,u as c}from"./useDocumentTitle-C2g8pska.js";import{p as l,u}from"./index-Zzp2JyjF.js";var d=e(t(),1),f=n();function p({title:e,intro:t,button:n,run:c,done:p,badLink:m}){let{t:h}=r();s(e);let g=l(),_=u(),[v,y]=(0,d.useState)();return(0,f.jsxs)(`div`,{className:`narrow`,children:[(0,f.jsx)(a,{children:e}),v===void 0?!g||_.problem?.code===`TOKEN_INVALID`||_.problem?.code===`TOKEN_EXPIRED`?(0,f.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,f.jsx)(`p`,{children:(0,f.jsx)(`strong`,{children:i(h,_.problem??{code:`TOKEN_INVALID`})})}),m]}):(0,f.jsxs)(f.Fragment,{children:[(0,f.jsx)(`p`,{children:t}),_.problem&&(0,f.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:i(h,_.problem)}),(0,f.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":_.busy||void 0,onClick:async()=>{if(_.busy)return;let e=``;await _.run(async()=>{let t=await c(g);return e=t.result??``,t.errors})&&y(e)},children:_.busy?h(`app.working`):n})]}):(0,f.jsx)(o,{children:p(v)})]})}var m=c(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      user {
        id
        email
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`),h=c(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      user {
        id
        email
        emailVerifiedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);export{h as n,p as r,m as t};