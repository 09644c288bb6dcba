import { toSnakeCase } from 'drizzle-orm/casing';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Column, getTableName, is, SQL, Subquery, type ExtractTablesWithRelations } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import * as tables from './tables.js';

export type Tables = typeof tables;
/** The drizzle client over a pool; `$client` is that pool (its usage is exported as metrics). */
export type Db = NodePgDatabase<Tables> & { $client: pg.Pool };
export type Tx = PgTransaction<NodePgQueryResultHKT, Tables, ExtractTablesWithRelations<Tables>>;
/** What repositories take: the pool-backed client or an open transaction. */
export type DbOrTx = Db | Tx;

export interface PoolOptions {
  connectionString: string;
  max: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  applicationName?: string;
}

export function createPool(options: PoolOptions, logger: Logger): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max,
    // Without these the pool waits forever during an outage instead of failing fast (-> 503).
    connectionTimeoutMillis: options.connectTimeoutMs,
    statement_timeout: options.statementTimeoutMs,
    idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
    idleTimeoutMillis: 30_000,
    application_name: options.applicationName ?? 'referral-exchange',
  });
  // Every connection gets an error listener for its whole life. pg-pool listens only while a
  // client is idle and removes its listener on checkout, so a connection lost mid-transaction
  // (database restart, failover, network cut) would emit 'error' with nobody listening: an
  // uncaught exception that takes the process down. Here it is logged; the query in flight
  // rejects (-> 503 with Retry-After), and on release the pool sees the client is no longer
  // queryable, discards it and opens a new connection for the next request.
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      logger.warn(
        { err: { message: err.message, code: (err as { code?: string }).code } },
        'database connection lost',
      );
    });
  });
  // pg-pool re-emits an idle client's error here and crashes the process without a listener;
  // the connection's own listener above has already logged it.
  pool.on('error', () => {});
  return pool;
}

export function createDb(pool: pg.Pool): Db {
  return drizzle({ client: pool, casing: 'snake_case', schema: tables });
}

/** How busy the pool is: connections open, of them idle, and queries waiting for one. */
export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export function poolUsage(db: Db): PoolUsage {
  const pool = db.$client;
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max,
  };
}

/** host:port/database of a connection string, for logs: never the user or password. */
export function describeDatabaseUrl(connectionString: string): string {
  const url = new URL(connectionString);
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

/**
 * The one row an INSERT/UPDATE ... RETURNING gives. Its absence means the statement targeted a
 * row the caller had already found (or the database misbehaved): a bug, hence a plain Error.
 */
export function returnedRow<T>(rows: readonly T[], statement: 'insert' | 'update' | 'upsert'): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${statement} returned no row`);
  return row;
}

/** The options a pool was created with, for a worker thread that opens a pool of its own. */
export function poolOptionsOf(db: Db): PoolOptions {
  // drizzle() returns the client it wraps as $client; the Db type leaves it out.
  const { $client } = db;
  const options = $client.options as pg.PoolConfig & { application_name?: string };
  return {
    connectionString: options.connectionString ?? '',
    max: options.max ?? 10,
    connectTimeoutMs: options.connectionTimeoutMillis ?? 5_000,
    statementTimeoutMs: options.statement_timeout === false ? 0 : (options.statement_timeout ?? 0),
    ...(options.application_name === undefined ? {} : { applicationName: options.application_name }),
  };
}

/** A drizzle query with `sql.placeholder`s, before `.prepare()`. */
interface Preparable<R> {
  prepare(name: string): { execute(placeholders: Record<string, unknown>): Promise<R> };
  execute(placeholders: Record<string, unknown>): Promise<R>;
}

type Statement = { execute(placeholders: Record<string, unknown>): Promise<unknown> };

/** What drizzle's node-postgres prepared query keeps of a query with a selection. */
interface Selecting extends Statement {
  fields?: { path: string[]; field: unknown }[];
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: (rows: unknown[][]) => unknown[];
}

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** Which decoder drizzle's mapResultRow uses for a field (`decoder` is internal to its SQL). */
function decoderOf(field: unknown): Decoder {
  type Decoded = { decoder: Decoder };
  if (is(field, Column)) return field;
  if (is(field, SQL)) return (field as unknown as Decoded).decoder;
  if (is(field, Subquery)) return (field._.sql as unknown as Decoded).decoder;
  return (field as { sql: Decoded }).sql.decoder;
}

/**
 * drizzle's mapResultRow (drizzle-orm/utils.js) with its per-field decisions taken once per
 * statement instead of for every field of every row: which decoder, whether it is the
 * identity, and which table a nested object's field comes from. A page of 21 members is 546
 * fields, and those decisions (`is` walks prototype chains, aliased columns are proxies) were
 * about a tenth of the server's time on the lists. The rows come out the same: the same
 * paths, decoders, and nested objects of a left join set to null when their first field is.
 */
function compiledRowMapper(
  fields: NonNullable<Selecting['fields']>,
  joinsNotNullableMap: Selecting['joinsNotNullableMap'],
): (rows: unknown[][]) => unknown[] {
  const plan = fields.map(({ path, field }) => {
    const decoder = decoderOf(field);
    const identity = decoder.mapFromDriverValue === Column.prototype.mapFromDriverValue;
    return {
      parents: path.slice(0, -1),
      key: path[path.length - 1] ?? '',
      decode: identity ? undefined : (value: unknown) => decoder.mapFromDriverValue(value),
      table:
        joinsNotNullableMap && is(field, Column) && path.length === 2 ? getTableName(field.table) : undefined,
      object: path[0] ?? '',
    };
  });
  return (rows) =>
    rows.map((row) => {
      const result: Record<string, unknown> = {};
      const nullify: Record<string, string | false> = {};
      for (let i = 0; i < plan.length; i += 1) {
        const { parents, key, decode, table, object } = plan[i] as (typeof plan)[number];
        let node = result;
        for (const parent of parents) node = (node[parent] ??= {}) as Record<string, unknown>;
        const raw = row[i];
        const value = raw === null || decode === undefined ? raw : decode(raw);
        node[key] = value;
        if (table === undefined) continue;
        const seen = nullify[object];
        if (seen === undefined) nullify[object] = value === null ? table : false;
        else if (typeof seen === 'string' && seen !== table) nullify[object] = false;
      }
      for (const [object, table] of Object.entries(nullify)) {
        if (typeof table === 'string' && joinsNotNullableMap?.[table] !== true) result[object] = null;
      }
      return result;
    });
}

/** A prepared query that maps its rows with `compiledRowMapper`. */
function withCompiledMapper(statement: Statement): Statement {
  const selecting = statement as Selecting;
  if (selecting.fields !== undefined && selecting.customResultMapper === undefined) {
    selecting.customResultMapper = compiledRowMapper(selecting.fields, selecting.joinsNotNullableMap);
  }
  return statement;
}

const preparedByDb = new WeakMap<Db, Map<string, Statement>>();
/** Statements run in transactions: built once, then run on each transaction's connection. */
const preparedForTransactions = new Map<string, Statement>();

function cached(statements: Map<string, Statement>, name: string, prepare: () => Statement): Statement {
  let statement = statements.get(name);
  if (statement === undefined) {
    statement = prepare();
    statements.set(name, statement);
  }
  return statement;
}

/**
 * Runs a hot query as a named prepared statement: drizzle builds its SQL once (building the
 * same SQL text for every request was a quarter of the server's CPU), and PostgreSQL parses
 * and plans it once per connection. On the pool it is built once per Db. In a transaction it
 * is built once for all of them and run on the transaction's connection: drizzle's prepared
 * query sends through its `client`, here the transaction session's (a drizzle internal that
 * every test of a transaction would catch changing). `name` must be unique to `build` across
 * the codebase: PostgreSQL refuses one name for two texts.
 */
export async function executePrepared<R>(
  db: DbOrTx,
  name: string,
  build: (db: DbOrTx) => Preparable<R>,
  placeholders: Record<string, unknown>,
): Promise<R> {
  if (db instanceof PgTransaction) {
    const statement = cached(preparedForTransactions, name, () =>
      withCompiledMapper(build(db).prepare(name)),
    );
    const { client } = (db as unknown as { session: { client: pg.PoolClient } }).session;
    const onConnection = Object.create(statement, { client: { value: client } }) as Statement;
    return onConnection.execute(placeholders) as Promise<R>;
  }
  let statements = preparedByDb.get(db);
  if (statements === undefined) {
    statements = new Map();
    preparedByDb.set(db, statements);
  }
  return cached(statements, name, () => withCompiledMapper(build(db).prepare(name))).execute(
    placeholders,
  ) as Promise<R>;
}

/** A column's name in the database, as the client's snake_case casing writes it (for raw SQL). */
export function databaseName(column: Column): string {
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}

/**
 * A query of many shapes (a list and its optional filters): its common shape has a `name` and
 * runs as `executePrepared` does; any other is built for this request alone, since each
 * combination of filters would otherwise hold a prepared statement on every connection.
 */
export function executeShape<R>(
  db: DbOrTx,
  name: string | undefined,
  build: (db: DbOrTx) => Preparable<R>,
  placeholders: Record<string, unknown>,
): Promise<R> {
  return name === undefined
    ? build(db).execute(placeholders)
    : executePrepared(db, name, build, placeholders);
}
