import { z } from 'zod';
import { pageOf, PageQuery } from '../../http/pagination.js';

export const Event = z
  .object({
    id: z.uuid(),
    seq: z
      .number()
      .int()
      .positive()
      .describe(
        'Sequence number in the event log: the order of listEvents, the `id` of the event in the live stream',
      ),
    type: z.string().describe('e.g. member.joined, job.posted, referral.accepted'),
    actorMemberId: z.uuid().nullable(),
    subject: z.object({ type: z.string(), id: z.uuid() }),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Event' });
export type Event = z.infer<typeof Event>;

export const EventPage = pageOf(Event).meta({ id: 'EventPage' });
export const ListEventsQuery = PageQuery.strict();
