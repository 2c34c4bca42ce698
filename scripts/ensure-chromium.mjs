#!/usr/bin/env node
// The browser tests use the system's Chromium (no browser download). Where it is missing and
// we may install packages (root with apt-get), install Debian's; otherwise say what to do.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(wanted)) process.exit(0);

const canApt = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`Chromium not found at ${wanted}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log('Installing Chromium from Debian packages (one time)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
