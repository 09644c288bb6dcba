import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { accountIdentities } from '../../../src/db/tables.js';
import type { TestApp } from '../../support/app.js';
import { endorsementBody, endorseOk } from '../../support/endorsements.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { call, collectiveUrl } from '../../support/http.js';
import { act, jobUrl, postJob, referOk } from '../../support/work.js';
import { PASSWORD, signIn, signUp, uniqueEmail, type Tokens } from '../accounts/helpers.js';

/** A member who signed up over HTTP, so they have a password, and signed in (a session). */
export interface PasswordMember extends TestMember {
  password: string;
  tokens: Tokens;
}

export async function passwordMember(
  t: TestApp,
  collectiveId: string,
  options: { name: string; role?: 'owner' | 'admin' | 'member' },
): Promise<PasswordMember> {
  const signedUp = await signUp(t, { name: options.name, email: uniqueEmail(options.name.split(' ')[0]) });
  const tokens = await signIn(t, signedUp.email);
  const account = {
    id: signedUp.id,
    email: signedUp.email,
    name: signedUp.name,
    token: tokens.accessToken,
    headers: { authorization: `Bearer ${tokens.accessToken}` },
  };
  const member = await addMember(t, collectiveId, { role: options.role ?? 'member', account });
  return { ...member, password: PASSWORD, tokens };
}

/**
 * Words that only the person erased wrote or that were written only about them: none may be
 * found anywhere in the database once they are erased. Unique per history, so that one
 * history's erasure is checked without another's rows in the way.
 */
export function secretsOf(tag: string) {
  return {
    headline: `Packaging designer ${tag}`,
    bio: `I design tea boxes and labels for small brands in Malmö ${tag}.`,
    brief: `Twelve tea blends need new boxes and a refreshed logo ${tag}.`,
    client: `Tea client ${tag}`,
    fitNote: `I did the identity for two tea shops last year ${tag}.`,
    referralNote: `Your tea work fits this brief well ${tag}.`,
    outcomeNote: `Signed for three more blends ${tag}.`,
    thanks: `Thank you, a lovely client ${tag}.`,
    exampleTitle: `Packaging system for a tea brand ${tag}`,
    exampleAbout: `Label refresh for a coffee roaster ${tag}`,
    invitationNote: `Come and join us ${tag}`,
    link: `https://portfolio.example/${tag}`,
    subject: `oidc-subject-${tag}`,
  };
}

export interface History {
  collectiveId: string;
  owner: TestMember;
  ana: PasswordMember;
  ben: TestMember;
  carl: TestMember;
  secrets: ReturnType<typeof secretsOf>;
  /** What Ben and Carl wrote, and Ben's value with Carl: never in Ana's export. */
  others: { benBio: string; benFitNote: string; benCarlValue: number; carlNote: string };
  anaEndorsementOfBen: string;
  benEndorsementOfAna: string;
  jobPostedByAna: string;
  referralFromAna: string;
  referralToAna: string;
  values: { fromAna: number; toAna: number };
}

/**
 * A member with a full history: Ana, with a password and a session, a linked external
 * identity, a profile, a job she posted (with Ben's fit note), a fit note of her own, a
 * referral given and one received (both won, with private values and thanks), an endorsement
 * given and one received, and an invitation sent. Ben and Carl have private data of their own.
 */
export async function fullHistory(t: TestApp): Promise<History> {
  const tag = randomUUID().slice(0, 8);
  const secrets = secretsOf(tag);
  const { id: collectiveId, owner } = await createCollective(t);
  const ana = await passwordMember(t, collectiveId, { name: `Ana Lindqvist ${tag}`, role: 'admin' });
  const ben = await addMember(t, collectiveId, { profile: { bio: `Ben bio ${tag}` } });
  const carl = await addMember(t, collectiveId);
  const others = {
    benBio: `Ben bio ${tag}`,
    benFitNote: `Ben's fit note ${tag}`,
    benCarlValue: 777_777,
    carlNote: `Carl's note to Ben ${tag}`,
  };
  await t.db
    .insert(accountIdentities)
    .values({ issuer: 'https://idp.example.test', subject: secrets.subject, accountId: ana.accountId });

  const profile = await call(t, ana, 'PATCH', `${collectiveUrl(collectiveId)}/members/${ana.memberId}`, {
    headline: secrets.headline,
    bio: secrets.bio,
    skills: ['packaging-design', 'brand-design'],
    links: [{ label: 'Portfolio', url: secrets.link }],
    rate: { min: 60_000, max: 90_000, currency: 'EUR' },
  });
  expect(profile.statusCode, profile.body).toBe(200);

  // Ana's job, with Ben's fit note on it; referred to Ben, won, valued and thanked.
  const job = await postJob(t, ana, {
    title: 'Packaging for a tea brand',
    brief: secrets.brief,
    client: secrets.client,
  });
  const benNote = await call(t, ben, 'PUT', `${jobUrl(collectiveId, job.id)}/interest`, {
    note: others.benFitNote,
  });
  expect(benNote.statusCode, benNote.body).toBe(201);
  const given = await call(t, ana, 'POST', `${jobUrl(collectiveId, job.id)}/referrals`, {
    toMemberId: ben.memberId,
    note: secrets.referralNote,
  });
  expect(given.statusCode, given.body).toBe(201);
  const fromAna = given.json<{ id: string }>().id;
  const values = { fromAna: 420_000, toAna: 99_000 };
  expect((await act(t, ben, collectiveId, fromAna, 'accept')).statusCode).toBe(200);
  const benOutcome = await act(t, ben, collectiveId, fromAna, 'outcome', {
    outcome: 'won',
    value: { amount: values.fromAna, currency: 'EUR' },
  });
  expect(benOutcome.statusCode, benOutcome.body).toBe(200);

  // Ben's job: Ana's fit note on it, then referred to Ana, who wins it, values it and thanks Ben.
  const benJob = await postJob(t, ben, { title: 'Labels for a coffee roaster' });
  const anaNote = await call(t, ana, 'PUT', `${jobUrl(collectiveId, benJob.id)}/interest`, {
    note: secrets.fitNote,
  });
  expect(anaNote.statusCode, anaNote.body).toBe(201);
  const toAna = (await referOk(t, ben, benJob.id, ana.memberId)).id;
  expect((await act(t, ana, collectiveId, toAna, 'accept')).statusCode).toBe(200);
  const anaOutcome = await act(t, ana, collectiveId, toAna, 'outcome', {
    outcome: 'won',
    value: { amount: values.toAna, currency: 'EUR' },
    note: secrets.outcomeNote,
  });
  expect(anaOutcome.statusCode, anaOutcome.body).toBe(200);
  const thanks = await act(t, ana, collectiveId, toAna, 'thanks', { message: secrets.thanks });
  expect(thanks.statusCode, thanks.body).toBe(200);

  // Carl passes work to Ben, who values it: Ben's and Carl's business, not Ana's.
  const carlJob = await postJob(t, carl, { title: 'Menu design' });
  const carlToBen = await call(t, carl, 'POST', `${jobUrl(collectiveId, carlJob.id)}/referrals`, {
    toMemberId: ben.memberId,
    note: others.carlNote,
  });
  expect(carlToBen.statusCode, carlToBen.body).toBe(201);
  const carlReferral = carlToBen.json<{ id: string }>().id;
  expect((await act(t, ben, collectiveId, carlReferral, 'accept')).statusCode).toBe(200);
  expect(
    (
      await act(t, ben, collectiveId, carlReferral, 'outcome', {
        outcome: 'won',
        value: { amount: others.benCarlValue, currency: 'EUR' },
      })
    ).statusCode,
  ).toBe(200);

  const anaEndorsement = await endorseOk(
    t,
    ana,
    ben.memberId,
    endorsementBody({ skills: ['ux-research'], example: { title: secrets.exampleTitle } }),
  );
  const benEndorsement = await endorseOk(
    t,
    ben,
    ana.memberId,
    endorsementBody({ skills: ['packaging-design'], example: { title: secrets.exampleAbout } }),
  );
  const invitation = await call(t, ana, 'POST', `${collectiveUrl(collectiveId)}/invitations`, {
    email: uniqueEmail('dora'),
    note: secrets.invitationNote,
  });
  expect(invitation.statusCode, invitation.body).toBe(201);

  return {
    collectiveId,
    owner,
    ana,
    ben,
    carl,
    secrets,
    others,
    anaEndorsementOfBen: anaEndorsement.id,
    benEndorsementOfAna: benEndorsement.id,
    jobPostedByAna: job.id,
    referralFromAna: fromAna,
    referralToAna: toAna,
    values,
  };
}

/**
 * Every text-like column of every table of the database (text, varchar, arrays, JSON) and,
 * for each, how many rows contain `needle` (case-insensitive): the erasure check reads the
 * whole schema, so a table added later is covered without being listed.
 */
export async function rowsContaining(t: TestApp, needle: string): Promise<Record<string, number>> {
  const { rows: columns } = await t.pool.query<{ table_name: string; column_name: string }>(`
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
    WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`);
  expect(columns.length).toBeGreaterThan(20);
  const found: Record<string, number> = {};
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE '%' || $1 || '%'`,
      [needle],
    );
    if ((rows[0]?.n ?? 0) > 0) found[`${table}.${column}`] = rows[0]!.n;
  }
  return found;
}
