import { z } from 'zod';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { text } from '../../http/text.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export const InvitationStatus = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const InvitationParams = z.object({ collectiveId: z.uuid(), invitationId: z.uuid() });

export const CreateInvitationBody = z
  .strictObject({
    email: text({ max: 254, format: z.email() })
      .optional()
      .describe('Who the invitation is for (for your records)'),
    note: text({ max: 1_000, trim: true, kind: 'multiline' })
      .optional()
      .describe('A note for the person invited'),
  })
  .meta({
    id: 'CreateInvitation',
    examples: [{ email: 'ben@example.com', note: 'Ben is the researcher I mentioned.' }],
  });
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

export const Invitation = z
  .object({
    id: z.uuid(),
    email: z.string().nullable(),
    note: z.string().nullable(),
    status: InvitationStatus.describe(
      '`revoked` also when the member who sent it is no longer active: it stops working with them',
    ),
    createdBy: z.uuid().describe('The member who invited'),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    acceptedAt: z.iso.datetime().nullable(),
    acceptedBy: z.uuid().nullable().describe('The member who joined through it'),
    revokedAt: z.iso
      .datetime()
      .nullable()
      .describe('When it was revoked, or when the member who sent it left or was removed'),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const CreatedInvitation = Invitation.extend({
  token: z.string().describe('The one-time secret to pass to the person invited; shown only here'),
}).meta({ id: 'CreatedInvitation' });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const InvitationPage = pageOf(Invitation).meta({ id: 'InvitationPage' });

export const ListInvitationsQuery = PageQuery.extend({
  status: InvitationStatus.optional(),
}).strict();
export type ListInvitationsQuery = z.infer<typeof ListInvitationsQuery>;

export const AcceptInvitationBody = z
  .strictObject({ token: text({ max: 200, min: 1 }).describe('The token from createInvitation') })
  .meta({ id: 'AcceptInvitation', examples: [{ token: 'inv_5Kq2mX9pL4vR7tB1nC8dF3gH6jW0zY2a' }] });
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;
