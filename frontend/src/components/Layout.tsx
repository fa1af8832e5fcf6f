import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { request } from '../graphql';
import { SignOutDocument } from './signOut.graphql';
import { paths } from '../routes';
import { isAdmin, useViewer } from '../viewer';
import { LanguageSwitcher } from './LanguageSwitcher';

function GearIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M19.14 12.94a7.5 7.5 0 0 0 .05-.94 7.5 7.5 0 0 0-.05-.94l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54A.5.5 0 0 0 13.9 2h-3.8a.5.5 0 0 0-.49.42l-.36 2.54c-.59.24-1.13.56-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.48a.5.5 0 0 0 .12.64l2.03 1.58a7.5 7.5 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.12.22.39.3.6.22l2.39-.96c.5.38 1.04.7 1.63.94l.36 2.54c.05.24.25.42.49.42h3.8c.24 0 .45-.18.49-.42l.36-2.54c.59-.24 1.13-.56 1.63-.94l2.39.96c.22.08.48 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7z"
      />
    </svg>
  );
}

/** The gear menu: Settings (my profile) and Sign out. */
function AccountMenu({ label }: { label: string }) {
  const { t } = useTranslation();
  const { reload } = useViewer();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  async function signOut() {
    if (signingOut) return;
    setSigningOut(true);
    try {
      await request(SignOutDocument);
    } catch {
      // Signed out already, or unreachable: either way, go to sign-in.
    } finally {
      setSigningOut(false);
      setOpen(false);
      reload();
      navigate(paths.signIn, { replace: true });
    }
  }

  return (
    <div
      className="menu"
      ref={container}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <GearIcon />
        <span className="menu-label">{label}</span>
        <span className="visually-hidden"> – {t('nav.accountMenu')}</span>
      </button>
      <ul id={menuId} className="menu-list" hidden={!open}>
        <li>
          <Link href={paths.profile} onClick={() => setOpen(false)}>
            {t('nav.settings')}
          </Link>
        </li>
        <li>
          <button type="button" className="link-button" onClick={signOut} aria-disabled={signingOut || undefined}>
            {signingOut ? t('home.signingOut') : t('home.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}

/** The frame around every page: skip link, header with the menus and the switcher, main. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link href={paths.home} className="brand">
          {t('app.name')}
        </Link>
        <nav className="site-nav" aria-label={t('nav.label')}>
          {viewer && isAdmin(viewer) && (
            <Link href={paths.adminUsers} className="nav-link">
              {t('nav.admin')}
            </Link>
          )}
          {viewer ? (
            <AccountMenu label={viewer.name || viewer.username} />
          ) : (
            <Link href={paths.signIn} className="nav-link">
              {t('signIn.title')}
            </Link>
          )}
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
