import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { membersRoutes } from './members.routes.js';
import { createMembersService } from './members.service.js';

// What collectives and invitations need: creating memberships and showing members.
export {
  addOwner,
  admitMember,
  loadMember,
  memberNotFound,
  toMember,
  viewerOf,
  type Viewer,
} from './members.service.js';
export { Member, MemberRole } from './members.schemas.js';
// What the privacy module needs to end every membership of an account without losing the last
// owner, and to export a membership as toMember shows it.
export { lockActiveOwners, memberRecordColumns } from './members.repository.js';

export const membersModule: FastifyPluginAsync<{ db: Db; now?: () => Date }> = async (app, { db, now }) => {
  await app.register(membersRoutes, { service: createMembersService(db, now ?? (() => new Date())) });
};
