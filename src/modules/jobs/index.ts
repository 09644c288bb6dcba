import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { jobsRoutes } from './jobs.routes.js';
import { createJobsService } from './jobs.service.js';

// What the referrals module needs to move a job along its status machine.
export { lockJob, moveJobStatus, requireOpen, requirePoster } from './jobs.service.js';

export const jobsModule: FastifyPluginAsync<{ db: Db; now: () => Date }> = async (app, { db, now }) => {
  await app.register(jobsRoutes, { service: createJobsService(db, now) });
};
