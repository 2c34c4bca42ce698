import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { LanguageSwitcher } from '../components/language-switcher.tsx';

export interface SiteHeaderProps {
  /** Account links (e.g. "Log in"), beside the language switcher. */
  tools?: ReactNode;
  /** Main-navigation entries that depend on who is logged in (loaded beside the page, not in the first bundle). */
  roleLinks?: ReactNode;
}

/** The brand, the main links and the tools; below the wide layout they fold behind a menu button. */
export function SiteHeader({ tools, roleLinks }: SiteHeaderProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  // A link followed from the open menu lands on a page with the menu folded again.
  useEffect(() => setOpen(false), [pathname]);

  // Escape folds an open menu and hands focus back to its button.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        <button
          ref={buttonRef}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((value) => !value)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div id={menuId} className="header-menu" data-open={open}>
          <nav aria-label={t('nav.main')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.overview')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/initiatives">{t('nav.initiatives')}</NavLink>
              </li>
              <li>
                <NavLink to="/sources">{t('nav.source')}</NavLink>
              </li>
              {roleLinks}
            </ul>
          </nav>
          <div className="header-tools">
            {tools}
            <LanguageSwitcher />
          </div>
        </div>
      </div>
    </header>
  );
}
