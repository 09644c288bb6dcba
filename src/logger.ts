import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

/** Fields that hold secrets: passwords, their hashes, tokens and keys. */
const SECRET_FIELDS = [
  'password',
  'currentPassword',
  'passwordHash',
  'accessToken',
  'refreshToken',
  'token',
  'tokenHash',
  'privateKey',
];

/**
 * Log paths that may hold secrets: replaced before a line is written. Each secret field is
 * covered at the top level and up to two objects deep (e.g. `{ body: { password } }` and
 * `{ req: { body: { password } } }`).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

/** JSON lines on stdout, or on `destination` (tests capture the log there). */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.LOG_LEVEL,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
