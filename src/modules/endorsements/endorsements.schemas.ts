import { z } from 'zod';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { isoDate } from '../../http/schemas.js';
import { skillList } from '../../http/skills.js';
import { text } from '../../http/text.js';

export const RelationshipKind = z.enum([
  'worked_together',
  'client_of',
  'hired_them',
  'mentored',
  'met_informally',
]);
/** A YYYY-MM-DD date; when absent, the message says what the field is for. */
const requiredDate = (what: string) =>
  isoDate({
    error: (issue) =>
      issue.input === undefined ? `required: ${what} (YYYY-MM-DD)` : 'must be a date as YYYY-MM-DD',
  });

export const EndorsementParams = z.object({ collectiveId: z.uuid(), endorsementId: z.uuid() });

const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? `required: ${what}` : undefined),
});

export const WorkedExample = z
  .strictObject(
    {
      title: text({ max: 200, trim: true, min: 3, ...required('a short title for the piece of work') }),
      description: text({
        max: 5_000,
        trim: true,
        kind: 'multiline',
        ...required('what the endorsee did, in at least 80 characters and 12 words'),
      }).describe('What the endorsee did: at least 80 characters and 12 words of real text'),
      endorseeRole: text({
        max: 200,
        trim: true,
        min: 2,
        ...required('the role the endorsee had in this work'),
      }),
      outcome: text({
        max: 2_000,
        trim: true,
        min: 3,
        kind: 'multiline',
        ...required('the result for the client'),
      }),
      startedOn: requiredDate('when the work started').describe('YYYY-MM-DD'),
      endedOn: requiredDate('when the work ended')
        .optional()
        .describe('YYYY-MM-DD, not before startedOn, not in the future'),
      evidenceUrls: z
        .array(
          text({
            max: 2_000,
            format: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }),
          }),
        )
        .max(5)
        .optional(),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'required: a worked example { title, description, endorseeRole, outcome, startedOn } — an endorsement without a concrete example is not accepted'
          : undefined,
    },
  )
  .meta({ id: 'WorkedExample' });
export type WorkedExample = z.infer<typeof WorkedExample>;

export const CreateEndorsementBody = z
  .strictObject({
    skills: skillList(10, { error: 'required: the skills you vouch for (1 to 10)' }).refine(
      (skills) => skills.length >= 1,
      'name at least one skill',
    ),
    relationship: z.strictObject(
      {
        kind: z.enum(RelationshipKind.options, {
          error: `required: how you know them, one of ${RelationshipKind.options.join(', ')}`,
        }),
        since: requiredDate('since when you have known them'),
      },
      {
        error: (issue) =>
          issue.input === undefined ? 'required: how you know them { kind, since }' : undefined,
      },
    ),
    example: WorkedExample,
    referralId: z
      .uuid()
      .optional()
      .describe('The handoff that produced this work: the endorsement is then verified'),
  })
  .meta({
    id: 'CreateEndorsement',
    examples: [
      {
        skills: ['ux-research', 'Service Design'],
        relationship: { kind: 'worked_together', since: '2021-03-01' },
        example: {
          title: 'Onboarding research for a regional bank',
          description:
            'Anna planned and ran twelve interviews with new customers, synthesised the findings into four journeys, and walked the product team through the three changes that mattered most.',
          endorseeRole: 'Lead researcher',
          outcome: 'Onboarding drop-off fell from 38% to 21% within two releases.',
          startedOn: '2023-01-09',
          endedOn: '2023-03-31',
          evidenceUrls: ['https://example.com/case-study'],
        },
      },
    ],
  });
export type CreateEndorsementBody = z.infer<typeof CreateEndorsementBody>;

export const Endorsement = z
  .object({
    id: z.uuid(),
    endorserId: z.uuid(),
    endorseeId: z.uuid(),
    skills: z.array(z.string()),
    relationship: z.object({ kind: RelationshipKind, since: z.string() }),
    example: z.object({
      title: z.string(),
      description: z.string(),
      endorseeRole: z.string(),
      outcome: z.string(),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
      evidenceUrls: z.array(z.string()),
    }),
    referralId: z.uuid().nullable(),
    verifiedByHandoff: z.boolean(),
    status: z.enum(['active', 'retracted']),
    hidden: z.boolean().describe('Hidden by the endorsee from their profile; still on record'),
    createdAt: z.iso.datetime(),
    retractedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Endorsement' });
export type Endorsement = z.infer<typeof Endorsement>;

export const EndorsementPage = pageOf(Endorsement).meta({ id: 'EndorsementPage' });

export const ListEndorsementsQuery = PageQuery.extend({
  direction: z.enum(['received', 'given']).default('received'),
  includeRetracted: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
}).strict();
export type ListEndorsementsQuery = z.infer<typeof ListEndorsementsQuery>;

export const CredentialEnvelope = z
  .object({
    format: z.literal('vc+jwt'),
    credential: z.string().describe('Compact JWS whose `vc` claim is an Open Badges 3.0 OpenBadgeCredential'),
  })
  .meta({ id: 'EndorsementCredential' });

export const VerifyCredentialBody = z.strictObject({ credential: text({ max: 20_000, min: 1 }) }).meta({
  id: 'VerifyCredential',
  examples: [{ credential: 'eyJhbGciOiJSUzI1NiIsImtpZCI6Ii4uLiJ9.eyJ2YyI6e319.c2lnbmF0dXJl' }],
});

export const CredentialVerification = z
  .object({
    valid: z.boolean().describe('True only for an untampered credential of an active endorsement'),
    status: z.enum(['active', 'retracted', 'invalid', 'unknown']),
    endorsementId: z.uuid().optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'CredentialVerification' });
export type CredentialVerification = z.infer<typeof CredentialVerification>;

export const CredentialStatusParams = z.object({ collectiveId: z.uuid(), endorsementId: z.uuid() });
export const CredentialStatus = z
  .object({
    id: z.string(),
    endorsementId: z.uuid(),
    status: z.enum(['active', 'retracted']),
    retractedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CredentialStatus' });

export const CredentialKeyParams = z.object({
  kid: text({ max: 128, min: 1 })
    .regex(/^[\w-]+$/, 'must be a key thumbprint')
    .describe('The key’s JWK thumbprint (RFC 7638), the last segment of a credential’s `kid` URL'),
});
export const CredentialKey = z
  .object({
    kty: z.string(),
    kid: z.string(),
    alg: z.string(),
    use: z.string(),
    n: z.string().optional(),
    e: z.string().optional(),
  })
  .meta({ id: 'CredentialKey', description: 'A public JWK (never a private part)' });

export const RevocationListParams = z.object({
  collectiveId: z.uuid(),
  memberId: z.uuid().describe('The issuer: the endorser whose credentials the list covers'),
});
export const RevocationList = z
  .object({
    id: z.string().describe('The URL of this list: the `credentialStatus.id` of the issuer’s credentials'),
    issuer: z.string().describe('The issuer profile (the endorser)'),
    revokedCredentials: z.array(
      z.object({
        id: z.string().describe('The `id` of a revoked credential'),
        revocationReason: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'RevocationList', description: '1EdTech Revocation List Status Method' });
