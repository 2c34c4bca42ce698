import fs from 'node:fs';
import path from 'node:path';
import { webPageModules, webPagePaths } from '@civic/shared/vocabulary';
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

  it("when the server preloads a page's module, then it is the module the router lazily loads for that page", () => {
    const router = fs.readFileSync(path.join(import.meta.dirname, 'router.tsx'), 'utf8');
    const entries = Object.entries(webPageModules);
    expect(entries.length).toBeGreaterThan(0);
    for (const [page, module] of entries) {
      const route = page === '/' ? 'index' : `path="${page.slice(1)}"`;
      const component = new RegExp(`<Route\\s+${route}\\s+element=\\{<(\\w+)`).exec(router)?.[1];
      const imported = new RegExp(`const ${component} = lazy\\(\\(\\) => import\\('([^']+)'\\)\\)`).exec(router)?.[1];
      expect(imported, page).toBeDefined();
      // Vite's manifest names a module by its path from apps/web.
      const fromWeb = path.relative(
        path.resolve(import.meta.dirname, '../..'),
        path.resolve(import.meta.dirname, imported ?? ''),
      );
      expect(fromWeb, page).toBe(module);
    }
  });
});
