import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import { poolOptionsOf, type Db, type PoolOptions } from '../../db/client.js';
import { databaseErrorCode } from '../../db/errors.js';
import {
  buildModelData,
  modelOf,
  type BuildMemory,
  type BuildOutcome,
  type ModelData,
  type TradesOf,
} from './matching.model.js';
import { stemTexts } from './matching.repository.js';
import { createExpander } from './matching.synonyms.js';

/** How long one statement of a build may take at least (the reads of a 10,000-member collective). */
const BUILD_STATEMENT_TIMEOUT_MS = 60_000;

/** Builds collectives' matching models: in a worker thread, or on the event loop. */
export interface ModelBuilder {
  /**
   * `base`: the collective's model as the caller holds it, which the build may patch;
   * `askers`: members whose trust a new model should come with (ModelData.askers).
   */
  build(
    collectiveId: string,
    now: Date,
    base?: ModelData,
    askers?: readonly string[],
  ): Promise<ModelData | undefined>;
  close(): Promise<void>;
}

/**
 * Collectives whose last read a builder remembers (BuildMemory), the least recently built
 * forgotten first: about 12 MB per 1,000 members (measured at 1,000 and 10,000 members; see
 * bench/README.md), on the thread that builds.
 */
const REMEMBERED_COLLECTIVES = 4;

/** Each collective's BuildMemory, for the most recently built collectives. */
export function createBuildMemories(capacity = REMEMBERED_COLLECTIVES) {
  const memories = new Map<string, BuildMemory>();
  return (collectiveId: string) => ({
    get: () => memories.get(collectiveId),
    set(memory: BuildMemory) {
      memories.delete(collectiveId);
      memories.set(collectiveId, memory);
      for (const oldest of memories.keys()) {
        if (memories.size <= capacity) break;
        memories.delete(oldest);
      }
    },
    forget() {
      memories.delete(collectiveId);
    },
  });
}

/** The thesaurus's trades, stemmed over `db` once per configuration, for a builder's models. */
export function thesaurusTrades(db: Db): TradesOf {
  return createExpander((config, texts) => stemTexts(db, config, texts)).tradeLexemes;
}

export function createInProcessBuilder(db: Db): ModelBuilder {
  const memoryOf = createBuildMemories();
  const tradesOf = thesaurusTrades(db);
  return {
    build: (collectiveId, now, base, askers) =>
      buildModelData(db, collectiveId, now, memoryOf(collectiveId), base, askers, tradesOf),
    close: async () => {},
  };
}

/** What the worker (matching.worker.ts) is started with. */
export interface WorkerSettings {
  pool: PoolOptions;
  logLevel: string;
  /** The worker thread's nice value (MATCHING_WORKER_NICE). */
  nice: number;
}

/** A build asked of the worker; `baseVersion`: the version of the model the caller holds. */
export interface WorkerRequest {
  id: number;
  collectiveId: string;
  now: number;
  baseVersion: number | undefined;
  askers: readonly string[];
}

export type WorkerReply =
  | { id: number; outcome: BuildOutcome | undefined }
  | { id: number; error: { message: string; code: string | undefined } };

export function describeError(err: unknown): { message: string; code: string | undefined } {
  const messages: string[] = [];
  for (let e: unknown = err; e instanceof Error && messages.length < 5; e = e.cause) messages.push(e.message);
  return { message: messages.join(': ') || String(err), code: databaseErrorCode(err) };
}

/**
 * A worker thread running module `name` of this folder: its compiled .js beside this file, or
 * under tsx (npm start, the tests) its .ts source, loaded through tsx's API since a worker does
 * not inherit the parent's loader.
 */
export function startWorker(name: string, workerData: unknown): Worker {
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith('.js')) return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true, workerData },
  );
}

/**
 * Builds models in one worker thread with its own database connection, so that a rebuild (seconds
 * of CPU at 10,000 members) never holds up a request: the event loop only receives the finished
 * model, whose typed arrays are transferred, not copied. The worker starts with the first build
 * and again after it dies.
 */
export function createWorkerBuilder(
  db: Db,
  logger: FastifyBaseLogger,
  { nice = 0 }: { nice?: number } = {},
): ModelBuilder {
  const options = poolOptionsOf(db);
  const settings: WorkerSettings = {
    // A build reads a whole collective in the background: it may take longer than a request may.
    pool: {
      ...options,
      max: 2,
      statementTimeoutMs: Math.max(options.statementTimeoutMs, BUILD_STATEMENT_TIMEOUT_MS),
    },
    logLevel: logger.level,
    nice,
  };
  const pending = new Map<
    number,
    { resolve: (outcome: BuildOutcome | undefined) => void; reject: (err: Error) => void }
  >();
  let worker: Worker | undefined;
  let nextId = 0;

  const failAll = (err: Error) => {
    for (const { reject } of pending.values()) reject(err);
    pending.clear();
  };
  const running = () => {
    if (worker) return worker;
    const started = startWorker('matching.worker', settings);
    started.unref();
    started.on('message', (reply: WorkerReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply)
        waiting.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      else waiting.resolve(reply.outcome);
    });
    started.on('error', (err) => {
      logger.error({ err }, 'matching worker failed');
      if (worker === started) worker = undefined;
      failAll(err);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      failAll(new Error(`matching worker exited with code ${code}`));
    });
    worker = started;
    return started;
  };

  return {
    async build(collectiveId, now, base, askers = []) {
      const id = (nextId += 1);
      const target = running();
      const outcome = await new Promise<BuildOutcome | undefined>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: WorkerRequest = {
          id,
          collectiveId,
          now: now.getTime(),
          baseVersion: base?.version,
          askers,
        };
        target.postMessage(request);
      });
      return outcome && modelOf(outcome, base);
    },
    async close() {
      const stopping = worker;
      worker = undefined;
      await stopping?.terminate();
    },
  };
}
