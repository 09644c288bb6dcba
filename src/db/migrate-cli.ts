// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { runOrExit } from '../run.js';
import { openDatabase } from './open.js';

await runOrExit(async () => {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger);
  logger.info('migrations applied');
  await database.close();
});
