import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The whole environment of the service, parsed once. Nothing else in the code base reads
 * `process.env`: everything it needs arrives through this object.
 */
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().min(0);
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const REFRESH_LIFETIMES = ['REFRESH_TOKEN_TTL_DAYS', 'REFRESH_TOKEN_MAX_DAYS'];

/** An IPv4 or IPv6 address, optionally with a CIDR prefix length. */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...more] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || more.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/**
 * Which proxies in front of the service are trusted to say who the client is
 * (X-Forwarded-For): `false` (none), `true` (all), a number of hops, or the proxies' addresses
 * and CIDR ranges. Checked here, so a typo fails at start-up rather than trusting the wrong peer.
 */
const trustProxy = z.string().transform((value, ctx): boolean | number | string[] => {
  const text = value.trim();
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^\d+$/.test(text)) {
    if (Number(text) >= 1) return Number(text);
    ctx.addIssue({ code: 'custom', message: 'a hop count is 1 or more (false trusts no proxy)' });
    return z.NEVER;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isAddressOrRange(entry));
  if (invalid.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be true, false, a hop count, or comma-separated IP addresses or CIDR ranges; not ${invalid.map((e) => JSON.stringify(e)).join(', ')}`,
    });
    return z.NEVER;
  }
  return entries;
});

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** When unset, an embedded PostgreSQL is started with its data under DATA_DIR. */
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    DB_POOL_MAX: positiveInt.max(200).default(10),
    DB_CONNECT_TIMEOUT_MS: positiveInt.default(5_000),
    DB_STATEMENT_TIMEOUT_MS: positiveInt.default(10_000),
    REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
    /** Fastify's trustProxy: whom to believe about the client's address (request.ip). Off by default. */
    TRUST_PROXY: trustProxy.default(false),
    /** How long in-flight requests may take to finish after SIGTERM before the process exits anyway. */
    SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
    /**
     * Public origin of the API: the `iss` of the access tokens it signs (and the base of
     * absolute links such as credential status URLs).
     */
    PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),

    /** Private key that signs access tokens: PEM (PKCS#8) or a JWK as JSON. RS256. */
    JWT_SIGNING_KEY: z.string().min(1).optional(),
    /**
     * Extra public keys to publish and accept during a rotation: a JSON array of JWKs, or PEM
     * public keys one after the other. The signing key's public half is always published.
     */
    JWT_VERIFY_KEYS: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).default('referral-exchange'),
    /** Access token lifetime; SPEC caps it at 15 minutes. */
    ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(900).default(900),
    /** How long a refresh token stays valid unused; each rotation starts a new one. */
    REFRESH_TOKEN_TTL_DAYS: positiveInt.max(365).default(30),
    /**
     * Absolute lifetime of a session (a refresh token family), from its sign-in: rotation
     * cannot keep a stolen or forgotten session alive for ever. At most ten years, so the
     * expiry it computes is a real date.
     */
    REFRESH_TOKEN_MAX_DAYS: positiveInt.max(3650).default(90),
    /** Password hashes computed at once; the rest queue, so logins cannot starve token checks. */
    PASSWORD_HASH_CONCURRENCY: positiveInt.max(64).default(2),

    /** Optional external OpenID Connect issuer whose access tokens are accepted too. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_JWKS_URL: z.url().optional(),

    /** Shared rate-limit counters across instances; in memory when unset. */
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    /** Requests per minute per account (or per IP without a token). */
    RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
    /** createToken attempts per minute per email and per IP; createAccount per IP. */
    AUTH_RATE_LIMIT_PER_MINUTE: positiveInt.default(10),

    /**
     * Memory for the matching models of all collectives, in megabytes (about 6 MB per 1,000
     * members, README "Operating it"): beyond it the least recently used models are dropped.
     */
    MATCHING_CACHE_MB: positiveInt.max(1_048_576).default(512),
    /**
     * How long a match request waits for the rebuild of a changed collective's model before it
     * answers from the previous one (retractions and departures filtered out at once). Only for
     * collectives whose last build took less than this: big ones answer at once.
     */
    MATCHING_FRESH_WAIT_MS: nonNegativeInt.max(60_000).default(100),
    /**
     * How long a collective whose only changes since its model are endorsements given,
     * availability or role changes, retractions and departures is served by that model patched
     * with them (matching.additions.ts: the new endorsements' trust edges wait for the rebuild)
     * before it is rebuilt: a rebuild of a big collective costs seconds of CPU that every other
     * request shares. 0 rebuilds at once, as for any other change.
     */
    MATCHING_PATCH_REBUILD_MS: nonNegativeInt.max(3_600_000).default(30_000),
    /** Build matching models in a worker thread, so that a rebuild never blocks requests. */
    MATCHING_WORKER: flag.default(true),
    /**
     * The worker thread's nice value (0 to 19; Linux gives each thread its own): above 0 the
     * requests, PostgreSQL and the rest of the machine go first when CPU is short, and builds
     * take what is left, so changes take longer to show (README, "How matching ranks people").
     */
    MATCHING_WORKER_NICE: nonNegativeInt.max(19).default(0),
    /**
     * When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`; unset, it is open
     * and must be kept private by the network (README, "Metrics"). Long enough not to be
     * guessed, since /metrics is not rate limited.
     */
    METRICS_TOKEN: z
      .string()
      .regex(/^[\x21-\x7e]{16,256}$/, 'must be 16 to 256 visible ASCII characters (openssl rand -hex 32)')
      .optional(),
    /** exportMyData per minute per account: each export reads everything about the caller. */
    EXPORT_LIMIT_PER_MINUTE: positiveInt.max(600).default(2),

    /**
     * Retention (src/modules/privacy): how often the purge runs (0: never, for a deployment
     * that runs it elsewhere), how many rows one statement deletes, and how long after it
     * stopped being useful each kind of row is kept.
     */
    RETENTION_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
    RETENTION_BATCH_SIZE: positiveInt.max(100_000).default(1_000),
    /** Days a refresh token is kept after it expired (a rotated one presented meanwhile still revokes its family). */
    RETENTION_TOKEN_DAYS: positiveInt.max(3650).default(7),
    /** Days an invitation is kept after it was accepted, revoked or expired (admins still list it). */
    RETENTION_INVITATION_DAYS: positiveInt.max(3650).default(30),
    /** Days an Idempotency-Key record is kept; at least 1, since keys are honoured for 24 hours. */
    RETENTION_IDEMPOTENCY_DAYS: positiveInt.max(3650).default(2),
    /**
     * Webhook URLs may be `http` and resolve to loopback or private addresses. Development and
     * tests only: it lets a webhook reach the service's own network (SSRF).
     */
    WEBHOOKS_ALLOW_PRIVATE_URLS: flag.default(false),
    /**
     * Key that seals webhook signing secrets in the database (AES-256-GCM): 32 bytes, base64.
     * Without it, a key generated on first start is kept in DATA_DIR.
     */
    WEBHOOK_SECRETS_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .optional(),
    /** Whether this instance runs a webhook delivery worker (every instance may; they share the work). */
    WEBHOOK_WORKER: flag.default(true),
    /** How often an idle delivery worker looks for due messages. */
    WEBHOOK_POLL_MS: positiveInt.max(60_000).default(1_000),
    /**
     * How often an open event stream reads new events when no notification woke it: the fallback
     * for notifications lost while the listening connection was down (bench/README.md).
     */
    EVENT_STREAM_POLL_MS: positiveInt.max(60_000).default(10_000),
    /** How often an event stream sends a comment line, so that proxies keep the connection. */
    EVENT_STREAM_HEARTBEAT_MS: positiveInt.max(300_000).default(15_000),
  })
  .refine((env) => env.REFRESH_TOKEN_MAX_DAYS >= env.REFRESH_TOKEN_TTL_DAYS, {
    path: ['REFRESH_TOKEN_MAX_DAYS'],
    message: 'must be at least REFRESH_TOKEN_TTL_DAYS: a session cannot be shorter than one refresh token',
    // Compared only when both parsed: a value already reported as invalid says enough.
    when: ({ issues }) => !issues.some((issue) => REFRESH_LIFETIMES.includes(String(issue.path?.[0]))),
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.WEBHOOKS_ALLOW_PRIVATE_URLS), {
    path: ['WEBHOOKS_ALLOW_PRIVATE_URLS'],
    message: 'must not be true in production: it lets webhooks reach private networks',
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_AUDIENCE, env.OIDC_JWKS_URL];
    if (oidc.some((v) => v !== undefined) && !oidc.every((v) => v !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL must be set together',
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws one ConfigError that lists every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set" (as in `DATABASE_URL= npm start`), not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
