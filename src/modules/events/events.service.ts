import type { Db, DbOrTx } from '../../db/client.js';
import { decodeSeqCursor, toPage, type Page, type PageQuery } from '../../http/pagination.js';
import { isAdmin, requireMember } from '../access/index.js';
import { insertEvents, listEvents, type EventRow } from './events.repository.js';
import type { Event } from './events.schemas.js';

export interface EventInput {
  collectiveId: string;
  type: string;
  actorMemberId: string | null;
  subject: { type: string; id: string };
  /** Members this event is about; they see it in their own event list. The actor is added. */
  aboutMemberIds?: string[];
  /** Visible to every member (e.g. a job posted to the collective). */
  public?: boolean;
  data?: Record<string, unknown>;
}

/** Appends events; call with the transaction that makes the change they record. */
export async function recordEvents(tx: DbOrTx, inputs: EventInput[]): Promise<void> {
  await insertEvents(
    tx,
    inputs.map((e) => ({
      collectiveId: e.collectiveId,
      type: e.type,
      actorMemberId: e.actorMemberId,
      subjectType: e.subject.type,
      subjectId: e.subject.id,
      aboutMemberIds: [
        ...new Set([...(e.aboutMemberIds ?? []), ...(e.actorMemberId ? [e.actorMemberId] : [])]),
      ],
      public: e.public ?? false,
      data: e.data ?? {},
    })),
  );
}

export function recordEvent(tx: DbOrTx, input: EventInput): Promise<void> {
  return recordEvents(tx, [input]);
}

export function toEvent(row: EventRow): Event {
  return {
    id: row.id,
    type: row.type,
    actorMemberId: row.actorMemberId,
    subject: { type: row.subjectType, id: row.subjectId },
    data: row.data,
    createdAt: row.createdAt.toISOString(),
  };
}

export function createEventsService(db: Db) {
  return {
    /** Admins see every event of the collective; members those about them and public ones. */
    async list(accountId: string, collectiveId: string, query: PageQuery): Promise<Page<Event>> {
      const membership = await requireMember(db, collectiveId, accountId);
      const beforeSeq = decodeSeqCursor(query.cursor);
      const rows = await listEvents(db, {
        collectiveId,
        viewerMemberId: isAdmin(membership) ? null : membership.memberId,
        ...(beforeSeq === undefined ? {} : { beforeSeq }),
        limit: query.limit,
      });
      return toPage(rows, query.limit, toEvent, (row) => [row.seq]);
    },
  };
}
export type EventsService = ReturnType<typeof createEventsService>;
