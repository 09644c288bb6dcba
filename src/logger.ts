import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
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

/** A path parameter is logged only when it looks like an id (uuid, thumbprint), never free text. */
const ID_LIKE = /^[A-Za-z0-9_-]{1,64}$/;

interface LoggedRequest {
  method?: string;
  routeOptions?: { url?: string | undefined };
  params?: unknown;
}

/**
 * The request as logged: its method, the route's pattern and the ids in the path; never the
 * URL itself, whose query string carries search text (`?q=`), nor headers or body.
 */
export function requestForLog(request: LoggedRequest) {
  const params =
    request.params !== null && typeof request.params === 'object'
      ? Object.fromEntries(
          Object.entries(request.params as Record<string, unknown>).filter(
            ([, value]) => typeof value === 'string' && ID_LIKE.test(value),
          ),
        )
      : {};
  return {
    method: request.method,
    route: request.routeOptions?.url ?? null,
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
}

/**
 * Error properties that carry the values of a failed query: drizzle's `params`, and
 * PostgreSQL's `detail` ("Key (lower(email))=(ada@example.com) already exists"), `where` and
 * `internalQuery`. The SQL text (`query`, with `$1` placeholders) and codes stay.
 */
const VALUE_FIELDS = ['params', 'detail', 'where', 'internalQuery', 'hint'];

/**
 * pino's error serializer, without the values of a failed query: drizzle puts them in its
 * message and stack too (`Failed query: ...\nparams: <values>`), so they are cut there as
 * well, for the error and every cause it wraps.
 */
export function errorForLog(error: unknown): unknown {
  const serialized = stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (serialized === error || typeof serialized !== 'object') return serialized;
  const values: string[] = [];
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 10; depth += 1) {
    const params = (cause as { params?: unknown }).params;
    if (Array.isArray(params) && params.length > 0) values.push(`params: ${params.join(',')}`);
    cause = cause.cause;
  }
  const scrub = (text: unknown) =>
    typeof text === 'string'
      ? values.reduce((out, value) => out.split(value).join('params: [redacted]'), text)
      : text;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    if (VALUE_FIELDS.includes(key)) continue;
    copy[key] = scrub(value);
  }
  return copy;
}

/** JSON lines on stdout, or on `destination` (tests capture the log there). */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.LOG_LEVEL,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Fastify keeps these in place of its own (which log the whole URL and the client's address).
      serializers: { req: requestForLog, err: errorForLog },
    },
    destination,
  );
}
