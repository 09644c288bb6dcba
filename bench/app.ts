/**
 * The real app as the benchmarks run it: the configuration a deployment would load (silent,
 * the rate limit out of the way), a pool opened as the app opens its own, the migrations, and
 * the app listening on 127.0.0.1 at a free port with a fresh signing key.
 */
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { createDb, createPool, type Db } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { buildKeySet, generateSigningKey } from '../src/modules/auth/index.js';

export const silent = pino({ level: 'silent' });

/** The configuration, a migrated pool on `url` and its drizzle client. */
export async function openBenchPool(url: string, applicationName: string, env: Record<string, string> = {}) {
  // The matching settings of the environment, so a run can compare them (MATCHING_WORKER_NICE=0).
  const matching = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[0].startsWith('MATCHING_') && entry[1] !== undefined,
    ),
  );
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...matching,
    ...env,
  });
  const pool = createPool(
    {
      connectionString: url,
      max: config.DB_POOL_MAX,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
      applicationName,
    },
    silent,
  );
  await migrateDatabase(pool);
  return { config, pool, db: createDb(pool) };
}

/** buildApp on `db`, listening on 127.0.0.1; the caller closes it. */
export async function listenBenchApp(config: Config, db: Db) {
  const keys = await buildKeySet(await generateSigningKey());
  const app = await buildApp(config, { db, logger: silent, keys });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, keys, port: (app.server.address() as AddressInfo).port };
}
