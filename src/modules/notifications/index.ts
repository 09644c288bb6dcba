import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { notificationsRoutes } from './notifications.routes.js';
import { createNotificationsService } from './notifications.service.js';

export const notificationsModule: FastifyPluginAsync<{ db: Db; now: () => Date }> = async (
  app,
  { db, now },
) => {
  await app.register(notificationsRoutes, { service: createNotificationsService(db, now) });
};
