import type { Db, DbOrTx } from '../../db/client.js';
import { ValidationFailed } from '../../http/errors.js';
import { decodeSeqCursor, toPage, type Page, type PageQuery } from '../../http/pagination.js';
import { isAdmin, requireMember } from '../access/index.js';
import {
  eventsAfter,
  insertEvents,
  latestPosition,
  listEvents,
  positionOf,
  type EventRow,
  type NewEventRow,
  type StreamPosition,
} from './events.repository.js';
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

/**
 * The events that land in the inbox of each member they are about, other than the one who
 * acted: a job passed to them, their referral accepted, declined, its outcome recorded or
 * thanked, an endorsement given or retracted, a fit note on their job.
 */
export const NOTIFYING_TYPES = [
  'referral.offered',
  'referral.accepted',
  'referral.declined',
  'referral.outcome_recorded',
  'referral.thanked',
  'endorsement.given',
  'endorsement.retracted',
  'interest.expressed',
  'interest.updated',
] as const;

/**
 * Appends events, with their inbox and webhook outbox rows; call with the transaction that
 * makes the change they record.
 */
export async function recordEvents(tx: DbOrTx, inputs: EventInput[]): Promise<void> {
  await insertEvents(tx, inputs.map(toEventRow), NOTIFYING_TYPES);
}

/** The row an event is stored as: its actor is always among the members it is about. */
export function toEventRow(e: EventInput): NewEventRow {
  return {
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
  };
}

export function recordEvent(tx: DbOrTx, input: EventInput): Promise<void> {
  return recordEvents(tx, [input]);
}

/** An event as every reader gets it: the API, the inbox, the stream and webhook payloads. */
export function toEvent(row: EventRow): Event {
  return {
    id: row.id,
    seq: row.seq,
    type: row.type,
    actorMemberId: row.actorMemberId,
    subject: { type: row.subjectType, id: row.subjectId },
    data: row.data,
    createdAt: row.createdAt.toISOString(),
  };
}

const STREAM_BATCH = 200;

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

    /**
     * Where a live stream starts: after the event a reconnecting client last got
     * (Last-Event-ID), or at the newest event. The caller must be an active member.
     */
    async streamStart(
      accountId: string,
      collectiveId: string,
      lastEventId: number | undefined,
    ): Promise<StreamPosition> {
      await requireMember(db, collectiveId, accountId);
      if (lastEventId === undefined) return latestPosition(db, collectiveId);
      const position = await positionOf(db, { collectiveId, seq: lastEventId });
      if (!position) {
        throw new ValidationFailed([
          {
            pointer: '/last-event-id',
            detail: 'is not the id of an event of this collective',
            location: 'header',
          },
        ]);
      }
      return position;
    },

    /**
     * The events after a stream position that the caller may see, and the position after
     * everything read. Membership is checked every time: a member who leaves stops receiving.
     */
    async streamNext(
      accountId: string,
      collectiveId: string,
      after: StreamPosition,
    ): Promise<{ events: Event[]; position: StreamPosition; more: boolean }> {
      const membership = await requireMember(db, collectiveId, accountId);
      const rows = await eventsAfter(db, {
        collectiveId,
        viewerMemberId: isAdmin(membership) ? null : membership.memberId,
        after,
        limit: STREAM_BATCH,
      });
      const last = rows.at(-1);
      return {
        events: rows.filter((row) => row.visible).map(toEvent),
        position: last ? { xid: last.xid, seq: last.seq } : after,
        more: rows.length === STREAM_BATCH,
      };
    },
  };
}
export type EventsService = ReturnType<typeof createEventsService>;
