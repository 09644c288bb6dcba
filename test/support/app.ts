import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { pino } from 'pino';
import { buildApp, type AppDeps } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createDb, createPool, type Db } from '../../src/db/client.js';
import { createTestDatabase } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  pool: pg.Pool;
  databaseUrl: string;
  config: Config;
  close(): Promise<void>;
}

export const silentLogger = pino({ level: 'silent' });

/** Configuration as the app would parse it from an environment holding only `env`. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
}

/**
 * The real app on its own freshly cloned database. `prepare` runs before the app is ready,
 * so a test can add routes of its own (e.g. one that throws) to the built app.
 */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    deps?: Partial<AppDeps>;
    databaseUrl?: string;
    prepare?: (app: FastifyInstance) => void | Promise<void>;
  } = {},
): Promise<TestApp> {
  const config = testConfig(options.env);
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const pool = createPool(
    { connectionString: databaseUrl, max: 5, connectTimeoutMs: 2_000, statementTimeoutMs: 10_000 },
    silentLogger,
  );
  const db = createDb(pool);
  const app = await buildApp(config, { db, logger: silentLogger, ...options.deps });
  await options.prepare?.(app);
  await app.ready();
  return {
    app,
    db,
    pool,
    databaseUrl,
    config,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
