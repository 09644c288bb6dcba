import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type pg from 'pg';
import type { Db } from './client.js';

/** Arbitrary constant: one advisory lock serialises migrations across API instances. */
const MIGRATION_LOCK_KEY = 724_100_001;

/**
 * The committed `drizzle/` folder, found from this file whether it runs from `src/` (tsx) or
 * from `dist/src/` (compiled).
 */
export function migrationsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    const candidate = path.join(dir, 'drizzle');
    if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('migrations folder drizzle/ not found');
}

/**
 * Applies every pending migration. Used by start-up, `npm run db:migrate`, the compose
 * `migrate` service and the test harness, so all of them run exactly the same SQL.
 */
export async function migrateDatabase(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: migrationsFolder() });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** The creation time of the newest committed migration, as drizzle records it once applied. */
export function latestMigrationMillis(): number {
  const migrations = readMigrationFiles({ migrationsFolder: migrationsFolder() });
  return Math.max(0, ...migrations.map((m) => m.folderMillis));
}

/**
 * True when the newest committed migration has been applied. Throws when the database cannot
 * be reached, so readiness can tell "down" from "not migrated".
 */
export async function migrationsApplied(db: Db, latestMillis: number): Promise<boolean> {
  const tableExists = await db.execute<{ exists: boolean }>(
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS exists`,
  );
  if (tableExists.rows[0]?.exists !== true) return latestMillis === 0;
  const result = await db.execute<{ latest: string | null }>(
    sql`SELECT max(created_at)::text AS latest FROM drizzle.__drizzle_migrations`,
  );
  const latest = Number(result.rows[0]?.latest ?? 0);
  return latest >= latestMillis;
}
