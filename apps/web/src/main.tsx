import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers.tsx';
import { AppRouter, preloadPage } from './app/router.tsx';
import { pageTimeZone } from './lib/format.ts';
import { initI18n } from './lib/i18n.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
preloadPage(window.location.pathname);
const texts = initI18n();
// A page's first Intl formatter costs tens of milliseconds (the browser readies its locale data). The page's
// zone, which the footer and every date need, is checked in a task of its own while the texts are still on
// their way, rather than inside the first render, which the page's first paint waits for.
setTimeout(pageTimeZone, 0);
await texts;
// The first render is interruptible: it yields to the browser every few milliseconds instead of holding
// the main thread in one long task, and the static header stays on screen until the page replaces it.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <AppRouter />
      </Providers>
    </StrictMode>,
  );
});
