import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Metrics } from '../../metrics.js';
import { opsRoutes } from './ops.routes.js';
import { createOpsService } from './ops.service.js';

export const opsModule: FastifyPluginAsync<{
  db: Db;
  metrics: Metrics;
  metricsToken: string | undefined;
}> = async (app, { db, metrics, metricsToken }) => {
  await app.register(opsRoutes, {
    service: createOpsService({ db, lifecycle: app.lifecycle, metrics, metricsToken }),
  });
};
