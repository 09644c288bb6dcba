import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { RateLimiter } from '../../http/rate-limit.js';
import type { AccountsService } from '../accounts/index.js';
import { privacyRoutes } from './privacy.routes.js';
import { createPrivacyService, type PrivacyService } from './privacy.service.js';

export {
  createPrivacyService,
  FRESH_SIGN_IN_MS,
  type PrivacyService,
  type PurgeResult,
} from './privacy.service.js';
export { ERASED_NAME, EXPORT_FORMAT, MyDataExport } from './privacy.schemas.js';

/**
 * Data rights: a member's export and erasure, and the retention purge, which runs every
 * RETENTION_INTERVAL_MINUTES while the app is up (the first run one interval after start).
 */
export const privacyModule: FastifyPluginAsync<{
  db: Db;
  config: Config;
  accounts: AccountsService;
  limiter: RateLimiter;
  now: () => Date;
}> = async (app, deps) => {
  const service = createPrivacyService(deps);
  await app.register(privacyRoutes, { service });
  scheduleRetention(app, service, deps.config.RETENTION_INTERVAL_MINUTES);
};

function scheduleRetention(app: FastifyInstance, service: PrivacyService, intervalMinutes: number): void {
  if (intervalMinutes === 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= service
      .purgeExpired()
      .then((purged) => {
        app.log.info({ purged }, 'retention purge done');
      })
      .catch((err: unknown) => {
        app.log.warn({ err }, 'retention purge failed; it runs again at the next interval');
      })
      .finally(() => {
        running = undefined;
      });
  };
  app.addHook('onReady', async () => {
    timer = setInterval(run, intervalMinutes * 60_000);
    // The schedule alone never keeps the process alive.
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
