import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseCell, toCsvDocument, unneutraliseCell } from './csv-cell.ts';
import {
  assertCsvWriterIsSafe,
  csvPropertySeed,
  cutCells,
  formulaCells,
  hostileText,
  startsFormula,
} from './testing/csv-check.ts';

describe('neutraliseCell', () => {
  it.each([
    '=SUM(A1)',
    '+7 701',
    '-x',
    '@cmd',
    '\tstart',
    '\rstart',
    '\nstart',
    '\0start',
    "'quoted",
    '＝1+2',
    '＋1',
    '－1',
    '＠SUM(A1)',
    '﹦1+2',
    ' =1+2',
    '\u3000=1+2',
    '"=1+2',
  ])('when a cell starts with a formula or control character (%j), then one apostrophe is prefixed', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it.each([
    ['Проверено на месте\n=1+2', "Проверено на месте\n'=1+2"],
    ['a\r\n-2+3', "a\r\n'-2+3"],
    ['a\r@x', "a\r'@x"],
    ['x;=WEBSERVICE("http://e.x")', 'x;\'=WEBSERVICE("http://e.x")'],
    ['x, +1', "x,' +1"],
    ['x\t=1', "x\t'=1"],
    ['a,\n=1', "a,\n'=1"],
    ["a;'b", "a;''b"],
    ['\t=1', "'\t'=1"],
  ])(
    'when a formula could start after a break inside the cell (%j), then an apostrophe goes there too',
    (value, cell) => {
      expect(neutraliseCell(value)).toBe(cell);
      expect(unneutraliseCell(cell)).toBe(value);
    },
  );

  it.each(['', 'plain', 'Қазақша', '42', 'a=b', 'x-y', 'a, b; c', 'line\nbreak', "it's", '2026-01-01T00:00:00.000Z'])(
    'when a cell is harmless (%j), then it is kept',
    (value) => {
      expect(neutraliseCell(value)).toBe(value);
    },
  );

  it('when any character folds (NFKC) into = + - @, then a cell starting with it is neutralised', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const char = String.fromCharCode(code);
      if (['=', '+', '-', '@'].includes(char.normalize('NFKC'))) expect(neutraliseCell(`${char}1`)).toBe(`'${char}1`);
    }
  });

  describe(`properties (seed ${csvPropertySeed})`, () => {
    it('when any text is neutralised and then unneutralised, then it comes back unchanged', () => {
      fc.assert(
        fc.property(hostileText, (value) => unneutraliseCell(neutraliseCell(value)) === value),
        { seed: csvPropertySeed, numRuns: 2000 },
      );
    });

    it('when any text is neutralised, then no piece a reader can cut from it starts a formula', () => {
      fc.assert(
        fc.property(hostileText, (value) => {
          const cell = neutraliseCell(value);
          for (const sep of [',', ';', '\t'] as const)
            expect(cutCells(cell, sep, false).filter(startsFormula)).toEqual([]);
        }),
        { seed: csvPropertySeed, numRuns: 2000 },
      );
    });
  });
});

describe('csvCell', () => {
  it.each([
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\rlines', '"two\rlines"'],
    ['tab\there', '"tab\there"'],
    ['plain', 'plain'],
  ])('when a cell holds a quote, a separator, a tab or a line break (%j), then it is quoted', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    ['', ''],
    ['Заголовок', 'Заголовок'],
    ['2027-01-01', '2027-01-01'],
    [' =1+2', "' =1+2"],
    ['\u00a0-1', "'\u00a0-1"],
    ["'a", "''a"],
    ['\0x', "'\0x"],
    ['＝1', "'＝1"],
    ['a,=1', `"a,'=1"`],
    ['"=1"', `"'""=1"""`],
  ])(
    'when a cell starts or goes on with what a spreadsheet may read as a formula (%j), then it is written %j',
    (value, written) => {
      expect(csvCell(value)).toBe(written);
    },
  );

  it(`when any text is written, then the cell is the neutralised text, quoted when it holds a trigger (seed ${csvPropertySeed})`, () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary' })), (value) => {
        const cell = neutraliseCell(value);
        expect(csvCell(value)).toBe(/[",;\t\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
      }),
      { seed: csvPropertySeed, numRuns: 2000 },
    );
  });
});

describe('toCsvDocument', () => {
  it('when the status form note has a bare line break before a formula, then the row stays whole and inert', () => {
    const csv = toCsvDocument(['id', 'note'], [['c1', 'Проверено на месте\n=1+2']], ',');
    expect(csv).toBe('\uFEFFid,note\r\nc1,"Проверено на месте\n\'=1+2"\r\n');
    expect(formulaCells(csv)).toEqual([]);
  });

  it(`when any rows are written with either separator, then they read back exactly and no cell starts a formula (seed ${csvPropertySeed})`, () => {
    assertCsvWriterIsSafe(toCsvDocument, 500);
  });
});
