import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { statuses } from '@civic/shared';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { freePort } from '../scripts/free-port.ts';
import { seededRandom } from '../scripts/seeded-random.ts';
import { prepareStore } from '../src/bootstrap.ts';
import { createUser } from './auth-helpers.ts';
import { writeReport } from './reliability-http.ts';
import { type Json, tempDir } from './test-app.ts';

// SQLite only: it is about what the embedded database file holds after the process dies mid-write.
const kills = Number(process.env.CRASH_KILLS ?? 10);
const writers = 16;
// When each kill lands comes from this seed; the same seed replays the same kill times.
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const replay = `replay with CRASH_SEED=${seed} CRASH_KILLS=${kills}`;
const apiRoot = path.resolve(import.meta.dirname, '..');

interface Ack {
  initiativeId: string;
  note: string;
  version: number;
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      WEB_DIST: path.join(dataDir, 'no-web'),
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready');
}

/** One official writing as fast as the server answers until the connection dies; returns what was acknowledged. */
async function writeUntilKilled(
  url: string,
  cookie: string,
  ids: string[],
  round: number,
  writer: number,
  onAck: () => void,
): Promise<Ack[]> {
  const acks: Ack[] = [];
  const versions = new Map<string, number>();
  for (let n = 0; ; n++) {
    const id = ids[(n * 7 + writer) % ids.length] as string;
    try {
      let version = versions.get(id);
      if (version === undefined) {
        const detail: Json = await (await fetch(`${url}/api/initiatives/${id}`)).json();
        version = detail.version as number;
      }
      const note = `crash r${round} w${writer} n${n}`;
      const change =
        n % 3 === 0
          ? { verifiedOnly: true }
          : n % 3 === 1
            ? { progress: (n * 13) % 101 }
            : { status: statuses[n % statuses.length] };
      const res = await fetch(`${url}/api/initiatives/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ version, note, ...change }),
      });
      const body: Json = await res.json();
      if (res.status === 200) {
        acks.push({ initiativeId: id, note, version: body.version });
        onAck();
        versions.set(id, body.version);
      } else if (res.status === 409) versions.set(id, body.current.version);
      else if (res.status === 400 && contradicts(body)) {
        // Refused by the status–progress rule (progressConflict), e.g. a progress below 100 on a completed
        // initiative: nothing was written or acknowledged, so there is nothing to survive.
      } else throw new Error(`unexpected ${res.status}: ${JSON.stringify(body)}`);
    } catch (err) {
      if (err instanceof TypeError) return acks; // fetch failed: the server is gone
      throw err;
    }
  }
}

/** A 400 whose only complaint is that status and progress would contradict each other. */
const contradicts = (body: Json) =>
  Array.isArray(body.errors) &&
  body.errors.length > 0 &&
  body.errors.every((e: Json) => ['status', 'progress'].includes(e.field) && /100 %/.test(e.message));

interface Baseline {
  version: number;
  history: number;
}

/** Opens the file as the restarted server would and checks what the issue asks for. */
function inspect(file: string, acks: Ack[], baseline: Map<string, Baseline>) {
  const db = new SQLite(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const notes = new Set(db.prepare('select note from status_changes').pluck().all() as string[]);
    const missing = acks.filter((a) => !notes.has(a.note));
    const rows = db.prepare('select id, parent_id as parentId, version, status from initiatives').all() as {
      id: string;
      parentId: string | null;
      version: number;
      status: string;
    }[];
    const historyCount = new Map(
      (
        db
          .prepare(
            "select initiative_id as id, count(*) as n from status_changes where kind <> 'rollup' group by initiative_id",
          )
          .all() as {
          id: string;
          n: number;
        }[]
      ).map((r) => [r.id, r.n]),
    );
    const lastStatus = db
      .prepare('select to_status from status_changes where initiative_id = ? order by rowid desc limit 1')
      .pluck();
    const added = (id: string) => (historyCount.get(id) ?? 0) - (baseline.get(id)?.history ?? 0);
    // Every recorded change (roll-up entries aside) gives its initiative and each of its ancestors one new
    // version, in the same transaction (touchAncestors); so an initiative's new versions are its own
    // changes plus those of everything below it, at any depth.
    const below = (id: string): number =>
      rows.filter((c) => c.parentId === id).reduce((sum, c) => sum + added(c.id) + below(c.id), 0);
    const disagreeing = rows.filter((row) => {
      const versionsAdded = row.version - (baseline.get(row.id)?.version ?? 0);
      return versionsAdded !== added(row.id) + below(row.id) || lastStatus.get(row.id) !== row.status;
    });
    const behind = acks.filter((a) => (rows.find((r) => r.id === a.initiativeId)?.version ?? 0) < a.version);
    return { integrity, missing, disagreeing: disagreeing.map((r) => r.id), behind };
  } finally {
    db.close();
  }
}

describe('crash durability on the embedded database', () => {
  it(`when the server is killed with SIGKILL ${kills} times while officials write, then every acknowledged update survives, versions agree with history, and the file is intact`, async () => {
    console.log(`crash seed ${seed}: ${replay}`);
    const random = seededRandom(seed);
    const dataDir = tempDir('civic-crash-');
    const file = path.join(dataDir, 'civic-monitor.db');
    const store = await prepareStore({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    const official = await createUser(store, { role: 'official' });
    const seeded = await store.db.selectFrom('initiatives').select(['id', 'version']).execute();
    const history = await store.db
      .selectFrom('status_changes')
      .select('initiative_id')
      .where('kind', '<>', 'rollup')
      .execute();
    await store.close();
    const baseline = new Map<string, Baseline>(
      seeded.map((r) => [
        r.id,
        { version: Number(r.version), history: history.filter((h) => h.initiative_id === r.id).length },
      ]),
    );
    const ids = seeded.map((r) => r.id);
    const allAcks: Ack[] = [];
    let killsSurvived = 0;

    try {
      for (let round = 0; round < kills; round++) {
        const { child, url } = await startServer(dataDir);
        const exited = new Promise((resolve) => child.once('exit', resolve));
        const login = await fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: official.username, password: official.password }),
        });
        expect(login.status).toBe(200);
        const cookie = /civic_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
        let firstAck: () => void = () => undefined;
        const writesFlow = new Promise<void>((resolve) => {
          firstAck = resolve;
        });
        const writing = Array.from({ length: writers }, (_, w) =>
          writeUntilKilled(url, cookie, ids, round, w, firstAck),
        );
        // Counted from the first acknowledged write, so that on a slow machine the kill still lands among writes.
        await Promise.race([writesFlow, new Promise((r) => setTimeout(r, 30_000))]);
        await new Promise((r) => setTimeout(r, 100 + Math.floor(random() * 900)));
        child.kill('SIGKILL');
        await exited;
        const acks = (await Promise.all(writing)).flat();
        allAcks.push(...acks);

        const found = inspect(file, allAcks, baseline);
        const at = `round ${round} (${replay})`;
        expect(found.integrity, at).toBe('ok');
        expect(found.missing, `${at}: acknowledged updates lost`).toEqual([]);
        expect(found.behind, `${at}: versions behind an acknowledgement`).toEqual([]);
        expect(found.disagreeing, `${at}: version and history disagree`).toEqual([]);
        killsSurvived += 1;
      }
    } catch (err) {
      // Whatever broke (a server that would not start, a refused login), the seed to replay it is in the message.
      if (err instanceof Error && !err.message.includes(replay)) err.message += ` (${replay})`;
      throw err;
    }

    const figures = {
      seed,
      kills,
      killsSurvived,
      acknowledgedWritesChecked: allAcks.length,
      writers,
      at: new Date().toISOString(),
    };
    console.log(`crash figures: ${JSON.stringify(figures)}`);
    writeReport('reliability-crash', figures);
    expect(killsSurvived, replay).toBe(kills);
    expect(allAcks.length, replay).toBeGreaterThan(kills);
  }, 900_000);
});
