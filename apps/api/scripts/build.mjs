#!/usr/bin/env node
// Compiles the server (src/main.ts with @civic/shared inlined) to dist/main.js for plain node.
// `--if-needed` builds only when dist/main.js is missing or older than any input, so `pnpm start` stays fast.
import fs from 'node:fs';
import path from 'node:path';
import { needsBuild } from '../../../scripts/stale-build.mjs';

const apiDir = path.resolve(import.meta.dirname, '..');
const repoDir = path.resolve(apiDir, '../..');
const output = path.join(apiDir, 'dist', 'main.js');
const manifest = JSON.parse(fs.readFileSync(path.join(apiDir, 'package.json'), 'utf8'));
const inputs = [
  path.join(apiDir, 'src'),
  path.join(apiDir, 'package.json'),
  import.meta.filename,
  path.join(repoDir, 'packages', 'shared', 'src'),
  path.join(repoDir, 'packages', 'shared', 'package.json'),
];

if (process.argv.includes('--if-needed') && !needsBuild('api', output, inputs)) process.exit(0);

// The workspace's own TypeScript is bundled; installed packages (native better-sqlite3, pino, express) stay imports.
const external = Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith('@civic/'));
const started = performance.now();
// Imported past the up-to-date check, so a start that needs no build does not load the compiler.
const { build } = await import('esbuild');
const result = await build({
  // The extraction worker is a file of its own beside main.js: a worker thread loads it by name.
  entryPoints: {
    main: path.join(apiDir, 'src', 'main.ts'),
    'extraction-worker': path.join(apiDir, 'src', 'imports', 'extraction-worker.ts'),
  },
  outdir: path.dirname(output),
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
  legalComments: 'none',
});
// Written aside and renamed, so a start running at the same moment never loads half a file.
for (const file of result.outputFiles) {
  fs.mkdirSync(path.dirname(file.path), { recursive: true });
  const partial = `${file.path}.${process.pid}.partial`;
  fs.writeFileSync(partial, file.contents);
  fs.renameSync(partial, file.path);
}
console.log(`api: built ${path.relative(repoDir, output)} in ${Math.round(performance.now() - started)} ms`);
