import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{A as t,E as n,c as r,l as i,n as a,p as o,r as s,s as c,t as l}from"./useAction-B-9a20ay.js";import{u}from"./index-Bvy-UnZ7.js";var d=e(t(),1),f=i();function p({title:e,intro:t,button:i,run:o,done:p,badLink:m}){let{t:h}=n();a(e);let g=u(),_=l(),[v,y]=(0,d.useState)();return(0,f.jsxs)(`div`,{className:`narrow`,children:[(0,f.jsx)(s,{children:e}),v===void 0?!g||_.problem?.code===`TOKEN_INVALID`||_.problem?.code===`TOKEN_EXPIRED`?(0,f.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,f.jsx)(`p`,{children:(0,f.jsx)(`strong`,{children:r(h,_.problem??{code:`TOKEN_INVALID`})})}),m]}):(0,f.jsxs)(f.Fragment,{children:[(0,f.jsx)(`p`,{children:t}),_.problem&&(0,f.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:r(h,_.problem)}),(0,f.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":_.busy||void 0,onClick:async()=>{if(_.busy)return;let e=``;await _.run(async()=>{let t=await o(g);return e=t.result??``,t.errors})&&y(e)},children:_.busy?h(`app.working`):i})]}):(0,f.jsx)(c,{children:p(v)})]})}var m=o(`
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
`),h=o(`
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