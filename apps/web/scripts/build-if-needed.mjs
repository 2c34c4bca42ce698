#!/usr/bin/env node
// Builds the web app when dist/ is missing or older than any of its inputs, so `pnpm start` is fast when nothing changed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const webDir = path.resolve(import.meta.dirname, '..');
const repoDir = path.resolve(webDir, '../..');
const builtIndex = path.join(webDir, 'dist', 'index.html');
const inputs = [
  path.join(webDir, 'src'),
  path.join(webDir, 'public'),
  path.join(webDir, 'index.html'),
  path.join(webDir, 'vite.config.ts'),
  path.join(webDir, 'package.json'),
  path.join(repoDir, 'packages', 'shared', 'src'),
];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...inputs.map(newestMtime));
if (builtAt > 0 && builtAt >= changedAt) {
  console.log('web: dist/ is up to date, not rebuilding');
  process.exit(0);
}
console.log(builtAt === 0 ? 'web: no build yet, building' : 'web: sources changed since the last build, rebuilding');
const viteBin = path.join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');
const result = spawnSync(process.execPath, [viteBin, 'build'], { cwd: webDir, stdio: 'inherit' });
process.exit(result.status ?? 1);
