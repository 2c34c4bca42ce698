import { type DestinationStream, pino } from 'pino';

/** Logs to stdout unless given another destination (tests read the lines back). */
export function createLogger(level: string, destination?: DestinationStream) {
  const options = {
    level,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'passwordHash', '*.passwordHash'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}
