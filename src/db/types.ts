import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL full-text search vector; only ever written by generated columns. */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** A text search configuration (stemmer, stop words, accent folding), by name: `rx_german`. */
const regconfig = customType<{ data: string }>({
  dataType: () => 'regconfig',
});

/**
 * The text search configuration a row's search vector is built with: its collective's
 * (copied on insert by a trigger, rewritten in batches when the collective's language
 * changes; drizzle/0007_collective_language.sql). `rx_english` until then.
 */
export const textSearchColumn = () =>
  regconfig()
    .notNull()
    .default(sql`'rx_english'::regconfig`);
