import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { referralsRoutes } from './referrals.routes.js';
import { createReferralsService } from './referrals.service.js';

export { releaseWorkOfLeaver } from './referrals.service.js';

export const referralsModule: FastifyPluginAsync<{ db: Db; now: () => Date }> = async (app, { db, now }) => {
  await app.register(referralsRoutes, { service: createReferralsService(db, now) });
};
