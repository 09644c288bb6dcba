import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { opsRoutes } from './ops.routes.js';
import { createOpsService } from './ops.service.js';

export const opsModule: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  await app.register(opsRoutes, { service: createOpsService({ db, lifecycle: app.lifecycle }) });
};
