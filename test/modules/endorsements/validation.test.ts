import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  endorse,
  endorsementBody,
  listOf,
  withoutField,
  type EndorsementView,
} from '../../support/endorsements.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { expectProblem } from '../../support/http.js';

/**
 * SPEC 3.2: "an endorsement without a concrete example is rejected with a clear 400 that says
 * what is missing". Each case breaks one rule of a valid body and expects exactly one
 * problem, at the field's JSON pointer, with a detail that names the rule.
 *
 * The clock is fixed so that "today" and "in the future" are exact dates.
 */
const TODAY = '2025-06-15';
const TOMORROW = '2025-06-16';

let t: TestApp;
let endorser: TestMember;
let endorsee: TestMember;

beforeAll(async () => {
  t = await createTestApp({ deps: { now: () => new Date(`${TODAY}T12:00:00.000Z`) } });
  const collective = await createCollective(t);
  endorser = await addMember(t, collective.id);
  endorsee = await addMember(t, collective.id);
});
afterAll(() => t.close());

/** Posts the body and returns the problem's errors, asserting the 400 VALIDATION_FAILED. */
async function rejected(body: unknown): Promise<{ pointer: string; detail: string; location?: string }[]> {
  const response = await endorse(t, endorser, endorsee.memberId, body);
  const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
  expect(problem.errors, 'a 400 names its problems').toBeDefined();
  for (const error of problem.errors ?? []) expect(error.location).toBe('body');
  return problem.errors ?? [];
}

const example = (fields: Record<string, unknown>) => endorsementBody({ example: fields });

interface Case {
  name: string;
  body: Record<string, unknown>;
  pointer: string;
  detail: RegExp;
}

describe('createEndorsement validation', () => {
  it('accepts the valid body every case below starts from', async () => {
    const response = await endorse(
      t,
      endorser,
      endorsee.memberId,
      endorsementBody({ example: { title: 'The baseline body' } }),
    );
    expect(response.statusCode, response.body).toBe(201);
  });

  it('no example at all: 400 at /example saying the worked example is required', async () => {
    const errors = await rejected(withoutField(endorsementBody(), 'example'));
    expect(errors.map((e) => e.pointer)).toEqual(['/example']);
    expect(errors[0]!.detail).toMatch(/required/i);
    expect(errors[0]!.detail).toMatch(/worked example/i);
  });

  it('an empty body: one problem for each of skills, relationship and example', async () => {
    const errors = await rejected({});
    expect(errors.map((e) => e.pointer).sort()).toEqual(['/example', '/relationship', '/skills']);
  });

  it.each(['title', 'description', 'endorseeRole', 'outcome', 'startedOn'])(
    'example without %s: 400 at its pointer, saying it is required',
    async (field) => {
      const errors = await rejected(withoutField(endorsementBody(), `example.${field}`));
      expect(errors.map((e) => e.pointer)).toEqual([`/example/${field}`]);
      expect(errors[0]!.detail).toMatch(/required/i);
    },
  );

  const cases: Case[] = [
    {
      name: 'a description under 80 characters',
      body: example({ description: 'Redesigned the onboarding flow and tested it with five users.' }),
      pointer: '/example/description',
      detail: /at least 80/,
    },
    {
      name: 'a description of 80 characters but under 12 words',
      body: example({
        description:
          'Internationalisation, accessibility, documentation, troubleshooting, refactoring, benchmarking, and mentoring.',
      }),
      pointer: '/example/description',
      detail: /at least 12/,
    },
    {
      name: 'a description of one character repeated',
      body: example({ description: 'a'.repeat(120) }),
      pointer: '/example/description',
      detail: /one character/,
    },
    {
      name: 'a description of one word repeated',
      body: example({ description: 'great '.repeat(30) }),
      pointer: '/example/description',
      detail: /one word/,
    },
    {
      name: 'a description of a handful of words padded out',
      body: example({ description: 'good work nice job '.repeat(6).slice(0, 100) }),
      pointer: '/example/description',
      detail: /different words/,
    },
    {
      name: 'a blank title',
      body: example({ title: '    ' }),
      pointer: '/example/title',
      detail: /.+/,
    },
    {
      name: 'a startedOn that is not YYYY-MM-DD',
      body: example({ startedOn: '09/01/2023' }),
      pointer: '/example/startedOn',
      detail: /YYYY-MM-DD/,
    },
    {
      name: 'endedOn before startedOn',
      body: example({ startedOn: '2023-03-01', endedOn: '2023-02-28' }),
      pointer: '/example/endedOn',
      detail: /before startedOn/,
    },
    {
      name: 'endedOn in the future',
      body: example({ endedOn: TOMORROW }),
      pointer: '/example/endedOn',
      detail: /future/,
    },
    {
      name: 'startedOn in the future (no endedOn)',
      body: example({ startedOn: TOMORROW, endedOn: undefined }),
      pointer: '/example/startedOn',
      detail: /future/,
    },
    {
      name: 'no relationship',
      body: withoutField(endorsementBody(), 'relationship'),
      pointer: '/relationship',
      detail: /required/,
    },
    {
      name: 'a relationship kind outside the enum',
      body: endorsementBody({ relationship: { kind: 'best_friends', since: '2020-01-01' } }),
      pointer: '/relationship/kind',
      detail: /worked_together/,
    },
    {
      name: 'a relationship since in the future',
      body: endorsementBody({ relationship: { kind: 'mentored', since: TOMORROW } }),
      pointer: '/relationship/since',
      detail: /future/,
    },
    {
      name: 'no skills',
      body: endorsementBody({ skills: [] }),
      pointer: '/skills',
      detail: /at least one skill/,
    },
    {
      name: '11 skills',
      body: endorsementBody({ skills: Array.from({ length: 11 }, (_, i) => `skill-${i}`) }),
      pointer: '/skills',
      detail: /10/,
    },
    {
      name: 'a skill with no letters or digits',
      body: endorsementBody({ skills: ['ux-research', '!!!'] }),
      pointer: '/skills/1',
      detail: /letters or digits/,
    },
    {
      name: 'an ftp:// evidence URL',
      body: example({ evidenceUrls: ['ftp://files.example.com/report.pdf'] }),
      pointer: '/example/evidenceUrls/0',
      detail: /http/,
    },
    {
      name: 'a javascript: evidence URL',
      body: example({ evidenceUrls: ['javascript:alert(1)'] }),
      pointer: '/example/evidenceUrls/0',
      detail: /http/,
    },
    {
      name: '6 evidence URLs',
      body: example({ evidenceUrls: Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`) }),
      pointer: '/example/evidenceUrls',
      detail: /5/,
    },
    {
      name: 'an unknown top-level field',
      body: endorsementBody({ rating: 5 }),
      pointer: '/rating',
      detail: /rating/,
    },
    {
      name: 'an unknown field in the example',
      body: example({ budget: 1200 }),
      pointer: '/example/budget',
      detail: /budget/,
    },
    {
      name: 'an unknown field in the relationship',
      body: endorsementBody({ relationship: { kind: 'mentored', since: '2020-01-01', strength: 9 } }),
      pointer: '/relationship/strength',
      detail: /strength/,
    },
    {
      name: 'a status set by the client',
      body: endorsementBody({ status: 'active' }),
      pointer: '/status',
      detail: /status/,
    },
    // Found by the hostile-input property test: PostgreSQL has no year 0 and answered with a 500.
    {
      name: 'a startedOn in year 0000',
      body: example({ startedOn: '0000-01-01', endedOn: undefined }),
      pointer: '/example/startedOn',
      detail: /year 0001 or later/,
    },
    {
      name: 'a relationship since year 0000',
      body: endorsementBody({ relationship: { kind: 'mentored', since: '0000-02-29' } }),
      pointer: '/relationship/since',
      detail: /year 0001 or later/,
    },
    {
      name: 'a NUL in the title',
      body: example({ title: 'Onboarding\u0000research' }),
      pointer: '/example/title',
      detail: /NUL/,
    },
    {
      name: 'a lone surrogate in the description',
      body: example({
        description: `${'Anna ran the research and wrote it up for the team. '.repeat(3)}\ud800`,
      }),
      pointer: '/example/description',
      detail: /valid Unicode/,
    },
    {
      name: 'a NUL in an evidence URL (the URL parser lets it through)',
      body: example({ evidenceUrls: ['https://example.com/case\u0000study'] }),
      pointer: '/example/evidenceUrls/0',
      detail: /NUL/,
    },
    {
      name: 'a referralId that is not a UUID',
      body: endorsementBody({ referralId: 'referral-1' }),
      pointer: '/referralId',
      detail: /.+/,
    },
  ];

  it.each(cases)('$name: 400 at $pointer', async ({ body, pointer, detail }) => {
    const errors = await rejected(body);
    expect(errors.map((e) => e.pointer)).toEqual([pointer]);
    expect(errors[0]!.detail).toMatch(detail);
  });

  it('reports every broken rule of the example at once', async () => {
    const errors = await rejected(
      endorsementBody({
        relationship: { kind: 'client_of', since: TOMORROW },
        example: { description: 'Too short.', startedOn: '2023-03-01', endedOn: '2023-02-01' },
      }),
    );
    expect(errors.map((e) => e.pointer).sort()).toEqual([
      '/example/description',
      '/example/endedOn',
      '/relationship/since',
    ]);
  });

  it('today is not the future: startedOn = endedOn = since = today is accepted', async () => {
    const response = await endorse(
      t,
      endorser,
      endorsee.memberId,
      endorsementBody({
        relationship: { kind: 'met_informally', since: TODAY },
        example: { title: 'A one-day workshop', startedOn: TODAY, endedOn: TODAY },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<EndorsementView>().example).toMatchObject({ startedOn: TODAY, endedOn: TODAY });
  });

  it('stores nothing for a rejected body: only the two accepted endorsements exist', async () => {
    const received = await listOf(t, endorsee, endorsee.memberId);
    expect(received.map((e) => e.example.title).sort()).toEqual(['A one-day workshop', 'The baseline body']);
  });
});
