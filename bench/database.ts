import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { describeDatabaseUrl } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';

const silent = pino({ level: 'silent' });

/**
 * The database of a benchmark run: a throw-away database on DATABASE_URL's server (the role
 * needs CREATEDB), or an embedded PostgreSQL in a temporary folder; removed by close().
 */

export interface BenchDatabase {
  url: string;
  description: string;
  close(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl !== undefined && serverUrl !== '') {
    const name = `rx_bench_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      description: `DATABASE_URL server, throw-away database ${describeDatabaseUrl(url.toString())}`,
      async close() {
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      },
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-bench-pg-'));
  const started = performance.now();
  try {
    const embedded = await startEmbeddedPostgres({ dataDir, logger: silent, persistent: false });
    return {
      url: embedded.url,
      description: `embedded PostgreSQL on 127.0.0.1:${embedded.port} (started in ${Math.round(performance.now() - started)} ms, data in ${dataDir})`,
      async close() {
        try {
          await embedded.stop();
        } finally {
          await rm(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}
