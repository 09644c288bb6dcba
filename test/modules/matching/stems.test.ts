import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { germanStemKey, stemKeyOf } from '../../../src/modules/matching/matching.stems.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { collectiveOfPeople, GERMAN_PHOTOGRAPHER, type ProfiledPerson } from '../../support/languages.js';

/**
 * PostgreSQL 15 to 17 and 18 stem German differently (matching.stems.ts); matching reads both
 * the same way. The pairs are what each version's `rx_german` made of words of the relevance
 * collection (bench/README.md).
 */
describe('German stems read alike on every PostgreSQL version', () => {
  const olderAndNewer: [string, string][] = [
    ['steuerberaterin', 'steuerberat'], // Steuerberaterin
    ['tierpflegerinn', 'tierpfleg'], // Tierpflegerinnen
    ['ubersetzerin', 'ubersetz'], // Übersetzerin
    ['uebersetz', 'ubersetz'], // uebersetzung (a skill slug)
    ['fachuebersetz', 'fachubersetz'],
    ['franzoes', 'franzos'], // franzoesisch
    ['lizenzvertraeg', 'lizenzvertrag'], // lizenzvertraege
    ['kuendigungsschutz', 'kundigungsschutz'],
    ['aktuell', 'aktull'], // aktuellen
    ['regeln', 'regel'], // Regeln
    ['schachteln', 'schachtel'], // Schachteln
    ['designsyst', 'designsystem'], // Designsystem
    ['syst', 'system'], // System
  ];

  it.each(olderAndNewer)('reads %s (PostgreSQL 15) as %s (PostgreSQL 18)', (older, newer) => {
    expect(germanStemKey(older)).toBe(newer);
    expect(germanStemKey(newer)).toBe(newer);
  });

  it('leaves what both versions stem alike', () => {
    // A "u" between vowels and "qu" are consonants to the stemmer; short words keep "-erin".
    for (const lexeme of ['steuer', 'neu', 'quer', 'bau', 'design', 'fotograf', 'erin', 'koln']) {
      expect(germanStemKey(lexeme)).toBe(lexeme);
    }
  });

  it('applies to German only', () => {
    expect(stemKeyOf('rx_german')).toBe(germanStemKey);
    expect(stemKeyOf('rx_english')).toBeUndefined();
    expect(stemKeyOf('rx_simple')).toBeUndefined();
  });
});

describe('a German brief meets a feminine job title, on the server the suite runs on', () => {
  let t: TestApp;
  let built: Awaited<ReturnType<typeof collectiveOfPeople>>;
  // A trade the thesaurus has no line for, so only the words themselves can meet.
  const people: Record<string, ProfiledPerson> = {
    ida: {
      name: 'Ida Nowak',
      headline: 'Tischlerin aus Leipzig',
      bio: 'Küchen, Regale und Einbauschränke aus Eiche und Birke, nach Maß gefertigt.',
      skills: ['moebelbau'],
      example: {
        skills: ['moebelbau'],
        title: 'Einbauschrank für eine Dachwohnung',
        description:
          'Ida hat für eine Dachwohnung mit schrägen Wänden einen Einbauschrank aus Birke entworfen, in der Werkstatt gefertigt und an einem Tag eingebaut.',
      },
    },
    tim: GERMAN_PHOTOGRAPHER,
  };
  beforeAll(async () => {
    t = await createTestApp();
    built = await collectiveOfPeople(t, 'de', 'Stämme', people);
  });
  afterAll(() => t.close());

  interface Item {
    member: { id: string };
    components: { fit: number };
  }
  const fitOf = async (brief: string) => {
    const items = (await built.match(brief)).json<{ items: Item[] }>().items;
    return items.find((item) => item.member.id === built.members.ida!.memberId)?.components.fit ?? 0;
  };

  it('finds the Tischlerin for a Tischler, and her skill "moebelbau" for "Möbelbau"', async () => {
    // Neither "Tischler" nor "Möbelbau" is in her profile as written.
    expect(await fitOf('Ein Tischler gesucht.')).toBeGreaterThan(0);
    expect(await fitOf('Möbelbau gesucht.')).toBeGreaterThan(0);
    expect(await fitOf('Ein Schreiber gesucht.')).toBe(0);
  });
});
