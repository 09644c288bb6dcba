import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';

/** A logger that keeps what it writes, for asserting on it. */
function capture(level: pino.Level = 'info'): { logger: pino.Logger; text: () => string } {
  let logged = '';
  const logger = pino(
    { level },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged += chunk.toString();
        done();
      },
    }),
  );
  return { logger, text: () => logged };
}

describe('embedded PostgreSQL', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('keeps its data across a stop and a start, and never logs the password', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-embedded-'));
    dirs.push(dataDir);
    const { logger, text } = capture('trace');

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
    expect(text()).not.toContain(password);
  }, 60_000);

  /** Kills the running PostgreSQL (its postmaster) the way an OOM killer would. */
  async function killPostgres(dataDir: string): Promise<void> {
    const pid = Number(
      (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    process.kill(pid, 'SIGKILL');
  }

  it('starts PostgreSQL again, with its data, when it is killed', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-embedded-killed-'));
    dirs.push(dataDir);
    const log = capture();
    const embedded = await startEmbeddedPostgres({
      dataDir,
      logger: log.logger,
      restartDelaysMs: [100, 200, 400, 800, 1_600, 3_200],
      onGiveUp: (err) => {
        throw err;
      },
    });
    try {
      const client = new pg.Client({ connectionString: embedded.url });
      await client.connect();
      await client.query("CREATE TABLE survivor AS SELECT 'kept' AS value");
      await client.end();

      await killPostgres(dataDir);
      const killedAt = Date.now();
      let rows: { value: string }[] | undefined;
      while (rows === undefined && Date.now() - killedAt < 20_000) {
        const again = new pg.Client({ connectionString: embedded.url });
        again.on('error', () => {});
        try {
          await again.connect();
          rows = (await again.query<{ value: string }>('SELECT value FROM survivor')).rows;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        } finally {
          await again.end().catch(() => undefined);
        }
      }
      expect(rows).toEqual([{ value: 'kept' }]);
      expect(log.text()).toContain('exited unexpectedly');
      expect(log.text()).toContain('running again');
    } finally {
      await embedded.stop();
    }
  }, 60_000);

  it('gives up after its attempts when PostgreSQL cannot start again, and still stops', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-embedded-broken-'));
    dirs.push(dataDir);
    const log = capture();
    let gaveUp: (err: Error) => void = () => {};
    const givenUp = new Promise<Error>((resolve) => (gaveUp = resolve));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      logger: log.logger,
      restartDelaysMs: [300, 100],
      onGiveUp: (err) => gaveUp(err),
    });
    // Before the first attempt, make the configuration unusable: every start now fails.
    await killPostgres(dataDir);
    await appendFile(path.join(dataDir, 'postgres', 'postgresql.conf'), '\nshared_buffers = nonsense\n');
    const err = await givenUp;
    expect(err.message).toMatch(/did not start again after 2 attempts/);
    expect(log.text().match(/did not start again/g)).toHaveLength(2);
    const stopping = Date.now();
    await embedded.stop();
    expect(Date.now() - stopping).toBeLessThan(2_000);
  }, 60_000);
});
