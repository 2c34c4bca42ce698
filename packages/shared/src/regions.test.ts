import { describe, expect, it } from 'vitest';
import { countryRegion, currentRegionCode, kzRegions, legacyRegionCodes } from './regions.ts';

describe('ISO 3166-2:KZ codes', () => {
  it('when the list is read, then it holds 17 regions and 3 cities, each with a distinct two-digit code', () => {
    const codes = kzRegions.map((region) => region.code);
    expect(new Set(codes).size).toBe(20);
    for (const code of codes) expect(code).toMatch(/^KZ-\d{2}$/);
  });

  it('when a former letter code is read, then it gives the numeric code of the same subdivision', () => {
    expect(currentRegionCode('KZ-AKT')).toBe('KZ-15');
    expect(currentRegionCode('KZ-AST')).toBe('KZ-71');
    expect(currentRegionCode('KZ-YUZ')).toBe('KZ-61');
    const listed = new Set<string>(kzRegions.map((region) => region.code));
    for (const code of Object.values(legacyRegionCodes)) expect(listed.has(code)).toBe(true);
    // Each former code has its own successor: no two letter codes were merged.
    expect(new Set(Object.values(legacyRegionCodes)).size).toBe(Object.keys(legacyRegionCodes).length);
  });

  it('when a current code is read, then it stays; anything else is no region', () => {
    expect(currentRegionCode(countryRegion)).toBe('KZ');
    expect(currentRegionCode('KZ-62')).toBe('KZ-62');
    for (const other of ['KZ-BAY', 'kz-99', 'KZ-99', 'RU-MOW', '', 'toString', '__proto__', 'kz-ſev']) {
      expect(currentRegionCode(other), other).toBeUndefined();
    }
  });

  it('when a code is typed in lower or mixed case, then it reads as the canonical upper-case code', () => {
    expect(currentRegionCode('kz-15')).toBe('KZ-15');
    expect(currentRegionCode('kz')).toBe('KZ');
    expect(currentRegionCode('Kz-71')).toBe('KZ-71');
    expect(currentRegionCode('kz-akt')).toBe('KZ-15');
    expect(currentRegionCode('kZ-Zap')).toBe('KZ-27');
  });
});
