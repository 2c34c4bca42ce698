import { createApp } from './app.ts';
import { prepareStore } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { listen } from './server.ts';
import { warnWhenNoUsers } from './users/first-user-hint.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const store = await prepareStore(config);
await warnWhenNoUsers(store.db, logger);
const readiness = { accepting: true };
const app = createApp({
  store,
  logger,
  staleAfterDays: config.STALE_AFTER_DAYS,
  timeZone: config.TIME_ZONE,
  webDist: config.WEB_DIST,
  publicUrl: config.PUBLIC_URL,
  trustProxy: config.TRUST_PROXY,
  readiness,
  downloadLimits: { maxConcurrent: config.EXPORT_MAX_CONCURRENT, stallTimeoutMs: config.EXPORT_STALL_TIMEOUT_MS },
});
const running = await listen(app, config.PORT, config.HOST);
logger.info(
  { url: running.url, store: store.description, webDist: config.WEB_DIST },
  `Civic Monitor is running at ${running.url}`,
);
// Whoever started the server waits for this line: it goes out now, not with the next batch.
logger.flush();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  readiness.accepting = false;
  logger.info({ signal, drainMs: config.SHUTDOWN_DRAIN_MS }, 'shutting down: /readyz now answers 503');
  await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
  logger.info('refusing new connections, finishing in-flight requests');
  try {
    await running.close(config.SHUTDOWN_TIMEOUT_MS);
    await store.close();
    logger.info('stopped');
    process.exit(0);
  } catch (err) {
    logger.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
