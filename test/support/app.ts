import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { pino } from 'pino';
import { buildApp, type AppDeps } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createDb, createPool, type Db } from '../../src/db/client.js';
import {
  buildKeySet,
  generateSigningKey,
  issueAccessToken,
  type KeySet,
} from '../../src/modules/auth/index.js';
import { contractChecker, type ContractDocument } from './contract.js';
import { createTestDatabase } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  pool: pg.Pool;
  databaseUrl: string;
  config: Config;
  keys: KeySet;
  /** A valid access token for the account, signed as the app signs them. */
  tokenFor(accountId: string): Promise<string>;
  close(): Promise<void>;
}

export const silentLogger = pino({ level: 'silent' });

/** Configuration as the app would parse it from an environment holding only `env`. */
export function testConfig(env: Record<string, string> = {}): Config {
  // The general request limit is exercised by its own tests; elsewhere it would only get in the way.
  // Matching waits for a changed collective's model, so a test reads its own writes; tests of
  // answering from the previous model set MATCHING_FRESH_WAIT_MS=0.
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
    MATCHING_FRESH_WAIT_MS: '60000',
    ...env,
  });
}

// One RSA key per test file is plenty: generating one takes tens of milliseconds.
let sharedKeys: Promise<KeySet> | undefined;
export function testKeys(): Promise<KeySet> {
  sharedKeys ??= generateSigningKey().then((key) => buildKeySet(key));
  return sharedKeys;
}

/**
 * Every response `app.inject` returns is checked against the app's own OpenAPI document
 * (test/support/contract.ts): a mismatch throws, so the test that received it fails.
 */
function holdToContract(app: FastifyInstance): void {
  const checker = contractChecker(app.swagger() as unknown as ContractDocument);
  const inject = app.inject.bind(app);
  const checked = async (options: InjectOptions | string): Promise<LightMyRequestResponse> => {
    const response = await inject(options);
    const request = typeof options === 'string' ? { method: 'GET', url: options } : options;
    const url =
      typeof request.url === 'string' ? request.url : (request.url?.pathname ?? request.path ?? '/');
    checker.assert({
      method: request.method ?? 'GET',
      url: typeof url === 'string' ? url : '/',
      status: response.statusCode,
      headers: response.headers,
      body: response.body,
    });
    return response;
  };
  app.inject = checked as FastifyInstance['inject'];
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
    {
      connectionString: databaseUrl,
      max: 5,
      connectTimeoutMs: Math.min(config.DB_CONNECT_TIMEOUT_MS, 2_000),
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    },
    silentLogger,
  );
  const db = createDb(pool);
  const keys = options.deps?.keys ?? (await testKeys());
  const app = await buildApp(config, { db, logger: silentLogger, keys, ...options.deps });
  await options.prepare?.(app);
  await app.ready();
  holdToContract(app);
  return {
    app,
    db,
    pool,
    databaseUrl,
    config,
    keys,
    tokenFor: (accountId) =>
      issueAccessToken(
        {
          keys,
          issuer: config.PUBLIC_BASE_URL,
          audience: config.JWT_AUDIENCE,
          ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
        },
        accountId,
      ),
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
