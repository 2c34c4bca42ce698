import path from 'node:path';
import { defaultTimeZone, isTimeZone } from '@civic/shared';
import { z } from 'zod';
import { apiRoot } from './paths.ts';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default(path.resolve(apiRoot, '../../data')),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** IANA zone whose calendar days count: "today" for overdue and stale, the day of a timestamp. */
  TIME_ZONE: z.string().default(defaultTimeZone).refine(isTimeZone, 'an IANA time zone name such as Asia/Almaty'),
  /** The address the public reaches the app at; used for absolute links in exports and feeds. */
  PUBLIC_URL: z.url().optional(),
  WEB_DIST: z.string().default(path.resolve(apiRoot, '../web/dist')),
  TRUST_PROXY: z.string().default('loopback'),
  /** On SIGTERM, how long /readyz answers 503 before the listener closes, so a load balancer can notice. */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  /** After the listener closes, how long in-flight requests may take before their connections are cut. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** PostgreSQL: connections in this instance's pool. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** How long a request waits for the database (a free pool connection; SQLite's write lock) before a 503. */
  DB_WAIT_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(5000),
  /** Exports streaming at once on this instance; one more is answered 503 with Retry-After. */
  EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(1000).default(4),
  /** A download that sends nothing for this long (the client stopped reading) is cut; 0 never cuts. */
  EXPORT_STALL_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
});

export type Config = z.infer<typeof configSchema>;

/** Reads the environment once; the rest of the code takes the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const fields = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  return result.data;
}
