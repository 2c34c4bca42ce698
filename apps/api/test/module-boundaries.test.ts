import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.join(import.meta.dirname, '../src');

/** Every production source file under src, as a path relative to it. */
const sourceFiles = (fs.readdirSync(src, { recursive: true }) as string[]).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'),
);

/** The files a source file imports from this package, relative to src. */
function localImports(file: string): string[] {
  const text = fs.readFileSync(path.join(src, file), 'utf8');
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) =>
    path.relative(src, path.resolve(path.dirname(path.join(src, file)), m[1] as string)),
  );
}

const folderOf = (file: string) => (file.includes(path.sep) ? file.split(path.sep)[0] : undefined);

/** Folder → the other folders its files import; files at the top of src (the composition root) are not folders. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles) {
    const from = folderOf(file);
    if (!from) continue;
    for (const target of localImports(file).map(folderOf)) {
      if (target && target !== from) graph.set(from, (graph.get(from) ?? new Set()).add(target));
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const done = new Set<string>();
  const visit = (node: string, trail: string[]): string[] | undefined => {
    if (trail.includes(node)) return [...trail.slice(trail.indexOf(node)), node];
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...trail, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('module boundaries', () => {
  it('when the folders of src import each other, then no chain of imports leads back to where it started', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(8);
    expect(findCycle(graph)?.join(' → ')).toBeUndefined();
  });

  it('when runtime code needs a quote located or a store seeded, then only the start-up step imports seed/', () => {
    const importers = sourceFiles.filter(
      (file) => folderOf(file) !== 'seed' && localImports(file).some((target) => folderOf(target) === 'seed'),
    );
    expect(importers).toEqual(['bootstrap.ts']);
  });
});
