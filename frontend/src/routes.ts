// Every client-side route's path, in one place. The Go binary serves
// index.html for any path that is not a file, so all of these deep-link.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  // Built by later issues; linked already (they show "page not found" until then).
  forgotPassword: '/forgot-password',
} as const;
