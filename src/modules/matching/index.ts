import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { MatchingMetrics } from '../../metrics.js';
import type { TurnBudget } from './matching.additions.js';
import { createInProcessBuilder, createWorkerBuilder, type ModelBuilder } from './matching.builder.js';
import { matchingRoutes } from './matching.routes.js';
import { createMatchingService, PATCH_TURNS } from './matching.service.js';
import { createInlineTrust, createTrustWorker } from './matching.trust.js';

export { createInProcessBuilder, type ModelBuilder } from './matching.builder.js';
export { ModelCache } from './matching.cache.js';
export type { TurnBudget } from './matching.additions.js';

export const matchingModule: FastifyPluginAsync<{
  db: Db;
  now: () => Date;
  config: Pick<
    Config,
    | 'MATCHING_CACHE_MB'
    | 'MATCHING_FRESH_WAIT_MS'
    | 'MATCHING_PATCH_REBUILD_MS'
    | 'MATCHING_WORKER'
    | 'MATCHING_WORKER_NICE'
  >;
  logger: FastifyBaseLogger;
  metrics: MatchingMetrics;
  /** Replaces the builder MATCHING_WORKER chooses (tests hold builds with it). */
  builder?: ModelBuilder;
  /** Replaces PATCH_TURNS (tests spread every patch over turns with 0 and 0). */
  patchTurns?: TurnBudget;
}> = async (app, { db, now, config, logger, metrics, builder, patchTurns = PATCH_TURNS }) => {
  const service = createMatchingService(db, now, {
    builder:
      builder ??
      (config.MATCHING_WORKER
        ? createWorkerBuilder(db, logger, { nice: config.MATCHING_WORKER_NICE })
        : createInProcessBuilder(db)),
    trust: config.MATCHING_WORKER ? createTrustWorker(logger) : createInlineTrust(),
    cacheBytes: config.MATCHING_CACHE_MB * 1024 * 1024,
    freshWaitMs: config.MATCHING_FRESH_WAIT_MS,
    patchRebuildMs: config.MATCHING_PATCH_REBUILD_MS,
    patchTurns,
    logger,
    metrics,
  });
  app.addHook('onClose', () => service.close());
  await app.register(matchingRoutes, { service });
};
