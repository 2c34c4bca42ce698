// The extraction worker when the server runs from source (tsx, tests): a worker thread does not inherit
// tsx's hooks, so it registers them before it loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./extraction-worker.ts');

export default worker.default;
