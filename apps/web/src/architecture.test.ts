import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
const sources = (fs.readdirSync(root, { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .map((file) => ({ file: file.split(path.sep).join('/'), code: fs.readFileSync(path.join(root, file), 'utf8') }));

/** The specifiers a file imports at run time (`import type` is erased by the build, so left out). */
function runtimeImports(code: string): string[] {
  const statements = code.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm);
  return [...statements].map((match) => match[1] ?? '');
}

describe('web layout', () => {
  it('when a feature imports code, then never from another feature', () => {
    const crossings = sources.flatMap(({ file, code }) => {
      const own = /^features\/([^/]+)\//.exec(file)?.[1];
      if (!own) return [];
      return runtimeImports(code)
        .concat([...code.matchAll(/^import\s+type\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? ''))
        .map((specifier) => path.posix.join(path.posix.dirname(file), specifier))
        .filter((target) => target.startsWith('features/') && !target.startsWith(`features/${own}/`))
        .map((target) => `${file} → ${target}`);
    });
    expect(crossings).toEqual([]);
  });

  it('when a file loads zod or the shared schemas, then it is the one place that first sets zod to jitless', () => {
    const loaders = sources
      .filter(({ code }) =>
        runtimeImports(code).some((specifier) => specifier === 'zod' || specifier.startsWith('@civic/shared/schemas')),
      )
      .map(({ file }) => file);
    expect(loaders.sort()).toEqual(['lib/schemas.ts', 'lib/zod-config.ts']);
  });

  it('when the shared package is imported, then by a subpath, never its root that bundles zod', () => {
    const rootImports = sources
      .filter(({ code }) => /from\s+['"]@civic\/shared['"]/.test(code))
      .map(({ file }) => file);
    expect(rootImports).toEqual([]);
  });
});
