import { pino } from 'pino';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDb, createPool } from '../src/db/client.js';
import { buildKeySet, generateSigningKey } from '../src/modules/auth/index.js';

/**
 * The OpenAPI document exactly as the app serves it. Building the app needs a database
 * handle but generating the document never queries it, so the pool points nowhere.
 */
export async function generateOpenApiDocument(): Promise<Record<string, unknown>> {
  const logger = pino({ level: 'silent' });
  const pool = createPool(
    {
      connectionString: 'postgres://unused@127.0.0.1:1/unused',
      max: 1,
      connectTimeoutMs: 1,
      statementTimeoutMs: 1,
    },
    logger,
  );
  const keys = await buildKeySet(await generateSigningKey());
  const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: createDb(pool), logger, keys });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  await pool.end();
  return document;
}

export const OPENAPI_PATH = new URL('../openapi/openapi.json', import.meta.url);
