import { useSyncExternalStore } from 'react';

interface MediaStore {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => boolean;
}

// One pair of functions per query: useSyncExternalStore subscribes again whenever `subscribe` changes.
const stores = new Map<string, MediaStore>();

function storeFor(query: string): MediaStore {
  let store = stores.get(query);
  if (!store) {
    store = {
      subscribe: (onChange) => {
        const list = window.matchMedia(query);
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      },
      getSnapshot: () => window.matchMedia(query).matches,
    };
    stores.set(query, store);
  }
  return store;
}

/**
 * Whether the window matches a CSS media query, e.g. `(min-width: 1200px)`: right on the first render
 * (read synchronously, so nothing shows for one frame and then swaps) and updated when the window changes.
 */
export function useMediaQuery(query: string): boolean {
  const { subscribe, getSnapshot } = storeFor(query);
  return useSyncExternalStore(subscribe, getSnapshot);
}
