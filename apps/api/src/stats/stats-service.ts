import { type Kind, kinds, type OwnersList, type Stats, type Status, statuses } from '@civic/shared';
import { type ClockSettings, clockAt } from '../initiatives/initiatives-service.ts';
import type { StatsRepository } from './stats-repository.ts';

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

type Transition = Awaited<ReturnType<StatsRepository['transitionsByDay']>>[number];

/** Replays the day-by-day transitions into the count of initiatives in each status at each day's end. */
function statusOverTime(transitions: Transition[]): Stats['statusOverTime'] {
  const series: Stats['statusOverTime'] = [];
  const counts = zeroes(statuses);
  for (const t of transitions) {
    if (series.at(-1)?.date !== t.day) series.push({ date: t.day, counts });
    if (t.from !== null) counts[t.from as Status] -= t.count;
    counts[t.to as Status] += t.count;
    const last = series.at(-1);
    if (last) last.counts = { ...counts };
  }
  return series;
}

type ProgressDay = Awaited<ReturnType<StatsRepository['progressDays']>>[number];

/**
 * Replays the per-day sums into the mean progress of all `total` initiatives at the end of each day on
 * which some entry moved progress, with the mean at its start and the number of entries that moved it;
 * `start` is their summed progress before any entry.
 */
function progressOverTime(days: ProgressDay[], start: number, total: number): Stats['progressOverTime'] {
  if (total === 0) return [];
  const mean = (sum: number) => Math.round((sum / total) * 10) / 10;
  let sum = start;
  const series: Stats['progressOverTime'] = [];
  for (const day of days) {
    const before = sum;
    sum += day.delta;
    if (day.moves > 0)
      series.push({ date: day.day, meanProgress: mean(sum), fromMeanProgress: mean(before), changes: day.moves });
  }
  return series;
}

export function createStatsService(repository: StatsRepository, settings: ClockSettings) {
  return {
    /** The responsible bodies with their initiative counts: the owners an initiative may name (GET /api/owners). */
    async owners(): Promise<OwnersList> {
      return { items: await repository.countByOwner() };
    },

    async get(): Promise<Stats> {
      const clock = clockAt(settings);
      const [totals, byStatus, byKind, byOwner, activityByMonth, transitions, progressDays] = await Promise.all([
        repository.totals(clock),
        repository.countBy('status'),
        repository.countBy('kind'),
        repository.countByOwner(),
        repository.activityByMonth(),
        repository.transitionsByDay(),
        repository.progressDays(),
      ]);
      // Every initiative begins with the entry that created it, so the sums account for all; otherwise ask the history.
      const started = progressDays.reduce((sum, day) => sum + day.started, 0);
      const start =
        started === totals.total
          ? progressDays.reduce((sum, day) => sum + day.starts, 0)
          : await repository.startingProgress();
      const statusCounts = zeroes(statuses);
      for (const { key, count } of byStatus) statusCounts[key as Status] = count;
      const kindCounts = zeroes(kinds);
      for (const { key, count } of byKind) kindCounts[key as Kind] = count;
      return {
        ...totals,
        meanProgress: Math.round(totals.meanProgress * 10) / 10,
        byStatus: statusCounts,
        byKind: kindCounts,
        byOwner: byOwner.filter((entry) => entry.count > 0),
        staleAfterDays: settings.staleAfterDays,
        timeZone: settings.timeZone,
        activityByMonth,
        statusOverTime: statusOverTime(transitions),
        progressOverTime: progressOverTime(progressDays, start, totals.total),
        generatedAt: settings.now().toISOString(),
      };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
