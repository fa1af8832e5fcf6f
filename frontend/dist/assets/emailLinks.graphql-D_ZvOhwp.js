import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{T as t,c as n,f as r,k as i,n as a,o,s,t as c}from"./useDocumentTitle-Bsj61njS.js";import{l,t as u}from"./index-CjfsCgkm.js";var d=e(i(),1),f=n();function p({title:e,intro:n,button:r,run:i,done:p,badLink:m}){let{t:h}=t();c(e);let g=l(),_=u(),[v,y]=(0,d.useState)();return(0,f.jsxs)(`div`,{className:`narrow`,children:[(0,f.jsx)(a,{children:e}),v===void 0?!g||_.problem?.code===`TOKEN_INVALID`||_.problem?.code===`TOKEN_EXPIRED`?(0,f.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,f.jsx)(`p`,{children:(0,f.jsx)(`strong`,{children:s(h,_.problem??{code:`TOKEN_INVALID`})})}),m]}):(0,f.jsxs)(f.Fragment,{children:[(0,f.jsx)(`p`,{children:n}),_.problem&&(0,f.jsx)(`p`,{className:`notice notice-error`,role:`alert`,children:s(h,_.problem)}),(0,f.jsx)(`button`,{type:`button`,className:`button`,"aria-disabled":_.busy||void 0,onClick:async()=>{if(_.busy)return;let e=``;await _.run(async()=>{let t=await i(g);return e=t.result??``,t.errors})&&y(e)},children:_.busy?h(`app.working`):r})]}):(0,f.jsx)(o,{children:p(v)})]})}var m=r(`
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
`),h=r(`
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