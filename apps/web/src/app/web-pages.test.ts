import fs from 'node:fs';
import path from 'node:path';
import { webPagePaths } from '@civic/shared/vocabulary';
import { describe, expect, it } from 'vitest';

// The server answers 404 for paths outside webPagePaths: a page the router adds must be listed there too.
describe('the pages the server knows', () => {
  it('when the router declares its routes, then they are exactly the shared list of web pages', () => {
    const router = fs.readFileSync(path.join(import.meta.dirname, 'router.tsx'), 'utf8');
    const declared = [...router.matchAll(/<Route\s+(index|path="([^"]+)")/g)]
      .map((m) => (m[1] === 'index' ? '/' : `/${m[2]}`))
      .filter((p) => p !== '/*');
    expect(declared.sort()).toEqual([...webPagePaths].sort());
  });
});
