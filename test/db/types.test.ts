import { sql } from 'drizzle-orm';
import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoFromUtcText, isoInstant, jsonTextArray } from '../../src/db/types.js';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * The cheap-to-parse reads of src/db/types.ts must give exactly what the ordinary reads give
 * once mapped: `toISOString` of the instant, and the array itself.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const samples = pgTable('type_samples', {
  id: serial().primaryKey(),
  at: timestamp({ withTimezone: true, precision: 3 }),
  words: text().array().notNull(),
});

/** Writes the rows into a table of this transaction alone and reads them back the cheap way. */
async function roundTrip(rows: { at: Date | null; words: string[] }[]) {
  return t.db.transaction(async (tx) => {
    // Another session time zone than UTC: the instants must not depend on it.
    await tx.execute(sql`SET LOCAL TIME ZONE 'Asia/Kathmandu'`);
    await tx.execute(
      sql`CREATE TEMP TABLE type_samples (id serial PRIMARY KEY, at timestamptz(3), words text[] NOT NULL) ON COMMIT DROP`,
    );
    await tx.insert(samples).values(rows);
    return tx
      .select({ at: isoInstant(samples.at, 'at_utc'), words: jsonTextArray(samples.words, 'words_json') })
      .from(samples)
      .orderBy(samples.id);
  });
}

describe('isoInstant', () => {
  it("reads any instant as toISOString writes it, whatever the session's time zone", async () => {
    const instants = fc.date({
      min: new Date('1000-01-01T00:00:00.000Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    });
    const dates = [
      ...fc.sample(instants, 300),
      new Date('2026-12-01T10:00:00.000Z'),
      new Date('2026-12-01T10:00:00.100Z'),
      new Date('2026-12-01T10:00:00.120Z'),
      new Date('2026-12-01T10:00:00.123Z'),
    ];
    const rows = await roundTrip(dates.map((at) => ({ at, words: [] })));
    expect(rows.map((row) => row.at)).toEqual(dates.map((at) => at.toISOString()));
  });

  it('reads null as null', async () => {
    expect(await roundTrip([{ at: null, words: [] }])).toEqual([{ at: null, words: [] }]);
  });

  it('reads shapes other than three fraction digits or fewer as drizzle reads them', () => {
    expect(isoFromUtcText('2026-12-01 10:00:00')).toBe('2026-12-01T10:00:00.000Z');
    expect(isoFromUtcText('2026-12-01 10:00:00.5')).toBe('2026-12-01T10:00:00.500Z');
    expect(isoFromUtcText('2026-12-01 10:00:00.123456')).toBe(
      new Date('2026-12-01 10:00:00.123456+00').toISOString(),
    );
  });
});

describe('jsonTextArray', () => {
  it('reads any text array as it was written', async () => {
    // PostgreSQL refuses U+0000 in text; everything else, quotes, braces and backslashes included.
    const word = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((w) => !w.includes('\u0000'));
    const arrays = [
      ...fc.sample(fc.array(word, { maxLength: 6 }), 200),
      [],
      ['', '"', '\\', '{a,b}', 'NULL'],
    ];
    const rows = await roundTrip(arrays.map((words) => ({ at: null, words })));
    expect(rows.map((row) => row.words)).toEqual(arrays);
  });
});
