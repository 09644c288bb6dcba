import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { referralsRoutes } from './referrals.routes.js';
import { createReferralsService } from './referrals.service.js';

export { releaseWorkOfLeaver } from './referrals.service.js';
// What the privacy module's export shows: referrals as their two parties see them.
export { toReferral } from './referrals.service.js';
export { Referral } from './referrals.schemas.js';

export const referralsModule: FastifyPluginAsync<{ db: Db; now: () => Date }> = async (app, { db, now }) => {
  await app.register(referralsRoutes, { service: createReferralsService(db, now) });
};
