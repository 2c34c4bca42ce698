import { describe, expect, it } from 'vitest';
import { initiativeCsvLines } from './csv-rows.ts';
import type { InitiativeCsvSource } from './initiatives-csv-repository.ts';

const row = (n: number): InitiativeCsvSource => [
  `initiative-${n}`,
  null,
  `Заголовок ${n}, "в кавычках"`,
  `${'Длинное описание с запятыми, точками; и =формулой\n'.repeat(40)}${n}`,
  'law',
  'Сенат',
  n % 2 ? null : 'Актюбинская область',
  'in_progress',
  n % 101,
  null,
  '2027-01-01',
  n % 2,
  0,
  null,
  '2026-12-01T00:00:00.000Z',
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  'not_assessed',
  n,
];

describe('initiativeCsvLines', () => {
  it('when a page is written, then it is one CRLF-ended line per row, in order, each quoted by the cell rule', () => {
    const rows = Array.from({ length: 300 }, (_, n) => row(n));
    const lines = [...initiativeCsvLines(rows, 'ru', 'https://example.org', ';')];
    expect(lines).toHaveLength(rows.length);
    expect(lines.every((line) => line.endsWith('\r\n'))).toBe(true);
    expect(lines.map((line) => /^initiative-(\d+);/.exec(line)?.[1])).toEqual(rows.map((_, n) => String(n)));
    expect(lines[0]).toMatch(/^initiative-0;;"Заголовок 0, ""в кавычках""";"Длинное/);
  });
});
