#!/usr/bin/env node
// Reports gzip sizes of the production build: the JavaScript a first visit loads (the entry and
// its static imports), and every lazily loaded chunk. Run after `vite build`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
const staticImports = (file) => {
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map(
    (m) => `assets/${m[1]}`,
  );
};

const entries = [...html.matchAll(/<script[^>]+src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const initial = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}

const row = (file) => `  ${file.padEnd(48)} ${gzipKb(file).toFixed(1).padStart(7)} KB gzip`;
const total = [...initial].reduce((sum, file) => sum + gzipKb(file), 0);
console.log('Initial JavaScript (entry and its static imports):');
for (const file of initial) console.log(row(file));
console.log(`  ${'total'.padEnd(48)} ${total.toFixed(1).padStart(7)} KB gzip`);
console.log('Lazily loaded chunks:');
for (const file of fs.readdirSync(path.join(dist, 'assets')).sort()) {
  const asset = `assets/${file}`;
  if (file.endsWith('.js') && !initial.has(asset)) console.log(row(asset));
}
