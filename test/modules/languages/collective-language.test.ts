import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createAccount, type TestMember } from '../../support/factories.js';
import { allEvents, call, collectiveUrl, pointersOf, type Page } from '../../support/http.js';
import {
  buildCollection,
  collectiveWithLanguage,
  expectClearLead,
  GERMAN,
  isClearLead,
  leadOf,
  matchBrief,
  postCollective,
  type CollectiveView,
} from '../../support/languages.js';
import { jobsUrl, postJob } from '../../support/work.js';

/**
 * A collective's `language` (issue 11, SPEC section 9): set on createCollective and
 * updateCollective (admins), returned on the Collective, validated; and changing it re-indexes
 * the collective, so matching and search follow the new language at once.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SUPPORTED = ['da', 'de', 'en', 'es', 'fi', 'fr', 'hu', 'it', 'nl', 'no', 'pt', 'ro', 'ru', 'sv', 'tr'];
const UNSUPPORTED: unknown[] = ['xx', 'EN-us', '', 42];

function patchCollective(caller: TestMember, collectiveId: string, body: Record<string, unknown>) {
  return call(t, caller, 'PATCH', collectiveUrl(collectiveId), body);
}

async function getCollective(caller: TestMember, collectiveId: string): Promise<CollectiveView> {
  const response = await call(t, caller, 'GET', collectiveUrl(collectiveId));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CollectiveView>();
}

describe('createCollective', () => {
  it('defaults to en, and shows the language on get and list', async () => {
    const { collective, owner } = await collectiveWithLanguage(t, undefined);
    expect(collective.language).toBe('en');
    expect((await getCollective(owner, collective.id)).language).toBe('en');

    const { collective: german, owner: germanOwner } = await collectiveWithLanguage(t, 'de');
    expect(german.language).toBe('de');
    expect((await getCollective(germanOwner, german.id)).language).toBe('de');
    const listed = await call(t, germanOwner, 'GET', '/v1/collectives');
    expect(listed.json<Page<CollectiveView>>().items.map((c) => [c.id, c.language])).toEqual([
      [german.id, 'de'],
    ]);
  });

  it.each(SUPPORTED)('accepts the supported language %s', async (language) => {
    const { collective } = await collectiveWithLanguage(t, language);
    expect(collective.language).toBe(language);
  });

  it.each(UNSUPPORTED)('rejects the language %j with 400 at /language', async (language) => {
    const account = await createAccount(t);
    const response = await postCollective(t, account, { name: 'Polyglots', language });
    expect(pointersOf(response)).toContain('/language');
    const listed = await call(t, account, 'GET', '/v1/collectives');
    expect(listed.json<Page<CollectiveView>>().items).toEqual([]);
  });
});

describe('updateCollective', () => {
  it('lets an admin change the language, bumps the ETag and records collective.updated', async () => {
    const { collective, owner } = await collectiveWithLanguage(t, undefined);
    const admin = await addMember(t, collective.id, { role: 'admin' });
    const response = await call(
      t,
      admin,
      'PATCH',
      collectiveUrl(collective.id),
      { language: 'fr' },
      {
        'if-match': '"1"',
      },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json<CollectiveView>()).toMatchObject({ id: collective.id, language: 'fr' });
    expect((await getCollective(owner, collective.id)).language).toBe('fr');
    const updated = (await allEvents(t, owner, collective.id)).find((e) => e.type === 'collective.updated');
    expect(updated?.data).toMatchObject({ fields: ['language'] });
  });

  it.each(UNSUPPORTED)(
    'rejects the language %j with 400 at /language, and nothing changes',
    async (language) => {
      const { collective, owner } = await collectiveWithLanguage(t, 'de');
      expect(pointersOf(await patchCollective(owner, collective.id, { language }))).toContain('/language');
      expect((await getCollective(owner, collective.id)).language).toBe('de');
    },
  );

  it('is 403 for a plain member, and the language stays', async () => {
    const { collective, owner } = await collectiveWithLanguage(t, 'de');
    const member = await addMember(t, collective.id);
    const response = await patchCollective(member, collective.id, { language: 'en' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'ADMIN_REQUIRED' });
    expect((await getCollective(owner, collective.id)).language).toBe('de');
  });

  it('is 404 for another collective, even to an owner of their own, and the language stays', async () => {
    const { collective, owner } = await collectiveWithLanguage(t, 'de');
    const { owner: otherOwner } = await collectiveWithLanguage(t, 'en');
    for (const collectiveId of [collective.id, randomUUID()]) {
      const response = await patchCollective(otherOwner, collectiveId, { language: 'fr' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'COLLECTIVE_NOT_FOUND' });
    }
    expect((await getCollective(owner, collective.id)).language).toBe('de');
  });
});

describe('changing the language of a collective that already has members, examples and jobs', () => {
  it('re-ranks matching and re-indexes search in the new language, and back', async () => {
    const built = await buildCollection(t, GERMAN, undefined);
    const { owner, collectiveId } = built;
    const lena = built.members.lena!;
    const [brief] = GERMAN.briefs;
    const job = await postJob(t, owner, {
      title: 'Übersetzung unserer Webseiten',
      brief: 'Unsere Webseiten sollen zusätzlich auf Englisch und Französisch erscheinen.',
    });
    const search = async (what: 'jobs' | 'members', q: string) => {
      const url = what === 'jobs' ? jobsUrl(collectiveId) : `${collectiveUrl(collectiveId)}/members`;
      const response = await call(t, owner, 'GET', `${url}?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<Page<{ id: string }>>().items.map((item) => item.id);
    };

    // In English the German texts are matched word for word, function words included.
    const before = leadOf(await matchBrief(t, owner, brief!.text), lena.memberId);
    expect(isClearLead(before, lena.memberId), JSON.stringify(before)).toBe(false);
    expect(await search('jobs', 'Webseite')).toEqual([]);
    expect(await search('members', 'Backerei')).not.toContain(lena.memberId);

    const changed = await patchCollective(owner, collectiveId, { language: 'de' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<CollectiveView>().language).toBe('de');
    expect((await getCollective(owner, collectiveId)).language).toBe('de');

    expectClearLead(await matchBrief(t, owner, brief!.text), lena, 'after the change to de');
    const stopWords = await matchBrief(t, owner, GERMAN.stopWords);
    expect(stopWords.filter((item) => item.components.fit > 0)).toEqual([]);
    expect(await search('jobs', 'Webseite')).toEqual([job.id]);
    // Lena wrote "Bäckereien", Sophie "eine Bäckerei" (in join order).
    expect(await search('members', 'Backerei')).toEqual([lena.memberId, built.members.sophie!.memberId]);

    // And back: English again treats the German stop words as words.
    const back = await patchCollective(owner, collectiveId, { language: 'en' });
    expect(back.statusCode, back.body).toBe(200);
    const again = await matchBrief(t, owner, GERMAN.stopWords);
    expect(again.filter((item) => item.components.fit > 0).length).toBeGreaterThan(0);
    expect(await search('jobs', 'Webseite')).toEqual([]);
  });
});
