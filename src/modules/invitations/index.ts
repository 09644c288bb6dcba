import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { invitationsRoutes } from './invitations.routes.js';
import { createInvitationsService } from './invitations.service.js';

export { INVITATION_TTL_DAYS } from './invitations.service.js';
export { hashInvitationToken, newInvitationToken } from './invitations.tokens.js';

export const invitationsModule: FastifyPluginAsync<{ db: Db; now?: () => Date }> = async (
  app,
  { db, now },
) => {
  await app.register(invitationsRoutes, { service: createInvitationsService(db, now ?? (() => new Date())) });
};
