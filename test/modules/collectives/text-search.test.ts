import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, TEXT_SEARCH_CONFIGS } from '../../../src/modules/collectives/collectives.languages.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { addMember, createCollective, type TestCollective } from '../../support/factories.js';
import { endorse } from '../../support/graph.js';
import { collectiveUrl } from '../../support/http.js';
import { postJob } from '../../support/work.js';

/** The database side of a collective's language: configurations, the insert trigger, re-indexing. */
describe('text search configurations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('exist in the database for every supported language, and fold accents before stemming', async () => {
    expect(LANGUAGES).toContain('de');
    for (const config of TEXT_SEARCH_CONFIGS) {
      const { rows } = await t.pool.query<{ v: string }>(
        `SELECT to_tsvector($1::regconfig, 'Café Résumé')::text AS v`,
        [config],
      );
      expect(rows[0]?.v, config).not.toMatch(/[éÉ]/);
    }
    const german = await t.pool.query<{ v: string }>(
      `SELECT to_tsvector('rx_german', 'Wir übersetzen für die Bäckerei Webseiten')::text AS v`,
    );
    // Stop words gone (wir, für, die: the list is spelled with umlauts), umlauts folded, stems.
    expect(german.rows[0]?.v).toBe("'backerei':5 'ubersetz':2 'webseit':6");
  });

  it('publishes the supported languages as the Language enum of the OpenAPI document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      components: { schemas: Record<string, { enum?: string[] }> };
    }>();
    expect(document.components.schemas.Language?.enum).toEqual(LANGUAGES);
  });

  const setLanguage = (collective: TestCollective, language: string) =>
    t.app.inject({
      method: 'PATCH',
      url: collectiveUrl(collective.id),
      headers: collective.owner.headers,
      payload: { language },
    });

  const graphVersion = async (collectiveId: string) => {
    const { rows } = await t.pool.query<{ graph_version: string }>(
      'SELECT graph_version FROM collectives WHERE id = $1',
      [collectiveId],
    );
    return Number(rows[0]?.graph_version);
  };

  const configsOf = async (collectiveId: string) => {
    const { rows } = await t.pool.query<{ table: string; config: string }>(
      `SELECT 'members' AS table, text_search::text AS config FROM members WHERE collective_id = $1
       UNION SELECT 'jobs', text_search::text FROM jobs WHERE collective_id = $1
       UNION SELECT 'endorsements', text_search::text FROM endorsements WHERE collective_id = $1
       ORDER BY 1, 2`,
      [collectiveId],
    );
    return rows;
  };

  it('indexes new rows with their collective’s configuration, and re-indexes them all when the language changes', async () => {
    const collective = await createCollective(t);
    const other = await createCollective(t);
    const member = await addMember(t, collective.id);
    await endorse(t, collective.id, collective.owner, member);
    await postJob(t, collective.owner);
    expect(await configsOf(collective.id)).toEqual([
      { table: 'endorsements', config: 'rx_english' },
      { table: 'jobs', config: 'rx_english' },
      { table: 'members', config: 'rx_english' },
    ]);
    const before = await graphVersion(collective.id);

    const changed = await setLanguage(collective, 'de');
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ language: 'de' });
    expect(await configsOf(collective.id)).toEqual([
      { table: 'endorsements', config: 'rx_german' },
      { table: 'jobs', config: 'rx_german' },
      { table: 'members', config: 'rx_german' },
    ]);
    expect(await graphVersion(collective.id)).toBeGreaterThan(before);

    // New rows follow the collective; another collective keeps its own.
    await addMember(t, collective.id);
    expect(new Set((await configsOf(collective.id)).map((r) => r.config))).toEqual(new Set(['rx_german']));
    expect(new Set((await configsOf(other.id)).map((r) => r.config))).toEqual(new Set(['rx_english']));

    // Japanese has no stemmer: matched word for word, accents folded.
    const japanese = await setLanguage(collective, 'ja');
    expect(japanese.json()).toMatchObject({ language: 'ja' });
    expect(new Set((await configsOf(collective.id)).map((r) => r.config))).toEqual(new Set(['rx_simple']));
  });

  it('re-indexes in batches: a collective larger than one batch ends up whole', async () => {
    const collective = await createCollective(t);
    await t.pool.query(
      `INSERT INTO accounts (email, name) SELECT 'batch-' || g || '-' || $1 || '@example.test', 'Batch ' || g
       FROM generate_series(1, 1200) g`,
      [collective.id],
    );
    await t.pool.query(
      `INSERT INTO members (collective_id, account_id, headline)
       SELECT $1::uuid, id, 'Übersetzerin für Webseiten' FROM accounts WHERE email LIKE 'batch-%-' || $1::text || '@example.test'`,
      [collective.id],
    );
    expect((await setLanguage(collective, 'de')).statusCode).toBe(200);
    const { rows } = await t.pool.query<{ config: string; count: string }>(
      `SELECT text_search::text AS config, count(*) FROM members WHERE collective_id = $1 GROUP BY 1`,
      [collective.id],
    );
    expect(rows).toEqual([{ config: 'rx_german', count: '1201' }]);
  });
});
