import { z } from 'zod';
import { Money } from '../../http/money.js';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { text } from '../../http/text.js';

export const ReferralStatus = z.enum(['offered', 'accepted', 'declined']);
export const ReferralOutcome = z.enum(['won', 'lost', 'no_response', 'withdrawn']);

export const ReferralParams = z.object({ collectiveId: z.uuid(), referralId: z.uuid() });

export const CreateReferralBody = z
  .strictObject({
    toMemberId: z.uuid(),
    note: text({ max: 2_000, trim: true, min: 1, kind: 'multiline' }).describe('Why them'),
  })
  .meta({
    id: 'CreateReferral',
    examples: [
      {
        toMemberId: '2f1c3a9e-8d4b-4c6a-9e1f-3b5d7a9c1e2f',
        note: 'Ben has done exactly this twice, and the client liked working with him.',
      },
    ],
  });
export type CreateReferralBody = z.infer<typeof CreateReferralBody>;

export const OutcomeBody = z
  .strictObject({
    outcome: ReferralOutcome,
    value: Money.optional().describe('Private: visible only to giver and recipient, never aggregated'),
    note: text({ max: 2_000, trim: true, kind: 'multiline' }).optional(),
  })
  .meta({
    id: 'ReferralOutcomeBody',
    examples: [
      { outcome: 'won', value: { amount: 640000, currency: 'EUR' }, note: 'Eight weeks, two markets.' },
    ],
  });
export type OutcomeBody = z.infer<typeof OutcomeBody>;

export const ThanksBody = z
  .strictObject({ message: text({ max: 2_000, trim: true, min: 1, kind: 'multiline' }) })
  .meta({ id: 'ThanksBody', examples: [{ message: 'Thank you, Ada: a lovely client.' }] });

export const Referral = z
  .object({
    id: z.uuid(),
    jobId: z.uuid(),
    fromMemberId: z.uuid(),
    toMemberId: z.uuid(),
    note: z.string(),
    status: ReferralStatus,
    outcome: ReferralOutcome.nullable(),
    outcomeNote: z.string().nullable(),
    value: z
      .object({ amount: z.number().int(), currency: z.string() })
      .nullable()
      .describe('Private to giver and recipient'),
    thanks: z.object({ message: z.string(), thankedAt: z.iso.datetime() }).nullable(),
    createdAt: z.iso.datetime(),
    respondedAt: z.iso.datetime().nullable(),
    outcomeAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Referral' });
export type Referral = z.infer<typeof Referral>;

export const ReferralPage = pageOf(Referral).meta({ id: 'ReferralPage' });
export const ListReferralsQuery = PageQuery.extend({
  direction: z.enum(['given', 'received']).default('received'),
  status: ReferralStatus.optional(),
}).strict();
export type ListReferralsQuery = z.infer<typeof ListReferralsQuery>;
