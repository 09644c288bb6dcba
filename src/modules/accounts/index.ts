import type { FastifyPluginAsync } from 'fastify';
import { accountsRoutes } from './accounts.routes.js';
import type { AccountsService } from './accounts.service.js';

export {
  accountGone,
  createAccountsService,
  type AccountsService,
  type ExternalIdentity,
} from './accounts.service.js';
// A password being checked (deleteMe asks for the current one, as updateMe does).
export { GivenPassword } from './accounts.schemas.js';
export {
  createPasswordHasher,
  createSemaphore,
  DUMMY_PASSWORD_HASH,
  PASSWORD_HASH_OPTIONS,
  type PasswordHasher,
} from './accounts.passwords.js';

/**
 * Sign-up and the caller's own account. The service is built in buildApp, because the auth
 * module checks passwords and links external identities through it.
 */
export const accountsModule: FastifyPluginAsync<{ service: AccountsService }> = async (app, { service }) => {
  await app.register(accountsRoutes, { service });
};
