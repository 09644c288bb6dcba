import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';

describe('embedded PostgreSQL', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('keeps its data across a stop and a start, and never logs the password', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-embedded-'));
    dirs.push(dataDir);
    let logged = '';
    const logger = pino(
      { level: 'trace' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logged += chunk.toString();
          done();
        },
      }),
    );

    const first = await startEmbeddedPostgres({ dataDir, logger });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE kept (value text)');
    await client.query("INSERT INTO kept VALUES ('still here')");
    await client.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, logger });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    const { rows } = await again.query<{ value: string }>('SELECT value FROM kept');
    const version = await again.query<{ server_version: string }>('SHOW server_version');
    await again.end();
    await second.stop();

    expect(rows).toEqual([{ value: 'still here' }]);
    expect(Number(version.rows[0]?.server_version.split('.')[0])).toBeGreaterThanOrEqual(18);
    const { password } = JSON.parse(await readFile(path.join(dataDir, 'embedded-postgres.json'), 'utf8')) as {
      password: string;
    };
    expect(password.length).toBeGreaterThan(20);
    expect(logged).not.toContain(password);
  }, 60_000);
});
