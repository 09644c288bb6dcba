import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { collectivesRoutes } from './collectives.routes.js';
import { createCollectivesService } from './collectives.service.js';

// What invitations need: whether plain members may invite.
export { collectiveSettings } from './collectives.service.js';
// What matching needs: which languages join words into compounds.
export { COMPOUNDING_LANGUAGES } from './collectives.languages.js';

export const collectivesModule: FastifyPluginAsync<{ db: Db; now?: () => Date }> = async (
  app,
  { db, now },
) => {
  await app.register(collectivesRoutes, { service: createCollectivesService(db, now ?? (() => new Date())) });
};
