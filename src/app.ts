import { randomBytes, randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { poolUsage, type Db } from './db/client.js';
import { registerOpenApi } from './http/openapi.js';
import { registerRequestMetrics } from './http/request-metrics.js';
import { problemRenderer, registerProblemHandlers } from './http/problem.js';
import { registerAuthentication } from './http/auth.js';
import { securityHeaders } from './http/security-headers.js';
import { serializerCompiler } from './http/serializer.js';
import {
  createMemoryRateLimitStore,
  createRateLimiter,
  registerRateLimit,
  type RateLimitStore,
} from './http/rate-limit.js';
import { accountsModule, createAccountsService } from './modules/accounts/index.js';
import { authModule, createAuthService, revokeAccountSessions, type KeySet } from './modules/auth/index.js';
import { collectivesModule } from './modules/collectives/index.js';
import { endorsementsModule } from './modules/endorsements/index.js';
import { eventsModule } from './modules/events/index.js';
import { invitationsModule } from './modules/invitations/index.js';
import { jobsModule } from './modules/jobs/index.js';
import { matchingModule, type ModelBuilder, type TurnBudget } from './modules/matching/index.js';
import { membersModule } from './modules/members/index.js';
import { reciprocityModule } from './modules/reciprocity/index.js';
import { referralsModule } from './modules/referrals/index.js';
import { opsModule } from './modules/ops/index.js';
import { createMetrics } from './metrics.js';
import { privacyModule } from './modules/privacy/index.js';
import { notificationsModule } from './modules/notifications/index.js';
import {
  createDeliveryWorker,
  createSecretBox,
  openApiWebhooks,
  systemResolver,
  webhooksModule,
  type DeliveryWorker,
  type HostResolver,
} from './modules/webhooks/index.js';

export const BODY_LIMIT_BYTES = 64 * 1024;

export interface AppDeps {
  db: Db;
  logger: FastifyBaseLogger;
  /** Keys that sign and verify access tokens (src/modules/auth/auth.keys.ts loads them). */
  keys: KeySet;
  /** The clock; tests inject a fixed or movable one. */
  now?: () => Date;
  /** Rate-limit counters: Redis when REDIS_URL is set (src/server.ts), else in this process. */
  rateLimitStore?: RateLimitStore;
  /** Builds matching models; by default in a worker thread (MATCHING_WORKER). */
  matchingBuilder?: ModelBuilder;
  /** How long a patch of a matching model runs at once (tests: 0 and 0, every patch in turns). */
  matchingPatchTurns?: TurnBudget;
  /**
   * The key that seals webhook secrets (server.ts loads it: WEBHOOK_SECRETS_KEY or DATA_DIR);
   * without one, WEBHOOK_SECRETS_KEY, else a key of this process only.
   */
  webhookSecretsKey?: Buffer;
  /** How webhook hosts are resolved (system DNS); tests inject answers. */
  resolveHost?: HostResolver;
}

/** Lifecycle state shared by the readiness probe and graceful shutdown. */
export interface Lifecycle {
  draining: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: Lifecycle;
    /** This instance's webhook delivery worker (running unless WEBHOOK_WORKER=false). */
    webhookDelivery: DeliveryWorker;
  }
}

const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

/**
 * TRUST_PROXY as Fastify's trustProxy. A hop count becomes a function of the hop, because
 * Fastify 5.12 ignores a plain number (it cannot tell whether the peer is one of the proxies);
 * README says when a hop count is safe.
 */
function trustProxyOption(setting: Config['TRUST_PROXY']) {
  if (typeof setting !== 'number') return setting;
  return (_address: string, hop: number) => hop < setting;
}

/**
 * Builds the whole HTTP application without listening and without reading the environment:
 * server.ts and the tests both call this with a parsed config and their dependencies.
 */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const renderError = problemRenderer({ bodyLimit: BODY_LIMIT_BYTES });
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Errors of the router itself (a URL that does not decode) bypass the error handler.
    frameworkErrors: (error, request, reply) => {
      renderError(error, request, reply);
    },
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // While shutting down, a request that arrives on an open keep-alive connection is served
    // (and that connection then closed, see onSend below) rather than refused with Fastify's
    // own 503, which is neither problem+json nor carries Retry-After.
    return503OnClosing: false,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    // A well-formed incoming x-request-id is kept so logs join up across services.
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only: any other body is a 415 rather than a string to validate.
  app.removeContentTypeParser('text/plain');
  app.decorate('lifecycle', { draining: false });
  // The API serves JSON; only /docs needs scripts, and swagger-ui sets its own CSP there.
  const headers = securityHeaders({ defaultSrc: ["'none'"], frameAncestors: ["'none'"] });
  // Callback hooks, not async ones, on every request: each async hook costs a promise and a
  // microtask turn (bench/README.md, "bench:api").
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers).header('x-request-id', request.id);
    done();
  });
  // This app's own metrics registry, served at /metrics; the matching service reports into
  // metrics.matching.
  const metrics = createMetrics({ poolUsage: () => poolUsage(deps.db) });
  app.addHook('onClose', async () => {
    metrics.stop();
  });
  registerRequestMetrics(app, metrics);
  // While draining, close each connection after its response: a keep-alive socket that was
  // busy when shutdown began would otherwise hold app.close() open until the grace period ends.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (app.lifecycle.draining) reply.header('connection', 'close');
    done(null, payload);
  });

  registerProblemHandlers(app, renderError);
  await registerOpenApi(app, { webhooks: openApiWebhooks });

  const now = deps.now ?? (() => new Date());
  const limiter = createRateLimiter(deps.rateLimitStore ?? createMemoryRateLimitStore({ now }), deps.logger);
  const accounts = createAccountsService({
    db: deps.db,
    config,
    limiter,
    now,
    revokeSessions: revokeAccountSessions,
  });
  const auth = createAuthService({
    db: deps.db,
    keys: deps.keys,
    config,
    accounts,
    limiter,
    now,
    logger: deps.logger,
  });
  registerAuthentication(app, (token) => auth.authenticate(token));
  registerRateLimit(app, {
    limiter,
    perMinute: config.RATE_LIMIT_PER_MINUTE,
    identify: (token) => auth.authenticate(token),
  });

  await app.register(opsModule, { db: deps.db, metrics, metricsToken: config.METRICS_TOKEN });
  await app.register(authModule, { service: auth });
  await app.register(accountsModule, { service: accounts });
  await app.register(eventsModule, {
    db: deps.db,
    stream: { pollMs: config.EVENT_STREAM_POLL_MS, heartbeatMs: config.EVENT_STREAM_HEARTBEAT_MS },
    logger: deps.logger,
  });
  const clock = { db: deps.db, now };
  await app.register(collectivesModule, clock);
  await app.register(membersModule, clock);
  await app.register(invitationsModule, clock);
  await app.register(jobsModule, clock);
  await app.register(referralsModule, clock);
  await app.register(reciprocityModule, clock);
  await app.register(matchingModule, {
    ...clock,
    config,
    logger: deps.logger,
    metrics: metrics.matching,
    ...(deps.matchingBuilder ? { builder: deps.matchingBuilder } : {}),
    ...(deps.matchingPatchTurns === undefined ? {} : { patchTurns: deps.matchingPatchTurns }),
  });
  await app.register(endorsementsModule, {
    ...clock,
    keys: deps.keys,
    baseUrl: config.PUBLIC_BASE_URL.replace(/\/+$/, ''),
  });
  await app.register(privacyModule, { ...clock, config, accounts, limiter });
  await app.register(notificationsModule, clock);

  const box = createSecretBox(
    deps.webhookSecretsKey ??
      (config.WEBHOOK_SECRETS_KEY ? Buffer.from(config.WEBHOOK_SECRETS_KEY, 'base64') : randomBytes(32)),
  );
  const policy = {
    allowPrivate: config.WEBHOOKS_ALLOW_PRIVATE_URLS,
    resolve: deps.resolveHost ?? systemResolver,
  };
  await app.register(webhooksModule, { ...clock, box, policy });
  // Every instance delivers: the worker leases endpoints in the database, so they share the work.
  const worker = createDeliveryWorker({
    ...clock,
    box,
    policy,
    logger: deps.logger,
    pollMs: config.WEBHOOK_POLL_MS,
  });
  app.decorate('webhookDelivery', worker);
  if (config.WEBHOOK_WORKER) {
    app.addHook('onReady', async () => {
      worker.start();
    });
  }
  app.addHook('onClose', () => worker.stop());

  return app;
}
