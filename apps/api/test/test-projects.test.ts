import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realServerTests, storeIndependentTests, storeTests } from './test-projects.ts';

const apiRoot = path.resolve(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(path.join(apiRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
    .sort();
}

describe('which project runs which API test file', () => {
  const listed = [...storeTests, ...Object.keys(realServerTests), ...storeIndependentTests];

  it('when the API test files are listed, then each is in exactly one list, and every listed file exists', () => {
    const files = [...testFiles('src'), ...testFiles('test')];
    expect([...listed].sort()).toEqual(files);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
