import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { createPool } from '../../src/db/client.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { migrateDatabase } from '../../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to a database on the test server from which others can be created. */
    adminDatabaseUrl: string;
    /** The migrated database each test file clones. */
    templateDatabase: string;
    /** Prefix of every database this run creates, so teardown can drop them all. */
    databasePrefix: string;
    /** Major version of that server (15, 18...): fault tests start a private cluster of the same. */
    databaseServerMajorVersion: number;
  }
}

interface TestServer {
  adminUrl: string;
  description: string;
  stop(): Promise<void>;
}

const silent = pino({ level: 'silent' });

/**
 * Picks the PostgreSQL server for the whole run: TEST_DATABASE_URL when set; else a
 * Testcontainers PostgreSQL when a Docker engine answers; else an embedded PostgreSQL in a
 * temporary folder. Then migrates one template database that every test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chooseServer();
  const prefix = `rx_${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_template`;

  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const { rows: versionRows } = await admin.query<{ server_version_num: string }>('SHOW server_version_num');
  const majorVersion = Math.floor(Number(versionRows[0]?.server_version_num) / 10_000);
  const templatePool = createPool(
    {
      connectionString: withDatabase(server.adminUrl, template),
      max: 1,
      connectTimeoutMs: 10_000,
      statementTimeoutMs: 60_000,
    },
    silent,
  );
  await migrateDatabase(templatePool);
  await templatePool.end();
  await admin.end();

  process.stdout.write(`test database server: ${server.description}, PostgreSQL ${majorVersion}\n`);
  project.provide('adminDatabaseUrl', server.adminUrl);
  project.provide('templateDatabase', template);
  project.provide('databasePrefix', prefix);
  project.provide('databaseServerMajorVersion', majorVersion);

  return async () => {
    const client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await client.end();
    await server.stop();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function chooseServer(): Promise<TestServer> {
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv) {
    const url = new URL(fromEnv);
    return {
      adminUrl: fromEnv,
      description: `TEST_DATABASE_URL (${url.host}${url.pathname})`,
      stop: async () => {},
    };
  }
  const container = await startContainerIfDockerRuns();
  if (container) return container;

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-test-pg-'));
  const embedded = await startEmbeddedPostgres({ dataDir, logger: silent, persistent: false });
  return {
    adminUrl: embedded.url,
    description: `embedded PostgreSQL on 127.0.0.1:${embedded.port}`,
    stop: async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startContainerIfDockerRuns(): Promise<TestServer | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined; // no reachable Docker engine
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:17-alpine').start();
  return {
    adminUrl: container.getConnectionUri(),
    description: `Testcontainers ${container.getHost()}:${container.getPort()}`,
    stop: async () => {
      await container.stop();
    },
  };
}
