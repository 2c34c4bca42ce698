import { useSyncExternalStore } from 'react';

const wideQuery = '(min-width: 760px)';

/** Whether the screen is wide enough for charts' longer labels and more ticks. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(wideQuery);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(wideQuery).matches,
  );
}
