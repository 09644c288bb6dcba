import { randomBytes, randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { migrateDatabase, migrationsFolder } from '../../src/db/migrate.js';
import { withDatabase } from '../support/global-setup.js';

/**
 * Migrations that change existing rows, checked on rows written before them: a database is
 * migrated up to the migration before, given rows in the old shape, then migrated to the end.
 */
let admin: pg.Client;
let pool: pg.Pool;
let folderBefore: string;

/** A copy of drizzle/ whose journal stops before the migration tagged `tag`. */
async function migrationsBefore(tag: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rx-migrations-'));
  await cp(migrationsFolder(), folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(index).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, index);
  await writeFile(journalPath, JSON.stringify(journal));
  return folder;
}

beforeAll(async () => {
  const name = `${inject('databasePrefix')}_migrations_${randomBytes(4).toString('hex')}`;
  admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  pool = new pg.Pool({ connectionString: withDatabase(inject('adminDatabaseUrl'), name), max: 2 });
  folderBefore = await migrationsBefore('0006_refresh_token_family_start');
  const client = await pool.connect();
  try {
    await migrate(drizzle({ client }), { migrationsFolder: folderBefore });
  } finally {
    client.release();
  }
});
afterAll(async () => {
  await pool.end();
  await admin.end();
  await rm(folderBefore, { recursive: true, force: true });
});

describe('0006_refresh_token_family_start', () => {
  it('gives every existing refresh token the time of its family’s first token (the sign-in)', async () => {
    const day = 24 * 3600 * 1000;
    const signIn = Date.UTC(2026, 5, 1, 9, 30, 0, 123);
    const otherSignIn = signIn + 3 * day;
    const { rows } = await pool.query<{ id: string }>(
      "INSERT INTO accounts (email, name) VALUES ('old@example.test', 'Old') RETURNING id",
    );
    const accountId = rows[0]!.id;
    const [family, other] = [randomUUID(), randomUUID()];
    // One family rotated twice, created out of order; another with a single token.
    const tokens: [string, number][] = [
      [family, signIn + 20 * day],
      [family, signIn],
      [family, signIn + 10 * day],
      [other, otherSignIn],
    ];
    for (const [familyId, createdAt] of tokens) {
      await pool.query(
        `INSERT INTO refresh_tokens (account_id, family_id, token_hash, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [accountId, familyId, randomUUID(), new Date(createdAt), new Date(createdAt + 30 * day)],
      );
    }

    await migrateDatabase(pool);

    const migrated = await pool.query<{ family_id: string; family_started_at: Date }>(
      'SELECT family_id, family_started_at FROM refresh_tokens ORDER BY created_at',
    );
    expect(migrated.rows.map((r) => [r.family_id, r.family_started_at.getTime()])).toEqual([
      [family, signIn],
      [other, otherSignIn],
      [family, signIn],
      [family, signIn],
    ]);
    const column = await pool.query<{ is_nullable: string }>(
      `SELECT is_nullable FROM information_schema.columns
       WHERE table_name = 'refresh_tokens' AND column_name = 'family_started_at'`,
    );
    expect(column.rows).toEqual([{ is_nullable: 'NO' }]);
  });
});
