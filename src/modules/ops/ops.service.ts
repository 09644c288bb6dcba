import type { Db } from '../../db/client.js';
import { isDatabaseUnavailable } from '../../db/errors.js';
import { latestMigrationMillis, migrationsApplied } from '../../db/migrate.js';
import { ServiceUnavailable } from '../../http/errors.js';
import type { Lifecycle } from '../../app.js';
import type { Readiness } from './ops.schemas.js';

export function createOpsService(deps: { db: Db; lifecycle: Lifecycle }) {
  // The committed migrations cannot change while the process runs: read them once.
  const latestMillis = latestMigrationMillis();

  return {
    /** Ready to take traffic: not shutting down, database reachable, every migration applied. */
    async checkReadiness(): Promise<Readiness> {
      if (deps.lifecycle.draining) {
        throw new ServiceUnavailable('SHUTTING_DOWN', 'The instance is shutting down.');
      }
      let applied: boolean;
      try {
        applied = await migrationsApplied(deps.db, latestMillis);
      } catch (err) {
        if (isDatabaseUnavailable(err)) {
          throw new ServiceUnavailable('DATABASE_UNAVAILABLE', 'The database is unreachable.');
        }
        throw err;
      }
      if (!applied) {
        throw new ServiceUnavailable(
          'MIGRATIONS_PENDING',
          'The database schema is not up to date; run npm run db:migrate.',
        );
      }
      return { status: 'ready', checks: { database: 'ok', migrations: 'ok' } };
    },
  };
}
export type OpsService = ReturnType<typeof createOpsService>;
