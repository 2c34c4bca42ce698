import { pino } from 'pino';

export function createLogger(level: string) {
  return pino({
    level,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'passwordHash', '*.passwordHash'], remove: true },
  });
}
