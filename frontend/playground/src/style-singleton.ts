// A stand-in for the npm package react-style-singleton (same exports and
// behaviour), which vite.config.ts puts in its place. Radix's dialogs lock
// the page's scrolling through react-remove-scroll, whose stylesheet that
// package adds as a <style> element: the page's CSP (style-src 'self', no
// 'unsafe-inline') refuses it, with a console error each time a dialog
// opens. A constructed stylesheet (document.adoptedStyleSheets) is CSSOM,
// which style-src does not govern, so the same rules apply with no
// violation and no change to the policy.
import { useEffect } from 'react';

function constructable(): boolean {
  return typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in document;
}

/** Adds the style when the first user comes, removes it after the last. */
export function stylesheetSingleton() {
  let counter = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(style: string) {
      if (counter === 0 && constructable()) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(style);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      counter++;
    },
    remove() {
      counter--;
      if (!counter && sheet) {
        const gone = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== gone);
        sheet = null;
      }
    },
  };
}

/** A hook that holds the style while the calling component is mounted. */
export function styleHookSingleton() {
  const sheet = stylesheetSingleton();
  return (styles: string, isDynamic?: boolean) => {
    useEffect(() => {
      sheet.add(styles);
      return () => sheet.remove();
      // Same dependencies as the original: styles change only when dynamic.
    }, [styles && isDynamic]);
  };
}

/** A component that holds the style while mounted. */
export function styleSingleton() {
  const useStyle = styleHookSingleton();
  return function Sheet({ styles, dynamic }: { styles: string; dynamic?: boolean }) {
    useStyle(styles, dynamic);
    return null;
  };
}
