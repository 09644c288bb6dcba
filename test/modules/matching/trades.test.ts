import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { collectiveOfPeople, type ProfiledPerson } from '../../support/languages.js';

/**
 * Colleagues of the brief's trade (issue 18): a client who needs a packaging designer is also
 * served by the brand designer, whose profile shares no word with the brief, before the
 * photographer who once shot a tea range's boxes and so shares two.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Person = ProfiledPerson;

interface Reason {
  kind: string;
  trade?: string;
}
interface Item {
  member: { id: string };
  reasons: Reason[];
}

const ENGLISH: Record<string, Person> = {
  pia: {
    name: 'Pia Brandt',
    headline: 'Packaging designer for food and drink brands',
    bio: 'I design what sits on the shelf, from first sketch to the file the printer gets.',
    skills: ['packaging-design'],
    example: {
      skills: ['packaging-design'],
      title: 'Labels and gift boxes for a coffee roaster',
      description:
        'Pia redesigned the labels of all nine coffees and the gift boxes of the roaster’s Christmas range, worked out the dielines with the box maker and delivered print-ready files two weeks early.',
    },
  },
  tom: {
    name: 'Tom Hargreaves',
    headline: 'Logos and brand identity for cafés and shops',
    bio: 'Wordmarks, colour palettes and shop signs for independent businesses on the high street.',
    skills: ['logo-design', 'signage'],
    example: {
      skills: ['logo-design'],
      title: 'A new logo for a bike workshop',
      description:
        'Tom drew a chunky wordmark and a two-colour brand identity for a bike repair workshop, and specified the painted sign above the door with a local signwriter.',
    },
  },
  olu: {
    name: 'Olu Adeyemi',
    headline: 'Product photographer for web shops',
    bio: 'Packshots and lifestyle photos in my studio, retouched and ready for the shop the same week.',
    skills: ['product-photography'],
    example: {
      skills: ['product-photography'],
      title: 'Photos of a tea range: tins and boxes',
      description:
        'Olu photographed forty tins and boxes of a tea merchant on white and in a kitchen setting, with even light and colours true to the packs, for the web shop and a wholesale catalogue.',
    },
  },
  ada: {
    name: 'Ada Lindqvist',
    headline: 'Data scientist',
    bio: 'Time series and statistics for retail and hospitality.',
    skills: ['demand-forecasting'],
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
    skills: ['verpackungsdesign'],
    example: {
      skills: ['verpackungsdesign'],
      title: 'Etiketten und Geschenkschachteln für eine Kaffeerösterei',
      description:
        'Pia hat die Etiketten aller neun Kaffeesorten und die Geschenkschachteln der Weihnachtsedition neu gestaltet, die Stanzkonturen mit dem Schachtelhersteller abgestimmt und die Druckdaten zwei Wochen früher geliefert.',
    },
  },
  tom: {
    name: 'Tom Hartmann',
    headline: 'Logos und Corporate Design für Handwerk und Mittelstand',
    bio: 'Wortmarken, Hausfarben und Schilder für Betriebe, die aussehen wollen wie sie selbst.',
    skills: ['logo-design', 'corporate-design'],
    example: {
      skills: ['logo-design'],
      title: 'Neues Logo für eine Fahrradwerkstatt',
      description:
        'Tom hat für eine Fahrradwerkstatt eine kräftige Wortmarke und ein zweifarbiges Corporate Design entworfen und das Schild über der Tür mit einem Schildermaler abgestimmt.',
    },
  },
  olu: {
    name: 'Olu Adeyemi',
    headline: 'Produktfotograf für Onlineshops',
    bio: 'Packshots und Stimmungsbilder aus meinem Studio, retuschiert und in derselben Woche fertig.',
    skills: ['produktfotografie'],
    example: {
      skills: ['produktfotografie'],
      title: 'Fotos einer Teeserie: Dosen und Schachteln',
      description:
        'Olu hat vierzig Dosen und Schachteln eines Teehändlers freigestellt und in einer Küche fotografiert, mit gleichmäßigem Licht und farbtreu, für den Onlineshop und einen Großhandelskatalog.',
    },
  },
  ada: {
    name: 'Ada Lindqvist',
    headline: 'Datenanalystin',
    bio: 'Zeitreihen und Statistik für Handel und Gastronomie.',
    skills: ['absatzprognose'],
    example: {
      skills: ['absatzprognose'],
      title: 'Tägliche Absatzprognose für eine Bäckereikette',
      description:
        'Ada hat ein Modell gebaut, das aus Wetter, Feiertagen und den Verkäufen des Vorjahres vorhersagt, wie viele Brote jede der zwölf Filialen am Tag verkauft.',
    },
  },
};

const collective = (language: string, people: Record<string, Person>) =>
  collectiveOfPeople(t, language, `Trades ${language}`, people);

describe.each([
  ['en', ENGLISH, 'We need new labels and boxes for our tea blends.', 'Packaging, brand and graphic design'],
  [
    'de',
    GERMAN,
    'Wir brauchen neue Etiketten und Schachteln für unsere Teesorten.',
    'Verpackung, Marke, Grafik',
  ],
] as const)('in a %s collective', (language, people, brief, trade) => {
  let built: Awaited<ReturnType<typeof collective>>;
  beforeAll(async () => {
    built = await collective(language, people);
  });

  it('ranks the colleague of the inferred skill’s trade after its member, above a false friend, and says why', async () => {
    const items = (await built.match(brief)).json<{ items: Item[] }>().items;
    const order = items.map((item) => item.member.id);
    const { pia, tom, olu } = built.members;
    expect(order.slice(0, 2)).toEqual([pia!.memberId, tom!.memberId]);
    expect(order.indexOf(olu!.memberId)).toBeGreaterThan(1);
    expect(items[1]?.reasons).toContainEqual(expect.objectContaining({ kind: 'trade', trade }));
  });

  it('names no trade for a member of another trade', async () => {
    const items = (await built.match(brief)).json<{ items: Item[] }>().items;
    const ada = items.find((item) => item.member.id === built.members.ada!.memberId);
    expect(ada?.reasons.filter((r) => r.kind === 'trade') ?? []).toEqual([]);
  });

  it('is deterministic', async () => {
    const first = (await built.match(brief)).json<unknown>();
    expect((await built.match(brief)).json<unknown>()).toEqual(first);
  });
});
