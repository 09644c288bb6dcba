import { describe, expect, it } from 'vitest';
import { ModelCache } from '../../../src/modules/matching/index.js';

interface FakeModel {
  collectiveId: string;
  version: number;
  bytes: number;
  buildMs: number;
}

/** A cache over a fake builder: each collective's model has `bytes` and the version set in `versions`. */
function fakeCache(options: {
  budgetBytes: number;
  freshWaitMs?: number;
  bytes?: number;
  mayWait?: () => Promise<boolean>;
}) {
  const versions = new Map<string, number>();
  const builds: string[] = [];
  let failing = false;
  const cache = new ModelCache<FakeModel>({
    budgetBytes: options.budgetBytes,
    freshWaitMs: options.freshWaitMs ?? 0,
    build: async (collectiveId) => {
      builds.push(collectiveId);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (failing) throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
      return {
        collectiveId,
        version: versions.get(collectiveId) ?? 0,
        bytes: options.bytes ?? 100,
        buildMs: 5,
      };
    },
    ...(options.mayWait ? { mayWait: options.mayWait } : {}),
  });
  return { cache, versions, builds, fail: (value: boolean) => (failing = value) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the matching model cache', () => {
  it('keeps models within its budget, dropping the least recently used', async () => {
    const { cache, builds } = fakeCache({ budgetBytes: 250, bytes: 100 });
    await cache.get('a', 0);
    await cache.get('b', 0);
    await cache.get('a', 0); // a is now more recent than b
    await cache.get('c', 0); // 300 bytes > 250: b goes
    expect(cache.size()).toEqual({ models: 2, bytes: 200 });
    expect(builds).toEqual(['a', 'b', 'c']);
    await cache.get('a', 0);
    await cache.get('b', 0);
    expect(builds).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps a model bigger than the whole budget, alone', async () => {
    const { cache } = fakeCache({ budgetBytes: 50, bytes: 100 });
    await cache.get('a', 0);
    await cache.get('b', 0);
    expect(cache.size()).toEqual({ models: 1, bytes: 100 });
  });

  it('answers from the previous model while the next one builds, then serves the new one', async () => {
    const { cache, versions, builds } = fakeCache({ budgetBytes: 1_000 });
    expect((await cache.get('a', 0))?.current).toBe(true);
    versions.set('a', 1);
    const stale = await cache.get('a', 1);
    expect(stale).toMatchObject({ current: false, model: { version: 0 } });
    await settle();
    expect(await cache.get('a', 1)).toMatchObject({ current: true, model: { version: 1 } });
    expect(builds).toEqual(['a', 'a']);
  });

  it('builds once for many requests that see the same change', async () => {
    const { cache, versions, builds } = fakeCache({ budgetBytes: 1_000 });
    await cache.get('a', 0);
    versions.set('a', 1);
    await Promise.all(Array.from({ length: 10 }, () => cache.get('a', 1)));
    await settle();
    expect(builds).toEqual(['a', 'a']);
  });

  it('waits for a quick build up to freshWaitMs, so a small collective reads its own writes', async () => {
    const { cache, versions } = fakeCache({ budgetBytes: 1_000, freshWaitMs: 1_000 });
    await cache.get('a', 0);
    versions.set('a', 1);
    expect(await cache.get('a', 1)).toMatchObject({ current: true, model: { version: 1 } });
  });

  it('keeps serving the previous model when a rebuild fails, and fails a first build', async () => {
    const { cache, versions, fail } = fakeCache({ budgetBytes: 1_000 });
    await cache.get('a', 0);
    fail(true);
    versions.set('a', 1);
    expect(await cache.get('a', 1)).toMatchObject({ current: false, model: { version: 0 } });
    await settle();
    expect(await cache.get('a', 1)).toMatchObject({ current: false, model: { version: 0 } });
    await expect(cache.get('b', 0)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    fail(false);
    await settle();
    expect(await cache.get('b', 0)).toMatchObject({ current: true });
  });

  it('serves a model that may wait without building, and builds once it may not', async () => {
    let waits = true;
    const { cache, versions, builds } = fakeCache({ budgetBytes: 1_000, mayWait: async () => waits });
    await cache.get('a', 0);
    versions.set('a', 1);
    expect(await cache.get('a', 1)).toMatchObject({ model: { version: 0 }, current: false });
    await settle();
    expect(builds).toEqual(['a']);
    waits = false;
    await cache.get('a', 1);
    await settle();
    expect(builds).toEqual(['a', 'a']);
    expect((await cache.get('a', 1))?.current).toBe(true);
  });

  it('builds when it cannot tell whether a model may wait', async () => {
    const { cache, versions, builds } = fakeCache({
      budgetBytes: 1_000,
      mayWait: () => Promise.reject(new Error('connection refused')),
    });
    await cache.get('a', 0);
    versions.set('a', 1);
    await cache.get('a', 1);
    await settle();
    expect(builds).toEqual(['a', 'a']);
  });
});
