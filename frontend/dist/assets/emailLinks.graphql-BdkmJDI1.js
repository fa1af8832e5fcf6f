import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{i as t,t as n}from"./react-DCTAcUCH.js";import{f as r,o as i}from"./i18n-BEJJknIU.js";import{m as a,n as o,r as s,s as c,t as l}from"./useSubmit-CvCejN6Q.js";import{h as u}from"./index-BmAIrfkH.js";var d=e(t(),1),f=n();function p({title:e,intro:t,button:n,run:a,done:p,badLink:m}){let{t:h}=r();o(e);let g=u(),_=l(),[v,y]=(0,d.useState)(),b=_.problem&&`code`in _.problem?_.problem:void 0,x=b?.code;return(0,f.jsxs)(`div`,{className:`narrow`,children:[(0,f.jsx)(s,{children:e}),v===void 0?!g||x===`TOKEN_INVALID`||x===`TOKEN_EXPIRED`?(0,f.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,f.jsx)(`p`,{children:(0,f.jsx)(`strong`,{children:i(h,b??{code:`TOKEN_INVALID`})})}),m]}):(0,f.jsxs)(f.Fragment,{children:[(0,f.jsx)(`p`,{children:t}),_.alert,(0,f.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":_.busy||void 0,onClick:async()=>{let e=await _.run(()=>a(g));e&&y(e.result??``)},children:_.busy?h(`app.working`):n})]}):(0,f.jsx)(c,{children:p(v)})]})}var m=a(`
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
`),h=a(`
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
`),g=a(`
  mutation ReportSignIn($input: ReportSignInInput!) {
    reportSignIn(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);export{p as i,g as n,h as r,m as t};