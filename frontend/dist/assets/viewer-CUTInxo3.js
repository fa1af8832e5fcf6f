import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{c as t,f as n,g as r,k as i}from"./useDocumentTitle-Bsj61njS.js";var a=e(i(),1),o=n(`
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
`),s=t(),c=(0,a.createContext)({viewer:void 0,loading:!0,refresh:()=>{},reload:()=>{}});function l({children:e}){let{data:t,error:n,loading:i,refetch:l,reload:u}=r(o),d=(0,a.useMemo)(()=>{let e;return t?e=t.me??null:n?.code===`UNAUTHENTICATED`&&(e=null),{viewer:e,error:e===void 0?n:void 0,loading:i,refresh:l,reload:u}},[t,n,i,l,u]);return(0,s.jsx)(c.Provider,{value:d,children:e})}function u(){return(0,a.useContext)(c)}var d=e=>e?.role===`ADMIN`;export{d as n,u as r,l as t};