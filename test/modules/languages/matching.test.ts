import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  buildCollection,
  collectiveWithLanguage,
  COLLECTIONS,
  expectClearLead,
  joinByInvitation,
  leadOf,
  matchBrief,
  updateProfile,
  type BuiltCollection,
  type Collection,
} from '../../support/languages.js';

/**
 * Matching in the members' own language (issue 11, SPEC section 9 "Languages"): in a
 * collective of the collection's language, a brief written in other inflections of the
 * target's words, or typed without accents, picks the target with a clear lead on `fit`
 * (MIN_FIT_MARGIN and MIN_FIT_RATIO in test/support/languages.ts), and a brief of stop words
 * picks nobody. The same texts in an `en` collective give a smaller lead: the language matters.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe.each(COLLECTIONS.map((collection) => [collection.language, collection] as const))(
  'a %s collection',
  (language, collection: Collection) => {
    let own: BuiltCollection;
    let english: BuiltCollection;
    beforeAll(async () => {
      own = await buildCollection(t, collection, language);
      // The same people and texts in a collective that keeps the default language, en.
      english = await buildCollection(t, collection, undefined);
    });

    it.each(collection.briefs.map((brief) => [brief.target, brief] as const))(
      'ranks %s first with a clear fit lead for a brief in other inflections of their words',
      async (_target, brief) => {
        const items = await matchBrief(t, own.owner, brief.text);
        expectClearLead(items, own.members[brief.target]!, `${language}: ${brief.exercises}`);
      },
    );

    it('ranks the target first with a clear fit lead for a brief typed without accents', async () => {
      const brief = collection.unaccented;
      const items = await matchBrief(t, own.owner, brief.text);
      expectClearLead(items, own.members[brief.target]!, `${language}: ${brief.exercises}`);
    });

    it('gives nobody any fit for a brief of stop words only', async () => {
      const items = await matchBrief(t, own.owner, collection.stopWords);
      // Either no results at all, or results none of which the brief's words fit.
      expect(items.map((item) => [item.member.name, item.components.fit])).toEqual(
        items.map((item) => [item.member.name, 0]),
      );
    });

    // Skills inferred from the brief's words (issue 18) can rescue a brief even in the wrong
    // language, so what the language adds is measured as the margin it gives the target.
    it('gives the target a larger fit lead than the same texts in an en collective do', async () => {
      for (const brief of collection.briefs) {
        const inOwn = leadOf(await matchBrief(t, own.owner, brief.text), own.members[brief.target]!.memberId);
        const inEnglish = leadOf(
          await matchBrief(t, english.owner, brief.text),
          english.members[brief.target]!.memberId,
        );
        expect(inOwn.margin, `${language} vs en: ${brief.text}`).toBeGreaterThan(inEnglish.margin);
      }
      // English treats the stop words as words, and every profile has them.
      const stopWords = await matchBrief(t, english.owner, collection.stopWords);
      expect(Math.max(0, ...stopWords.map((item) => item.components.fit))).toBeGreaterThan(0);
    });
  },
);

/**
 * A member who writes in another language than the collective's (README "Languages", mixed
 * collectives): brief and profiles are parsed with the same configuration, so words written
 * the same way meet whatever their language, and no second, word-for-word index is needed.
 */
describe('a German collective with a member who writes in English', () => {
  it('finds them first for an English brief in their own words', async () => {
    const { owner } = await collectiveWithLanguage(t, 'de', 'Gemischt');
    const english = await joinByInvitation(t, owner, 'Olivia Grant');
    await updateProfile(t, english, {
      headline: 'Copywriter for software startups',
      bio: 'Website copy, landing pages and onboarding emails for small software companies.',
    });
    const german = await joinByInvitation(t, owner, 'Jana Keller');
    await updateProfile(t, german, {
      headline: 'Texterin für Webseiten',
      bio: 'Ich schreibe Texte für Webseiten kleiner Firmen in Leipzig und Dresden.',
    });
    const items = await matchBrief(t, owner, 'Copywriter for the landing pages of our software startup');
    expect(items[0]?.member.id).toBe(english.memberId);
    expect(items[0]?.components.fit).toBeGreaterThan(
      items.find((item) => item.member.id === german.memberId)?.components.fit ?? 0,
    );
  });
});
