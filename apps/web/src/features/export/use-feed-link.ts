import { useEffect } from 'react';

/** Announces the page's Atom feed in <head> while the page is shown; an element, not a script, for the CSP. */
export function useFeedLink(href: string, title: string): void {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.href = href;
    link.title = title;
    document.head.append(link);
    return () => link.remove();
  }, [href, title]);
}
