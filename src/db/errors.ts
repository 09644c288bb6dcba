/**
 * Classification of database failures for the HTTP error handler. drizzle wraps driver
 * errors, so the SQLSTATE or socket code is found by walking `.cause`.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '57014', // query_canceled: the statement timeout hit, i.e. the database is overloaded
]);

const CONNECTION_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'connection timeout',
  'Client has encountered a connection error',
];

function* causeChain(err: unknown): Generator {
  const seen = new Set<unknown>();
  let current = err;
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current);
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

/** The SQLSTATE (or socket error code) of the first error in the chain that has one. */
export function databaseErrorCode(err: unknown): string | undefined {
  for (const e of causeChain(err)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export function isUniqueViolation(err: unknown): boolean {
  return databaseErrorCode(err) === '23505';
}

/** A unique violation of that constraint (by name), wherever in the chain. */
export function violatesUnique(err: unknown, constraint: string): boolean {
  for (const e of causeChain(err)) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505' && name === constraint) return true;
  }
  return false;
}

/** A statement ran past `statement_timeout` (waiting for a lock, or an overloaded server). */
export function isStatementTimeout(err: unknown): boolean {
  return databaseErrorCode(err) === '57014';
}

/** The database is unreachable or going away: worth a 503 and a retry, never a 500. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of causeChain(err)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) {
      return true;
    }
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && CONNECTION_MESSAGES.some((m) => message.includes(m))) {
      return true;
    }
  }
  return false;
}
