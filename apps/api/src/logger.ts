import { type DestinationStream, pino } from 'pino';

/**
 * Logs to stdout unless given another destination (tests read the lines back). Stdout is pino's
 * asynchronous destination (sonic-boom, sync: false): lines logged while a write is in flight go out
 * together in the next write instead of one write(2) per request line. pino flushes it synchronously
 * when the process exits (its exit hook for asynchronous destinations, pino docs "Asynchronous logging"),
 * so the lines of a clean shutdown or a crash reach stdout.
 */
export function createLogger(level: string, destination?: DestinationStream) {
  const options = {
    level,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'passwordHash', '*.passwordHash'], remove: true },
  };
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
}
