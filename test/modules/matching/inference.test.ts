import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { collectiveOfPeople, GERMAN_PHOTOGRAPHER, type ProfiledPerson } from '../../support/languages.js';

/**
 * Skills inferred from a brief's plain words (issue 18): a client who writes "labels and
 * boxes" means packaging design, which the collective's own worked examples say.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Person = ProfiledPerson;

interface Reason {
  kind: string;
  skill?: string;
  words?: string[];
}
interface Item {
  member: { id: string };
  components: { fit: number };
  reasons: Reason[];
}

const collective = (language: string, people: Record<string, Person>) =>
  collectiveOfPeople(t, language, `Inference ${language}`, people);

const ENGLISH: Record<string, Person> = {
  pia: {
    name: 'Pia Brandt',
    headline: 'Packaging designer for food and drink brands',
    bio: 'I design what sits on the shelf, from first sketch to the file the printer gets.',
    skills: ['packaging-design', 'brand-identity'],
    example: {
      skills: ['packaging-design'],
      title: 'Labels and gift boxes for a coffee roaster',
      description:
        'Pia redesigned the labels of all nine coffees and the gift boxes of the roaster’s Christmas range, worked out the dielines with the box maker and delivered print-ready files two weeks early.',
    },
  },
  sam: {
    name: 'Sam Okafor',
    headline: 'Copywriter for tea and coffee shops',
    bio: 'Product descriptions, newsletters and menus for tea rooms, coffee shops and small food brands.',
    skills: ['copywriting'],
    example: {
      skills: ['copywriting'],
      title: 'Web shop texts for a tea merchant',
      description:
        'Sam wrote the product descriptions for sixty teas of a small merchant, with tasting notes in plain words, and a monthly newsletter that customers still answer with questions about the blends.',
    },
  },
  ada: {
    name: 'Ada Lindqvist',
    headline: 'Data scientist',
    bio: 'Time series and statistics for retail and hospitality.',
    skills: ['demand-forecasting', 'data-analysis'],
    example: {
      skills: ['demand-forecasting'],
      title: 'Daily sales forecast for a bakery chain',
      description:
        'Ada built a model that predicts how many loaves each of the twelve shops sells per day from the weather, holidays and last year’s sales, so the bakers now waste a third less bread.',
    },
  },
};

const GERMAN: Record<string, Person> = {
  pia: {
    name: 'Pia Brandt',
    headline: 'Verpackungsdesignerin für Lebensmittelmarken',
    bio: 'Ich gestalte, was im Regal steht, von der ersten Skizze bis zur Druckdatei.',
    skills: ['verpackungsdesign', 'markendesign'],
    example: {
      skills: ['verpackungsdesign'],
      title: 'Etiketten und Geschenkschachteln für eine Kaffeerösterei',
      description:
        'Pia hat die Etiketten aller neun Kaffeesorten und die Geschenkschachteln der Weihnachtsedition neu gestaltet, die Stanzkonturen mit dem Schachtelhersteller abgestimmt und die Druckdaten zwei Wochen früher geliefert.',
    },
  },
  sam: {
    name: 'Sam Okafor',
    headline: 'Texter für Teeläden und Cafés',
    bio: 'Produkttexte, Newsletter und Speisekarten für Teestuben, Cafés und kleine Lebensmittelmarken.',
    skills: ['texten'],
    example: {
      skills: ['texten'],
      title: 'Shoptexte für einen Teehändler',
      description:
        'Sam hat die Produkttexte für sechzig Teesorten eines kleinen Händlers geschrieben, mit Geschmacksnotizen in einfachen Worten, und einen monatlichen Newsletter, auf den die Kundschaft bis heute mit Fragen antwortet.',
    },
  },
  ada: {
    name: 'Ada Lindqvist',
    headline: 'Datenanalystin',
    bio: 'Zeitreihen und Statistik für Handel und Gastronomie.',
    skills: ['absatzprognose', 'datenanalyse'],
    example: {
      skills: ['absatzprognose'],
      title: 'Tägliche Absatzprognose für eine Bäckereikette',
      description:
        'Ada hat ein Modell gebaut, das aus Wetter, Feiertagen und den Verkäufen des Vorjahres vorhersagt, wie viele Brote jede der zwölf Filialen am Tag verkauft, und die Bäckerei wirft seitdem ein Drittel weniger weg.',
    },
  },
};

describe.each([
  [
    'en',
    ENGLISH,
    'We need new labels and boxes for our tea blends before the autumn fair.',
    'packaging-design',
  ],
  ['de', GERMAN, 'Wir brauchen neue Etiketten und Schachteln für unsere Teesorten.', 'verpackungsdesign'],
] as const)('in a %s collective', (language, people, brief, skill) => {
  let built: Awaited<ReturnType<typeof collective>>;
  beforeAll(async () => {
    built = await collective(language, people);
  });

  it('infers the skill a brief without slugs asks for, ranks its member first and says so', async () => {
    const items = (await built.match(brief)).json<{ items: Item[] }>().items;
    expect(items[0]?.member.id).toBe(built.members.pia!.memberId);
    const inferred = items[0]?.reasons.find((r) => r.kind === 'inferred_skill');
    expect(inferred).toMatchObject({ skill });
    expect(inferred?.words?.length).toBeGreaterThan(0);
    // Only members who have that skill are told it was inferred.
    const others = items
      .slice(1)
      .flatMap((item) => item.reasons.filter((r) => r.kind === 'inferred_skill' && r.skill === skill));
    expect(others).toEqual([]);
  });

  it('is deterministic', async () => {
    const first = (await built.match(brief)).json<unknown>();
    expect((await built.match(brief)).json<unknown>()).toEqual(first);
  });

  it('infers nothing when the brief names its skills, or when its words point to no skill', async () => {
    const named = (await built.match(brief, ['copywriting'])).json<{ items: Item[] }>().items;
    expect(named.flatMap((item) => item.reasons.filter((r) => r.kind === 'inferred_skill'))).toEqual([]);
    const vague = (await built.match('Something nice and quick, please.')).json<{ items: Item[] }>().items;
    expect(vague.flatMap((item) => item.reasons.filter((r) => r.kind === 'inferred_skill'))).toEqual([]);
  });
});

describe('compound words in a German brief', () => {
  const people: Record<string, Person> = {
    lea: {
      name: 'Lea Vogt',
      headline: 'Grafikerin',
      bio: 'Ich entwerfe Etiketten für Tee, Honig und Marmelade aus der Region.',
      skills: ['grafikdesign'],
      example: {
        skills: ['grafikdesign'],
        title: 'Etiketten für eine Imkerei',
        description:
          'Lea hat für eine kleine Imkerei die Etiketten aller sechs Honigsorten gestaltet, mit Zeichnungen der Blüten, und die Druckdaten so angelegt, dass die Gläser von Hand beklebt werden können.',
      },
    },
    tim: GERMAN_PHOTOGRAPHER,
  };
  let built: Awaited<ReturnType<typeof collective>>;
  beforeAll(async () => {
    built = await collective('de', people);
  });

  it('finds the parts of a compound the collective only uses apart', async () => {
    // "Teeetiketten" is one lexeme the collective never uses; "Tee" and "Etiketten" it does.
    const items = (await built.match('Wir brauchen bald Teeetiketten.')).json<{ items: Item[] }>().items;
    expect(items[0]?.member.id).toBe(built.members.lea!.memberId);
    expect(items[0]?.components.fit).toBeGreaterThan(0);
  });
});

/**
 * Words related to the brief's by the thesaurus of work vocabulary (matching.thesaurus.ts): a
 * client's "pictures of our dishes" reaches a member who writes "food photography", though no
 * word of the brief is in any profile or example.
 */
const RELATED_EN: Record<string, Person> = {
  fay: {
    name: 'Fay Moreau',
    headline: 'Food photographer',
    bio: 'Photography and styling for restaurants, cafés and cookbook publishers.',
    skills: ['food-photography'],
    example: {
      skills: ['food-photography'],
      title: 'Photography for a seasonal cookbook',
      description:
        'Fay photographed and styled eighty plates for a seasonal cookbook, planned the light for every chapter and delivered edited files to the printer a week early.',
    },
  },
  tom: {
    name: 'Tom Reyes',
    headline: 'Bookkeeper for small businesses',
    bio: 'Bookkeeping, VAT returns and payroll for shops and studios.',
    skills: ['bookkeeping'],
    example: {
      skills: ['bookkeeping'],
      title: 'Bookkeeping for a pottery studio',
      description:
        'Tom took over the books of a pottery studio in the middle of the year, sorted two boxes of receipts, and filed the VAT return on time with nothing left to query.',
    },
  },
};

const RELATED_DE: Record<string, Person> = {
  fay: {
    name: 'Fay Moreau',
    headline: 'Foodfotografin',
    bio: 'Fotografie und Styling für Restaurants, Cafés und Kochbuchverlage.',
    skills: ['foodfotografie'],
    example: {
      skills: ['foodfotografie'],
      title: 'Fotografie für ein Kochbuch',
      description:
        'Fay hat achtzig Teller für ein saisonales Kochbuch fotografiert und gestylt, das Licht für jedes Kapitel geplant und die bearbeiteten Dateien eine Woche früher an die Druckerei geliefert.',
    },
  },
  tom: {
    name: 'Tom Reyes',
    headline: 'Buchhalter für kleine Firmen',
    bio: 'Buchführung, Umsatzsteuer und Lohnabrechnung für Läden und Ateliers.',
    skills: ['buchhaltung'],
    example: {
      skills: ['buchhaltung'],
      title: 'Buchführung für eine Töpferei',
      description:
        'Tom hat die Bücher einer Töpferei mitten im Jahr übernommen, zwei Kisten Quittungen sortiert und die Umsatzsteuer pünktlich gemeldet, ohne dass das Finanzamt nachfragen musste.',
    },
  },
};

describe.each([
  ['en', RELATED_EN, 'We would like some nice pictures of our dishes.', /photography/],
  ['de', RELATED_DE, 'Wir hätten gern schöne Bilder von unseren Gerichten.', /fotografie/i],
] as const)('related words in a %s collective', (language, people, brief, relatedWord) => {
  let built: Awaited<ReturnType<typeof collective>>;
  beforeAll(async () => {
    built = await collective(language, people);
  });

  it('finds the member through words related to the brief’s, ranks them first and says which', async () => {
    const items = (await built.match(brief)).json<{ items: Item[] }>().items;
    expect(items[0]?.member.id).toBe(built.members.fay!.memberId);
    expect(items[0]?.components.fit).toBeGreaterThan(0);
    const related = items[0]?.reasons.find((r) => r.kind === 'related_words');
    expect(related?.words).toEqual(expect.arrayContaining([expect.stringMatching(relatedWord)]));
    // The bookkeeper's texts have none of the related words: no such reason for him.
    const tom = items.find((item) => item.member.id === built.members.tom!.memberId);
    expect(tom?.reasons.filter((r) => r.kind === 'related_words') ?? []).toEqual([]);
  });

  it('is deterministic', async () => {
    const first = (await built.match(brief)).json<unknown>();
    expect((await built.match(brief)).json<unknown>()).toEqual(first);
  });
});
