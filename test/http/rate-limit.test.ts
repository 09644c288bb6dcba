import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TooManyRequests } from '../../src/http/errors.js';
import {
  createMemoryRateLimitStore,
  createRateLimiter,
  createRedisRateLimitStore,
  RATE_LIMIT_WINDOW_MS,
  REDIS_KEY_PREFIX,
  type RateLimitStore,
} from '../../src/http/rate-limit.js';
import { createLogger } from '../../src/logger.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { createAccount } from '../support/factories.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A client that fails at once instead of queueing or reconnecting, like the server's. */
function redisClient(url: string): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  return client;
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = redisClient(url);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const redisUp = await redisAnswers(REDIS_URL);
const redisTitle = redisUp
  ? `Redis store at ${REDIS_URL}`
  : `Redis store: SKIPPED, no Redis answers at ${REDIS_URL} (start one, or set TEST_REDIS_URL)`;
if (!redisUp) process.stderr.write(`${redisTitle}\n`);

function movableClock(start = Date.UTC(2030, 0, 1, 12, 0, 0)) {
  let current = start;
  return { now: () => new Date(current), advance: (ms: number) => (current += ms) };
}

/** The behaviour every store must have, against a clock the test moves. */
function storeContract(make: (now: () => Date) => RateLimitStore) {
  it('allows `limit` hits in a window, then denies with the seconds left in it', async () => {
    const clock = movableClock();
    const store = make(clock.now);
    const key = `contract:${randomUUID()}`;
    for (let i = 0; i < 3; i += 1) {
      expect(await store.hit(key, 3, RATE_LIMIT_WINDOW_MS)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    }
    clock.advance(15_000);
    const denied = await store.hit(key, 3, RATE_LIMIT_WINDOW_MS);
    expect(denied.allowed).toBe(false);
    expect(denied.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(denied.retryAfterSeconds).toBeLessThanOrEqual(45);
  });

  it('counts each key on its own', async () => {
    const store = make(movableClock().now);
    const [a, b] = [`contract:${randomUUID()}`, `contract:${randomUUID()}`];
    await store.hit(a, 1, RATE_LIMIT_WINDOW_MS);
    expect((await store.hit(a, 1, RATE_LIMIT_WINDOW_MS)).allowed).toBe(false);
    expect((await store.hit(b, 1, RATE_LIMIT_WINDOW_MS)).allowed).toBe(true);
  });

  it('starts counting again in the next window', async () => {
    const clock = movableClock();
    const store = make(clock.now);
    const key = `contract:${randomUUID()}`;
    await store.hit(key, 1, RATE_LIMIT_WINDOW_MS);
    expect((await store.hit(key, 1, RATE_LIMIT_WINDOW_MS)).allowed).toBe(false);
    clock.advance(RATE_LIMIT_WINDOW_MS);
    expect((await store.hit(key, 1, RATE_LIMIT_WINDOW_MS)).allowed).toBe(true);
  });
}

describe('memory store', () => {
  storeContract((now) => createMemoryRateLimitStore({ now }));

  it('holds at most maxKeys windows: the oldest are dropped', async () => {
    const store = createMemoryRateLimitStore({ now: movableClock().now, maxKeys: 3 });
    expect((await store.hit('first', 1, RATE_LIMIT_WINDOW_MS)).allowed).toBe(true);
    expect((await store.hit('first', 1, RATE_LIMIT_WINDOW_MS)).allowed).toBe(false);
    for (let i = 0; i < 5; i += 1) await store.hit(`flood-${i}`, 1, RATE_LIMIT_WINDOW_MS);
    // `first` was evicted to make room, so it counts from zero again.
    expect((await store.hit('first', 1, RATE_LIMIT_WINDOW_MS)).allowed).toBe(true);
  });
});

describe('limiter', () => {
  it('throws TooManyRequests with the longest Retry-After of the keys over their limit', async () => {
    const clock = movableClock();
    const limiter = createRateLimiter(
      createMemoryRateLimitStore({ now: clock.now }),
      createLogger({ LOG_LEVEL: 'silent' }),
    );
    await limiter.consume(['a'], 1);
    clock.advance(30_000);
    await limiter.consume(['b'], 1);
    const error = await limiter.consume(['a', 'b'], 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect((error as TooManyRequests).headers['retry-after']).toBe('60');
    expect((error as TooManyRequests).code).toBe('RATE_LIMITED');
  });

  it('fails open, with one warning, when the store is unreachable', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const dead = redisClient('redis://127.0.0.1:1');
    try {
      const limiter = createRateLimiter(
        createRedisRateLimitStore(dead),
        createLogger({ LOG_LEVEL: 'warn' }, sink),
      );
      for (let i = 0; i < 5; i += 1) await expect(limiter.consume(['k'], 1)).resolves.toBeUndefined();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('letting requests through');
    } finally {
      dead.disconnect();
    }
  });
});

describe.runIf(redisUp)(redisTitle, () => {
  let redis: Redis;
  let other: Redis;
  beforeAll(async () => {
    redis = redisClient(REDIS_URL);
    other = redisClient(REDIS_URL);
    await Promise.all([redis.connect(), other.connect()]);
  });
  afterAll(() => {
    redis.disconnect();
    other.disconnect();
  });

  storeContract((now) => createRedisRateLimitStore(redis, { now }));

  it('keeps its counters under rx:rl:, expiring with the window', async () => {
    const clock = movableClock();
    const key = `shape:${randomUUID()}`;
    await createRedisRateLimitStore(redis, { now: clock.now }).hit(key, 5, RATE_LIMIT_WINDOW_MS);
    const keys = await redis.keys(`${REDIS_KEY_PREFIX}${key}:*`);
    expect(keys).toHaveLength(1);
    expect(await redis.get(keys[0]!)).toBe('1');
    const ttl = await redis.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(RATE_LIMIT_WINDOW_MS + 1_000);
  });

  it('is shared by every instance: two clients count into one window', async () => {
    const clock = movableClock();
    const key = `shared:${randomUUID()}`;
    const one = createRedisRateLimitStore(redis, { now: clock.now });
    const two = createRedisRateLimitStore(other, { now: clock.now });
    expect((await one.hit(key, 2, RATE_LIMIT_WINDOW_MS)).allowed).toBe(true);
    expect((await two.hit(key, 2, RATE_LIMIT_WINDOW_MS)).allowed).toBe(true);
    expect((await one.hit(key, 2, RATE_LIMIT_WINDOW_MS)).allowed).toBe(false);
  });

  it('two app instances on one Redis enforce one limit over HTTP', async () => {
    const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const env = { RATE_LIMIT_PER_MINUTE: '2' };
    // A clock that stands still, so the three requests cannot straddle a window boundary.
    const { now } = movableClock(Date.now());
    const a = await createTestApp({
      env,
      deps: { rateLimitStore: createRedisRateLimitStore(redis, { now }) },
    });
    const b = await createTestApp({
      env,
      databaseUrl: a.databaseUrl,
      deps: { rateLimitStore: createRedisRateLimitStore(other, { now }) },
    });
    try {
      const call = (app: TestApp) => app.app.inject({ method: 'GET', url: '/v1/me', remoteAddress: address });
      expect((await call(a)).statusCode).toBe(401);
      expect((await call(b)).statusCode).toBe(401);
      const third = await call(a);
      expect(third.statusCode).toBe(429);
      expect(Number(third.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('RATE_LIMIT_PER_MINUTE over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  const me = (options: { token?: string; ip?: string } = {}) =>
    t.app.inject({
      method: 'GET',
      url: '/v1/me',
      ...(options.token ? { headers: { authorization: `Bearer ${options.token}` } } : {}),
      ...(options.ip ? { remoteAddress: options.ip } : {}),
    });

  it('counts per account with a valid token: the fourth request is a 429 problem with Retry-After', async () => {
    const ada = await createAccount(t);
    const bob = await createAccount(t);
    for (let i = 0; i < 3; i += 1)
      expect((await me({ token: ada.token, ip: '10.1.0.1' })).statusCode).toBe(200);
    // From another IP too: the account is what counts.
    const limited = await me({ token: ada.token, ip: '10.1.0.2' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another account from the same IP is not affected.
    expect((await me({ token: bob.token, ip: '10.1.0.1' })).statusCode).toBe(200);
  });

  it('counts per IP without a token, or with an invalid one', async () => {
    for (let i = 0; i < 2; i += 1) expect((await me({ ip: '10.2.0.1' })).statusCode).toBe(401);
    expect((await me({ ip: '10.2.0.1', token: 'forged.token.here' })).statusCode).toBe(401);
    expect((await me({ ip: '10.2.0.1' })).statusCode).toBe(429);
    expect((await me({ ip: '10.2.0.1', token: 'forged.token.here' })).statusCode).toBe(429);
    expect((await me({ ip: '10.2.0.2' })).statusCode).toBe(401);
    // A valid token from the exhausted IP counts against its account instead.
    const carol = await createAccount(t);
    expect((await me({ ip: '10.2.0.1', token: carol.token })).statusCode).toBe(200);
  });

  it('counts the route, however its path is spelled', async () => {
    const statuses: number[] = [];
    for (const url of ['/v1/me', '/%761/me', '/v1/%6De', '/%761/%6De']) {
      statuses.push((await t.app.inject({ method: 'GET', url, remoteAddress: '10.4.0.1' })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('does not exempt loopback', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await me({ ip: '127.0.0.1' })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('covers unknown /v1 paths, but not the probes and the JWKS outside /v1', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        (await t.app.inject({ method: 'GET', url: '/v1/nothing', remoteAddress: '10.3.0.1' })).statusCode,
      );
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
    for (let i = 0; i < 5; i += 1) {
      expect(
        (await t.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.3.0.1' })).statusCode,
      ).toBe(200);
      const jwks = await t.app.inject({
        method: 'GET',
        url: '/.well-known/jwks.json',
        remoteAddress: '10.3.0.1',
      });
      expect(jwks.statusCode).toBe(200);
    }
  });
});

describe('a failing rate-limit store over HTTP', () => {
  it('lets requests through (fail open) instead of answering 429 or 500', async () => {
    const dead = redisClient('redis://127.0.0.1:1');
    const t = await createTestApp({
      env: { RATE_LIMIT_PER_MINUTE: '1' },
      deps: { rateLimitStore: createRedisRateLimitStore(dead) },
    });
    try {
      const account = await createAccount(t);
      for (let i = 0; i < 3; i += 1) {
        const response = await t.app.inject({ method: 'GET', url: '/v1/me', headers: account.headers });
        expect(response.statusCode).toBe(200);
      }
    } finally {
      await t.close();
      dead.disconnect();
    }
  });
});
