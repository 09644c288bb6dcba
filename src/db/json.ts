import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * Response JSON written by PostgreSQL, for the hot lists: a page's items arrive as one text
 * field each instead of a field per column, and are sent as they come. Parsing every column
 * of every row (text arrays, timestamps), mapping the rows, and serializing the objects again
 * were about a third of the app's busy time on listMembers and listJobs (bench/README.md,
 * "bench:api"). The shapes built with these helpers are the response schemas' own, tested
 * against the objects the single-item routes answer with.
 */

/** An instant as `Date.prototype.toISOString` writes it (UTC, milliseconds, `Z`); null stays null. */
export function isoInstant(column: Column | SQL): SQL {
  return sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * A JSON object with these properties in this order, written compactly (`row_to_json`, where
 * `json_build_object` would put spaces around every colon).
 */
export function jsonObject(properties: Record<string, Column | SQL>): SQL {
  const columns = Object.entries(properties).map(([name, value]) => sql`${value} AS ${sql.identifier(name)}`);
  return sql`(SELECT row_to_json(o) FROM (SELECT ${sql.join(columns, sql`, `)}) o)`;
}

/** A JSON object as text, so the driver hands it over unparsed (it parses `json` values). */
export function jsonText(object: SQL): SQL<string> {
  return sql<string>`(${object})::text`;
}
