import { createHash } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Caller } from './auth.js';
import { TooManyRequests } from './errors.js';

/**
 * Rate limits: fixed one-minute windows counted in a store shared by every instance (Redis
 * when REDIS_URL is set) or kept in this process. The store is the only moving part; what is
 * counted (per account, per IP, per email) is decided by the callers.
 */
export const RATE_LIMIT_WINDOW_MS = 60_000;
export const REDIS_KEY_PREFIX = 'rx:rl:';

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window resets; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimitStore {
  /** Counts one hit against `key` and says whether it is within `limit` for its window. */
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitDecision>;
}

function decide(count: number, limit: number, windowEndMs: number, nowMs: number): RateLimitDecision {
  if (count <= limit) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEndMs - nowMs) / 1000)) };
}

/**
 * Fixed windows in a Map, for a single instance. Expired windows are swept lazily, and the
 * Map never holds more than `maxKeys` windows (the oldest are dropped first), so a flood of
 * distinct keys cannot grow memory without bound.
 */
export function createMemoryRateLimitStore(
  options: { now?: () => Date; maxKeys?: number } = {},
): RateLimitStore {
  const now = options.now ?? (() => new Date());
  const maxKeys = options.maxKeys ?? 100_000;
  const windows = new Map<string, { count: number; resetAt: number }>();

  function sweep(nowMs: number): void {
    for (const [key, window] of windows) {
      if (window.resetAt <= nowMs) windows.delete(key);
    }
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  }

  return {
    async hit(key, limit, windowMs) {
      const nowMs = now().getTime();
      let window = windows.get(key);
      if (window === undefined || window.resetAt <= nowMs) {
        if (window !== undefined) windows.delete(key);
        if (windows.size >= maxKeys) sweep(nowMs);
        window = { count: 0, resetAt: nowMs + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return decide(window.count, limit, window.resetAt, nowMs);
    },
  };
}

/**
 * Fixed windows in Redis, shared by every instance: one key per subject and window
 * (`rx:rl:<key>:<window number>`), INCR and PEXPIRE in one MULTI, so a key never outlives
 * its window by more than a second whatever happens between the two commands.
 */
export function createRedisRateLimitStore(
  redis: Pick<Redis, 'multi'>,
  options: { now?: () => Date } = {},
): RateLimitStore {
  const now = options.now ?? (() => new Date());
  return {
    async hit(key, limit, windowMs) {
      const nowMs = now().getTime();
      const windowNumber = Math.floor(nowMs / windowMs);
      const windowEndMs = (windowNumber + 1) * windowMs;
      const redisKey = `${REDIS_KEY_PREFIX}${key}:${windowNumber}`;
      const results = await redis
        .multi()
        .incr(redisKey)
        .pexpire(redisKey, windowEndMs - nowMs + 1_000)
        .exec();
      const [error, count] = results?.[0] ?? [new Error('the rate-limit transaction was aborted'), null];
      if (error) throw error;
      if (typeof count !== 'number') throw new Error('unexpected INCR reply');
      return decide(count, limit, windowEndMs, nowMs);
    },
  };
}

export interface RateLimiter {
  /**
   * Counts one hit against each key, and throws TooManyRequests (with Retry-After) when any
   * of them is over `perMinute`. When the store fails (Redis down), the request goes through
   * and a warning is logged: a broken counter must not take the API down.
   */
  consume(keys: readonly string[], perMinute: number): Promise<void>;
}

const WARN_INTERVAL_MS = 10_000;

export function createRateLimiter(
  store: RateLimitStore,
  logger: Pick<FastifyBaseLogger, 'warn'>,
): RateLimiter {
  let lastWarnedAt = 0;
  return {
    async consume(keys, perMinute) {
      let decisions: RateLimitDecision[];
      try {
        decisions = await Promise.all(keys.map((key) => store.hit(key, perMinute, RATE_LIMIT_WINDOW_MS)));
      } catch (err) {
        // One line per ten seconds is enough to notice an outage without flooding the log.
        if (Date.now() - lastWarnedAt >= WARN_INTERVAL_MS) {
          lastWarnedAt = Date.now();
          logger.warn({ err }, 'rate-limit store failed: letting requests through');
        }
        return;
      }
      const denied = decisions.filter((d) => !d.allowed);
      if (denied.length > 0) {
        throw new TooManyRequests(Math.max(...denied.map((d) => d.retryAfterSeconds)));
      }
    },
  };
}

/** A stable, short key for a value that should not be stored in the clear (an email). */
export function hashedKey(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 32);
}

const BEARER = /^Bearer\s+(\S+)$/;

/**
 * Whether a request is for the API. The matched route's pattern decides, not the raw URL,
 * which may spell the same route differently (`/%761/me` is routed to `/v1/me`).
 */
function isApiRequest(request: FastifyRequest): boolean {
  let path = request.routeOptions.url;
  if (path === undefined) {
    try {
      path = decodeURIComponent(request.url);
    } catch {
      path = request.url;
    }
  }
  return path === '/v1' || path.startsWith('/v1/') || path.startsWith('/v1?');
}

/**
 * RATE_LIMIT_PER_MINUTE for every /v1 request: per account when the request carries a valid
 * access token, else per client IP (a request with an invalid token counts against its IP).
 * Loopback is not exempt. Runs first, before the route's own authentication.
 */
export function registerRateLimit(
  app: FastifyInstance,
  options: {
    limiter: RateLimiter;
    perMinute: number;
    /** Verifies a bearer token; the caller found is kept on the request for the route's own check. */
    identify: (token: string) => Promise<Caller>;
  },
): void {
  async function limit(request: FastifyRequest): Promise<void> {
    let subject = `ip:${request.ip}`;
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (token !== undefined) {
      try {
        request.caller = await options.identify(token);
        subject = `account:${request.caller.accountId}`;
      } catch {
        // An invalid token: counted per IP; the route answers 401 when it needs a caller.
      }
    }
    await options.limiter.consume([`api:${subject}`], options.perMinute);
  }
  // A callback hook, so that a request outside /v1 (/healthz) costs no promise at all.
  app.addHook('onRequest', (request, _reply, done) => {
    if (!isApiRequest(request)) {
      done();
      return;
    }
    limit(request).then(() => {
      done();
    }, done);
  });
}
