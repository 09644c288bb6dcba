import { z } from 'zod';
import { ValidationFailed } from './errors.js';
import { isoDateTime } from './schemas.js';
import { text } from './text.js';

/** `?limit=` (1..100, default 20) and `&cursor=`, shared by every list. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: text({ max: 512, min: 1 }).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Cursors are opaque to clients: the sort key of the last item, base64url-encoded JSON.
 * Lists order by a unique key (e.g. created_at, id), so pages are stable under inserts.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor<T>(cursor: string | undefined, shape: z.ZodType<T>): T | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const checked = shape.safeParse(parsed);
  if (!checked.success) {
    throw new ValidationFailed([
      { pointer: '/cursor', detail: 'is not a cursor from this list', location: 'query' },
    ]);
  }
  return checked.data;
}

const TimeIdKey = z.tuple([isoDateTime(), z.uuid()]);
const SeqKey = z.tuple([z.number().int().positive()]);

/** The `(timestamp, id)` key of a list ordered that way; a cursor of any other shape is a 400. */
export function decodeTimeIdCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  const key = decodeCursor(cursor, TimeIdKey);
  return key && { at: key[0], id: key[1] };
}

/** The sequence-number key of a list ordered by a bigserial. */
export function decodeSeqCursor(cursor: string | undefined): number | undefined {
  return decodeCursor(cursor, SeqKey)?.[0];
}

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only tells that another
 * page exists.
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
  keyOf: (row: R) => (string | number)[],
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
