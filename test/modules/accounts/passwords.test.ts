import { Writable } from 'node:stream';
import { parseOptions } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import {
  createPasswordHasher,
  createSemaphore,
  DUMMY_PASSWORD_HASH,
  PASSWORD_HASH_OPTIONS,
} from '../../../src/modules/accounts/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  createToken,
  getMe,
  HIGH_LIMITS,
  PASSWORD,
  refresh,
  signIn,
  signUp,
  uniqueEmail,
} from './helpers.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('password hashing', () => {
  it('never runs more hashes at once than its concurrency; the rest wait their turn', async () => {
    const hasher = createPasswordHasher(2);
    const pending = Array.from({ length: 5 }, (_, i) => hasher.hash(`password number ${i}`));
    expect(hasher.load()).toEqual({ active: 2, waiting: 3 });
    const hashes = await Promise.all(pending);
    expect(hasher.load()).toEqual({ active: 0, waiting: 0 });
    expect(new Set(hashes).size).toBe(5);
    expect(await hasher.verify(hashes[3]!, 'password number 3')).toBe(true);
    expect(await hasher.verify(hashes[3]!, 'password number 4')).toBe(false);
  });

  it('verifications queue behind the same bound', async () => {
    const hasher = createPasswordHasher(1);
    const stored = await hasher.hash(PASSWORD);
    const pending = [
      hasher.verify(stored, PASSWORD),
      hasher.verify(null, PASSWORD),
      hasher.verify(stored, 'x'),
    ];
    expect(hasher.load()).toEqual({ active: 1, waiting: 2 });
    expect(await Promise.all(pending)).toEqual([true, false, false]);
  });

  it('the semaphore releases its slot when a task fails, and serves waiters in arrival order', async () => {
    const gate = createSemaphore(1);
    const order: number[] = [];
    const failing = gate.run(async () => {
      throw new Error('boom');
    });
    const rest = [1, 2, 3].map((n) => gate.run(async () => order.push(n)));
    await expect(failing).rejects.toThrow('boom');
    await Promise.all(rest);
    expect(order).toEqual([1, 2, 3]);
    expect(gate.load()).toEqual({ active: 0, waiting: 0 });
  });

  it('a malformed stored hash is a mismatch, not an error', async () => {
    expect(await createPasswordHasher(1).verify('not-a-phc-string', PASSWORD)).toBe(false);
  });

  it('the dummy hash has the same parameters as real ones, so unknown emails cost the same', () => {
    const dummy = parseOptions(DUMMY_PASSWORD_HASH);
    expect(DUMMY_PASSWORD_HASH.startsWith('$argon2id$')).toBe(true);
    expect(dummy).toMatchObject({
      memoryCost: PASSWORD_HASH_OPTIONS.memoryCost,
      timeCost: PASSWORD_HASH_OPTIONS.timeCost,
      parallelism: PASSWORD_HASH_OPTIONS.parallelism,
    });
    expect(PASSWORD_HASH_OPTIONS.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(PASSWORD_HASH_OPTIONS.timeCost).toBeGreaterThanOrEqual(2);
  });
});

describe('createToken timing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: HIGH_LIMITS });
  });
  afterAll(() => t.close());

  it('an unknown email takes about as long as a wrong password (a hash is checked either way)', async () => {
    const account = await signUp(t);
    const time = async (email: string) => {
      const started = performance.now();
      const response = await createToken(t, email, 'a wrong password');
      expect(response.statusCode).toBe(401);
      return performance.now() - started;
    };
    const wrongPassword: number[] = [];
    const unknownEmail: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      wrongPassword.push(await time(account.email));
      unknownEmail.push(await time(uniqueEmail('nobody')));
    }
    // Without the dummy hash an unknown email answers in about a tenth of the time.
    expect(median(unknownEmail)).toBeGreaterThan(median(wrongPassword) * 0.5);
  });

  it('answers an unknown email and a wrong password with the same problem', async () => {
    const account = await signUp(t);
    const wrong = (await createToken(t, account.email, 'a wrong password')).json<Record<string, unknown>>();
    const unknown = (await createToken(t, uniqueEmail('nobody'), 'a wrong password')).json<
      Record<string, unknown>
    >();
    expect(wrong.code).toBe('INVALID_CREDENTIALS');
    expect({ ...unknown, requestId: null }).toEqual({ ...wrong, requestId: null });
  });
});

describe('logs', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: HIGH_LIMITS,
      deps: { logger: createLogger({ LOG_LEVEL: 'trace' }, sink) },
    });
  });
  afterAll(() => t.close());

  it('hold no password, hash or token through a whole session, reuse warning included', async () => {
    const account = await signUp(t);
    const tokens = await signIn(t, account.email);
    await getMe(t, tokens.accessToken);
    const rotated = await refresh(t, tokens.refreshToken);
    expect(rotated.statusCode).toBe(200);
    expect((await refresh(t, tokens.refreshToken)).statusCode).toBe(401); // reuse: logged as a warning

    const log = lines.join('');
    expect(log).toContain('"statusCode":200'); // the log did capture the requests
    expect(log).toContain('family is revoked');
    const newer = rotated.json<{ accessToken: string; refreshToken: string }>();
    for (const secret of [
      PASSWORD,
      tokens.accessToken,
      tokens.refreshToken,
      newer.accessToken,
      newer.refreshToken,
    ]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toContain('$argon2');
  });

  it('redact secret fields wherever a log call puts them', () => {
    const logger = createLogger({ LOG_LEVEL: 'info' }, sink);
    lines.length = 0;
    logger.info(
      {
        password: 'p1-secret',
        body: { currentPassword: 'p2-secret', refreshToken: 'r-secret' },
        req: { body: { password: 'p3-secret' }, headers: { authorization: 'Bearer a-secret' } },
        row: { passwordHash: '$argon2id$h-secret', tokenHash: 't-secret' },
        accessToken: 'a2-secret',
      },
      'redaction check',
    );
    const log = lines.join('');
    expect(log).toContain('redaction check');
    expect(log).not.toMatch(/-secret/);
    // `req` goes through its serializer (method and route only), so its two secrets are not
    // even there to redact; the six others are.
    expect(log.match(/\[redacted\]/g)).toHaveLength(6);
    expect(log).toContain('"req":{"route":null}');
  });
});
