import Tinypool from 'tinypool';
import type { Proposal, ProposeTask } from './extraction-worker.ts';

// From source (tsx, tests) the worker loads the .ts file beside this one through tsx; in the bundle
// (dist/main.js) it is dist/extraction-worker.js, which scripts/build.mjs writes beside main.js.
const fromSource = import.meta.url.endsWith('.ts');
const workerFile = new URL(fromSource ? './extraction-worker-source.mjs' : './extraction-worker.js', import.meta.url);

/**
 * One worker thread, started on the first import and stopped after a minute idle: extraction takes
 * seconds on a long text, and imports wait their turn rather than take every core.
 */
export function createExtractionPool() {
  let pool: Tinypool | undefined;
  const start = () =>
    new Tinypool({
      filename: workerFile.href,
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 60_000,
      isolateWorkers: false,
    });
  return {
    propose(task: ProposeTask): Promise<Proposal> {
      pool ??= start();
      return pool.run(task) as Promise<Proposal>;
    },
    async close(): Promise<void> {
      await pool?.destroy();
      pool = undefined;
    },
  };
}

export type ExtractionPool = ReturnType<typeof createExtractionPool>;
