import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as everything from '../index.ts';
import * as schemas from './schemas.ts';
import * as vocabulary from './vocabulary.ts';

/** Every module specifier a file's graph reaches at run time (type-only imports are erased, so left out). */
function runtimeImports(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
      const isExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly;
      const specifier = isImport || isExport ? statement.moduleSpecifier : undefined;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      if (specifier.text.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.text));
      else packages.add(specifier.text);
    }
  };
  visit(path.resolve(import.meta.dirname, entry));
  return { files: [...files].map((file) => path.basename(file)), packages: [...packages] };
}

describe('@civic/shared entries', () => {
  it('when the vocabulary entry is followed through every import, then no module imports any package', () => {
    const graph = runtimeImports('vocabulary.ts');
    expect(graph.packages).toEqual([]);
    expect(graph.files).toContain('rules.ts');
  });

  it('when the schemas entry is followed the same way, then zod is found (the walk can see it)', () => {
    expect(runtimeImports('schemas.ts').packages).toContain('zod');
  });

  it('when the vocabulary is imported, then it brings the lists, labels and rules the pages need', () => {
    for (const name of ['statuses', 'kinds', 'legislativeStages', 'languages', 'roles', 'sortFields']) {
      expect(vocabulary).toHaveProperty(name);
    }
    for (const name of ['statusLabels', 'kindLabels', 'stageLabels', 'statusProgressPreset']) {
      expect(vocabulary).toHaveProperty(name);
    }
    for (const name of ['neutraliseCell', 'isOverdue', 'isStale', 'parseSort', 'splitListParam']) {
      expect(vocabulary).toHaveProperty(name);
    }
  });

  it('when the package root is imported, then it offers everything both entries export, as the same values', () => {
    const root = new Map(Object.entries(everything));
    for (const [name, value] of Object.entries({ ...vocabulary, ...schemas })) expect(root.get(name), name).toBe(value);
  });
});
