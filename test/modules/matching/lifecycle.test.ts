import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/db/client.js';
import { createInProcessBuilder, type ModelBuilder } from '../../../src/modules/matching/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { endorsementAction, endorsementBody, endorseOk } from '../../support/endorsements.js';
import type { TestMember } from '../../support/factories.js';
import { askerWithContact, endorse, member } from '../../support/graph.js';
import { call } from '../../support/http.js';

/**
 * A changed collective's model is rebuilt off the request path, and requests are answered from
 * the previous one meanwhile (MATCHING_FRESH_WAIT_MS=0: never wait). A builder whose builds
 * a test can hold shows what a request sees while the next model is not ready.
 */
function heldBuilder(db: () => Db) {
  let gate: Promise<void> | undefined;
  let open = () => {};
  let started = 0;
  let finished = 0;
  let askers: readonly string[] = [];
  const builder: ModelBuilder = {
    async build(collectiveId, now, _base, latest = []) {
      started += 1;
      askers = latest;
      await gate;
      const data = await createInProcessBuilder(db()).build(collectiveId, now, undefined, latest);
      finished += 1;
      return data;
    },
    close: async () => {},
  };
  return {
    builder,
    started: () => started,
    finished: () => finished,
    /** The askers the last build was asked to compute trust for. */
    askers: () => askers,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      gate = undefined;
      open();
    },
  };
}

const held = heldBuilder(() => t.db);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { MATCHING_FRESH_WAIT_MS: '0' }, deps: { matchingBuilder: held.builder } });
});
afterAll(async () => {
  held.release();
  await t.close();
});

const BRIEF = {
  brief: 'Brand identity and packaging design for a tea company',
  skills: ['brand-design'],
  limit: 50,
};
const designer = { headline: 'Brand designer', skills: ['brand-design'] };

interface MatchItem {
  member: { id: string };
  score: number;
  components: Record<string, number>;
  reasons: { kind: string }[];
}

async function match(app: TestApp, collectiveId: string, asker: TestMember): Promise<MatchItem[]> {
  const response = await call(app, asker, 'POST', `/v1/collectives/${collectiveId}/matches`, BRIEF);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: MatchItem[] }>().items;
}

const resultOf = (items: MatchItem[], m: TestMember) => items.find((i) => i.member.id === m.memberId);

/** `served` ranks, scores and explains as a model built from scratch now: a second instance's first match. */
async function expectAsFreshBuild(collectiveId: string, asker: TestMember, served: MatchItem[]) {
  const fresh = await createTestApp({ databaseUrl: t.databaseUrl });
  try {
    const rebuilt = await match(fresh, collectiveId, asker);
    expect(rebuilt.map((i) => [i.member.id, i.score, i.components, i.reasons])).toEqual(
      served.map((i) => [i.member.id, i.score, i.components, i.reasons]),
    );
  } finally {
    await fresh.close();
  }
}

/** Matches until `done` holds of the results, for at most `ms`; returns how long it took. */
async function until(ms: number, attempt: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await attempt())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

describe('while the next model is being built', () => {
  it('answers from the previous one: an added endorsement shows only once the build is done', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t);
    const candidate = await member(t, c.id, designer);
    await endorse(t, c.id, contact, candidate);
    const before = resultOf(await match(t, c.id, asker), candidate)!;

    held.hold();
    const builds = held.started();
    await endorse(t, c.id, asker, candidate, { title: 'Tea tin labels' });
    const stale = resultOf(await match(t, c.id, asker), candidate)!;
    expect(held.started()).toBe(builds + 1);
    expect(stale.components).toEqual(before.components);
    // The asker's trust in the new graph comes with the model, computed off the event loop.
    expect(held.askers()).toContain(asker.memberId);

    held.release();
    await until(2_000, async () => {
      const fresh = resultOf(await match(t, c.id, asker), candidate)!;
      return fresh.components.evidence! > before.components.evidence!;
    });
  });

  it('a retraction counts at once, exactly as a model built after it counts it, and waits for no rebuild', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t);
    const candidate = await member(t, c.id, designer);
    const endorsementId = await endorse(t, c.id, contact, candidate);
    await endorse(t, c.id, asker, candidate, { title: 'Tea tin labels' });
    const before = resultOf(await match(t, c.id, asker), candidate)!;
    expect(before.reasons.filter((r) => r.kind === 'endorsement')).toHaveLength(2);

    const builds = held.started();
    const retract = await endorsementAction(t, contact, c.id, endorsementId, 'retract');
    expect(retract.statusCode, retract.body).toBe(200);
    const filtered = await match(t, c.id, asker);
    const during = resultOf(filtered, candidate)!;
    expect(during.components.evidence).toBeLessThan(before.components.evidence!);
    expect(during.reasons.filter((r) => r.kind === 'endorsement')).toHaveLength(1);
    // Removals only: the previous model, filtered of them, serves (MATCHING_PATCH_REBUILD_MS).
    expect(held.started()).toBe(builds);

    // The filtered previous model ranks and scores as a model built from scratch after it.
    await expectAsFreshBuild(c.id, asker, filtered);
  });

  it('an endorsement given counts at once, with a retraction after it, as a model built after both counts them', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t);
    const candidate = await member(t, c.id, designer);
    // Someone the asker has no trust path to: the patched model leaves the trust graph as built.
    const colleague = await member(t, c.id, designer);
    const example = endorsementBody({ skills: ['brand-design'], example: { title: 'Tea tin labels' } });
    const retracted = await endorseOk(t, contact, candidate.memberId, example);
    const before = resultOf(await match(t, c.id, asker), candidate)!;
    const builds = held.started();

    const given = await endorseOk(t, colleague, candidate.memberId, example);
    const during = resultOf(await match(t, c.id, asker), candidate)!;
    expect(during.components.evidence).toBeGreaterThan(before.components.evidence!);
    expect(during.reasons).toContainEqual(expect.objectContaining({ endorsementId: given.id }));
    expect(held.started()).toBe(builds);

    expect((await endorsementAction(t, contact, c.id, retracted.id, 'retract')).statusCode).toBe(200);
    const patched = await match(t, c.id, asker);
    const after = resultOf(patched, candidate)!;
    expect(after.reasons).toContainEqual(expect.objectContaining({ endorsementId: given.id }));
    expect(after.reasons).not.toContainEqual(expect.objectContaining({ endorsementId: retracted.id }));
    expect(held.started()).toBe(builds);
    await expectAsFreshBuild(c.id, asker, patched);
  });

  it('a change other than a removal, after one, is rebuilt at once', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t);
    const candidate = await member(t, c.id, designer);
    const endorsementId = await endorse(t, c.id, contact, candidate);
    await match(t, c.id, asker);
    await endorsementAction(t, contact, c.id, endorsementId, 'retract');
    await match(t, c.id, asker);
    const builds = held.started();

    await endorse(t, c.id, asker, candidate, { title: 'Tea tin labels' });
    await until(2_000, async () => {
      const now = resultOf(await match(t, c.id, asker), candidate)!;
      return now.reasons.some((r) => r.kind === 'endorsement');
    });
    expect(held.started()).toBeGreaterThan(builds);
  });

  it('a member who left is gone at once, with their endorsements and trust', async () => {
    const { collective: c, asker, contact } = await askerWithContact(t, designer);
    const candidate = await member(t, c.id, designer);
    await endorse(t, c.id, contact, candidate);
    const before = resultOf(await match(t, c.id, asker), candidate)!;
    expect(before.components.trust).toBeGreaterThan(0);
    expect(resultOf(await match(t, c.id, asker), contact)).toBeDefined();

    held.hold();
    const leave = await call(t, contact, 'DELETE', `/v1/collectives/${c.id}/members/${contact.memberId}`);
    expect(leave.statusCode).toBe(204);
    const items = await match(t, c.id, asker);
    expect(resultOf(items, contact)).toBeUndefined();
    const after = resultOf(items, candidate)!;
    expect(after.components.evidence).toBe(0);
    expect(after.components.trust).toBe(0);
    held.release();
  });
});

describe('a model behind by removals only', () => {
  it('is rebuilt once MATCHING_PATCH_REBUILD_MS has passed', async () => {
    const counted = heldBuilder(() => t.db);
    const app = await createTestApp({
      databaseUrl: t.databaseUrl,
      env: { MATCHING_FRESH_WAIT_MS: '0', MATCHING_PATCH_REBUILD_MS: '300' },
      deps: { matchingBuilder: counted.builder },
    });
    try {
      const { collective: c, asker, contact } = await askerWithContact(app);
      const candidate = await member(app, c.id, designer);
      const endorsementId = await endorse(app, c.id, contact, candidate);
      await match(app, c.id, asker);
      const builds = counted.started();
      await endorsementAction(app, contact, c.id, endorsementId, 'retract');
      expect(resultOf(await match(app, c.id, asker), candidate)?.components.evidence ?? 0).toBe(0);
      expect(counted.started()).toBe(builds);
      await new Promise((resolve) => setTimeout(resolve, 350));
      await match(app, c.id, asker);
      expect(counted.started()).toBe(builds + 1);
    } finally {
      await app.close();
    }
  });

  it('is rebuilt at once with MATCHING_PATCH_REBUILD_MS=0', async () => {
    const counted = heldBuilder(() => t.db);
    const app = await createTestApp({
      databaseUrl: t.databaseUrl,
      env: { MATCHING_FRESH_WAIT_MS: '0', MATCHING_PATCH_REBUILD_MS: '0' },
      deps: { matchingBuilder: counted.builder },
    });
    try {
      const { collective: c, asker, contact } = await askerWithContact(app);
      const candidate = await member(app, c.id, designer);
      const endorsementId = await endorse(app, c.id, contact, candidate);
      await match(app, c.id, asker);
      const builds = counted.started();
      await endorsementAction(app, contact, c.id, endorsementId, 'retract');
      await match(app, c.id, asker);
      expect(counted.started()).toBe(builds + 1);
    } finally {
      await app.close();
    }
  });
});

describe('operators see the models', () => {
  it('GET /metrics counts the builds and the cache’s size', async () => {
    const { collective: c, asker } = await askerWithContact(t);
    await match(t, c.id, asker);
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    const value = (series: string) => Number(new RegExp(`^${series} (\\S+)$`, 'm').exec(metrics.body)?.[1]);
    expect(value('rx_matching_model_builds_total{outcome="ok"}')).toBeGreaterThan(0);
    expect(value('rx_matching_cached_models')).toBeGreaterThan(0);
    expect(value('rx_matching_cache_bytes')).toBeGreaterThan(1_000);
  });
});

describe('several API instances, models built in their worker threads', () => {
  it('a change made through one shows in the other’s matching within 2 s', async () => {
    const other = await createTestApp({ databaseUrl: t.databaseUrl, env: { MATCHING_FRESH_WAIT_MS: '0' } });
    try {
      const { collective: c, asker, contact } = await askerWithContact(t);
      const candidate = await member(t, c.id, designer);
      await endorse(t, c.id, contact, candidate);
      const before = resultOf(await match(other, c.id, asker), candidate)!;

      await endorseOk(
        t,
        asker,
        candidate.memberId,
        endorsementBody({ skills: ['brand-design'], example: { title: 'Tea tin labels' } }),
      );
      const took = await until(2_000, async () => {
        const now = resultOf(await match(other, c.id, asker), candidate)!;
        return now.components.evidence! > before.components.evidence!;
      });
      expect(took).toBeLessThan(2_000);
    } finally {
      await other.close();
    }
  });

  it.runIf(process.platform === 'linux')(
    'the worker thread builds at MATCHING_WORKER_NICE, the requests’ thread stays at 0',
    async () => {
      const other = await createTestApp({ databaseUrl: t.databaseUrl, env: { MATCHING_WORKER_NICE: '7' } });
      try {
        const { collective: c, asker } = await askerWithContact(t);
        await match(other, c.id, asker); // its first build starts the worker
        // proc(5): the nice value is the 19th field of a thread's stat, the 17th after the name.
        const niceOf = (tid: string) =>
          Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
        const threads = readdirSync('/proc/self/task');
        expect(niceOf(String(process.pid))).toBe(0);
        expect(threads.map(niceOf)).toContain(7);
      } finally {
        await other.close();
      }
    },
  );
});

describe('a patch spread over turns of the event loop (a big collective’s, here every one)', () => {
  it('serves the latest view counted meanwhile, counts a retraction at once, and ends as a fresh build', async () => {
    const turns = await createTestApp({
      databaseUrl: t.databaseUrl,
      env: { MATCHING_FRESH_WAIT_MS: '0' },
      deps: { matchingPatchTurns: { firstMs: 0, laterMs: 0 } },
    });
    try {
      const { collective: c, asker, contact } = await askerWithContact(t);
      const candidate = await member(t, c.id, designer);
      // Members the asker has no trust path to: a patch leaves the trust graph as built.
      const colleague = await member(t, c.id, designer);
      const other = await member(t, c.id, designer);
      const example = (title: string) => endorsementBody({ skills: ['brand-design'], example: { title } });
      await endorseOk(t, contact, candidate.memberId, example('Tea tin labels'));
      const before = resultOf(await match(turns, c.id, asker), candidate)!;
      const endorsementIds = (items: MatchItem[]) =>
        (resultOf(items, candidate)?.reasons ?? []).flatMap((r) =>
          'endorsementId' in r ? [(r as { endorsementId: string }).endorsementId] : [],
        );

      const given = await endorseOk(t, colleague, candidate.memberId, example('Gift box redesign'));
      await until(2_000, async () => endorsementIds(await match(turns, c.id, asker)).includes(given.id));

      // A new endorsement and the retraction of the one counted last: while the new one is
      // being counted, the view served must not count the retracted one.
      const later = await endorseOk(t, other, candidate.memberId, example('Label printing run'));
      expect((await endorsementAction(t, colleague, c.id, given.id, 'retract')).statusCode).toBe(200);
      expect(endorsementIds(await match(turns, c.id, asker))).not.toContain(given.id);
      await until(2_000, async () => endorsementIds(await match(turns, c.id, asker)).includes(later.id));
      const patched = await match(turns, c.id, asker);
      expect(endorsementIds(patched)).not.toContain(given.id);
      expect(resultOf(patched, candidate)!.components.evidence).toBeGreaterThan(before.components.evidence!);
      await expectAsFreshBuild(c.id, asker, patched);
    } finally {
      await turns.close();
    }
  });
});
