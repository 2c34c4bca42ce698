import { assertCsvWriterIsSafe, csvPropertySeed } from '@civic/shared/testing/csv-check';
import { describe, expect, it } from 'vitest';
import { csvDataUrl, toCsv } from './csv.ts';

describe("toCsv (the charts' data downloads)", () => {
  it('when rows are written, then the document starts with a BOM and every line ends with CRLF', () => {
    expect(toCsv(['Статус', 'Количество'], [['Предложено', 8]], ',')).toBe(
      '\uFEFFСтатус,Количество\r\nПредложено,8\r\n',
    );
  });

  it('when the reader chose ";", then cells are separated by semicolons and a comma needs no quotes', () => {
    expect(toCsv(['Ответственный', 'Количество'], [['Сенат, аппарат', 3]], ';')).toBe(
      '\uFEFFОтветственный;Количество\r\n"Сенат, аппарат";3\r\n',
    );
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['＝1+2', "'＝1+2"],
    ['Маслихат\n=1+2', `"Маслихат\n'=1+2"`],
    ['x;=WEBSERVICE("u")', `"x;'=WEBSERVICE(""u"")"`],
  ])('when a name could start a formula (%j), then it is written as the API writes it', (name, cell) => {
    expect(toCsv(['owner'], [[name]], ',')).toBe(`\uFEFFowner\r\n${cell}\r\n`);
  });

  it(`when any rows are written with either separator, then they read back exactly and no cell starts a formula (seed ${csvPropertySeed})`, () => {
    assertCsvWriterIsSafe(toCsv, 300);
  });

  it('when made into a data URL, then Cyrillic survives the round trip', () => {
    const url = csvDataUrl(toCsv(['Ответственный'], [['Сенат']], ','));
    expect(decodeURIComponent(url.split(',')[1] ?? '')).toBe('\uFEFFОтветственный\r\nСенат\r\n');
  });
});
