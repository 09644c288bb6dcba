import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lexemeWeights, roleOf, sentencesOf } from '../../../src/modules/matching/matching.brief.js';
import { WEIGHTS } from '../../../src/modules/matching/matching.weights.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { collectiveOfPeople, type ProfiledPerson } from '../../support/languages.js';

/**
 * A brief read sentence by sentence (matching.brief.ts): the sentence that asks for the work
 * counts more than the one in which the client says who they are, and the words of asking
 * themselves (need, someone; brauchen, jemand) say nothing about the work.
 */
describe('reading a brief', () => {
  it('splits sentences and tells what each does, in English and German', () => {
    const english = sentencesOf(
      'We run a small photo studio. Clients argue about prices; we need contracts! Can you help?',
    );
    expect(english).toEqual([
      'We run a small photo studio.',
      'Clients argue about prices;',
      'we need contracts!',
      'Can you help?',
    ]);
    expect(english.map((s) => roleOf('en', s))).toEqual(['self', 'plain', 'ask', 'ask']);
    // What is going on is not who the client is.
    expect(roleOf('en', 'We’re spending a lot on adverts.')).toBe('plain');
    expect(roleOf('en', 'We’re a small charity.')).toBe('self');
    const german = sentencesOf('Wir sind eine Tischlerei. Die Kunden finden uns nicht. Wer kann helfen?');
    expect(german.map((s) => roleOf('de', s))).toEqual(['self', 'plain', 'ask']);
    // A language without cues reads every sentence alike.
    expect(roleOf('ja', 'We need contracts.')).toBe('plain');
  });

  it('weighs each word by its strongest sentence, relative to the strongest sentence the brief has', () => {
    const { plain, self } = WEIGHTS.brief;
    const weights = lexemeWeights(
      [
        { role: 'self', lexemes: ['photographi', 'studio'] },
        { role: 'plain', lexemes: ['client', 'price'] },
        { role: 'ask', lexemes: ['need', 'contract', 'client'] },
      ],
      new Set(['need']),
    );
    expect(Object.fromEntries(weights)).toEqual({
      photographi: self,
      studio: self,
      client: 1,
      price: plain,
      contract: 1,
    });
    // Without an ask, plain sentences count fully; a brief that only describes itself is read whole.
    expect(
      Object.fromEntries(
        lexemeWeights(
          [
            { role: 'self', lexemes: ['studio'] },
            { role: 'plain', lexemes: ['contract'] },
          ],
          new Set(),
        ),
      ),
    ).toEqual({ studio: self / plain, contract: 1 });
    expect(Object.fromEntries(lexemeWeights([{ role: 'self', lexemes: ['studio'] }], new Set()))).toEqual({
      studio: 1,
    });
    // The words of the skills a brief names count fully, and weaken no sentence.
    expect(
      Object.fromEntries(
        lexemeWeights(
          [
            { role: 'plain', lexemes: ['label'] },
            { role: 'self', lexemes: ['tea'] },
          ],
          new Set(),
          ['packag', 'design'],
        ),
      ),
    ).toEqual({ label: 1, tea: self / plain, packag: 1, design: 1 });
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Item {
  member: { id: string };
  components: { fit: number };
  reasons: { kind: string }[];
}

const PEOPLE: Record<string, Record<string, ProfiledPerson>> = {
  en: {
    pat: {
      name: 'Pat Lowe',
      headline: 'Photographer and video maker for small studios',
      bio: 'Photography and video for small businesses: studio portraits, product photography, short videos. I can help with whatever you need, someone said.',
      skills: ['photography', 'video'],
      example: {
        skills: ['photography'],
        title: 'Studio photography and video for a bakery',
        description:
          'Pat took the photography and shot two short videos in a small studio for a bakery, and delivered every photo and video edited within a week.',
      },
    },
    lee: {
      name: 'Lee Grant',
      headline: 'Lawyer for small businesses',
      bio: 'I draft contracts and terms of business that clients understand.',
      skills: ['contract-drafting'],
      example: {
        skills: ['contract-drafting'],
        title: 'Client contracts for a design agency',
        description:
          'Lee drafted the contract the agency now sends every client, with clear terms on what is included, deposits and when invoices are due.',
      },
    },
  },
  de: {
    pat: {
      name: 'Pat Lowe',
      headline: 'Fotografin und Videografin für kleine Studios',
      bio: 'Fotografie und Video für kleine Firmen: Studioporträts, Produktfotografie, kurze Videos. Ich helfe, wenn jemand etwas braucht.',
      skills: ['fotografie', 'video'],
      example: {
        skills: ['fotografie'],
        title: 'Studiofotografie und Video für eine Bäckerei',
        description:
          'Pat hat für eine Bäckerei die Fotografie übernommen und zwei kurze Videos im Studio gedreht, und jedes Foto und Video innerhalb einer Woche bearbeitet geliefert.',
      },
    },
    lee: {
      name: 'Lee Grant',
      headline: 'Anwältin für kleine Firmen',
      bio: 'Ich entwerfe Verträge und Geschäftsbedingungen, die Kunden verstehen.',
      skills: ['vertragsgestaltung'],
      example: {
        skills: ['vertragsgestaltung'],
        title: 'Kundenverträge für eine Designagentur',
        description:
          'Lee hat den Vertrag entworfen, den die Agentur nun jedem Kunden schickt, mit klaren Bedingungen zu Leistungen, Anzahlungen und Fälligkeiten.',
      },
    },
  },
};

describe.each([
  [
    'en',
    'We run a small photography and video studio with two photographers. We need contracts for our clients.',
    'Can someone help, please? We need it.',
  ],
  [
    'de',
    'Wir sind ein kleines Fotografie- und Videostudio mit zwei Fotografen. Wir brauchen Verträge für unsere Kunden.',
    'Kann jemand helfen, bitte? Wir brauchen das.',
  ],
] as const)('in a %s collective', (language, brief, askOnly) => {
  let built: Awaited<ReturnType<typeof collectiveOfPeople>>;
  beforeAll(async () => {
    built = await collectiveOfPeople(t, language, `Brief ${language}`, PEOPLE[language]!);
  });

  it('ranks the member for the work asked for above the one for the client’s own trade', async () => {
    const items = (await built.match(brief)).json<{ items: Item[] }>().items;
    expect(items.map((item) => item.member.id)).toEqual([
      built.members.lee!.memberId,
      built.members.pat!.memberId,
    ]);
  });

  it('reads nothing into the words of asking alone', async () => {
    // The photographer's profile has "help", "need" and "someone" (jemand, braucht).
    // Without them the brief has no word left, and nobody is found for it.
    expect((await built.match(askOnly)).json<{ items: Item[] }>().items).toEqual([]);
  });
});
