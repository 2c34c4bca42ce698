import { startChildServer } from './child-server.ts';
import { type BenchContext, type Figure, fmt, median, ms } from './figure.ts';
import { type DataSize, syntheticDatabase } from './synthetic-data.ts';

/** Figure 3: sequential GET /api/stats for a bounded time; the median of their durations. */
export async function statsBench(ctx: BenchContext, size: DataSize): Promise<Figure[]> {
  const database = await syntheticDatabase(size, ctx.log);
  const api = await startChildServer(
    { mode: 'api', database, lifetimeMs: (ctx.seconds * 3 + 120) * 1000 },
    ctx.serverFlags(),
  );
  try {
    const get = async () => {
      const started = performance.now();
      const response = await fetch(`${api.url}/api/stats`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`/api/stats answered ${response.status}`);
      return performance.now() - started;
    };
    await get();
    const times: number[] = [];
    const until = performance.now() + ctx.seconds * 1000;
    while ((performance.now() < until || times.length < 5) && times.length < 500) times.push(await get());
    const value = median(times);
    ctx.notes.push(
      `Stats: ${times.length} sequential requests after one warm-up; min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}.`,
    );
    return [
      {
        figure: `GET /api/stats (${fmt(size.initiatives)} initiatives, ${fmt(size.history)} history rows): median`,
        value: ms(value),
        baseline: '—',
        ratio: '—',
        goal: '≤ 50 ms',
        met: value <= 50,
      },
    ];
  } finally {
    await api.stop();
    ctx.reportProfile('stats');
  }
}
