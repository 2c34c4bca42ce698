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

// Bundled with the workspace's own TypeScript: the installed packages every start loads (express, kysely, zod,
// pino, helmet…). Left to node to resolve one file at a time, their several hundred modules took most of a cold
// start. Left as imports: packages that find their own files at run time (the native better-sqlite3 and its
// .node file; tinypool, whose worker script sits beside its own module), and every package loaded only on first
// use (`import()` here; `require` through lazy-module.ts, connect.ts and openapi-routes.ts, which esbuild does not
// follow), so that a start does not parse what only some routes need.
const packages = Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith('@civic/'));
const locatesOwnFiles = new Set(['better-sqlite3', 'tinypool']);
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const keepLoadedOnUse = {
  name: 'keep-loaded-on-use',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return undefined;
      const name = packageOf(args.path);
      if (locatesOwnFiles.has(name) || (args.kind === 'dynamic-import' && packages.includes(name)))
        return { path: args.path, external: true };
      return undefined;
    });
  },
};
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
  plugins: [keepLoadedOnUse],
  // Bundled CommonJS packages require node's built-ins; an ES module has no `require` of its own.
  banner: {
    js: "import { createRequire as createRequireOfBundle } from 'node:module';\nconst require = createRequireOfBundle(import.meta.url);",
  },
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
