import { startTransition, useEffect, useState } from 'react';

// Heavy widgets (the overview's charts) wait their turn: one per task, so no single task blocks input for long.
const waiting: (() => void)[] = [];
let scheduled = false;

function next() {
  scheduled = false;
  waiting.shift()?.();
  if (waiting.length > 0) schedule();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  setTimeout(next, 0);
}

/**
 * False until this component's turn comes, after every component that asked before it has had its turn.
 * It asks once `wanted` is true (e.g. once it is near the viewport), and not before.
 */
export function useTurn(wanted = true): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    const go = () => startTransition(() => setReady(true));
    waiting.push(go);
    schedule();
    return () => {
      const index = waiting.indexOf(go);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, [wanted]);
  return ready;
}
