import type pg from 'pg';

/**
 * The benchmark's dataset, generated inside PostgreSQL with set-based SQL (INSERT ... SELECT
 * over generate_series) so that ~16,500 members and ~165,000 endorsements take seconds, not
 * minutes. `setseed` makes it reproducible: the same seed gives the same rows (ids included:
 * they are derived from md5 of a name, shaped as version-4 UUIDs so the API's zod schemas
 * accept them).
 */

export const SKILLS = [
  'brand-design',
  'logo-design',
  'ux-research',
  'ui-design',
  'web-development',
  'react',
  'typescript',
  'node',
  'python',
  'data-analysis',
  'copywriting',
  'seo',
  'content-strategy',
  'photography',
  'video-editing',
  'illustration',
  'motion-graphics',
  'accounting',
  'bookkeeping',
  'contract-law',
  'translation',
  'project-management',
  'product-management',
  'devops',
  'aws',
  'kubernetes',
  'postgresql',
  'mobile-development',
  'ios',
  'android',
  'wordpress',
  'shopify',
  'email-marketing',
  'social-media',
  'public-relations',
  'market-research',
  'sales',
  'customer-support',
  'technical-writing',
  '3d-modeling',
] as const;

const VERBS = [
  'designed',
  'built',
  'migrated',
  'redesigned',
  'launched',
  'audited',
  'optimised',
  'wrote',
  'translated',
  'photographed',
  'edited',
  'illustrated',
  'animated',
  'automated',
  'refactored',
  'integrated',
  'deployed',
  'scaled',
  'researched',
  'tested',
  'documented',
  'managed',
  'coordinated',
  'drafted',
  'produced',
  'modelled',
  'analysed',
  'prototyped',
  'localised',
  'rebuilt',
  'shipped',
  'streamlined',
  'configured',
  'monitored',
  'trained',
  'coached',
  'planned',
  'pitched',
  'restructured',
  'filmed',
];

const ADJECTIVES = [
  'responsive',
  'accessible',
  'multilingual',
  'secure',
  'scalable',
  'lightweight',
  'interactive',
  'minimalist',
  'bold',
  'playful',
  'sustainable',
  'organic',
  'premium',
  'bilingual',
  'seasonal',
  'quarterly',
  'annual',
  'realtime',
  'offline',
  'affordable',
  'headless',
  'custom',
  'serverless',
  'modular',
  'elegant',
  'compliant',
  'detailed',
  'visual',
  'strategic',
  'editorial',
  'technical',
  'local',
  'international',
  'regional',
  'independent',
  'legacy',
  'modern',
  'vintage',
  'handmade',
  'inclusive',
];

const NOUNS = [
  'logo',
  'brand',
  'identity',
  'packaging',
  'website',
  'storefront',
  'checkout',
  'dashboard',
  'app',
  'api',
  'database',
  'pipeline',
  'newsletter',
  'campaign',
  'catalogue',
  'brochure',
  'poster',
  'signage',
  'illustration',
  'animation',
  'video',
  'podcast',
  'photoshoot',
  'portrait',
  'interview',
  'report',
  'whitepaper',
  'manual',
  'guide',
  'documentation',
  'translation',
  'subtitles',
  'contract',
  'invoice',
  'budget',
  'forecast',
  'audit',
  'strategy',
  'roadmap',
  'prototype',
  'wireframe',
  'mockup',
  'survey',
  'persona',
  'onboarding',
  'funnel',
  'landing',
  'blog',
  'article',
  'copy',
  'script',
  'storyboard',
  'infographic',
  'chart',
  'map',
  'model',
  'render',
  'typography',
  'palette',
  'layout',
  'template',
  'theme',
  'plugin',
  'integration',
  'migration',
  'deployment',
  'cluster',
  'server',
  'backup',
  'monitoring',
  'analytics',
  'tracking',
  'seo',
  'advertising',
  'payroll',
  'bookkeeping',
  'tax',
  'compliance',
  'privacy',
  'accessibility',
  'localisation',
  'recipe',
  'menu',
  'event',
  'exhibition',
  'festival',
  'conference',
  'workshop',
  'training',
  'course',
  'curriculum',
  'fundraising',
  'grant',
  'proposal',
  'pitch',
  'deck',
  'presentation',
  'press',
  'launch',
  'rebrand',
  'shop',
  'marketplace',
  'subscription',
  'membership',
  'booking',
  'calendar',
  'chatbot',
  'search',
  'recommendation',
  'inventory',
  'logistics',
  'crm',
  'mailing',
  'label',
  'book',
  'magazine',
  'album',
  'soundtrack',
  'jingle',
  'mural',
  'font',
  'icon',
  'sticker',
  'merchandise',
  'uniform',
  'interior',
  'kitchen',
  'garden',
  'renovation',
  'floorplan',
  'spreadsheet',
  'warehouse',
  'shipping',
  'portal',
  'intranet',
  'wiki',
  'helpdesk',
  'payments',
  'reporting',
  'ecommerce',
  'mobile',
  'responsive',
  'ios',
  'android',
  'kubernetes',
  'postgres',
  'react',
  'python',
  'wordpress',
  'shopify',
  'photography',
  'copywriting',
  'research',
];

const INDUSTRIES = [
  'bakery',
  'brewery',
  'winery',
  'cafe',
  'restaurant',
  'hotel',
  'hostel',
  'gym',
  'clinic',
  'dentist',
  'pharmacy',
  'lawyer',
  'accountant',
  'bank',
  'fintech',
  'insurer',
  'charity',
  'nonprofit',
  'museum',
  'gallery',
  'theatre',
  'orchestra',
  'school',
  'university',
  'library',
  'publisher',
  'newspaper',
  'bookshop',
  'florist',
  'jeweller',
  'carpenter',
  'farm',
  'vineyard',
  'cooperative',
  'council',
  'hospital',
  'startup',
  'agency',
  'retailer',
  'wholesaler',
  'architect',
  'musician',
  'chef',
  'distillery',
  'roastery',
];

const ROLES = [
  'Lead designer',
  'Developer',
  'Copywriter',
  'Project manager',
  'Consultant',
  'Photographer',
  'Editor',
  'Analyst',
  'Engineer',
  'Translator',
  'Illustrator',
  'Strategist',
  'Producer',
  'Researcher',
  'Accountant',
];

const ROLE_WORDS = [
  'designer',
  'developer',
  'writer',
  'consultant',
  'photographer',
  'editor',
  'analyst',
  'engineer',
  'translator',
  'illustrator',
  'strategist',
  'producer',
  'researcher',
  'accountant',
  'marketer',
];

const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Chloe',
  'David',
  'Elif',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kemi',
  'Luca',
  'Maya',
  'Nils',
  'Olga',
  'Pablo',
  'Quinn',
  'Rosa',
  'Sami',
  'Tess',
  'Umar',
  'Vera',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Amara',
  'Bruno',
  'Carmen',
  'Dmitri',
  'Esther',
  'Felix',
  'Hana',
  'Ivo',
  'Jade',
  'Kofi',
  'Lena',
  'Mateo',
  'Noor',
  'Oscar',
];

const LAST_NAMES = [
  'Schmidt',
  'Okafor',
  'Rossi',
  'Nguyen',
  'Kowalski',
  'Haddad',
  'Silva',
  'Jensen',
  'Moreau',
  'Tanaka',
  'Novak',
  'Garcia',
  'Eriksson',
  'Mensah',
  'Dubois',
  'Yilmaz',
  'Fischer',
  'Petrov',
  'Lopez',
  'Kim',
  'Byrne',
  'Costa',
  'Meyer',
  'Ali',
  'Larsen',
  'Bianchi',
  'Horvat',
  'Santos',
  'Weber',
  'Chen',
  'Murphy',
  'Nowak',
  'Sato',
  'Ibrahim',
  'Varga',
  'Keller',
  'Andersen',
  'Ferreira',
  'Popescu',
  'Walsh',
];

/** A small seeded PRNG (mulberry32): the same seed gives the same request bodies and askers. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * Word frequencies are skewed like real text: word i of the (shuffled) vocabulary is drawn with
 * index floor(n * u^SKEW), so a few words are common and most are rare. Briefs are drawn the
 * same way as the stored text.
 */
export const WORD_SKEW = 1.6;

export interface Vocabulary {
  words: string[];
  skills: string[];
}

export function vocabulary(seed: number): Vocabulary {
  const words = shuffled(
    [...new Set([...VERBS, ...ADJECTIVES, ...NOUNS, ...INDUSTRIES])],
    createRandom(seed),
  );
  return { words, skills: [...SKILLS] };
}

export interface DatasetOptions {
  seed: number;
  /** Sizes of the two big collectives. */
  bigSizes: readonly [number, number];
  smallCollectives: number;
  smallMin: number;
  smallMax: number;
  endorsementsPerMember: number;
  referralsPerMember: number;
}

export const DEFAULT_DATASET: DatasetOptions = {
  seed: 20261125,
  bigSizes: [1_000, 10_000],
  smallCollectives: 200,
  smallMin: 5,
  smallMax: 50,
  endorsementsPerMember: 10,
  referralsPerMember: 2,
};

export interface GeneratedCollective {
  id: string;
  name: string;
  members: number;
  endorsements: number;
  referrals: number;
  introductions: number;
}

export interface Dataset {
  big: [GeneratedCollective, GeneratedCollective];
  totals: {
    collectives: number;
    accounts: number;
    members: number;
    endorsements: number;
    retracted: number;
    jobs: number;
    referrals: number;
    won: number;
  };
  steps: { name: string; ms: number }[];
}

/** Functions that exist only for this session (pg_temp), so the database keeps no trace of them. */
const HELPERS = [
  // An id derived from a name, shaped as a version-4 UUID (zod's z.uuid() checks the version and variant nibbles).
  `CREATE FUNCTION pg_temp.bench_uuid(kind text, a int, b bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
   $$ SELECT overlay(overlay(md5(kind || ':' || a || ':' || b) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
  `CREATE FUNCTION pg_temp.pick(arr text[]) RETURNS text LANGUAGE sql VOLATILE AS
   $$ SELECT arr[1 + floor(random() * cardinality(arr))::int] $$`,
  `CREATE FUNCTION pg_temp.pick_skewed(arr text[]) RETURNS text LANGUAGE sql VOLATILE AS
   $$ SELECT arr[1 + floor(power(random(), ${WORD_SKEW}) * cardinality(arr))::int] $$`,
  `CREATE FUNCTION pg_temp.pick_many(arr text[], n int) RETURNS text[] LANGUAGE sql VOLATILE AS
   $$ SELECT ARRAY(SELECT s FROM (SELECT DISTINCT arr[1 + floor(random() * cardinality(arr))::int] AS s
                                  FROM generate_series(1, n)) AS d ORDER BY random()) $$`,
  // A window of a pooled phrase: picking word by word from a 300-element text[] costs O(index)
  // per pick (variable-width elements), so free text is cut from PHRASES pre-drawn phrases instead.
  `CREATE FUNCTION pg_temp.text_from(words text[], len int, start int) RETURNS text LANGUAGE sql IMMUTABLE AS
   $$ SELECT array_to_string(words[start : start + len - 1], ' ') $$`,
  `CREATE FUNCTION pg_temp.sentence(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
   $$ SELECT upper(left(t, 1)) || substr(t, 2) $$`,
];

/** Pre-drawn phrases of PHRASE_WORDS words each; free text is a window of one of them. */
const PHRASES = 10_000;
const PHRASE_WORDS = 90;

/**
 * Runs `load` with the secondary indexes of `tables` dropped, then rebuilds them from their own
 * definitions (pg_get_indexdef), so the schema ends exactly as migrated: building a GIN index
 * once is several times faster than maintaining it row by row. Indexes that back a constraint
 * (primary keys, which the foreign keys need) stay.
 */
async function withoutSecondaryIndexes(
  client: pg.ClientBase,
  tables: string[],
  load: () => Promise<void>,
): Promise<void> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY ic.relname`,
    [tables],
  );
  for (const index of rows) await client.query(`DROP INDEX public.${index.name}`);
  await load();
  for (const index of rows) await client.query(index.definition);
}

/**
 * Fills an empty, migrated database. `client` is one connection, so `setseed` governs every
 * random() that follows; parallel query is switched off for the same reason.
 */
export async function generateDataset(
  client: pg.ClientBase,
  options: DatasetOptions = DEFAULT_DATASET,
): Promise<Dataset> {
  const vocab = vocabulary(options.seed);
  const steps: { name: string; ms: number }[] = [];
  const step = async (name: string, run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    steps.push({ name, ms: performance.now() - started });
  };
  const query = (text: string, values: unknown[] = []) => client.query(text, values);

  await query('SET max_parallel_workers_per_gather = 0');
  await query('SET synchronous_commit = off');
  await query('SET statement_timeout = 0');
  await query(`SET maintenance_work_mem = '256MB'`);
  await query('SELECT setseed($1)', [((options.seed % 2_000_000) / 2_000_000) * 2 - 1]);
  for (const helper of HELPERS) await query(helper);

  const [big1k, big10k] = options.bigSizes;
  await step('staging', async () => {
    // Set-based: one row per (phrase, position) joined to the numbered vocabulary, then aggregated.
    await query(
      `CREATE TEMP TABLE bench_phrases AS
       SELECT x.i, array_agg(v.word ORDER BY x.j) AS words
       FROM (SELECT i, j, 1 + floor(power(random(), ${WORD_SKEW}) * cardinality($1::text[]))::int AS w
             FROM generate_series(1, $3::int) AS i, generate_series(1, $2::int) AS j) AS x
       JOIN unnest($1::text[]) WITH ORDINALITY AS v(word, w) ON v.w = x.w
       GROUP BY x.i`,
      [vocab.words, PHRASE_WORDS, PHRASES],
    );
    await query('ALTER TABLE bench_phrases ADD PRIMARY KEY (i)');
    await query(
      `CREATE TEMP TABLE bench_collectives AS
       SELECT k, pg_temp.bench_uuid('collective', k, 0) AS id,
              CASE k WHEN 1 THEN $1::int WHEN 2 THEN $2::int
                     ELSE $4::int + floor(random() * ($5::int - $4::int + 1))::int END AS size
       FROM generate_series(1, 2 + $3::int) AS k`,
      [big1k, big10k, options.smallCollectives, options.smallMin, options.smallMax],
    );
    // Members with every random attribute drawn once, so the inserts below can use each twice.
    await query(
      `CREATE TEMP TABLE bench_members AS
       SELECT c.k, c.id AS collective_id, c.size, g AS ord,
              pg_temp.bench_uuid('member', c.k, g) AS id,
              pg_temp.bench_uuid('account', c.k, g) AS account_id,
              pg_temp.pick($1) || ' ' || pg_temp.pick($2) AS name,
              pg_temp.pick_many($3, 2 + floor(random() * 5)::int) AS skills,
              pg_temp.pick($4) AS role_word,
              pg_temp.pick($5) AS industry,
              random() AS r_avail,
              1 + floor(random() * 120)::int AS avail_days,
              CASE WHEN g > 1 AND random() < 0.3 THEN 1 + floor(random() * (g - 1))::int END AS intro_ord,
              random() * 1095 AS joined_days,
              1 + floor(random() * $6::int)::int AS bio_phrase,
              10 + floor(random() * 25)::int AS bio_len,
              1 + floor(random() * 50)::int AS bio_start,
              (30 + floor(random() * 90)::int) * 100 AS rate_min
       FROM bench_collectives c, generate_series(1, c.size) AS g`,
      [FIRST_NAMES, LAST_NAMES, vocab.skills, ROLE_WORDS, INDUSTRIES, PHRASES],
    );
    await query('CREATE UNIQUE INDEX ON bench_members (k, ord)');
    await query('ANALYZE bench_members');
    // Endorsements: random (endorser, endorsee) pairs with endorser != endorsee.
    await query(
      `CREATE TEMP TABLE bench_endorsements AS
       SELECT c.k, c.id AS collective_id, n,
              1 + floor(random() * c.size)::int AS endorser_ord,
              floor(random() * (c.size - 1))::int AS offset_ord,
              c.size,
              random() AS r_skill, random() AS r_extra, pg_temp.pick($3) AS extra_skill,
              random() AS r_status, random() AS r_verified,
              random() * 1095 AS age_days,
              1 + floor(random() * $1::int)::int AS description_phrase,
              12 + floor(random() * 34)::int AS description_len,
              1 + floor(random() * 40)::int AS description_start,
              1 + floor(random() * $1::int)::int AS outcome_phrase,
              4 + floor(random() * 7)::int AS outcome_len,
              1 + floor(random() * 80)::int AS outcome_start,
              30 + floor(random() * 150)::int AS duration_days,
              random() * 365 AS started_before_days,
              random() * 2000 AS known_before_days
       FROM bench_collectives c, generate_series(1, c.size * $2::int) AS n`,
      [PHRASES, options.endorsementsPerMember, vocab.skills],
    );
    // Handoffs: one job per referral (a job has at most one open referral), spread over 3 years.
    await query(
      `CREATE TEMP TABLE bench_referrals AS
       SELECT c.k, c.id AS collective_id, n,
              pg_temp.bench_uuid('job', c.k, n) AS job_id,
              pg_temp.bench_uuid('referral', c.k, n) AS referral_id,
              1 + floor(random() * c.size)::int AS from_ord,
              floor(random() * (c.size - 1))::int AS offset_ord,
              c.size, random() AS r_status, random() * 1095 AS age_days,
              1 + floor(random() * $1::int)::int AS phrase,
              3 + floor(random() * 4)::int AS title_len, 15 + floor(random() * 30)::int AS brief_len,
              pg_temp.pick_many($3, 1 + floor(random() * 2)::int) AS skills
       FROM bench_collectives c, generate_series(1, c.size * $2::int) AS n`,
      [PHRASES, options.referralsPerMember, vocab.skills],
    );
    await query(`ALTER TABLE bench_referrals ADD COLUMN status text, ADD COLUMN outcome text`);
    await query(
      `UPDATE bench_referrals SET
         status = CASE WHEN r_status < 0.65 THEN 'accepted' WHEN r_status < 0.80 THEN 'declined'
                       WHEN r_status < 0.90 THEN 'accepted' ELSE 'offered' END,
         outcome = CASE WHEN r_status < 0.40 THEN 'won' WHEN r_status < 0.55 THEN 'lost'
                        WHEN r_status < 0.65 THEN 'no_response' END`,
    );
  });

  await step('collectives, accounts', async () => {
    await query(
      `INSERT INTO collectives (id, name, description, members_can_invite, created_at, updated_at)
       SELECT id,
              CASE WHEN k <= 2 THEN 'Bench ' || size || ' members' ELSE 'Bench small collective ' || k END,
              'Generated by bench/dataset.ts', k > 2, now() - interval '4 years', now()
       FROM bench_collectives ORDER BY k`,
    );
    await withoutSecondaryIndexes(client, ['accounts'], async () => {
      await query(
        `INSERT INTO accounts (id, email, name, created_at, updated_at)
         SELECT account_id, 'bench-' || k || '-' || ord || '@example.test', name,
                now() - (joined_days + 30) * interval '1 day', now()
         FROM bench_members ORDER BY k, ord`,
      );
    });
  });

  await step('members', () =>
    withoutSecondaryIndexes(client, ['members'], async () => {
      await query(
        `INSERT INTO members (collective_id, id, account_id, role, status, headline, bio, skills, languages, timezone,
                              availability_status, availability_until, rate_min, rate_max, rate_currency,
                              introduced_by, joined_at, updated_at)
         SELECT m.collective_id, m.id, m.account_id,
                CASE WHEN m.ord = 1 THEN 'owner' WHEN m.ord <= 3 THEN 'admin' ELSE 'member' END, 'active',
                initcap(translate(m.skills[1], '-', ' ')) || ' ' || m.role_word || ' for ' || m.industry || 's',
                pg_temp.sentence(pg_temp.text_from(p.words, m.bio_len, m.bio_start)) || '.',
                m.skills, ARRAY['en'], 'Europe/Berlin',
                CASE WHEN m.r_avail < 0.6 THEN 'available' WHEN m.r_avail < 0.85 THEN 'limited' ELSE 'unavailable' END,
                CASE WHEN m.r_avail < 0.6 THEN NULL ELSE current_date + m.avail_days END,
                m.rate_min, m.rate_min * 2, 'EUR',
                CASE WHEN m.intro_ord IS NOT NULL THEN pg_temp.bench_uuid('member', m.k, m.intro_ord) END,
                now() - m.joined_days * interval '1 day', now()
         FROM bench_members m JOIN bench_phrases p ON p.i = m.bio_phrase
         ORDER BY m.k, m.ord`,
      );
    }),
  );

  // The endorsement's number is part of its title, which keeps (endorser, endorsee, lower(title)) unique.
  await step('endorsements', () =>
    withoutSecondaryIndexes(client, ['endorsements'], async () => {
      await query(
        `INSERT INTO endorsements (collective_id, id, endorser_id, endorsee_id, skills, relationship_kind, relationship_since,
                                   example_title, example_description, example_description_words,
                                   example_endorsee_role, example_outcome, example_started_on, example_ended_on, verified_by_handoff, status, created_at, retracted_at)
         SELECT x.collective_id, pg_temp.bench_uuid('endorsement', x.k, x.n), a.id, b.id,
                CASE WHEN x.r_extra < 0.3 AND x.extra_skill <> b.skills[1 + floor(x.r_skill * cardinality(b.skills))::int]
                     THEN ARRAY[b.skills[1 + floor(x.r_skill * cardinality(b.skills))::int], x.extra_skill]
                     ELSE ARRAY[b.skills[1 + floor(x.r_skill * cardinality(b.skills))::int]] END,
                pg_temp.pick($1),
                (now() - (x.age_days + x.known_before_days) * interval '1 day')::date,
                pg_temp.sentence(pg_temp.pick($2)) || ' ' || pg_temp.pick_skewed($3) || ' ' || pg_temp.pick_skewed($4)
                  || ' for the ' || pg_temp.pick($5) || ' (project ' || x.n || ')',
                pg_temp.sentence(pg_temp.text_from(d.words, x.description_len, x.description_start)) || '.',
                x.description_len, -- the generated description is that many space-separated words
                pg_temp.pick($6),
                pg_temp.sentence(pg_temp.text_from(o.words, x.outcome_len, x.outcome_start)) || '.',
                (now() - (x.age_days + x.started_before_days) * interval '1 day')::date,
                (now() - (x.age_days + x.started_before_days - x.duration_days) * interval '1 day')::date,
                x.r_verified < 0.05,
                CASE WHEN x.r_status < 0.03 THEN 'retracted' ELSE 'active' END,
                now() - x.age_days * interval '1 day',
                CASE WHEN x.r_status < 0.03 THEN now() - x.age_days * x.r_status * interval '1 day' END
         FROM bench_endorsements x
         JOIN bench_members a ON a.k = x.k AND a.ord = x.endorser_ord
         JOIN bench_members b ON b.k = x.k AND b.ord = 1 + (x.endorser_ord + x.offset_ord) % x.size
         JOIN bench_phrases d ON d.i = x.description_phrase
         JOIN bench_phrases o ON o.i = x.outcome_phrase
         ORDER BY x.k, x.n`,
        [
          ['worked_together', 'client_of', 'hired_them', 'mentored', 'met_informally'],
          VERBS,
          ADJECTIVES,
          NOUNS,
          INDUSTRIES,
          ROLES,
        ],
      );
    }),
  );

  await step('jobs, referrals', () =>
    withoutSecondaryIndexes(client, ['jobs', 'referrals'], async () => {
      await query(
        `INSERT INTO jobs (collective_id, id, posted_by, title, brief, skills, status, created_at, updated_at)
         SELECT r.collective_id, r.job_id, a.id,
                pg_temp.sentence(pg_temp.text_from(p.words, r.title_len, 1)),
                pg_temp.sentence(pg_temp.text_from(p.words, r.brief_len, r.title_len + 1)) || '.',
                r.skills,
                CASE WHEN r.outcome IS NOT NULL THEN 'completed' WHEN r.status = 'declined' THEN 'cancelled'
                     ELSE 'handed_off' END,
                now() - (r.age_days + 2) * interval '1 day', now() - r.age_days * interval '1 day'
         FROM bench_referrals r
         JOIN bench_members a ON a.k = r.k AND a.ord = r.from_ord
         JOIN bench_phrases p ON p.i = r.phrase
         ORDER BY r.k, r.n`,
      );
      await query(
        `INSERT INTO referrals (collective_id, id, job_id, from_member_id, to_member_id, note, status, outcome,
                                created_at, responded_at, outcome_at)
         SELECT r.collective_id, r.referral_id, r.job_id, a.id, b.id, 'You are the right person for this one',
                r.status, r.outcome,
                now() - r.age_days * interval '1 day',
                CASE WHEN r.status <> 'offered' THEN now() - (r.age_days - 1) * interval '1 day' END,
                CASE WHEN r.outcome IS NOT NULL THEN now() - (r.age_days - 30) * interval '1 day' END
         FROM bench_referrals r
         JOIN bench_members a ON a.k = r.k AND a.ord = r.from_ord
         JOIN bench_members b ON b.k = r.k AND b.ord = 1 + (r.from_ord + r.offset_ord) % r.size
         ORDER BY r.k, r.n`,
      );
    }),
  );

  await step('analyze', () => query('ANALYZE'));

  const perCollective = await client.query<{
    k: number;
    id: string;
    name: string;
    members: number;
    endorsements: number;
    referrals: number;
    introductions: number;
  }>(
    `SELECT c.k, c.id, co.name,
            (SELECT count(*) FROM members m WHERE m.collective_id = c.id AND m.status = 'active')::int AS members,
            (SELECT count(*) FROM endorsements e WHERE e.collective_id = c.id)::int AS endorsements,
            (SELECT count(*) FROM referrals r WHERE r.collective_id = c.id)::int AS referrals,
            (SELECT count(*) FROM members m WHERE m.collective_id = c.id AND m.introduced_by IS NOT NULL)::int
              AS introductions
     FROM bench_collectives c JOIN collectives co ON co.id = c.id
     WHERE c.k <= 2 ORDER BY c.k`,
  );
  const totals = await client.query<Dataset['totals']>(
    `SELECT (SELECT count(*) FROM collectives)::int AS collectives,
            (SELECT count(*) FROM accounts)::int AS accounts,
            (SELECT count(*) FROM members)::int AS members,
            (SELECT count(*) FROM endorsements)::int AS endorsements,
            (SELECT count(*) FROM endorsements WHERE status = 'retracted')::int AS retracted,
            (SELECT count(*) FROM jobs)::int AS jobs,
            (SELECT count(*) FROM referrals)::int AS referrals,
            (SELECT count(*) FROM referrals WHERE outcome = 'won')::int AS won`,
  );
  await query(
    'DROP TABLE bench_phrases, bench_collectives, bench_members, bench_endorsements, bench_referrals',
  );

  const [first, second] = perCollective.rows.map(({ k: _k, ...rest }) => rest);
  const total = totals.rows[0];
  if (!first || !second || !total) throw new Error('dataset generation produced no big collectives');
  return { big: [first, second], totals: total, steps };
}

/** A brief as a client would send it: 2-8 words from the same vocabulary, 0-2 skills, limit 10. */
export function briefBody(
  vocab: Vocabulary,
  random: () => number,
): { brief: string; skills?: string[]; limit: number } {
  const pickWord = () => vocab.words[Math.floor(random() ** WORD_SKEW * vocab.words.length)] ?? 'design';
  const words = Array.from({ length: 2 + Math.floor(random() * 7) }, pickWord);
  const skillCount = Math.floor(random() * 3);
  const skills = [
    ...new Set(
      Array.from(
        { length: skillCount },
        () => vocab.skills[Math.floor(random() * vocab.skills.length)] ?? '',
      ),
    ),
  ];
  const brief = words.join(' ');
  return skills.length > 0 ? { brief, skills, limit: 10 } : { brief, limit: 10 };
}
