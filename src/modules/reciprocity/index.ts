import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { reciprocityRoutes } from './reciprocity.routes.js';
import { createReciprocityService } from './reciprocity.service.js';

export const reciprocityModule: FastifyPluginAsync<{ db: Db; now: () => Date }> = async (
  app,
  { db, now },
) => {
  await app.register(reciprocityRoutes, { service: createReciprocityService(db, now) });
};
