import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane): about 15 ms per hash here. The
 * algorithm is the package's default, argon2id (its `Algorithm` is a const enum, which
 * isolated modules cannot read); a test checks the stored hashes say `$argon2id$`.
 */
export const PASSWORD_HASH_OPTIONS = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

/**
 * A hash of a random secret nobody knows, with the same parameters: verified against when
 * the account does not exist (or has no password), so that answer takes as long as a wrong
 * password. A test checks its parameters still match PASSWORD_HASH_OPTIONS.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$1qVWCgYT+Dp8SJYoF9f9Bg$9wGzNdJsa1RV8aXYV9wAsFei/adqZFT0/ipfVvFW3O0';

export interface Semaphore {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running and waiting right now. */
  load(): { active: number; waiting: number };
}

/** At most `limit` tasks at once; the others wait in order of arrival. */
export function createSemaphore(limit: number): Semaphore {
  let active = 0;
  const waiting: (() => void)[] = [];

  async function acquire(): Promise<void> {
    if (active < limit) {
      active += 1;
      return;
    }
    // The releasing task hands its slot over, so `active` does not change.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  }

  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    load: () => ({ active, waiting: waiting.length }),
  };
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True only when `stored` is a hash of `password`; a null `stored` costs the same and is false. */
  verify(stored: string | null, password: string): Promise<boolean>;
  load(): { active: number; waiting: number };
}

/**
 * Hashing shares libuv's small thread pool with signature checks: eight logins at once made
 * one token check take 150 ms instead of 0.14 ms. So at most `concurrency` hashes run at
 * once and the rest queue (rate limits keep the queue short).
 */
export function createPasswordHasher(concurrency: number): PasswordHasher {
  const gate = createSemaphore(concurrency);
  return {
    hash: (password) => gate.run(() => hash(password, PASSWORD_HASH_OPTIONS)),
    async verify(stored, password) {
      const matches = await gate.run(() =>
        verify(stored ?? DUMMY_PASSWORD_HASH, password).catch(() => false),
      );
      return stored !== null && matches;
    },
    load: () => gate.load(),
  };
}
