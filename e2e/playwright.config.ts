import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;
// Workers load this file too: make the temp database once and hand it down through the environment.
process.env.CIVIC_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'civic-e2e-'));
const dataDir = process.env.CIVIC_E2E_DATA_DIR;
const webDist = path.resolve(import.meta.dirname, '../apps/web/dist');
// Specs that log in (the screenshots log in as an official and a monitor) run after the read-only ones.
const officialSpecs = /(officials.*|screenshots)\.spec\.ts$/;
const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 900 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: './tests',
  // One folder per run, so that two runs on one machine do not delete each other's traces.
  outputDir: path.join('test-results', path.basename(dataDir)),
  // Creates an official with a password made up for this run (the server is already up by then).
  globalSetup: './tests/officials-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // A hang guard, not a speed check (speed is `pnpm bench`): two workers, the server and Chromium share
  // two cores, and a flow of several logins in fresh contexts once ran past 30 s on CI while passing.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
    viewport: { width: 1280, height: 900 },
  },
  projects: [
    { name: 'chromium', use: chromium, testIgnore: officialSpecs },
    // Officials change data: they run after the read-only specs, so those compare figures that hold still.
    { name: 'officials', use: chromium, testMatch: officialSpecs, dependencies: ['chromium'] },
  ],
  webServer: {
    command: 'node ../apps/web/scripts/build-if-needed.mjs && npx tsx ../apps/api/src/main.ts',
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
    },
  },
});
