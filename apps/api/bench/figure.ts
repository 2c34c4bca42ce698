/** One row of the report. `met` is null when the figure has no goal or could not be measured. */
export interface Figure {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean | null;
  /** Why the goal is not met, from this run's numbers and the profile; shown only when it is not. */
  limit?: string;
}

export interface BenchContext {
  quick: boolean;
  /** Seconds of load per measurement. */
  seconds: number;
  log(line: string): void;
  notes: string[];
  /** Node flags for the servers under load: a CPU profile when --profile is given. */
  serverFlags(): string[];
  /** Prints where the last profiled server spent its time. */
  reportProfile(label: string): void;
}

export const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const ms = (value: number) => `${fmt(value, value < 10 ? 2 : 1)} ms`;

export const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;

export const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

export function notMeasured(figure: string, goal: string, why: string): Figure {
  return { figure, value: `not measured: ${why}`, baseline: '—', ratio: '—', goal, met: null };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
