// `npm run seed:demo`: a demo collective to try the API on, made through the API's own use
// cases (the app, in process, on the database `npm start` uses), never raw SQL. Running it
// again finds what is there and adds nothing twice. Prints three sign-ins and curl commands.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { createLogger } from '../src/logger.js';
import { loadKeySet } from '../src/modules/auth/index.js';

const COLLECTIVE = 'Kollektiv Nord (demo)';
const PASSWORD = 'demo password 2026';
const DOMAIN = 'demo.referral-exchange.test';

interface Person {
  name: string;
  headline: string;
  bio: string;
  skills: string[];
  languages: string[];
}

const de = (name: string, headline: string, bio: string, skills: string[]): Person => ({
  name,
  headline,
  bio,
  skills,
  languages: ['de', 'en'],
});
const en = (name: string, headline: string, bio: string, skills: string[]): Person => ({
  name,
  headline,
  bio,
  skills,
  languages: ['en'],
});

const PEOPLE: Person[] = [
  en(
    'Ada Brandt',
    'Service designer for banks',
    'I map journeys and run co-design workshops for financial services.',
    ['service-design', 'workshop-facilitation'],
  ),
  de(
    'Ben Krüger',
    'UX-Researcher für Versicherungen',
    'Interviews, Usability-Tests und Journey Maps für Onboarding-Strecken.',
    ['ux-research', 'usability-testing'],
  ),
  en(
    'Cleo Hart',
    'Copywriter and content strategist',
    'Product copy, tone of voice and content audits for SaaS teams.',
    ['copywriting', 'content-strategy'],
  ),
  de(
    'Dana Vogel',
    'Übersetzerin Deutsch–Englisch',
    'Fachübersetzungen für Webseiten, Verträge und Produkttexte.',
    ['translation', 'localisation'],
  ),
  en(
    'Eli Moreau',
    'Front-end developer, React and accessibility',
    'Accessible interfaces, design systems and performance work.',
    ['react', 'accessibility'],
  ),
  de(
    'Finn Schulz',
    'Backend-Entwickler, Node.js und PostgreSQL',
    'APIs, Datenmodelle und Migrationen für kleine Produktteams.',
    ['nodejs', 'postgresql'],
  ),
  en(
    'Gwen Park',
    'Brand and packaging designer',
    'Labels, boxes and brand identities for food and drink makers.',
    ['packaging-design', 'branding'],
  ),
  de(
    'Hanna Weber',
    'Illustratorin für Bücher und Verpackungen',
    'Illustrationen für Kinderbücher, Etiketten und Plakate.',
    ['illustration', 'packaging-design'],
  ),
  en(
    'Ivan Petrov',
    'Data analyst, dashboards and SQL',
    'Metrics, dashboards and the questions behind them.',
    ['data-analysis', 'sql'],
  ),
  de(
    'Jana Fischer',
    'Projektleiterin für Webrelaunches',
    'Planung, Budget und Abstimmung mit Agenturen und Kunden.',
    ['project-management', 'web-relaunch'],
  ),
  en('Kai Lindqvist', 'Motion designer', 'Explainer videos and product animations.', [
    'motion-design',
    'video-editing',
  ]),
  de('Lena Hoffmann', 'SEO-Beraterin', 'Technische SEO, Inhalte und Sichtbarkeit für Shops.', [
    'seo',
    'content-strategy',
  ]),
  en('Mo Haddad', 'Mobile developer, iOS and Android', 'Native and Flutter apps from prototype to store.', [
    'ios',
    'android',
    'flutter',
  ]),
  de('Nora Becker', 'Fotografin für Produkte und Menschen', 'Produktfotos, Porträts und Reportagen.', [
    'photography',
    'retouching',
  ]),
  en('Omar Said', 'DevOps and cloud engineer', 'CI pipelines, containers and cost-aware cloud setups.', [
    'devops',
    'kubernetes',
  ]),
  de('Paula Richter', 'UX-Designerin für Apps', 'Wireframes, Prototypen und Interaktionsdesign.', [
    'ux-design',
    'prototyping',
  ]),
  en('Quinn Avery', 'Workshop facilitator and coach', 'Strategy offsites and team retrospectives.', [
    'workshop-facilitation',
    'coaching',
  ]),
  de('Rita Wagner', 'Texterin für Marken', 'Claims, Webseitentexte und Newsletter auf Deutsch.', [
    'copywriting',
    'branding',
  ]),
  en('Sam Okafor', 'Accessibility auditor', 'WCAG audits, screen-reader tests and fixes with developers.', [
    'accessibility',
    'usability-testing',
  ]),
  de('Tom Neumann', 'Shopify- und E-Commerce-Entwickler', 'Shops, Zahlungsanbindung und Warenwirtschaft.', [
    'shopify',
    'ecommerce',
  ]),
  en(
    'Uma Shah',
    'Product manager for early-stage startups',
    'Discovery, roadmaps and the first hundred customers.',
    ['product-management', 'ux-research'],
  ),
  de('Vera König', 'Lektorin und Korrektorin', 'Lektorat für Sachbücher, Berichte und Webseiten.', [
    'editing',
    'proofreading',
  ]),
  en('Will Turner', 'Video producer', 'Interviews, case-study films and event coverage.', [
    'video-editing',
    'photography',
  ]),
  de('Xenia Wolf', 'Datenschutzberaterin', 'DSGVO-Prüfungen, Verzeichnisse und Schulungen.', [
    'data-protection',
    'compliance',
  ]),
  en('Yara Costa', 'Illustrator and animator', 'Editorial illustration and short animations.', [
    'illustration',
    'motion-design',
  ]),
  de('Zoe Braun', 'Marketing-Managerin für B2B', 'Kampagnen, Messen und Lead-Generierung.', [
    'marketing',
    'content-strategy',
  ]),
  en('Arlo Grant', 'Python developer, data pipelines', 'ETL, scraping and reporting pipelines.', [
    'python',
    'data-analysis',
  ]),
  de('Bela Roth', 'Grafikdesignerin für Print', 'Broschüren, Geschäftsberichte und Plakate.', [
    'graphic-design',
    'branding',
  ]),
  en('Cora Blake', 'Localisation manager', 'Translation workflows and terminology for software.', [
    'localisation',
    'translation',
  ]),
  de('Dario Lang', 'Webentwickler für WordPress', 'Themes, Plugins und Wartung für Vereine und KMU.', [
    'wordpress',
    'web-relaunch',
  ]),
];

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^\w ]/g, '')
    .toLowerCase()
    .replace(/ +/g, '.');
const emailOf = (person: Person) => `${slug(person.name)}@${DOMAIN}`;

const config = loadConfig({
  ...process.env,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  // Thirty sign-ups from one process: the per-IP limits are for the open internet.
  AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  RATE_LIMIT_PER_MINUTE: '1000000',
});
const logger = createLogger(config);
const database = await openDatabase(config, logger);
const app: FastifyInstance = await buildApp(config, {
  db: database.db,
  logger,
  keys: await loadKeySet(config, logger),
});
await app.ready();

/** The value, which the seed itself put there: its absence is a bug worth stopping for. */
function known<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed: no ${what}`);
  return value;
}

/** One API call; anything but the expected statuses stops the seed with the problem. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body's type
async function api<T>(
  token: string | undefined,
  method: NonNullable<InjectOptions['method']>,
  url: string,
  payload?: unknown,
  ok: number[] = [200, 201, 204],
): Promise<{ status: number; body: T }> {
  const response = await app.inject({
    method,
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
  });
  if (!ok.includes(response.statusCode))
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return { status: response.statusCode, body: (response.body ? response.json() : undefined) as T };
}

async function signUpOrIn(person: Person): Promise<string> {
  const email = emailOf(person);
  await api(undefined, 'POST', '/v1/accounts', { email, password: PASSWORD, name: person.name }, [201, 409]);
  const { body } = await api<{ accessToken: string }>(undefined, 'POST', '/v1/auth/token', {
    email,
    password: PASSWORD,
  });
  return body.accessToken;
}

async function all<T>(token: string, url: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const page: { body: { items: T[]; nextCursor: string | null } } = await api(
      token,
      'GET',
      `${url}${separator}limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

const tokens = new Map<string, string>();
for (const person of PEOPLE) tokens.set(person.name, await signUpOrIn(person));
const tokenOf = (name: string) => known(tokens.get(name), `token of ${name}`);
const owner = known(PEOPLE[0], 'owner');

// The collective, found by name among the owner's, or created.
const mine = await all<{ id: string; name: string }>(tokenOf(owner.name), '/v1/collectives');
let collectiveId = mine.find((c) => c.name === COLLECTIVE)?.id;
if (collectiveId === undefined) {
  const { body } = await api<{ id: string }>(tokenOf(owner.name), 'POST', '/v1/collectives', {
    name: COLLECTIVE,
    description:
      'Freelancers in Hamburg and Berlin: design, research, words and code, in German and English.',
    membersCanInvite: true,
    language: 'en',
  });
  collectiveId = body.id;
}
const base = `/v1/collectives/${collectiveId}`;

// Members: everyone not yet in joins through an invitation from someone already in (who
// introduced whom is part of the trust graph).
const memberIds = new Map<string, string>();
const refreshMembers = async () => {
  for (const member of await all<{ id: string; name: string }>(tokenOf(owner.name), `${base}/members`)) {
    memberIds.set(member.name, member.id);
  }
};
await refreshMembers();
for (const [index, person] of PEOPLE.entries()) {
  if (memberIds.has(person.name)) continue;
  const inviter = known(PEOPLE[Math.floor(index / 3)], 'inviter');
  const { body: invitation } = await api<{ token: string }>(
    tokenOf(inviter.name),
    'POST',
    `${base}/invitations`,
    {
      email: emailOf(person),
    },
  );
  const { body: member } = await api<{ id: string }>(tokenOf(person.name), 'POST', '/v1/invitations/accept', {
    token: invitation.token,
  });
  memberIds.set(person.name, member.id);
  await api(tokenOf(person.name), 'PATCH', `${base}/members/${member.id}`, {
    headline: person.headline,
    bio: person.bio,
    skills: person.skills,
    languages: person.languages,
    timezone: 'Europe/Berlin',
    availability: { status: index % 5 === 4 ? 'limited' : 'available' },
  });
}
const id = (name: string) => known(memberIds.get(name), `member ${name}`);

interface Handoff {
  poster: string;
  to: string;
  job: { title: string; brief: string; skills: string[] };
  /** How far it got: open (no referral), offered, accepted, then an outcome. */
  until: 'open' | 'offered' | 'accepted' | 'won' | 'lost' | 'cancelled';
  endorsement?: { title: string; description: string; role: string; outcome: string };
}

const HANDOFFS: Handoff[] = [
  {
    poster: 'Ada Brandt',
    to: 'Ben Krüger',
    job: {
      title: 'Onboarding research for a regional bank',
      brief: 'Interviews with new customers and a map of where the account opening loses them.',
      skills: ['ux-research'],
    },
    until: 'won',
    endorsement: {
      title: 'Onboarding research for a regional bank',
      description:
        'Ben planned and ran twelve interviews with new customers, mapped four journeys, and walked the product team through the three changes that mattered most.',
      role: 'Lead researcher',
      outcome: 'Drop-off in account opening fell from 38% to 21% within two releases.',
    },
  },
  {
    poster: 'Gwen Park',
    to: 'Hanna Weber',
    job: {
      title: 'Tea labels for an organic brand',
      brief: 'Illustrated labels and a gift box for six organic teas, printed in two languages.',
      skills: ['packaging-design', 'illustration'],
    },
    until: 'won',
    endorsement: {
      title: 'Illustrated labels for six organic teas',
      description:
        'Hanna drew six label illustrations and the gift box artwork, adapted them for German and English text, and prepared print-ready files with the printer.',
      role: 'Illustrator',
      outcome: 'The range sold out its first print run in five weeks.',
    },
  },
  {
    poster: 'Cleo Hart',
    to: 'Dana Vogel',
    job: {
      title: 'Website translation for a Berlin bakery chain',
      brief: 'Translate forty pages of a bakery website from German into English, keeping the warm tone.',
      skills: ['translation'],
    },
    until: 'won',
    endorsement: {
      title: 'Bakery website in English',
      description:
        'Dana translated forty pages from German into English, built a small glossary of baking terms with the client, and kept the tone friendly and local throughout.',
      role: 'Translator',
      outcome: 'The English pages went live on time and doubled tourist orders.',
    },
  },
  {
    poster: 'Finn Schulz',
    to: 'Eli Moreau',
    job: {
      title: 'Accessible booking form',
      brief: 'Rebuild a booking form in React so that screen-reader users can book without help.',
      skills: ['react', 'accessibility'],
    },
    until: 'lost',
  },
  {
    poster: 'Jana Fischer',
    to: 'Dario Lang',
    job: {
      title: 'WordPress relaunch for a sports club',
      brief: 'A new WordPress site for a sports club with a calendar and member area.',
      skills: ['wordpress', 'web-relaunch'],
    },
    until: 'accepted',
  },
  {
    poster: 'Uma Shah',
    to: 'Paula Richter',
    job: {
      title: 'Prototype of a budgeting app',
      brief: 'A clickable prototype of a budgeting app for students, tested with five users.',
      skills: ['ux-design', 'prototyping'],
    },
    until: 'offered',
  },
  {
    poster: 'Lena Hoffmann',
    to: 'Rita Wagner',
    job: {
      title: 'Shop copy for a tea retailer',
      brief: 'Product descriptions in German for eighty teas in an online shop.',
      skills: ['copywriting'],
    },
    until: 'open',
  },
  {
    poster: 'Omar Said',
    to: 'Finn Schulz',
    job: {
      title: 'Move a monolith to containers',
      brief: 'Containerise a Node.js monolith and set up CI for a small team.',
      skills: ['devops', 'nodejs'],
    },
    until: 'cancelled',
  },
];

const existingJobs = await all<{ title: string }>(tokenOf(owner.name), `${base}/jobs`);
for (const handoff of HANDOFFS) {
  if (existingJobs.some((job) => job.title === handoff.job.title)) continue;
  const poster = tokenOf(handoff.poster);
  const recipient = tokenOf(handoff.to);
  const { body: job } = await api<{ id: string }>(poster, 'POST', `${base}/jobs`, handoff.job);
  for (const interested of PEOPLE.filter(
    (p) => p.name !== handoff.poster && p.skills.some((s) => handoff.job.skills.includes(s)),
  ).slice(0, 3)) {
    await api(tokenOf(interested.name), 'PUT', `${base}/jobs/${job.id}/interest`, {
      note: `${interested.headline}: this is close to what I do every week.`,
    });
  }
  if (handoff.until === 'open') continue;
  if (handoff.until === 'cancelled') {
    await api(poster, 'POST', `${base}/jobs/${job.id}/cancel`);
    continue;
  }
  const { body: referral } = await api<{ id: string }>(poster, 'POST', `${base}/jobs/${job.id}/referrals`, {
    toMemberId: id(handoff.to),
    note: `${handoff.to} has done this kind of work for my clients before.`,
  });
  if (handoff.until === 'offered') continue;
  await api(recipient, 'POST', `${base}/referrals/${referral.id}/accept`);
  if (handoff.until === 'accepted') continue;
  await api(recipient, 'POST', `${base}/referrals/${referral.id}/outcome`, {
    outcome: handoff.until,
    ...(handoff.until === 'won' ? { value: { amount: 480_000, currency: 'EUR' } } : {}),
  });
  await api(recipient, 'POST', `${base}/referrals/${referral.id}/thanks`, {
    message: `Thank you, ${handoff.poster.split(' ')[0]}: a good client and a good fit.`,
  });
  if (handoff.endorsement) {
    await api(poster, 'POST', `${base}/members/${id(handoff.to)}/endorsements`, {
      skills: handoff.job.skills,
      relationship: { kind: 'worked_together', since: '2023-05-01' },
      example: {
        title: handoff.endorsement.title,
        description: handoff.endorsement.description,
        endorseeRole: handoff.endorsement.role,
        outcome: handoff.endorsement.outcome,
        startedOn: '2026-03-02',
        endedOn: '2026-05-29',
      },
      referralId: referral.id,
    });
  }
}

// Endorsements between colleagues who worked together outside the exchange, once each.
const PEER_ENDORSEMENTS: [string, string, string, string][] = [
  [
    'Quinn Avery',
    'Ada Brandt',
    'workshop-facilitation',
    'Ada ran three co-design workshops with branch staff and customers, kept twenty people working on the same journey map, and wrote up decisions the same evening.',
  ],
  [
    'Sam Okafor',
    'Eli Moreau',
    'accessibility',
    'Eli fixed forty-two WCAG findings in a React design system, added automated checks to CI, and paired with the team until screen-reader tests passed.',
  ],
  [
    'Cora Blake',
    'Dana Vogel',
    'localisation',
    'Dana set up terminology and review steps for a software release in German, English and Dutch, and kept two hundred strings consistent across releases.',
  ],
  [
    'Bela Roth',
    'Gwen Park',
    'branding',
    'Gwen developed a new identity for a cider maker, from the logo to the bottle labels, and guided the printer through three proof rounds.',
  ],
  [
    'Ben Krüger',
    'Sam Okafor',
    'usability-testing',
    'Sam moderated eight usability sessions with screen-reader users for an insurance portal and turned the findings into a prioritised list of fixes.',
  ],
  [
    'Ivan Petrov',
    'Arlo Grant',
    'data-analysis',
    'Arlo built the data pipeline behind a weekly sales dashboard, cleaned three years of order history, and documented every metric for the client.',
  ],
];
for (const [endorser, endorsee, skill, description] of PEER_ENDORSEMENTS) {
  const given = await all<{ endorseeId: string }>(
    tokenOf(endorser),
    `${base}/members/${id(endorser)}/endorsements?direction=given`,
  );
  if (given.some((e) => e.endorseeId === id(endorsee))) continue;
  await api(tokenOf(endorser), 'POST', `${base}/members/${id(endorsee)}/endorsements`, {
    skills: [skill],
    relationship: { kind: 'worked_together', since: '2022-09-01' },
    example: {
      title: `${skill.replace('-', ' ')} for a client project`,
      description,
      endorseeRole: 'Freelancer',
      outcome: 'The client came back with the next project.',
      startedOn: '2025-01-13',
      endedOn: '2025-03-28',
    },
  });
}

await app.close();
await database.close();

const SHOWN = PEOPLE.slice(0, 3);
const api$ = config.PUBLIC_BASE_URL.replace(/\/+$/, '');
const signIn = (person: Person) =>
  `TOKEN=$(curl -s ${api$}/v1/auth/token -H 'content-type: application/json' -d '{"email":"${emailOf(person)}","password":"${PASSWORD}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).accessToken')`;
process.stdout.write(`
Demo collective "${COLLECTIVE}": ${memberIds.size} members, collective id ${collectiveId}

Sign in as any of them (password for all: ${PASSWORD}):
${SHOWN.map((p) => `  ${emailOf(p)}  (${p.name}, ${p.headline})`).join('\n')}

Start the API (npm start), then:

${signIn(owner)}

# Who suits a brief, and why
curl -s ${api$}${base}/matches -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"brief":"Illustrated labels for a new range of organic teas","limit":3}'

# The jobs of the collective
curl -s "${api$}${base}/jobs?limit=5" -H "authorization: Bearer $TOKEN"

# What Ada gave to and received from the network
curl -s "${api$}${base}/members/${id(owner.name)}/contribution?window=all" -H "authorization: Bearer $TOKEN"
`);
