import { createApp } from './app.ts';
import { prepareStore } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { listen } from './server.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const store = await prepareStore(config);
const readiness = { accepting: true };
const app = createApp({
  store,
  logger,
  staleAfterDays: config.STALE_AFTER_DAYS,
  webDist: config.WEB_DIST,
  publicUrl: config.PUBLIC_URL,
  trustProxy: config.TRUST_PROXY,
  readiness,
});
const running = await listen(app, config.PORT, config.HOST);
logger.info({ url: running.url, store: store.description }, `Civic Monitor is running at ${running.url}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  readiness.accepting = false;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  await running.close();
  await store.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
