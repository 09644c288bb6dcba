import type { Db } from '../../db/client.js';
import { ValidationFailed } from '../../http/errors.js';
import { decodeSeqCursor, toPage, type Page } from '../../http/pagination.js';
import { requireMember } from '../access/index.js';
import { toEvent } from '../events/index.js';
import {
  listNotifications,
  markRead,
  notificationSeq,
  type EventRow,
  type NotificationRow,
} from './notifications.repository.js';
import type { ListNotificationsQuery, MarkReadBody, Notification } from './notifications.schemas.js';

function toNotification({
  notification,
  event,
}: {
  notification: NotificationRow;
  event: EventRow;
}): Notification {
  return {
    id: notification.id,
    type: notification.type,
    event: toEvent(event),
    readAt: notification.readAt?.toISOString() ?? null,
    createdAt: notification.createdAt.toISOString(),
  };
}

/**
 * A member's inbox: the events that concern them (events.service.ts, NOTIFYING_TYPES), each
 * written in the transaction of its event. Only events about the member are ever in it, so it
 * shows nothing `listEvents` would not show them.
 */
export function createNotificationsService(db: Db, now: () => Date) {
  return {
    async list(
      accountId: string,
      collectiveId: string,
      query: ListNotificationsQuery,
    ): Promise<Page<Notification>> {
      const { memberId } = await requireMember(db, collectiveId, accountId);
      const rows = await listNotifications(db, {
        collectiveId,
        memberId,
        unread: query.unread ?? false,
        beforeSeq: decodeSeqCursor(query.cursor),
        limit: query.limit,
      });
      return toPage(rows, query.limit, toNotification, (row) => [row.notification.eventSeq]);
    },

    /** `ids`, and `upTo` with every older one; neither means all. Marking twice changes nothing. */
    async markRead(accountId: string, collectiveId: string, body: MarkReadBody): Promise<void> {
      const { memberId } = await requireMember(db, collectiveId, accountId);
      const member = { collectiveId, memberId, now: now() };
      const ids = body?.ids;
      const upTo = body?.upTo;
      let upToSeq: number | undefined;
      if (upTo !== undefined) {
        upToSeq = await notificationSeq(db, { collectiveId, memberId, id: upTo });
        if (upToSeq === undefined) {
          throw new ValidationFailed([
            { pointer: '/upTo', detail: 'is not one of your notifications', location: 'body' },
          ]);
        }
      }
      if (ids === undefined && upToSeq === undefined) await markRead(db, member);
      if (ids !== undefined) await markRead(db, { ...member, ids });
      if (upToSeq !== undefined) await markRead(db, { ...member, upToSeq });
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
