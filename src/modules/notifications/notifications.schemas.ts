import { z } from 'zod';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { Event } from '../events/index.js';

export const Notification = z
  .object({
    id: z.uuid(),
    type: z.string().describe('The event type, e.g. referral.offered'),
    event: Event,
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const NotificationPage = pageOf(Notification).meta({ id: 'NotificationPage' });

export const ListNotificationsQuery = PageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only those not read yet'),
}).strict();
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;

export const MarkReadBody = z
  .strictObject({
    ids: z.array(z.uuid()).min(1).max(100).optional().describe('These notifications'),
    upTo: z.uuid().optional().describe('This notification and every older one'),
  })
  .nullish()
  .describe('Neither field (or no body): every notification')
  .meta({ id: 'MarkNotificationsRead', examples: [{ upTo: '00000000-0000-4000-8000-000000000000' }] });
export type MarkReadBody = z.infer<typeof MarkReadBody>;
