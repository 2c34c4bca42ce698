import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from './auth-helpers.ts';
import { dryRun } from './spreadsheet-helpers.ts';
import { startTestApp, type TestApp, tempDir } from './test-app.ts';

// The real LibreOffice opens the .xlsx export and saves it as Russian-locale Excel's "CSV" would be:
// Windows-1251 (LibreOffice's text encoding 34) with ";" (59). CI installs LibreOffice (.ci/run).

const soffice = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/local/bin/soffice'].find(
  (candidate): candidate is string => !!candidate && fs.existsSync(candidate),
);
const run = promisify(execFile);

describe(`the .xlsx export saved as Windows-1251 CSV by LibreOffice Calc (${soffice ?? 'soffice not found'})`, () => {
  let app: TestApp;
  const dir = tempDir('civic-lo-sheet-');
  const csvFile = path.join(dir, 'out', 'initiatives.csv');

  beforeAll(async () => {
    if (!soffice) {
      const message = 'LibreOffice (soffice) not found: the spreadsheet round trip through LibreOffice was NOT run';
      console.warn(message);
      if (process.env.CI) throw new Error(`${message}; CI must install libreoffice-calc-nogui (.ci/run)`);
      return;
    }
    app = await startTestApp();
    const xlsx = path.join(dir, 'initiatives.xlsx');
    fs.writeFileSync(xlsx, Buffer.from(await (await app.fetch('/api/export/initiatives.xlsx')).arrayBuffer()));
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):59,34,34',
        '--outdir',
        path.join(dir, 'out'),
        xlsx,
      ],
      { timeout: 180_000 },
    );
  }, 400_000);
  afterAll(async () => {
    await app?.close();
  });

  it('when the CSV is imported, then every row is unchanged and the Cyrillic is intact', async () => {
    if (!soffice) return;
    const bytes = fs.readFileSync(csvFile);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = iconv.decode(bytes, 'windows-1251');
    const first = (await app.json('/api/initiatives?pageSize=1')).items[0];
    expect(text).toContain(first.title.ru);
    expect(text.split(/\r?\n/)[0]).toMatch(/^"?id"?;"?version"?;/);

    const report = await dryRun(app, await loginAs(app, 'official'), new Uint8Array(bytes), 'initiatives.csv');
    expect(report.counts).toEqual({ unchanged: report.rows.length, changed: 0, error: 0, conflict: 0 });
    expect(report.rows.length).toBe((await app.json('/api/initiatives?pageSize=1')).total);
  });
});
