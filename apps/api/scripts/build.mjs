#!/usr/bin/env node
// Compiles the server (src/main.ts with @civic/shared inlined) to dist/main.js for plain node.
// `--if-needed` builds only when dist/main.js is missing or older than any input, so `pnpm start` stays fast.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

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

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

if (process.argv.includes('--if-needed')) {
  const builtAt = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
  if (builtAt > 0 && builtAt >= Math.max(...inputs.map(newestMtime))) {
    console.log('api: dist/ is up to date, not rebuilding');
    process.exit(0);
  }
  console.log(builtAt === 0 ? 'api: no build yet, building' : 'api: sources changed since the last build, rebuilding');
}

// The workspace's own TypeScript is bundled; installed packages (native better-sqlite3, pino, express) stay imports.
const external = Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith('@civic/'));
const started = performance.now();
const result = await build({
  entryPoints: [path.join(apiDir, 'src', 'main.ts')],
  outfile: output,
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
