import { randomUUID } from 'node:crypto';
import { endorsements, jobs, referrals } from '../../src/db/tables.js';
import { countWords } from '../../src/modules/endorsements/index.js';
import type { TestApp } from './app.js';
import { addMember, createCollective, type TestCollective, type TestMember } from './factories.js';

/**
 * Builders for matching tests: rows inserted directly, so a test can lay out a trust graph of
 * any shape (and any age) in a few statements. They bypass the event log, so each one bumps
 * the collective's graph_version (and, for a referral, its activity_version) itself, as the
 * triggers on events would: a cached model is never stale in a test either.
 */
export const BRAND_DESCRIPTION =
  'Designed the complete visual identity for an organic tea company: logo, packaging for twelve blends, the shop signage, and a short brand book the client still uses with their printers today.';

export async function member(
  t: TestApp,
  collectiveId: string,
  profile: {
    headline?: string;
    bio?: string;
    skills?: string[];
    availabilityStatus?: 'available' | 'limited' | 'unavailable';
  } = {},
): Promise<TestMember> {
  const added = await addMember(t, collectiveId, {
    profile: {
      headline: profile.headline ?? 'Freelancer',
      bio: profile.bio ?? null,
      skills: profile.skills ?? [],
      availabilityStatus: profile.availabilityStatus ?? 'available',
    },
  });
  await graphChanged(t, collectiveId);
  return added;
}

/** What the triggers on `events` do for changes made through the API. */
export async function graphChanged(
  t: TestApp,
  collectiveId: string,
  version: 'graph_version' | 'activity_version' = 'graph_version',
): Promise<void> {
  await t.pool.query(`UPDATE collectives SET ${version} = ${version} + 1 WHERE id = $1`, [collectiveId]);
}

/**
 * A fresh collective whose owner, the asker, has one direct contact: a member (with `profile`)
 * the asker endorsed for copywriting ("Website copy").
 */
export async function askerWithContact(
  t: TestApp,
  profile: Parameters<typeof member>[2] = {},
): Promise<{ collective: TestCollective; asker: TestMember; contact: TestMember }> {
  const collective = await createCollective(t);
  const asker = collective.owner;
  const contact = await member(t, collective.id, profile);
  await endorse(t, collective.id, asker, contact, { skills: ['copywriting'], title: 'Website copy' });
  return { collective, asker, contact };
}

export interface EndorsementOptions {
  skills?: string[];
  title?: string;
  description?: string;
  createdAt?: Date;
  kind?: 'worked_together' | 'client_of';
}

function endorsementRow(
  collectiveId: string,
  endorser: { memberId: string },
  endorsee: { memberId: string },
  options: EndorsementOptions,
) {
  return {
    collectiveId,
    endorserId: endorser.memberId,
    endorseeId: endorsee.memberId,
    skills: options.skills ?? ['brand-design'],
    relationshipKind: options.kind ?? 'worked_together',
    relationshipSince: '2020-01-01',
    exampleTitle: options.title ?? `Tea brand identity ${randomUUID().slice(0, 6)}`,
    exampleDescription: options.description ?? BRAND_DESCRIPTION,
    exampleDescriptionWords: countWords(options.description ?? BRAND_DESCRIPTION),
    exampleEndorseeRole: 'Lead designer',
    exampleOutcome: 'Sales of the new packaging doubled in a year.',
    exampleStartedOn: '2023-01-01',
    createdAt: options.createdAt ?? new Date(),
  } as const;
}

export async function endorse(
  t: TestApp,
  collectiveId: string,
  endorser: { memberId: string },
  endorsee: { memberId: string },
  options: EndorsementOptions = {},
): Promise<string> {
  const [row] = await t.db
    .insert(endorsements)
    .values(endorsementRow(collectiveId, endorser, endorsee, options))
    .returning({ id: endorsements.id });
  await graphChanged(t, collectiveId);
  return row!.id;
}

/** Many endorsements in one statement. */
export async function endorseMany(
  t: TestApp,
  collectiveId: string,
  given: readonly {
    endorser: { memberId: string };
    endorsee: { memberId: string };
    options?: EndorsementOptions;
  }[],
): Promise<void> {
  if (given.length > 0) {
    await t.db
      .insert(endorsements)
      .values(given.map((g) => endorsementRow(collectiveId, g.endorser, g.endorsee, g.options ?? {})));
  }
  await graphChanged(t, collectiveId);
}

/** Every member of `group` endorses every other (a dense ring). */
export async function endorseEachOther(
  t: TestApp,
  collectiveId: string,
  group: readonly { memberId: string }[],
): Promise<void> {
  await endorseMany(
    t,
    collectiveId,
    group.flatMap((endorser) =>
      group.filter((b) => b !== endorser).map((endorsee) => ({ endorser, endorsee })),
    ),
  );
}

/** A handoff from giver to recipient with the given outcome (and its job), created at `createdAt`. */
export async function handoff(
  t: TestApp,
  collectiveId: string,
  giver: { memberId: string },
  recipient: { memberId: string },
  options: HandoffOptions = {},
): Promise<string> {
  const [id] = await handoffs(t, collectiveId, [{ giver, recipient }], options);
  return id!;
}

interface HandoffOptions {
  outcome?: 'won' | 'lost' | null;
  status?: 'offered' | 'accepted' | 'declined';
  createdAt?: Date;
}

/** Several handoffs alike, each with its own job, in two statements. */
export async function handoffs(
  t: TestApp,
  collectiveId: string,
  pairs: readonly { giver: { memberId: string }; recipient: { memberId: string } }[],
  options: HandoffOptions = {},
): Promise<string[]> {
  if (pairs.length === 0) return [];
  const created = await t.db
    .insert(jobs)
    .values(
      pairs.map(({ giver }) => ({
        collectiveId,
        postedBy: giver.memberId,
        title: 'Passed-on job',
        brief: 'A job passed on',
        status: 'completed' as const,
      })),
    )
    .returning({ id: jobs.id });
  const rows = await t.db
    .insert(referrals)
    .values(
      pairs.map(({ giver, recipient }, i) => ({
        collectiveId,
        jobId: created[i]!.id,
        fromMemberId: giver.memberId,
        toMemberId: recipient.memberId,
        note: 'You are the right person',
        status: options.status ?? 'accepted',
        outcome: options.outcome === undefined ? 'won' : options.outcome,
        createdAt: options.createdAt ?? new Date(),
      })),
    )
    .returning({ id: referrals.id });
  await graphChanged(t, collectiveId);
  await graphChanged(t, collectiveId, 'activity_version');
  return rows.map((r) => r.id);
}
