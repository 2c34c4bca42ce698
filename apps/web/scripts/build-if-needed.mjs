#!/usr/bin/env node
// Builds the web app when dist/ is missing or older than any of its inputs, so `pnpm start` is fast when nothing changed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { needsBuild } from '../../../scripts/stale-build.mjs';

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

if (!needsBuild('web', builtIndex, inputs)) process.exit(0);
const viteBin = path.join(webDir, 'node_modules', 'vite', 'bin', 'vite.js');
const result = spawnSync(process.execPath, [viteBin, 'build'], { cwd: webDir, stdio: 'inherit' });
process.exit(result.status ?? 1);
