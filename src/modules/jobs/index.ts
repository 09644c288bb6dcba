import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { jobsRoutes } from './jobs.routes.js';
import { createJobsService } from './jobs.service.js';

// What the referrals and matching modules need: a job's current state, and its status machine.
export {
  cancelJobsOfLeaver,
  currentJob,
  lockJob,
  moveJobStatus,
  requireOpen,
  requirePoster,
} from './jobs.service.js';
// What the privacy module's export shows: jobs and fit notes as the API shows them.
export { toInterest, toJob } from './jobs.service.js';
export { Interest, Job } from './jobs.schemas.js';

export const jobsModule: FastifyPluginAsync<{ db: Db; now: () => Date }> = async (app, { db, now }) => {
  await app.register(jobsRoutes, { service: createJobsService(db, now) });
};
