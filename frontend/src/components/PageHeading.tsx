import { useEffect, useRef, type ReactNode } from 'react';

const landing = typeof window === 'undefined' ? '' : window.location.href;
let navigated = false;

/**
 * A page's <h1>. Once the reader has moved to another page in the app, the
 * new page's heading takes the focus so that screen readers announce it; on
 * the page the app was opened at, the browser's focus is left alone.
 */
export function PageHeading({ children, focusOnMount }: { children: ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (window.location.href !== landing) navigated = true;
    // focusOnMount: a step of the same page (a confirmation in place of its form).
    if (navigated || focusOnMount) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
