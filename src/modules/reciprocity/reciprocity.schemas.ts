import { z } from 'zod';

export const WINDOWS = { '30d': 30, '90d': 90, '365d': 365, all: null } as const;
export const Window = z.enum(['30d', '90d', '365d', 'all']);
export type Window = z.infer<typeof Window>;

export const WindowQuery = z.strictObject({ window: Window.default('90d') });

export const Contribution = z
  .object({
    memberId: z.uuid(),
    window: Window,
    given: z.number().int().describe('Referrals this member passed to the network'),
    received: z.number().int().describe('Referrals this member received from the network'),
    distinctRecipients: z.number().int(),
    distinctGivers: z.number().int(),
    accepted: z.number().int().describe('Referrals received and accepted'),
    won: z.number().int().describe('Referrals received whose outcome was won'),
    givenAccepted: z.number().int().describe('Referrals given that the recipient accepted'),
    givenWon: z.number().int().describe('Referrals given whose outcome was won'),
    endorsementsGiven: z.number().int().describe('Active (not retracted) endorsements given'),
    endorsementsReceived: z.number().int(),
    lastGivenAt: z.iso.datetime().nullable(),
    lastReceivedAt: z.iso.datetime().nullable(),
  })
  .meta({
    id: 'Contribution',
    description:
      'What one member gave to and received from the network as a whole; never a balance with anyone.',
  });
export type Contribution = z.infer<typeof Contribution>;

export const Reciprocity = z
  .object({
    window: Window,
    referrals: z.number().int().describe('Referrals passed in the window'),
    activeMembers: z.number().int(),
    giverShare: z.number().min(0).max(1).describe('Share of active members who gave at least one referral'),
    receiverShare: z.number().min(0).max(1).describe('Share of active members who received at least one'),
    giniReceived: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe(
        'Gini coefficient of referrals received over active members (0 even, 1 concentrated); null without referrals',
      ),
    directSwapShare: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe(
        'Share of referrals A->B where B had referred to A in the 90 days before (high means horse-trading)',
      ),
    medianDaysToFirstReferral: z
      .number()
      .nullable()
      .describe(
        'Median days from joining to the first referral received, over members first served in the window',
      ),
  })
  .meta({ id: 'Reciprocity', description: 'Health of the flow of work in the whole collective.' });
export type Reciprocity = z.infer<typeof Reciprocity>;
