import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { addMember, createAccount, createCollective, type TestAccount } from '../support/factories.js';
import { call, collectiveUrl } from '../support/http.js';
import { jobUrl, postJob } from '../support/work.js';

/**
 * If-None-Match on every GET that returns an ETag: 304 with no body when it names the current
 * tag (compared weakly, in a list, or `*`), the representation otherwise.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Resource {
  /** Who may read it. */
  reader: TestAccount;
  url: string;
  /** Changes it, so its ETag changes. */
  change: () => Promise<void>;
}

const resources: [string, () => Promise<Resource>][] = [
  [
    'getCollective',
    async () => {
      const c = await createCollective(t);
      const url = collectiveUrl(c.id);
      const change = async () => {
        expect((await call(t, c.owner, 'PATCH', url, { description: 'Changed' })).statusCode).toBe(200);
      };
      return { reader: c.owner, url, change };
    },
  ],
  [
    'getMember',
    async () => {
      const c = await createCollective(t);
      const anna = await addMember(t, c.id);
      const url = `${collectiveUrl(c.id)}/members/${anna.memberId}`;
      const change = async () => {
        expect((await call(t, anna, 'PATCH', url, { headline: 'Changed' })).statusCode).toBe(200);
      };
      return { reader: c.owner, url, change };
    },
  ],
  [
    'getJob',
    async () => {
      const c = await createCollective(t);
      const poster = await addMember(t, c.id);
      const job = await postJob(t, poster);
      const url = jobUrl(c.id, job.id);
      const change = async () => {
        expect((await call(t, poster, 'PATCH', url, { title: 'Changed title' })).statusCode).toBe(200);
      };
      return { reader: c.owner, url, change };
    },
  ],
];

const get = (resource: Resource, ifNoneMatch?: string, caller: TestAccount | null = resource.reader) =>
  call(
    t,
    caller,
    'GET',
    resource.url,
    undefined,
    ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch },
  );

function expectNotModified(response: LightMyRequestResponse, etag: string) {
  expect(response.statusCode).toBe(304);
  expect(response.body).toBe('');
  expect(response.headers.etag).toBe(etag);
}

function expectRepresentation(response: LightMyRequestResponse, etag: string) {
  expect(response.statusCode).toBe(200);
  expect(response.headers.etag).toBe(etag);
  expect(response.json()).toMatchObject({ id: expect.any(String) });
}

describe.each(resources)('%s with If-None-Match', (_operation, setUp) => {
  let resource: Resource;
  let etag: string;
  beforeAll(async () => {
    resource = await setUp();
    const plain = await get(resource);
    expect(plain.statusCode).toBe(200);
    etag = plain.headers.etag as string;
    expect(etag).toMatch(/^"\d+"$/);
  });

  it('304, no body, the ETag, when it names the current tag, strong or weak', async () => {
    expectNotModified(await get(resource, etag), etag);
    expectNotModified(await get(resource, `W/${etag}`), etag);
  });

  it('304 when a list holds the current tag, or for *', async () => {
    expectNotModified(await get(resource, `"999999", W/"a,b", ${etag}`), etag);
    expectNotModified(await get(resource, ` , W/"x" ,${etag} , `), etag);
    expectNotModified(await get(resource, '*'), etag);
  });

  it('200 with the representation when no tag matches, or the header is not a list of tags', async () => {
    for (const header of [
      '"999999"',
      `"999999", W/"999998"`,
      etag.replaceAll('"', ''),
      `${etag} ${etag}`,
      `w/${etag}`,
      `"${etag}"`,
      '',
    ]) {
      expectRepresentation(await get(resource, header), etag);
    }
  });

  it('once it changed, the old tag gets 200 with the new one; the new tag gets 304', async () => {
    const before = await setUp();
    const old = (await get(before)).headers.etag as string;
    await before.change();
    const fresh = await get(before, old);
    expect(fresh.statusCode).toBe(200);
    const current = fresh.headers.etag as string;
    expect(current).not.toBe(old);
    expectRepresentation(fresh, current);
    expectNotModified(await get(before, `${old}, ${current}`), current);
  });

  it('still 401 without a token and 404 outside the collective, even for *', async () => {
    expect((await get(resource, '*', null)).statusCode).toBe(401);
    const outsider = await createAccount(t);
    const response = await get(resource, '*', outsider);
    expect(response.statusCode).toBe(404);
    expect(response.headers.etag).toBeUndefined();
  });
});

describe('If-None-Match lists', () => {
  it('304 exactly when some listed tag is the current one, however the list is spelled', async () => {
    const [, setUp] = resources[0]!;
    const resource = await setUp();
    const etag = (await get(resource)).headers.etag as string;
    const opaque = fc.oneof(
      fc.constant(etag),
      fc.stringMatching(/^"[\x21\x23-\x7e]{0,8}"$/).filter((tag) => tag !== etag),
    );
    const element = fc
      .tuple(fc.boolean(), opaque, fc.constantFrom('', ' ', '\t', '  '))
      .map(([weak, tag, space]) => ({
        text: `${space}${weak ? 'W/' : ''}${tag}${space}`,
        current: tag === etag,
      }));
    await fc.assert(
      fc.asyncProperty(fc.array(element, { minLength: 1, maxLength: 5 }), async (elements) => {
        const response = await get(resource, elements.map((e) => e.text).join(','));
        expect(response.statusCode).toBe(elements.some((e) => e.current) ? 304 : 200);
        expect(response.headers.etag).toBe(etag);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the OpenAPI document', () => {
  it('declares the ETag header on every response that carries one', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<
        string,
        Record<string, { operationId: string; responses: Record<string, { headers?: object }> }>
      >;
    }>();
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    const withEtag = operations
      .flatMap((op) =>
        Object.entries(op.responses)
          .filter(([, response]) => response.headers !== undefined && 'ETag' in response.headers)
          .map(([status]) => `${op.operationId} ${status}`),
      )
      .sort();
    expect(withEtag).toEqual(
      [
        'cancelJob 200',
        'createCollective 201',
        'createJob 201',
        'createWebhook 201',
        'getCollective 200',
        'getCollective 304',
        'getJob 200',
        'getJob 304',
        'getMember 200',
        'getMember 304',
        'getWebhook 200',
        'updateCollective 200',
        'updateJob 200',
        'updateMember 200',
        'updateWebhook 200',
      ].sort(),
    );
  });
});
