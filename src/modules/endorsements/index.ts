import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import type { KeySet } from '../auth/index.js';
import { credentialRoutes, endorsementsRoutes } from './endorsements.routes.js';
import { createEndorsementsService } from './endorsements.service.js';

// How the worked-example rule counts words; fixtures that insert endorsements directly use it too.
export { countWords } from './endorsements.rules.js';
// What the privacy module's export shows: endorsements as the API shows them.
export { toEndorsement } from './endorsements.service.js';
export { Endorsement } from './endorsements.schemas.js';

export const endorsementsModule: FastifyPluginAsync<{
  db: Db;
  keys: KeySet;
  baseUrl: string;
  now: () => Date;
}> = async (app, deps) => {
  const service = createEndorsementsService(deps);
  await app.register(endorsementsRoutes, { service });
  await app.register(credentialRoutes, { service });
};
