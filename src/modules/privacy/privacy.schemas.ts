import { z } from 'zod';
import { GivenPassword } from '../accounts/index.js';
import { Endorsement } from '../endorsements/index.js';
import { Event } from '../events/index.js';
import { Interest, Job } from '../jobs/index.js';
import { Member } from '../members/index.js';
import { Referral } from '../referrals/index.js';

/** The name an erased account shows everywhere its name was shown. */
export const ERASED_NAME = 'Former member';

/** Bumped when the export's shape changes incompatibly. */
export const EXPORT_FORMAT = 'referral-exchange.my-data.v1';

export const DeleteMeBody = z
  .strictObject({
    currentPassword: GivenPassword.optional().describe(
      'Required for an account with a password; an account without one sends a fresh token of its identity provider instead',
    ),
  })
  .nullish()
  .meta({ id: 'DeleteMe', examples: [{ currentPassword: 'correct horse battery staple' }] });
export type DeleteMeBody = z.infer<typeof DeleteMeBody>;

const ExportedAccount = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  hasPassword: z.boolean().describe('Only whether there is one: the hash is never exported'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const ExportedIdentity = z.object({
  issuer: z.string(),
  subject: z.string(),
  linkedAt: z.iso.datetime(),
});

const ExportedSession = z
  .object({
    id: z.uuid().describe('The current refresh token of the session (never the token itself)'),
    startedAt: z.iso.datetime().describe('The sign-in that started it'),
    refreshedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .describe('A session that can still be refreshed');

const ExportedInvitation = z.object({
  id: z.uuid(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

const ExportedMembership = z.object({
  collective: z.object({ id: z.uuid(), name: z.string(), language: z.string() }),
  member: Member.describe('The membership and its profile, as you see it yourself'),
  jobsPosted: z.array(Job),
  fitNotes: z.array(Interest),
  referralsGiven: z.array(Referral).describe('With their private values'),
  referralsReceived: z.array(Referral).describe('With their private values'),
  endorsementsGiven: z.array(Endorsement).describe('With their worked examples, retracted ones included'),
  endorsementsReceived: z.array(Endorsement).describe('With their worked examples, hidden ones included'),
  invitationsSent: z.array(ExportedInvitation).describe('Without the address of whoever was invited'),
  events: z.array(Event).describe('Every event about you, oldest first'),
});

export const MyDataExport = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    exportedAt: z.iso.datetime(),
    account: ExportedAccount,
    identities: z
      .array(ExportedIdentity)
      .describe('External OpenID Connect identities linked to the account'),
    sessions: z.array(ExportedSession),
    memberships: z.array(ExportedMembership).describe('Every collective you belong or belonged to'),
  })
  .meta({
    id: 'MyDataExport',
    description:
      'Everything the service holds about you. Other members appear only by id; nothing of their private data is included.',
  });
export type MyDataExport = z.infer<typeof MyDataExport>;
export type ExportedMembership = z.infer<typeof ExportedMembership>;
