import { z } from 'zod';

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
  content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof Problem } };
}

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
        content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
      },
    ]),
  ) as Record<S | 500, ProblemResponse>;
}

export const Uuid = z.uuid();

/** Path parameters shared by the collective-scoped routes. */
export const CollectiveParams = z.object({ collectiveId: z.uuid() });
export const MemberParams = z.object({ collectiveId: z.uuid(), memberId: z.uuid() });
export const JobParams = z.object({ collectiveId: z.uuid(), jobId: z.uuid() });

/** Headers of a create that accepts an Idempotency-Key. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe('Retry-safe creates: the same key and body within 24 h replay the first response'),
});

/** Headers of an update that takes the ETag it was based on. */
export const IfMatchHeaders = z.object({
  'if-match': z.string().optional().describe('The ETag you read; a stale one gets 412'),
});

/** Headers of a GET that returns an ETag (answered by `sendWithEtag` in etag.ts). */
export const IfNoneMatchHeaders = z.object({
  'if-none-match': z
    .string()
    .optional()
    .describe('ETags you hold (or *): when one is current the answer is 304 with no body'),
});

const ETAG_HEADER = {
  etag: {
    type: 'string',
    description: 'The version of this representation: If-Match on updates, If-None-Match on reads',
  },
} as const;

/** A response that carries the resource's ETag: `response: { 200: withEtag(Job, 'The job') }`. */
export function withEtag<T extends z.ZodType>(schema: T, description: string) {
  return { description, headers: ETAG_HEADER, content: { 'application/json': { schema } } };
}

/** The 304 of such a GET. */
export const NotModified = z.undefined().meta({
  description: 'Not modified: the ETag you sent in If-None-Match is current (no body)',
  headers: ETAG_HEADER,
});

/** Action endpoints (accept, decline, cancel, retract...) take no body, or `{}`. */
export const EmptyBody = z.strictObject({}).nullish().describe('No body, or {}');
