import { type DestinationStream, pino } from 'pino';

/** Bytes of log lines gathered before one write(2) to stdout; about a dozen request lines. */
const logBatchBytes = 4096;
/** The longest a gathered line waits before it is written anyway, in ms (a quiet server's lines). */
const logFlushMs = 250;

/**
 * Logs to stdout unless given another destination (tests read the lines back). Stdout is pino's
 * asynchronous destination (sonic-boom, sync: false) gathering lines: one write(2) per `logBatchBytes`
 * of lines, or after `logFlushMs` for whatever is gathered (sonic-boom's minLength and periodicFlush),
 * instead of a write per request line or two (writing the lines to /dev/null was 5.8% of the server's
 * time under the list load). pino flushes it synchronously when the process exits (its exit hook for
 * asynchronous destinations, pino docs "Asynchronous logging"), so the lines of a clean shutdown or a
 * crash reach stdout. Call `logger.flush()` after a line someone waits for (the start's address).
 */
export function createLogger(level: string, destination?: DestinationStream) {
  const options = {
    level,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'passwordHash', '*.passwordHash'], remove: true },
  };
  return pino(
    options,
    destination ?? pino.destination({ dest: 1, sync: false, minLength: logBatchBytes, periodicFlush: logFlushMs }),
  );
}
