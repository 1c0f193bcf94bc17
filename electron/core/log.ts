import pino from 'pino';

export type Logger = pino.Logger;

/** Structured logs to stderr; tests pass level 'silent'. */
export function createLogger(level: pino.LevelWithSilent = 'info'): Logger {
  return pino({ level, base: { app: 'lianxin' } }, pino.destination(2));
}
