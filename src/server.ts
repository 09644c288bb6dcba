import closeWithGrace from 'close-with-grace';
import { Redis } from 'ioredis';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { createRedisRateLimitStore } from './http/rate-limit.js';
import { createLogger } from './logger.js';
import { loadKeySet } from './modules/auth/index.js';
import { loadWebhookSecretsKey } from './modules/webhooks/index.js';
import { runOrExit } from './run.js';

await runOrExit(async () => {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger, {
    // The embedded PostgreSQL died and would not start again: exit, so that whatever runs
    // the service (systemd, a container runtime, a developer's terminal) sees it, rather
    // than answering 503 for ever.
    onEmbeddedGiveUp: (err) => {
      logger.fatal({ err: { message: err.message } }, 'the embedded PostgreSQL is gone; exiting');
      process.exit(1);
    },
  });
  const keys = await loadKeySet(config, logger);
  const webhookSecretsKey = await loadWebhookSecretsKey(config, logger);
  // Rate limits shared by every instance through Redis when REDIS_URL is set. Commands fail
  // at once while it is unreachable (no offline queue, one try), and the limiter lets the
  // request through with a warning: Redis being down must not take the API down.
  const redis = config.REDIS_URL
    ? new Redis(config.REDIS_URL, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: 500,
        connectTimeout: 2_000,
      })
    : undefined;
  redis?.on('error', (err: Error) => {
    logger.warn({ err: { message: err.message } }, 'redis error');
  });
  logger.info(
    { rateLimitStore: redis ? 'redis' : 'memory' },
    redis
      ? 'rate limits are shared through Redis'
      : 'rate limits are counted in this process (REDIS_URL is not set)',
  );
  logger.info(
    { metricsToken: config.METRICS_TOKEN !== undefined },
    config.METRICS_TOKEN
      ? 'GET /metrics needs the bearer token METRICS_TOKEN'
      : 'GET /metrics is open (METRICS_TOKEN is not set): keep it off the public network',
  );
  const app = await buildApp(config, {
    db: database.db,
    logger,
    keys,
    webhookSecretsKey,
    ...(redis ? { rateLimitStore: createRedisRateLimitStore(redis) } : {}),
  });

  // SIGTERM/SIGINT: readiness turns 503 at once, the listener stops taking connections,
  // in-flight requests finish, then the pool closes and the embedded server stops. After
  // SHUTDOWN_GRACE_MS the process exits regardless.
  closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down');
    app.lifecycle.draining = true;
    await app.close();
    await database.close();
    redis?.disconnect();
    logger.info('shut down cleanly');
  });

  await app.listen({ host: config.HOST, port: config.PORT });
});
