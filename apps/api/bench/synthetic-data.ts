import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Status, statusProgressPreset } from '@civic/shared';
import SQLite from 'better-sqlite3';
import { seededRandom } from '../scripts/seeded-random.ts';
import { openSqlite } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { NewInitiativeRow, NewStatusChangeRow, OwnersTable } from '../src/db/schema.ts';
import { searchText } from '../src/initiatives/search-text.ts';
import { createTextSource, regions } from './synthetic-text.ts';

export interface DataSize {
  initiatives: number;
  history: number;
}

/** This run's temp folder; run.ts removes it at the end (and leftovers of runs that were killed). */
export const benchDir = path.join(os.tmpdir(), `civic-bench-${process.pid}`);
const migrationsDir = path.resolve(import.meta.dirname, '../src/db/migrations');

/** Changes whenever a migration or this generator changes, so a cached file never outlives its schema. */
function schemaVersion(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrationsDir).sort()) hash.update(fs.readFileSync(path.join(migrationsDir, file)));
  hash.update(fs.readFileSync(import.meta.filename));
  hash.update(fs.readFileSync(path.join(import.meta.dirname, 'synthetic-text.ts')));
  return hash.digest('hex').slice(0, 12);
}

export const syntheticOwners: OwnersTable[] = Array.from({ length: 12 }, (_, i) => ({
  id: `synthetic-owner-${i + 1}`,
  name_ru: `Синтетический орган №${i + 1}`,
  name_en: `Synthetic body no. ${i + 1}`,
  name_kk: null,
}));

const startMs = Date.parse('2023-01-01T00:00:00Z');
const spanMs = Date.parse('2026-11-01T00:00:00Z') - startMs;

/** The initiatives and their history, one initiative at a time; every initiative is marked synthetic. */
export function* syntheticRows(size: DataSize, seed = 1) {
  const random = seededRandom(seed);
  const text = createTextSource(random);
  const perInitiative = size.initiatives === 0 ? 0 : Math.floor(size.history / size.initiatives);
  let extra = size.history - perInitiative * size.initiatives;
  let historyId = 0;
  for (let n = 0; n < size.initiatives; n++) {
    const id = `syn-${String(n + 1).padStart(7, '0')}`;
    const changes = perInitiative + (extra-- > 0 ? 1 : 0);
    const history: NewStatusChangeRow[] = [];
    let status: Status = 'proposed';
    let at = startMs + Math.floor(random() * spanMs * 0.5);
    for (let c = 0; c < changes; c++) {
      const next: Status = c === 0 ? 'proposed' : random() < 0.2 ? status : text.status();
      history.push({
        id: `synh-${String(++historyId).padStart(9, '0')}`,
        initiative_id: id,
        from_status: c === 0 ? null : status,
        to_status: next,
        from_progress: c === 0 ? null : (statusProgressPreset[status] ?? 0),
        to_progress: statusProgressPreset[next] ?? 0,
        from_stage: null,
        to_stage: null,
        note: 'Синтетическая запись для замера производительности',
        evidence_url: null,
        actor: 'synthetic',
        at: new Date(at).toISOString(),
      });
      status = next;
      at += Math.floor(random() * (spanMs / Math.max(changes, 1)) * 0.5);
    }
    const titleRu = text.titleRu();
    const titleEn = text.titleEn();
    const summaryRu = text.summaryRu();
    const summaryEn = text.summaryEn();
    const kind = text.kind();
    const owner = text.pick(syntheticOwners);
    const verified = new Date(Date.parse('2026-11-27T00:00:00Z') - text.int(90) * 86_400_000).toISOString();
    const initiative: NewInitiativeRow = {
      id,
      parent_id: null,
      kind,
      title_ru: titleRu,
      title_en: titleEn,
      title_kk: null,
      summary_ru: summaryRu,
      summary_en: summaryEn,
      summary_kk: null,
      owner_id: owner.id,
      region: text.pick(regions),
      tags: JSON.stringify(['synthetic']),
      status,
      progress: statusProgressPreset[status] ?? 0,
      progress_source: 'status',
      legislative_stage: kind === 'legislation' ? 'drafting' : null,
      target_date: random() < 0.3 ? null : `202${4 + text.int(5)}-0${1 + text.int(9)}-15`,
      last_verified_at: verified,
      source_document_id: null,
      source_quote: null,
      source_start: null,
      source_end: null,
      sort_key: 1_000_000 + n,
      search_text: searchText([id, titleRu, titleEn, summaryRu, summaryEn, owner.name_ru, owner.name_en]),
      synthetic: 1,
      created_at: history[0]?.at ?? verified,
      updated_at: history.at(-1)?.at ?? verified,
      version: Math.max(1, changes),
    };
    yield { initiative, history };
  }
}

const placeholders = (row: object) =>
  `(${Object.keys(row)
    .map((k) => `@${k}`)
    .join(', ')})`;

async function generate(file: string, size: DataSize): Promise<void> {
  const store = openSqlite(file);
  await migrateToLatest(store.db);
  await store.close();
  const sqlite = new SQLite(file);
  // Building a throw-away file: durability is not needed until it is complete and renamed.
  sqlite.pragma('synchronous = OFF');
  const [first] = syntheticRows({ initiatives: 1, history: 1 });
  if (!first) throw new Error('no rows');
  const insertOwner = sqlite.prepare(
    `insert into owners (id, name_ru, name_en, name_kk) values (@id, @name_ru, @name_en, @name_kk)`,
  );
  const insertInitiative = sqlite.prepare(
    `insert into initiatives (${Object.keys(first.initiative).join(', ')}) values ${placeholders(first.initiative)}`,
  );
  const insertChange = sqlite.prepare(
    `insert into status_changes (${Object.keys(first.history[0] ?? {}).join(', ')}) values ${placeholders(first.history[0] ?? {})}`,
  );
  sqlite.transaction(() => {
    for (const owner of syntheticOwners) insertOwner.run(owner);
  })();
  const batch: ReturnType<typeof syntheticRows> extends Iterable<infer T> ? T[] : never = [];
  const flush = sqlite.transaction(() => {
    for (const { initiative, history } of batch) {
      insertInitiative.run(initiative);
      for (const change of history) insertChange.run(change);
    }
  });
  for (const rows of syntheticRows(size)) {
    batch.push(rows);
    if (batch.length >= 5000) {
      flush();
      batch.length = 0;
    }
  }
  flush();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

/**
 * A migrated SQLite file holding only synthetic data of the given size, built once per run and reused by
 * the benchmarks of that run. It is named civic-monitor.db inside a folder of its own, so that folder
 * serves as a server's DATA_DIR.
 */
export async function syntheticDatabase(size: DataSize, log: (line: string) => void): Promise<string> {
  const dir = path.join(benchDir, `synthetic-${size.initiatives}-${size.history}-${schemaVersion()}`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'civic-monitor.db');
  if (fs.existsSync(file)) return file;
  const started = performance.now();
  const building = `${file}.building-${process.pid}`;
  try {
    await generate(building, size);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${building}${suffix}`, { force: true });
    fs.renameSync(building, file);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${building}${suffix}`, { force: true });
  }
  log(
    `generated ${size.initiatives} initiatives and ${size.history} history rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return file;
}

/** A private copy of a generated file, for benchmarks that write. */
export function workingCopy(file: string, name: string): string {
  const copy = path.join(benchDir, `${name}-${process.pid}.db`);
  fs.copyFileSync(file, copy);
  return copy;
}

export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}
