import { sql, type SQL } from 'drizzle-orm';

/**
 * A web-search style query (`websearch_to_tsquery`: quoted phrases, OR, -word) parsed with the
 * collective's text search configuration, so it meets the rows' vectors in that language. The
 * configuration comes from a scalar subquery, a constant for the planner: GIN indexes apply.
 */
export function collectiveTsQuery(collectiveId: string, text: string): SQL {
  return sql`websearch_to_tsquery((SELECT text_search FROM collectives WHERE id = ${collectiveId}), ${text})`;
}
