import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import type { TestMember } from '../../support/factories.js';
import { call, collectiveUrl, type Page } from '../../support/http.js';
import { collectiveWithLanguage, joinByInvitation, updateProfile } from '../../support/languages.js';
import { jobsUrl, postJob } from '../../support/work.js';

/**
 * `listJobs?q=` and `listMembers?q=` search by the collective's language (SPEC section 9):
 * stemming, stop words and accent folding of that language; an `en` collective keeps English.
 * Every query below differs from the stored text in inflection or accents, so a plain substring
 * match (what listMembers did before) cannot pass it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function jobIds(caller: TestMember, q: string): Promise<string[]> {
  const response = await call(t, caller, 'GET', `${jobsUrl(caller.collectiveId)}?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page<{ id: string }>>().items.map((job) => job.id);
}

async function memberIds(caller: TestMember, q: string): Promise<string[]> {
  const url = `${collectiveUrl(caller.collectiveId)}/members?q=${encodeURIComponent(q)}`;
  const response = await call(t, caller, 'GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page<{ id: string }>>().items.map((member) => member.id);
}

/** A member who joined through the API and wrote `profile`. */
async function profiled(owner: TestMember, name: string, profile: Record<string, unknown>) {
  const joined = await joinByInvitation(t, owner, name);
  await updateProfile(t, joined, profile);
  return joined;
}

describe('a German collective', () => {
  let owner: TestMember;
  const jobs: Record<'webseiten' | 'buchhaltung' | 'fotos', string> = {
    webseiten: '',
    buchhaltung: '',
    fotos: '',
  };
  let translator: TestMember;
  let editor: TestMember;
  let bookkeeper: TestMember;

  beforeAll(async () => {
    owner = (await collectiveWithLanguage(t, 'de')).owner;
    jobs.webseiten = (
      await postJob(t, owner, {
        title: 'Übersetzung unserer Webseiten',
        brief:
          'Unsere Webseiten sollen zusätzlich auf Englisch und Französisch erscheinen, rund vierzig Seiten mit Produkttexten.',
        skills: ['Übersetzung'],
      })
    ).id;
    jobs.buchhaltung = (
      await postJob(t, owner, {
        title: 'Buchhaltung für zwei Bäckereien',
        brief:
          'Laufende Buchhaltung und Lohnabrechnung für unsere Bäckereien mit zwölf Angestellten, ab März.',
        skills: ['Buchhaltung'],
      })
    ).id;
    jobs.fotos = (
      await postJob(t, owner, {
        title: 'Fotos für die neue Speisekarte',
        brief: 'Ein Café in Ehrenfeld sucht Food-Fotografie für zwanzig Gerichte und die Getränkekarte.',
        skills: ['Fotografie'],
      })
    ).id;
    translator = await profiled(owner, 'Lena Hoffmann', {
      headline: 'Übersetzerin für Webseiten',
      bio: 'Ich übersetze Speisekarten und Produkttexte für Bäckereien und Cafés.',
    });
    editor = await profiled(owner, 'Anna Schulz', {
      headline: 'Lektorat und Übersetzung',
      bio: 'Korrektorat von Broschüren, Internetauftritten und Newslettern für Handwerksbetriebe.',
    });
    bookkeeper = await profiled(owner, 'Felix Braun', {
      headline: 'Buchhaltung',
      bio: 'Lohnabrechnung und Belege für kleine Betriebe.',
    });
  });

  it.each([
    ['Webseite', 'singular of the title’s Webseiten'],
    ['Übersetzungen', 'plural of the title’s Übersetzung'],
    ['ubersetzungen', 'lower case, without the umlaut'],
    ['die Übersetzung der Webseite', 'stop words that the job does not contain'],
  ])('listJobs?q=%s finds the job “Übersetzung unserer Webseiten” (%s)', async (q) => {
    expect(await jobIds(owner, q)).toEqual([jobs.webseiten]);
  });

  it.each([
    ['Backerei', 'without the umlaut, singular of Bäckereien'],
    ['Bäckerei', 'singular of Bäckereien'],
    ['Lohnabrechnungen', 'plural of the brief’s Lohnabrechnung'],
  ])('listJobs?q=%s finds the bookkeeping job (%s)', async (q) => {
    expect(await jobIds(owner, q)).toEqual([jobs.buchhaltung]);
  });

  it('listJobs?q= finds the compound Speisekarte in the plural and nothing for words no job has', async () => {
    expect(await jobIds(owner, 'Speisekarten')).toEqual([jobs.fotos]);
    expect(await jobIds(owner, 'Steuererklärung')).toEqual([]);
  });

  it('listMembers?q=webseite finds the member whose headline is “Übersetzerin für Webseiten”', async () => {
    expect(await memberIds(owner, 'webseite')).toEqual([translator.memberId]);
  });

  it('listMembers?q= finds inflections and umlaut-less spellings of headline and bio words', async () => {
    // Übersetzung (editor's headline) and übersetze (translator's bio) share the stem of Übersetzungen.
    expect(await memberIds(owner, 'Übersetzungen')).toEqual([translator.memberId, editor.memberId]);
    expect(await memberIds(owner, 'Backerei')).toEqual([translator.memberId]);
    expect(await memberIds(owner, 'Internetauftritt')).toEqual([editor.memberId]);
    expect(await memberIds(owner, 'Lohnabrechnungen')).toEqual([bookkeeper.memberId]);
  });

  it('listMembers?q= still finds names, and nothing for words nobody wrote', async () => {
    expect(await memberIds(owner, 'Hoffmann')).toEqual([translator.memberId]);
    expect(await memberIds(owner, 'Steuererklärung')).toEqual([]);
  });
});

describe('French and Spanish collectives fold accents', () => {
  it('listJobs?q= finds a French job by words typed without accents, and after an elision', async () => {
    const { owner } = await collectiveWithLanguage(t, 'fr');
    const job = await postJob(t, owner, {
      title: 'Développeur pour une pâtisserie',
      brief: "Refonte du site et commande de gâteaux en ligne, puis formation de l'équipe de vente.",
      skills: ['Développement web'],
    });
    await postJob(t, owner, {
      title: 'Traduction de conditions générales',
      brief: 'Traduire de l’anglais les conditions générales de vente d’une librairie en ligne.',
      skills: ['Traduction'],
    });
    for (const q of ['developpeur', 'patisseries', 'gateau', 'equipe']) {
      expect(await jobIds(owner, q), q).toEqual([job.id]);
    }
  });

  it('listJobs?q= finds a Spanish job by words typed without accents, in other inflections', async () => {
    const { owner } = await collectiveWithLanguage(t, 'es');
    const job = await postJob(t, owner, {
      title: 'Fotografías para el catálogo de una panadería',
      brief: 'Buscamos fotógrafa para cuarenta productos de la panadería y su tienda online.',
      skills: ['Fotografía'],
    });
    await postJob(t, owner, {
      title: 'Traducción de un contrato',
      brief: 'Necesitamos traducir del alemán un contrato de distribución de maquinaria.',
      skills: ['Traducción'],
    });
    for (const q of ['panaderia', 'panaderias', 'catalogos', 'tiendas']) {
      expect(await jobIds(owner, q), q).toEqual([job.id]);
    }
  });
});

describe('an English collective keeps its English behaviour', () => {
  let owner: TestMember;
  let englishJob: string;
  let germanJob: string;
  let translator: TestMember;
  let germanTranslator: TestMember;

  beforeAll(async () => {
    const created = await collectiveWithLanguage(t, undefined);
    expect(created.collective.language).toBe('en');
    owner = created.owner;
    englishJob = (
      await postJob(t, owner, {
        title: 'Translation of our websites',
        brief: 'Our websites need German and French versions: about forty pages of product copy.',
      })
    ).id;
    germanJob = (
      await postJob(t, owner, {
        title: 'Übersetzung unserer Webseiten',
        brief: 'Unsere Webseiten sollen zusätzlich auf Englisch erscheinen, rund vierzig Seiten.',
      })
    ).id;
    translator = await profiled(owner, 'Grace Hopper', {
      headline: 'Website translator',
      bio: 'I translate menus and product pages for bakeries and cafés.',
    });
    germanTranslator = await profiled(owner, 'Lena Hoffmann', {
      headline: 'Übersetzung für Webseiten',
      bio: 'Ich übersetze Speisekarten.',
    });
  });

  it('listJobs?q= stems English words, and only English ones', async () => {
    expect(await jobIds(owner, 'website')).toEqual([englishJob]);
    expect(await jobIds(owner, 'translations')).toEqual([englishJob]);
    expect(await jobIds(owner, 'Übersetzung')).toEqual([germanJob]);
    // English stemming does not take Übersetzungen to Übersetzung, nor Webseite to Webseiten.
    expect(await jobIds(owner, 'Übersetzungen')).toEqual([]);
    expect(await jobIds(owner, 'Webseite')).toEqual([]);
  });

  it('listMembers?q= stems English words, and only English ones', async () => {
    expect(await memberIds(owner, 'websites')).toEqual([translator.memberId]);
    expect(await memberIds(owner, 'bakery')).toEqual([translator.memberId]);
    expect(await memberIds(owner, 'Übersetzung')).toEqual([germanTranslator.memberId]);
    expect(await memberIds(owner, 'Übersetzungen')).toEqual([]);
  });
});
