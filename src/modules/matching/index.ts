import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { matchingRoutes } from './matching.routes.js';
import { createMatchingService } from './matching.service.js';

export const matchingModule: FastifyPluginAsync<{ db: Db; now: () => Date }> = async (app, { db, now }) => {
  await app.register(matchingRoutes, { service: createMatchingService(db, now) });
};
