import { describe, expect, it } from 'vitest';
import { csvCell, csvDataUrl, toCsv } from './csv.ts';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+7 701', "'+7 701"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tlead', "'\tlead"],
  ])('when a text cell starts like a formula (%j), then it is prefixed with an apostrophe', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('when a cell starts with CR, then it is neutralised and quoted', () => {
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });

  it('when a cell holds a comma, quote or line break, then it is quoted with inner quotes doubled', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('when a cell is a negative number, then it stays a number', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('when rows are written, then the document starts with a BOM and every line ends with CRLF', () => {
    const csv = toCsv(['Статус', 'Количество'], [['Предложено', 8]]);
    expect(csv).toBe('\uFEFFСтатус,Количество\r\nПредложено,8\r\n');
  });

  it('when made into a data URL, then Cyrillic survives the round trip', () => {
    const url = csvDataUrl(toCsv(['Ответственный'], [['Сенат']]));
    expect(decodeURIComponent(url.split(',')[1] ?? '')).toBe('\uFEFFОтветственный\r\nСенат\r\n');
  });
});
