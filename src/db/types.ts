import { sql, type SQL } from 'drizzle-orm';
import { customType, type AnyPgColumn } from 'drizzle-orm/pg-core';

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

/*
 * Columns read in a form that is cheap to parse, for hot reads of many rows. Parsing a row is a
 * large part of a list's cost (bench/README.md, "bench:api"): drizzle turns PostgreSQL's text of
 * a timestamptz into a Date (the Date constructor's slow path for that format, about 2 µs) that
 * a mapping turns back into text, and pg parses a text[] in JavaScript a character at a time
 * (about 3 µs for five skills, JSON.parse 0.6 µs). PostgreSQL's side barely moves: writing an
 * instant in UTC costs what writing the timestamptz did (0.3 µs), to_json of a text[] 0.95 µs
 * against 0.6 µs for its usual text.
 */

/** `2026-12-01 10:00:00.123` less 19 characters -> what makes it `toISOString`'s text. */
const FRACTION_PAD = ['.000', undefined, '00', '0', ''];

/**
 * PostgreSQL's text of an instant in UTC (`timestamp` in DateStyle ISO, PostgreSQL's default:
 * `2026-12-01 10:00:00.12`, up to three fraction digits, trailing zeros dropped) as
 * `Date#toISOString` writes the instant (`2026-12-01T10:00:00.120Z`). Any other shape (a
 * fourth fraction digit, a year past 9999) goes the way drizzle reads a timestamptz.
 */
export function isoFromUtcText(text: string): string {
  const pad = text.charCodeAt(10) === 32 ? FRACTION_PAD[text.length - 19] : undefined;
  if (pad === undefined) return new Date(`${text}+00`).toISOString();
  return `${text.slice(0, 10)}T${text.slice(11)}${pad}Z`;
}

type Nullable<C extends AnyPgColumn, T> = C['_']['notNull'] extends true ? T : T | null;

/**
 * A timestamptz column (precision 3 or less) as its instant's ISO 8601 text, as `toISOString`
 * writes it, whatever the session's time zone (to_char, which would write it whole, was
 * measured at 0.1 to 0.2 ms a page). Named `as` (for a subquery), a name no table of the
 * statement has: a query around the subquery names it unqualified.
 */
export function isoInstant<C extends AnyPgColumn>(column: C, as: string): SQL.Aliased<Nullable<C, string>> {
  return sql<Nullable<C, string>>`(${column} at time zone 'UTC')`.mapWith(isoFromUtcText).as(as);
}

/** A NOT NULL text[] column as JSON, which pg hands to JSON.parse. Named `as`, as isoInstant is. */
export function jsonTextArray(column: AnyPgColumn, as: string) {
  return sql<string[]>`to_json(${column})`.as(as);
}
