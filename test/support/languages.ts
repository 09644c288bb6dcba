import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import { endorse, endorsementBody } from './endorsements.js';
import { createAccount, createInvitation, type TestAccount, type TestMember } from './factories.js';
import { call, collectiveUrl } from './http.js';

/**
 * Collectives that speak one language, for the language tests (SPEC section 9 "Languages").
 *
 * Each collection is a handful of freelancers who write about their work as they would in a
 * real profile: a headline, a bio, skills, and one worked example that a colleague wrote when
 * endorsing them. Every endorsement goes one way round a single cycle (each person endorses
 * exactly one other and is endorsed by exactly one other), and every member joined on the
 * owner's invitation, so the trust graph treats them all alike and only the text tells them
 * apart. Everything is created through the API (accounts aside), so the rows get whatever
 * language handling the service gives rows of the collective.
 *
 * The briefs use other inflections of the target's words than the target's own texts do, and
 * some are typed without accents or umlauts, as people type on a phone.
 */

export interface WorkedExample {
  skills: string[];
  title: string;
  description: string;
  endorseeRole: string;
  outcome: string;
}

export interface Person {
  name: string;
  headline: string;
  bio: string;
  skills: string[];
  /** The key of the colleague who endorsed them with `example`. */
  endorsedBy: string;
  example: WorkedExample;
}

export interface Brief {
  /** The key of the person whose profile and example describe this work. */
  target: string;
  text: string;
  /** Which words of the brief meet which words of the target's texts, and how. */
  exercises: string;
}

export interface Collection {
  language: string;
  collectiveName: string;
  people: Record<string, Person>;
  briefs: Brief[];
  /** A short brief whose only words in common with the target are typed without accents or umlauts. */
  unaccented: Brief;
  /** A brief made only of the language's stop words, some of them accented. */
  stopWords: string;
}

// --- German ----------------------------------------------------------------------------------

export const GERMAN: Collection = {
  language: 'de',
  collectiveName: 'Freie Kreative Köln',
  people: {
    lena: {
      name: 'Lena Hoffmann',
      headline: 'Übersetzungen und Lokalisierung von Webseiten, Deutsch, Englisch und Niederländisch',
      bio:
        'Seit zwölf Jahren übersetze ich Webseiten, Speisekarten und Produkttexte für kleine Betriebe im ' +
        'Rheinland, am liebsten für Bäckereien, Konditoreien und Cafés. Fachbegriffe kläre ich mit den ' +
        'Kunden, bevor ich über Formulierungen entscheide.',
      skills: ['Übersetzung', 'Lokalisierung'],
      endorsedBy: 'jonas',
      example: {
        skills: ['Übersetzung'],
        title: 'Dreisprachige Webseiten für die Bäckerei Schmitz',
        description:
          'Lena hat die Webseiten der Bäckerei Schmitz ins Englische und Niederländische übertragen, mit ' +
          'allen Produktbeschreibungen der Brote, Torten und Brötchen. Dafür hat sie ein Glossar der ' +
          'Backwaren angelegt, mit dem das Team der Bäckerei bis heute arbeitet.',
        endorseeRole: 'Übersetzerin',
        outcome: 'Seit dem Relaunch kommen deutlich mehr Bestellungen von Touristen über die Seite.',
      },
    },
    jonas: {
      name: 'Jonas Becker',
      headline: 'Softwareentwickler für Buchungssysteme und Onlineshops',
      bio:
        'Ich baue seit 2015 Webanwendungen mit TypeScript und PostgreSQL, vor allem Terminbuchungen für ' +
        'Arztpraxen, Friseursalons und Werkstätten.',
      skills: ['Webentwicklung', 'TypeScript'],
      endorsedBy: 'sophie',
      example: {
        skills: ['Webentwicklung'],
        title: 'Terminbuchungen für eine Physiotherapiepraxis',
        description:
          'Jonas hat für die Praxis Wagner ein Buchungssystem entwickelt, über das Patientinnen und Patienten ' +
          'ihre Termine selbst vereinbaren und verschieben. Er hat die Anbindung an den bestehenden ' +
          'Praxiskalender gebaut und die Mitarbeiterinnen am Empfang geschult.',
        endorseeRole: 'Softwareentwickler',
        outcome:
          'Die Praxis bekommt deutlich weniger Anrufe, und Terminausfälle sind um ein Drittel zurückgegangen.',
      },
    },
    sophie: {
      name: 'Sophie Wagner',
      headline: 'Grafikdesign für Verpackungen, Etiketten und Schaufenster',
      bio:
        'Ich gestalte Verpackungen und Etiketten für Manufakturen aus der Region: Kaffeeröstereien, ' +
        'Brauereien und eine Bäckerei, deren Brottüten inzwischen in ganz Köln zu sehen sind.',
      skills: ['Grafikdesign', 'Verpackungsdesign'],
      endorsedBy: 'mehmet',
      example: {
        skills: ['Verpackungsdesign'],
        title: 'Etiketten für eine Kaffeerösterei',
        description:
          'Sophie hat für die Rösterei Bohnenglück eine Etikettenfamilie für zwölf Kaffeesorten entworfen, ' +
          'die Druckdaten vorbereitet und die Abstimmung mit der Druckerei übernommen, bis die Farben auf ' +
          'dem Kraftpapier stimmten.',
        endorseeRole: 'Designerin',
        outcome: 'Die neuen Etiketten haben den Verkauf im Einzelhandel spürbar angekurbelt.',
      },
    },
    mehmet: {
      name: 'Mehmet Yılmaz',
      headline: 'Food-Fotografie für Restaurants, Cafés und Kochbücher',
      bio:
        'Ich fotografiere Gerichte, Zutaten und Menschen in der Küche, am liebsten bei Tageslicht. Für ' +
        'Kochbücher übernehme ich auch das Foodstyling.',
      skills: ['Fotografie', 'Foodstyling'],
      endorsedBy: 'anna',
      example: {
        skills: ['Fotografie'],
        title: 'Fotos für ein vegetarisches Kochbuch',
        description:
          'Mehmet hat an acht Tagen über neunzig Rezepte für ein vegetarisches Kochbuch fotografiert, das ' +
          'Licht in einer kleinen Mietküche aufgebaut und jedes Gericht so gestylt, dass es auch nach ' +
          'Stunden noch frisch aussah.',
        endorseeRole: 'Fotograf',
        outcome: 'Das Buch ist inzwischen in der dritten Auflage erschienen.',
      },
    },
    anna: {
      name: 'Anna Schulz',
      headline: 'Texte und Lektorat für Webseiten, Broschüren und Magazine',
      bio:
        'Ich schreibe verständliche Texte für Handwerksbetriebe und Kultureinrichtungen und lektoriere ' +
        'Manuskripte, Pressemitteilungen und Jahresberichte.',
      skills: ['Texten', 'Lektorat'],
      endorsedBy: 'felix',
      example: {
        skills: ['Lektorat'],
        title: 'Jahresbericht eines Kulturvereins',
        description:
          'Anna hat den Jahresbericht des Kulturvereins Ehrenfeld redigiert, die Beiträge der Ehrenamtlichen ' +
          'in eine einheitliche Sprache gebracht und drei Reportagen über die Projekte im Viertel selbst ' +
          'geschrieben.',
        endorseeRole: 'Lektorin und Autorin',
        outcome: 'Der Verein hat den Bericht für zwei erfolgreiche Förderanträge genutzt.',
      },
    },
    felix: {
      name: 'Felix Braun',
      headline: 'Buchhaltung und Lohnabrechnung für kleine Handwerksbetriebe',
      bio:
        'Ich übernehme die laufende Buchhaltung, bereite die Umsatzsteuervoranmeldung vor und halte den ' +
        'Kontakt zur Steuerberatung.',
      skills: ['Buchhaltung', 'Lohnabrechnung'],
      endorsedBy: 'lena',
      example: {
        skills: ['Buchhaltung'],
        title: 'Umstellung einer Tischlerei auf digitale Belege',
        description:
          'Felix hat die Buchhaltung der Tischlerei Krämer von Papierordnern auf digitale Belege umgestellt, ' +
          'die Kontenpläne bereinigt und den Inhabern gezeigt, wie sie Rechnungen direkt vom Handy erfassen.',
        endorseeRole: 'Buchhalter',
        outcome: 'Der Monatsabschluss dauert jetzt zwei Tage statt einer Woche.',
      },
    },
  },
  briefs: [
    {
      target: 'lena',
      text:
        'Wir sind eine kleine Backerei in Köln und suchen jemanden für die Übersetzung unserer Webseite ' +
        'samt jeder Produktbeschreibung ins Englische.',
      exercises:
        'singular against plural (Webseite: Webseiten; Übersetzung: Übersetzungen; the compound ' +
        'Produktbeschreibung: Produktbeschreibungen), "Backerei" typed without the umlaut against Bäckerei ' +
        'and Bäckereien',
    },
    {
      target: 'jonas',
      text:
        'Softwareentwicklung gesucht: ein Buchungssystem, mit dem die Kundschaft unseres Friseursalons die ' +
        'Terminbuchung selbst erledigt.',
      exercises:
        'compounds the stemmer reduces alike (Softwareentwicklung: Softwareentwickler, Buchungssystem: ' +
        'Buchungssysteme, Terminbuchung: Terminbuchungen)',
    },
  ],
  unaccented: {
    target: 'lena',
    text: 'Ubersetzungen unserer Backerei',
    exercises: 'umlauts left out: Ubersetzungen against Übersetzungen, Backerei against Bäckerei',
  },
  stopWords: 'wir und für die mit einer über',
};

// --- French ----------------------------------------------------------------------------------

export const FRENCH: Collection = {
  language: 'fr',
  collectiveName: 'Collectif de la Croix-Rousse',
  people: {
    julien: {
      name: 'Julien Martin',
      headline: 'Développeur web : sites vitrines et boutiques en ligne pour artisans et commerçants',
      bio:
        'Depuis huit ans, j’accompagne les commerces de quartier de la conception à la mise en ligne de ' +
        'leur site, et je forme l’équipe de chaque client à la mise à jour des contenus. Le même ' +
        'interlocuteur du début à la fin : c’est ce que mes clients apprécient.',
      skills: ['Développement web', 'WordPress'],
      endorsedBy: 'hugo',
      example: {
        skills: ['Développement web'],
        title: 'Boutique en ligne d’une pâtisserie de la Croix-Rousse',
        description:
          "Julien a conçu et développé la boutique en ligne d'une pâtisserie du quartier : catalogue des " +
          "gâteaux, commandes à retirer en magasin et paiement sécurisé. Il a ensuite formé l'équipe de " +
          'vente à gérer les commandes du week-end.',
        endorseeRole: 'Développeur principal',
        outcome: "Les précommandes représentent aujourd'hui un tiers du chiffre d'affaires du samedi.",
      },
    },
    chloe: {
      name: 'Chloé Bernard',
      headline:
        'Traductrice de l’anglais et de l’allemand vers le français, contrats et documents techniques',
      bio:
        'J’ai été juriste avant de devenir traductrice : je traduis des contrats, des conditions générales ' +
        'et des notices d’utilisation, et je relis les traductions de mes confrères.',
      skills: ['Traduction juridique', 'Relecture'],
      endorsedBy: 'manon',
      example: {
        skills: ['Traduction juridique'],
        title: "Traduction des conditions générales d'un éditeur de logiciels",
        description:
          "Chloé a traduit de l'anglais les conditions générales, le contrat de licence et la politique de " +
          "confidentialité d'un éditeur de logiciels lyonnais, en accord avec ses juristes sur chaque terme " +
          'délicat.',
        endorseeRole: 'Traductrice',
        outcome: "Les documents ont été validés par l'avocat du client sans une seule correction.",
      },
    },
    thomas: {
      name: 'Thomas Petit',
      headline: 'Photographe culinaire pour restaurants, pâtisseries et magazines',
      bio:
        'Je photographie les plats, les produits et les gens qui les fabriquent, en studio ou directement ' +
        'en cuisine. Je m’occupe aussi du stylisme quand il le faut.',
      skills: ['Photographie culinaire'],
      endorsedBy: 'chloe',
      example: {
        skills: ['Photographie culinaire'],
        title: "La carte d'un bistrot lyonnais",
        description:
          'Thomas a photographié les vingt plats de la nouvelle carte d’un bistrot de la presqu’île en une ' +
          'seule journée, en lumière naturelle, puis a livré des images recadrées pour le menu, le site et ' +
          'les réseaux sociaux.',
        endorseeRole: 'Photographe',
        outcome: 'Le bistrot utilise toujours ces photos, deux ans après.',
      },
    },
    ines: {
      name: 'Inès Moreau',
      headline: 'Graphiste : identités visuelles, logos et emballages pour commerces de bouche',
      bio:
        'Je dessine des logos, des étiquettes et des emballages pour les producteurs et les épiceries fines ' +
        'de la région, du premier croquis jusqu’au suivi d’impression.',
      skills: ['Identité visuelle', 'Packaging'],
      endorsedBy: 'thomas',
      example: {
        skills: ['Identité visuelle'],
        title: 'Étiquettes pour une brasserie artisanale',
        description:
          "Inès a créé l'identité de la brasserie des Canuts : le logo, une gamme de six étiquettes de bière " +
          "et les cartons de livraison, en travaillant avec l'imprimeur jusqu'au bon à tirer.",
        endorseeRole: 'Directrice artistique',
        outcome: 'La brasserie est désormais vendue dans une trentaine de caves lyonnaises.',
      },
    },
    hugo: {
      name: 'Hugo Lefebvre',
      headline: 'Rédacteur web et référencement naturel pour sites d’artisans',
      bio:
        'J’écris des pages claires qui répondent aux questions des clients, et j’optimise le référencement ' +
        'local des commerces indépendants.',
      skills: ['Rédaction web', 'SEO'],
      endorsedBy: 'ines',
      example: {
        skills: ['SEO'],
        title: 'Référencement local d’un réseau de fleuristes',
        description:
          'Hugo a réécrit les pages de cinq fleuristes, créé leurs fiches d’établissement et mis en place ' +
          'un suivi mensuel des recherches locales pour chacune d’entre elles.',
        endorseeRole: 'Rédacteur et consultant SEO',
        outcome: 'Les appels depuis les résultats de recherche ont doublé en six mois.',
      },
    },
    manon: {
      name: 'Manon Girard',
      headline: 'Comptabilité et déclarations fiscales pour indépendants et petites entreprises',
      bio:
        'J’aide les créateurs d’entreprise à choisir leur statut, je tiens leur comptabilité et je prépare ' +
        'leurs déclarations de TVA. Même les dossiers en retard ne me font pas peur.',
      skills: ['Comptabilité', 'Fiscalité'],
      endorsedBy: 'julien',
      example: {
        skills: ['Comptabilité'],
        title: 'Bilan annuel d’une librairie indépendante',
        description:
          'Manon a repris la comptabilité d’une librairie en retard de deux exercices, a reconstitué les ' +
          'écritures manquantes à partir des relevés bancaires et a présenté un bilan clair au banquier.',
        endorseeRole: 'Expert-comptable',
        outcome: 'La librairie a obtenu le prêt dont elle avait besoin pour s’agrandir.',
      },
    },
  },
  briefs: [
    {
      target: 'julien',
      text:
        'Nous cherchons un developpeur pour refaire le site de notre patisserie, avec la commande de ' +
        'gateaux en ligne, et pour former notre equipe qui modifiera ensuite le contenu.',
      exercises:
        'typed without accents (developpeur: Développeur, patisserie: pâtisserie, gateaux: gâteaux), ' +
        "elision (equipe: l’équipe, l'équipe), singular against plural (commande: commandes), verb " +
        'forms (former: formé, forme)',
    },
    {
      target: 'chloe',
      text:
        "Traduction vers le francais d'un contrat de licence et de nos conditions generales de vente, " +
        'redigees en anglais.',
      exercises:
        'elision (d’un contrat), plural against singular (Traduction: traductions, contrat: contrats), ' +
        'typed without accents (francais: français, generales: générales)',
    },
  ],
  unaccented: {
    target: 'julien',
    text: 'Un developpeur pour la patisserie et ses gateaux',
    exercises: 'accents left out: developpeur, patisserie, gateaux',
  },
  stopWords: 'nous et pour avec une à été même',
};

// --- Spanish ---------------------------------------------------------------------------------

export const SPANISH: Collection = {
  language: 'es',
  collectiveName: 'Colectivo Lavapiés',
  people: {
    lucia: {
      name: 'Lucía Romero',
      headline: 'Fotógrafa de producto y gastronomía para tiendas online',
      bio:
        'Fotografío platos, productos artesanales y locales para restaurantes, panaderías y pequeñas ' +
        'marcas. También preparo las imágenes para sus catálogos y sus redes, y es lo que más me gusta.',
      skills: ['Fotografía de producto', 'Retoque fotográfico'],
      endorsedBy: 'javier',
      example: {
        skills: ['Fotografía de producto'],
        title: 'Catálogo de temporada para una panadería artesanal',
        description:
          'Lucía fotografió los cuarenta productos del nuevo catálogo de la panadería Horno San Onofre, ' +
          'desde los panes de masa madre hasta los roscones, y retocó cada imagen para la tienda online y ' +
          'el folleto impreso.',
        endorseeRole: 'Fotógrafa',
        outcome:
          'Las ventas online de la panadería crecieron un treinta por ciento durante la campaña de Navidad.',
      },
    },
    javier: {
      name: 'Javier Ortega',
      headline: 'Desarrollador web: tiendas online y reservas para restaurantes',
      bio:
        'Programo tiendas con Shopify y WooCommerce y sistemas de reservas a medida. Me encargo también ' +
        'del mantenimiento y de la formación del equipo.',
      skills: ['Desarrollo web', 'Comercio electrónico'],
      endorsedBy: 'marta',
      example: {
        skills: ['Desarrollo web'],
        title: 'Reservas en línea para una cadena de tabernas',
        description:
          'Javier desarrolló el sistema de reservas de tres tabernas del barrio, lo conectó con el programa ' +
          'de caja y enseñó a los encargados a gestionar las mesas desde el móvil.',
        endorseeRole: 'Desarrollador',
        outcome: 'Las reservas por teléfono bajaron a la mitad y casi desaparecieron las mesas vacías.',
      },
    },
    carmen: {
      name: 'Carmen Navarro',
      headline: 'Traductora del inglés y del alemán al español: contratos y manuales técnicos',
      bio:
        'Traduzco contratos, manuales de instrucciones y documentación técnica para empresas industriales. ' +
        'Antes trabajé seis años como ingeniera, por eso la terminología es lo que más disfruto.',
      skills: ['Traducción técnica', 'Traducción jurídica'],
      endorsedBy: 'lucia',
      example: {
        skills: ['Traducción técnica'],
        title: 'Manuales de una fábrica de maquinaria agrícola',
        description:
          'Carmen tradujo del alemán los manuales de cuatro tractores y sus fichas de seguridad, creó un ' +
          'glosario con el departamento técnico y revisó las maquetas antes de la impresión.',
        endorseeRole: 'Traductora',
        outcome: 'El fabricante pudo lanzar los modelos en España y Latinoamérica en la fecha prevista.',
      },
    },
    pablo: {
      name: 'Pablo Serrano',
      headline: 'Ilustrador de libros infantiles, carteles y murales',
      bio:
        'Dibujo a mano y en digital. He ilustrado una docena de cuentos para editoriales pequeñas y varios ' +
        'murales en colegios del barrio.',
      skills: ['Ilustración', 'Muralismo'],
      endorsedBy: 'carmen',
      example: {
        skills: ['Ilustración'],
        title: 'Cuento ilustrado para una editorial independiente',
        description:
          'Pablo ilustró las treinta y dos páginas de un cuento sobre el reciclaje, propuso los personajes y ' +
          'adaptó las ilustraciones a las correcciones de la editorial sin perder su estilo.',
        endorseeRole: 'Ilustrador',
        outcome: 'El libro se usa hoy en varios colegios de la Comunidad de Madrid.',
      },
    },
    marta: {
      name: 'Marta Gil',
      headline: 'Redes sociales y contenidos para panaderías, cafeterías y pequeños comercios',
      bio:
        'Planifico publicaciones, escribo los textos y respondo a los mensajes de los clientes. Cuando hace ' +
        'falta, coordino también a fotógrafos y diseñadores.',
      skills: ['Redes sociales', 'Copywriting'],
      endorsedBy: 'diego',
      example: {
        skills: ['Redes sociales'],
        title: 'Lanzamiento de una cafetería de especialidad',
        description:
          'Marta preparó durante dos meses el lanzamiento de una cafetería en Lavapiés: definió el tono de ' +
          'la marca, organizó una cata con los vecinos y publicó a diario en las redes.',
        endorseeRole: 'Community manager',
        outcome: 'La cafetería llegó a cinco mil seguidores antes de abrir y tuvo cola el primer día.',
      },
    },
    diego: {
      name: 'Diego Castro',
      headline: 'Contabilidad, impuestos y nóminas para autónomos y pymes',
      bio:
        'Llevo la contabilidad de pequeños negocios, presento sus impuestos trimestrales y les explico en ' +
        'palabras sencillas dónde se les va el dinero. Nada me gusta más que unas cuentas en orden.',
      skills: ['Contabilidad', 'Fiscalidad'],
      endorsedBy: 'pablo',
      example: {
        skills: ['Contabilidad'],
        title: 'Puesta al día de una librería de barrio',
        description:
          'Diego ordenó las cuentas atrasadas de una librería de barrio, presentó las declaraciones ' +
          'pendientes del año anterior y negoció con Hacienda un aplazamiento de la deuda.',
        endorseeRole: 'Asesor contable',
        outcome: 'La librería evitó el recargo y cerró el año con las cuentas en orden.',
      },
    },
  },
  briefs: [
    {
      target: 'lucia',
      text:
        'Buscamos a alguien que haga fotografias de nuestros panes y pasteles para el catalogo de la ' +
        'panaderia y para la tienda.',
      exercises:
        'typed without accents (fotografias: Fotografío, fotografió; catalogo: catálogo, catálogos; ' +
        'panaderia: panadería, panaderías), verb against noun, singular against plural (tienda: tiendas)',
    },
    {
      target: 'carmen',
      text:
        'Necesitamos la traducción al español del manual técnico de una máquina y de un contrato redactado ' +
        'en alemán.',
      exercises:
        'singular against plural (manual técnico: manuales técnicos; contrato: contratos), and the ' +
        'accented traducción against the accent-free skill slug traduccion-tecnica',
    },
  ],
  unaccented: {
    target: 'lucia',
    text: 'Fotos para una panaderia',
    exercises: 'the accent left out: panaderia against panadería and panaderías',
  },
  stopWords: 'nosotros y para los con una de la el más él sí también está',
};

export const COLLECTIONS = [GERMAN, FRENCH, SPANISH];

// --- Building a collection through the API ---------------------------------------------------

/** A Collective as a client sees it, with the language of issue 11. */
export interface CollectiveView {
  id: string;
  name: string;
  language: string;
  myMembership: { id: string; role: string };
}

/** createCollective as `account` (no assertion). */
export function postCollective(
  t: TestApp,
  account: Pick<TestAccount, 'headers'>,
  body: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return call(t, account, 'POST', '/v1/collectives', body);
}

/**
 * createCollective through the API (asserting the 201), `language` sent only when given, and the
 * creator as the owner member.
 */
export async function collectiveWithLanguage(
  t: TestApp,
  language: string | undefined,
  name = 'Sprachen',
): Promise<{ collective: CollectiveView; owner: TestMember }> {
  const account = await createAccount(t);
  const response = await postCollective(t, account, language === undefined ? { name } : { name, language });
  expect(response.statusCode, response.body).toBe(201);
  const collective = response.json<CollectiveView>();
  return {
    collective,
    owner: {
      ...account,
      accountId: account.id,
      memberId: collective.myMembership.id,
      collectiveId: collective.id,
      role: 'owner',
    },
  };
}

/** A new account joins through an invitation of `inviter`, accepted over the API. */
export async function joinByInvitation(t: TestApp, inviter: TestMember, name: string): Promise<TestMember> {
  const account = await createAccount(t, { name });
  const invitation = await createInvitation(t, inviter.collectiveId, inviter.memberId);
  const response = await call(t, account, 'POST', '/v1/invitations/accept', { token: invitation.token });
  expect(response.statusCode, response.body).toBe(201);
  const { id } = response.json<{ id: string }>();
  return {
    ...account,
    accountId: account.id,
    memberId: id,
    collectiveId: inviter.collectiveId,
    role: 'member',
  };
}

export const memberUrl = (collectiveId: string, memberId: string) =>
  `${collectiveUrl(collectiveId)}/members/${memberId}`;

/** updateMember of the member's own profile (asserting the 200); returns the Member. */
export async function updateProfile(
  t: TestApp,
  member: TestMember,
  profile: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await call(t, member, 'PATCH', memberUrl(member.collectiveId, member.memberId), profile);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Record<string, unknown>>();
}

export interface BuiltCollection {
  collectiveId: string;
  /** The owner: the asker of every match, with no profile of their own. */
  owner: TestMember;
  members: Record<string, TestMember>;
}

/**
 * The collection in a new collective of `language` (none sent: the default), built through the
 * API: each person joins, writes their profile, and is endorsed by their colleague.
 */
export async function buildCollection(
  t: TestApp,
  collection: Collection,
  language: string | undefined,
): Promise<BuiltCollection> {
  const { collective, owner } = await collectiveWithLanguage(t, language, collection.collectiveName);
  const members: Record<string, TestMember> = {};
  for (const [key, person] of Object.entries(collection.people)) {
    const joined = await joinByInvitation(t, owner, person.name);
    await updateProfile(t, joined, { headline: person.headline, bio: person.bio, skills: person.skills });
    members[key] = joined;
  }
  for (const [key, person] of Object.entries(collection.people)) {
    const { skills, ...example } = person.example;
    const response = await endorse(
      t,
      members[person.endorsedBy]!,
      members[key]!.memberId,
      endorsementBody({ skills, example: { ...example, evidenceUrls: [] } }),
    );
    expect(response.statusCode, response.body).toBe(201);
  }
  return { collectiveId: collective.id, owner, members };
}

// --- Matching --------------------------------------------------------------------------------

export interface MatchItem {
  member: { id: string; name: string };
  score: number;
  components: { fit: number; evidence: number; trust: number; availability: number; rotation: number };
}

/** matchBrief as `asker` with a text-only brief (no skills), every candidate listed. */
export async function matchBrief(t: TestApp, asker: TestMember, brief: string): Promise<MatchItem[]> {
  const response = await call(t, asker, 'POST', `${collectiveUrl(asker.collectiveId)}/matches`, {
    brief,
    limit: 50,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: MatchItem[] }>().items;
}

/**
 * How clearly the brief picks its target: at least this far ahead of everyone else on `fit`,
 * and at least this many times their fit. The briefs meet their target on three to five words;
 * the runner-up meets them on one or two, in a bio or a description, which weigh less.
 */
export const MIN_FIT_MARGIN = 0.15;
export const MIN_FIT_RATIO = 1.5;

export interface Lead {
  /** Member id of the first result. */
  first: string | undefined;
  targetFit: number;
  /** The best fit among everyone but the target. */
  runnerUpFit: number;
  margin: number;
}

export function leadOf(items: MatchItem[], targetId: string): Lead {
  const target = items.find((item) => item.member.id === targetId);
  const others = items.filter((item) => item.member.id !== targetId).map((item) => item.components.fit);
  const targetFit = target?.components.fit ?? 0;
  const runnerUpFit = Math.max(0, ...others);
  return { first: items[0]?.member.id, targetFit, runnerUpFit, margin: targetFit - runnerUpFit };
}

/** Whether the lead is the clear one the language tests ask of a collective in the right language. */
export function isClearLead(lead: Lead, targetId: string): boolean {
  return (
    lead.first === targetId &&
    lead.margin >= MIN_FIT_MARGIN &&
    lead.targetFit >= MIN_FIT_RATIO * lead.runnerUpFit
  );
}

/** Asserts that the target ranks first with a clear lead on fit; returns the lead. */
export function expectClearLead(items: MatchItem[], target: TestMember, what: string): Lead {
  const lead = leadOf(items, target.memberId);
  const fits = items.map((item) => `${item.member.name}: ${item.components.fit}`).join(', ');
  expect(lead.first, `${what}: first result (fits ${fits})`).toBe(target.memberId);
  expect(lead.margin, `${what}: fit margin over the runner-up (fits ${fits})`).toBeGreaterThanOrEqual(
    MIN_FIT_MARGIN,
  );
  expect(lead.targetFit, `${what}: fit ratio over the runner-up (fits ${fits})`).toBeGreaterThanOrEqual(
    MIN_FIT_RATIO * lead.runnerUpFit,
  );
  return lead;
}

/** A member of a small test collective: their profile and the example a colleague endorsed. */
export interface ProfiledPerson {
  name: string;
  headline: string;
  bio: string;
  skills: string[];
  /** What a colleague (the next person in the list) wrote when endorsing them. */
  example: { skills: string[]; title: string; description: string };
}

/**
 * A German photographer for small collectives of ProfiledPerson: a trade and words apart from
 * the people a test is about, so that a brief's words must tell them apart.
 */
export const GERMAN_PHOTOGRAPHER: ProfiledPerson = {
  name: 'Tim Berger',
  headline: 'Fotograf',
  bio: 'Reportagen und Porträts für Vereine und kleine Firmen.',
  skills: ['fotografie'],
  example: {
    skills: ['fotografie'],
    title: 'Porträts für einen Sportverein',
    description:
      'Tim hat an zwei Trainingsabenden alle Mannschaften eines Sportvereins fotografiert, die Bilder noch in derselben Woche bearbeitet und für die Webseite und das Vereinsheft geliefert.',
  },
};

/**
 * A collective in `language` of `people`, each endorsed by the next with their example, and a
 * `match` asked by a member with no vouches given or received: only the words decide.
 */
export async function collectiveOfPeople(
  t: TestApp,
  language: string,
  name: string,
  people: Record<string, ProfiledPerson>,
) {
  const { owner } = await collectiveWithLanguage(t, language, name);
  const members: Record<string, TestMember> = {};
  for (const [key, person] of Object.entries(people)) {
    members[key] = await joinByInvitation(t, owner, person.name);
    await updateProfile(t, members[key], {
      headline: person.headline,
      bio: person.bio,
      skills: person.skills,
    });
  }
  const keys = Object.keys(people);
  for (const [i, key] of keys.entries()) {
    const endorser = members[keys[(i + 1) % keys.length]!]!;
    const { skills, ...example } = people[key]!.example;
    const response = await endorse(t, endorser, members[key]!.memberId, endorsementBody({ skills, example }));
    expect(response.statusCode, response.body).toBe(201);
  }
  const asker = await joinByInvitation(t, owner, 'Asker');
  const match = async (brief: string, skills?: string[]) => {
    const response = await call(t, asker, 'POST', `${collectiveUrl(owner.collectiveId)}/matches`, {
      brief,
      ...(skills ? { skills } : {}),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  return { members, match };
}
