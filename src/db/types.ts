import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL full-text search vector; only ever written by generated columns. */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});
