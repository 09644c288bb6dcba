import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { createLogger } from './logger.js';
import { loadKeySet } from './modules/auth/index.js';
import { runOrExit } from './run.js';

await runOrExit(async () => {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger);
  const keys = await loadKeySet(config, logger);
  const app = await buildApp(config, { db: database.db, logger, keys });

  // SIGTERM/SIGINT: readiness turns 503 at once, the listener stops taking connections,
  // in-flight requests finish, then the pool closes and the embedded server stops. After
  // SHUTDOWN_GRACE_MS the process exits regardless.
  closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down');
    app.lifecycle.draining = true;
    await app.close();
    await database.close();
    logger.info('shut down cleanly');
  });

  await app.listen({ host: config.HOST, port: config.PORT });
});
