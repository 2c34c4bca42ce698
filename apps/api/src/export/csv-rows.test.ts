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
  it('when a page holds more text than its first buffer, then its bytes are those of its rows written one by one', () => {
    const rows = Array.from({ length: 300 }, (_, n) => row(n));
    const page = initiativeCsvLines(rows, 'ru', 'https://example.org', ';');
    const oneByOne = Buffer.concat(rows.map((r) => initiativeCsvLines([r], 'ru', 'https://example.org', ';')));
    expect(page.length).toBeGreaterThan(1024 * 1024);
    expect(page.equals(oneByOne)).toBe(true);
    expect(page.toString('utf8').split('\r\n')[0]).toMatch(/^initiative-0;;"Заголовок 0, ""в кавычках""";"Длинное/);
  });
});
