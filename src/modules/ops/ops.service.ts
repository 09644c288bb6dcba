import { createHash, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { isDatabaseUnavailable } from '../../db/errors.js';
import { latestMigrationMillis, migrationsApplied } from '../../db/migrate.js';
import { ServiceUnavailable, Unauthorized } from '../../http/errors.js';
import type { Lifecycle } from '../../app.js';
import type { Metrics } from '../../metrics.js';
import type { Readiness } from './ops.schemas.js';

const BEARER = /^Bearer +(\S+)$/i;
const digest = (secret: string) => createHash('sha256').update(secret).digest();

export function createOpsService(deps: {
  db: Db;
  lifecycle: Lifecycle;
  metrics: Pick<Metrics, 'render' | 'eventLoop'>;
  /** METRICS_TOKEN: when set, the bearer token /metrics requires. */
  metricsToken: string | undefined;
}) {
  // The committed migrations cannot change while the process runs: read them once.
  const latestMillis = latestMigrationMillis();
  // Compared as digests of equal length, in constant time: the length of the token is not
  // learnt from the timing either.
  const expectedToken = deps.metricsToken === undefined ? undefined : digest(deps.metricsToken);

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
      return {
        status: 'ready',
        checks: { database: 'ok', migrations: 'ok' },
        eventLoop: deps.metrics.eventLoop.delay(),
      };
    },

    /** The Prometheus text of this instance; the caller's Authorization header when a token is set. */
    async renderMetrics(authorization: string | undefined): Promise<string> {
      if (expectedToken !== undefined) {
        const given = BEARER.exec(authorization ?? '')?.[1];
        if (given === undefined || !timingSafeEqual(digest(given), expectedToken)) {
          throw new Unauthorized(
            'METRICS_TOKEN_REQUIRED',
            'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.',
          );
        }
      }
      return deps.metrics.render();
    },
  };
}
export type OpsService = ReturnType<typeof createOpsService>;
