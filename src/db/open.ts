import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createDb, createPool, describeDatabaseUrl, type Db } from './client.js';
import { startEmbeddedPostgres } from './embedded.js';
import { migrateDatabase } from './migrate.js';

export interface OpenDatabase {
  pool: pg.Pool;
  db: Db;
  /** Closes the pool, then stops the embedded server if one was started. */
  close(): Promise<void>;
}

/**
 * The database the configuration names (DATABASE_URL), or an embedded PostgreSQL with its
 * data under DATA_DIR when none is named; migrated before it is handed out. Used by the
 * server and by `npm run db:migrate`. `onEmbeddedGiveUp` is called if an embedded PostgreSQL
 * exits and cannot be started again.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: { onEmbeddedGiveUp?: (err: Error) => void } = {},
): Promise<OpenDatabase> {
  let connectionString = config.DATABASE_URL;
  let stopEmbedded = async (): Promise<void> => {};
  if (connectionString === undefined) {
    const started = Date.now();
    const embedded = await startEmbeddedPostgres({
      dataDir: config.DATA_DIR,
      logger,
      ...(options.onEmbeddedGiveUp ? { onGiveUp: options.onEmbeddedGiveUp } : {}),
    });
    connectionString = embedded.url;
    stopEmbedded = () => embedded.stop();
    logger.info(
      {
        database: describeDatabaseUrl(connectionString),
        dataDir: config.DATA_DIR,
        startMs: Date.now() - started,
      },
      'using the embedded PostgreSQL (DATABASE_URL is not set)',
    );
  } else {
    logger.info(
      { database: describeDatabaseUrl(connectionString) },
      'using the PostgreSQL server from DATABASE_URL',
    );
  }

  const pool = createPool(
    {
      connectionString,
      max: config.DB_POOL_MAX,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    },
    logger,
  );
  const close = async () => {
    await pool.end();
    await stopEmbedded();
  };
  try {
    await migrateDatabase(pool);
  } catch (err) {
    await close();
    throw err;
  }
  return { pool, db: createDb(pool), close };
}
