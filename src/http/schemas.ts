import { z } from 'zod';
import { text } from './text.js';

/** RFC 9457 problem details, as every error response of the API is shaped. */
export const Problem = z
  .object({
    type: z.string().describe('URI reference identifying the problem type'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The request path'),
    code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED'),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          pointer: z.string().describe('JSON pointer into the request part named by `location`'),
          detail: z.string(),
          location: z.enum(['body', 'query', 'path', 'header']).optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (see `errors` for pointers)',
  401: 'Missing or invalid access token',
  403: 'Not allowed for your role',
  404: 'Not found (or not visible to you)',
  409: 'Conflicts with the current state',
  412: 'The If-Match tag is stale',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Well-formed but cannot be processed',
  428: 'If-Match is required',
  429: 'Rate limit exceeded (see Retry-After)',
  500: 'Internal error',
  503: 'Temporarily unavailable (see Retry-After)',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

interface ProblemResponse {
  description: string;
  headers?: Record<string, unknown>;
  content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof Problem } };
}

/** Statuses whose problem tells the client when to come back. */
const RETRY_AFTER_STATUSES = new Set([429, 503]);

/**
 * Response declarations for the error statuses a route can return, all problem+json. 500
 * is always included: any route can fail unexpectedly.
 */
export function problemResponses<const S extends number>(...statuses: S[]): Record<S | 500, ProblemResponse> {
  const all = [...new Set<number>([...statuses, 500])];
  return Object.fromEntries(
    all.map((status) => [
      status,
      {
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Error',
        ...(RETRY_AFTER_STATUSES.has(status) ? { headers: headersOf(['Retry-After']) } : {}),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
      },
    ]),
  ) as Record<S | 500, ProblemResponse>;
}

export const Uuid = z.uuid();

/**
 * PostgreSQL has no year 0 (1 BC comes just before 1 AD) and refuses it in a date or a
 * timestamp, while ISO 8601 and zod accept `0000`: such a value reached the database as an
 * error, a 500. Every request date and time goes through these, so it is a 400 instead.
 */
export function isoDate(params?: Parameters<typeof z.iso.date>[0]) {
  return z.iso.date(params).refine((day) => !day.startsWith('0000'), 'must be in year 0001 or later');
}

/**
 * An instant, ISO 8601 (in UTC unless `offset: true`), in the years 0001 to 9999 once its
 * offset is applied. Besides year 0, `9999-12-31T23:00:00-12:00` is in year 10000 in UTC:
 * stored fine, it could not be answered, since a response time has a four-digit year.
 */
export function isoDateTime(params?: Parameters<typeof z.iso.datetime>[0]) {
  return z.iso.datetime(params).refine((value) => {
    const year = new Date(value).getUTCFullYear();
    // NaN: not a date-time at all, which the format check reports.
    return Number.isNaN(year) || (year >= 1 && year <= 9_999);
  }, 'must be in the years 0001 to 9999 (UTC)');
}

/** Path parameters shared by the collective-scoped routes. */
export const CollectiveParams = z.object({ collectiveId: z.uuid() });
export const MemberParams = z.object({ collectiveId: z.uuid(), memberId: z.uuid() });
export const JobParams = z.object({ collectiveId: z.uuid(), jobId: z.uuid() });

/** Headers of a create that accepts an Idempotency-Key. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': text({ max: 255, min: 1 })
    .regex(/^[\x21-\x7e]+$/, 'must be 1 to 255 visible ASCII characters')
    .optional()
    .describe('Retry-safe creates: the same key and body within 24 h replay the first response'),
});

// ETag headers are lists with optional whitespace, which HTTP spells as spaces or tabs
// (RFC 9110 OWS): 'multiline' lets tabs through; header values never hold line breaks.

/** Headers of an update guarded by the resource's ETag (parsed by `expectedVersion`). */
export const IfMatchHeaders = z.object({
  'if-match': text({ max: 64, kind: 'multiline' })
    .optional()
    .describe('The ETag you read; a stale one gets 412'),
});

/** Headers of a GET that returns an ETag (answered by `sendWithEtag` in etag.ts). */
export const IfNoneMatchHeaders = z.object({
  'if-none-match': text({ max: 1_024, kind: 'multiline' })
    .optional()
    .describe('ETags you hold (or *): when one is current the answer is 304 with no body'),
});

/**
 * Response headers with a meaning to clients, in the form @fastify/swagger turns into OpenAPI
 * header objects, spelt as HTTP spells them (header names are case-insensitive). Declared wherever they are sent: a generated client reads them from here.
 */
const RESPONSE_HEADERS = {
  ETag: {
    type: 'string',
    maxLength: 64,
    description: 'The version of this representation: If-Match on updates, If-None-Match on reads',
  },
  Location: {
    type: 'string',
    maxLength: 256,
    description: 'The path of the resource just created',
  },
  'Idempotent-Replayed': {
    type: 'string',
    enum: ['true'],
    description: 'Sent on a replay: this is the first response to the same Idempotency-Key and body',
  },
  'Retry-After': {
    type: 'string',
    pattern: '^[0-9]{1,6}$',
    maxLength: 6,
    description: 'Seconds to wait before trying again',
  },
} as const;
type ResponseHeader = keyof typeof RESPONSE_HEADERS;

function headersOf(names: readonly ResponseHeader[]) {
  return Object.fromEntries(names.map((name) => [name, RESPONSE_HEADERS[name]]));
}

/** A JSON response that carries the given headers. */
export function withHeaders<T extends z.ZodType>(
  schema: T,
  description: string,
  headers: readonly ResponseHeader[],
) {
  return { description, headers: headersOf(headers), content: { 'application/json': { schema } } };
}

/** A response that carries the resource's ETag: `response: { 200: withEtag(Job, 'The job') }`. */
export function withEtag<T extends z.ZodType>(schema: T, description: string) {
  return withHeaders(schema, description, ['ETag']);
}

/**
 * The 201 of a create that takes an Idempotency-Key (answered by `sendCreateResult`): the new
 * resource's Location, the replay marker, and its ETag when it is a versioned resource.
 */
export function created<T extends z.ZodType>(schema: T, description: string, { etag = false } = {}) {
  return withHeaders(schema, description, [
    'Location',
    'Idempotent-Replayed',
    ...(etag ? (['ETag'] as const) : []),
  ]);
}

/** The 304 of such a GET. */
export const NotModified = z.undefined().meta({
  description: 'Not modified: the ETag you sent in If-None-Match is current (no body)',
  headers: headersOf(['ETag']),
});

/** Action endpoints (accept, decline, cancel, retract...) take no body, or `{}`. */
export const EmptyBody = z.strictObject({}).nullish().describe('No body, or {}');
