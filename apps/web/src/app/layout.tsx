import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/page-states.tsx';
import { describeTimeZone } from '../lib/format.ts';
import { SiteHeader } from './site-header.tsx';

// The footer's list of sources loads beside the page, not inside the first bundle.
const SourcesNote = lazy(() =>
  import('../features/source/components/sources-note.tsx').then((m) => ({ default: m.SourcesNote })),
);

export interface LayoutProps {
  /** Room at the header's end for account links (e.g. "Log in"), beside the language switcher. */
  headerTools?: ReactNode;
  /** Main-navigation entries that depend on the user's role. */
  roleLinks?: ReactNode;
}

export function Layout({ headerTools, roleLinks }: LayoutProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, start reading (and tabbing) from the new page's content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!window.location.hash) {
      window.scrollTo(0, 0);
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <SiteHeader tools={headerTools} roleLinks={roleLinks} />
      <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <Suspense fallback={<p>{t('sources.general')}</p>}>
            <SourcesNote />
          </Suspense>
          <p>{t('footer.times', { zone: describeTimeZone() })}</p>
          <p className="footer-links">
            <Link to="/sources">{t('sources.all')}</Link>
            <a href="/api/docs">{t('footer.openData')}</a>
            <a href="/api/export/open-data.json" download>
              {t('export.openData')}
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
