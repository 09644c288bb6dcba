import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable, isStatementTimeout, isUniqueViolation } from '../db/errors.js';
import { AppError, type FieldError } from './errors.js';
import { PROBLEM_CONTENT_TYPE, type Problem } from './schemas.js';

/** Where a problem's `type` URI points: one page per stable code. */
function problemType(code: string): string {
  return `/problems/${code.toLowerCase().replaceAll('_', '-')}`;
}

function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  fields: { status: number; title: string; code: string; detail: string; errors?: FieldError[] | undefined },
  headers: Record<string, string> = {},
): FastifyReply {
  const problem: Problem = {
    type: problemType(fields.code),
    title: fields.title,
    status: fields.status,
    detail: fields.detail,
    instance: request.url.split('?')[0] ?? request.url,
    code: fields.code,
    requestId: request.id,
    ...(fields.errors && fields.errors.length > 0 ? { errors: fields.errors } : {}),
  };
  // The header is set here too, not only by the onRequest hook: framework errors (a URL the router
  // cannot decode) are answered before any hook runs.
  return reply
    .code(fields.status)
    .headers({ ...headers, 'x-request-id': request.id })
    .type(PROBLEM_CONTENT_TYPE)
    .send(problem);
}

const VALIDATION_LOCATIONS: Record<string, FieldError['location']> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** JSON pointer (RFC 6901) for a path of keys and indexes. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Fastify's own 4xx errors that are safe to pass on, with a code and title of ours. */
const FASTIFY_CLIENT_ERRORS: Record<
  string,
  { status: number; code: string; title: string; detail?: string }
> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    title: 'Bad Request',
    detail: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    title: 'Bad Request',
    detail: 'The request body is empty but the content type is JSON; send {} or no content type.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', title: 'Content Too Large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    title: 'Unsupported Media Type',
    detail: 'Send request bodies as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_CONTENT_LENGTH', title: 'Bad Request' },
  // Raised by the router before any route runs: only `frameworkErrors` (see problemRenderer) sees them.
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'BAD_URL',
    title: 'Bad Request',
    detail: 'The URL has a percent-escape which does not decode to UTF-8 text.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'URI_TOO_LONG',
    title: 'URI Too Long',
    detail: 'A segment of the URL path is longer than any identifier of this API.',
  },
};

type ErrorRenderer = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => FastifyReply;

/**
 * The one place where errors become responses: RFC 9457 problem+json with a stable code and
 * the request id. Internal messages, SQL and stack traces are logged, never sent. It is the
 * app's error handler, and Fastify's `frameworkErrors` too: a URL the router cannot decode
 * never reaches the error handler, and Fastify's own answer to it is plain JSON.
 */
export function problemRenderer(options: { bodyLimit: number }): ErrorRenderer {
  return (error, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(
        request,
        reply,
        {
          status: error.status,
          title: error.title,
          code: error.code,
          detail: error.message,
          errors: error.errors,
        },
        error.headers,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = VALIDATION_LOCATIONS[error.validationContext ?? 'body'] ?? 'body';
      return sendProblem(request, reply, {
        status: 400,
        title: 'Validation failed',
        code: 'VALIDATION_FAILED',
        detail: 'The request has invalid fields; see errors.',
        errors: error.validation.map((issue) => ({
          pointer: validationPointer(issue),
          detail: issue.message ?? 'is invalid',
          location,
        })),
      });
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) {
      const detail =
        known.detail ??
        (known.status === 413
          ? `The request body is larger than ${options.bodyLimit} bytes.`
          : error.message);
      return sendProblem(request, reply, { ...known, detail });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      // A statement cut by statement_timeout (a lock held too long, an overloaded server) is
      // told apart from an unreachable database: the client's answer (retry) is the same.
      const timedOut = isStatementTimeout(error);
      return sendProblem(
        request,
        reply,
        {
          status: 503,
          title: 'Service Unavailable',
          code: timedOut ? 'DATABASE_TIMEOUT' : 'DATABASE_UNAVAILABLE',
          detail: timedOut
            ? 'The database did not answer in time; try again shortly.'
            : 'The database is unavailable; try again shortly.',
        },
        { 'retry-after': '5' },
      );
    }
    if (isUniqueViolation(error)) {
      request.log.info({ err: error }, 'unique violation');
      return sendProblem(request, reply, {
        status: 409,
        title: 'Conflict',
        code: 'CONFLICT',
        detail: 'The request conflicts with an existing resource.',
      });
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Other Fastify client errors (e.g. a malformed URL): their messages describe the request.
      return sendProblem(request, reply, {
        status,
        title: 'Bad Request',
        code: 'BAD_REQUEST',
        detail: error.message,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, {
      status: 500,
      title: 'Internal Server Error',
      code: 'INTERNAL',
      detail: 'An unexpected error occurred. Quote the requestId when reporting it.',
    });
  };
}

export function registerProblemHandlers(app: FastifyInstance, render: ErrorRenderer): void {
  app.setErrorHandler(render);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, {
      status: 404,
      title: 'Not Found',
      code: 'ROUTE_NOT_FOUND',
      detail: `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`,
    }),
  );
}

/** The JSON pointer of a validation issue; an unknown key of a strict object points at itself. */
function validationPointer(issue: {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}): string {
  const base = issue.instancePath === '/' ? '' : issue.instancePath;
  const keys = issue.params.keys;
  if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys) && typeof keys[0] === 'string') {
    return `${base}${toPointer([keys[0]])}`;
  }
  return base;
}
