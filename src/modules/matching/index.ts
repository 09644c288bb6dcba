import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { createInProcessBuilder, createWorkerBuilder } from './matching.builder.js';
import { matchingRoutes } from './matching.routes.js';
import { createMatchingService } from './matching.service.js';

export const matchingModule: FastifyPluginAsync<{
  db: Db;
  now: () => Date;
  config: Pick<Config, 'MATCHING_CACHE_MB' | 'MATCHING_FRESH_WAIT_MS' | 'MATCHING_WORKER'>;
  logger: FastifyBaseLogger;
}> = async (app, { db, now, config, logger }) => {
  const service = createMatchingService(db, now, {
    builder: config.MATCHING_WORKER ? createWorkerBuilder(db, logger) : createInProcessBuilder(db),
    cacheBytes: config.MATCHING_CACHE_MB * 1024 * 1024,
    freshWaitMs: config.MATCHING_FRESH_WAIT_MS,
    logger,
  });
  app.addHook('onClose', () => service.close());
  await app.register(matchingRoutes, { service });
};
