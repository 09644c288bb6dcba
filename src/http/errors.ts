/**
 * Typed errors that services throw. They carry an HTTP status and a stable SCREAMING_SNAKE
 * `code`, and know nothing of Fastify: the one error handler (./problem.ts) renders them.
 */
export interface FieldError {
  /** JSON pointer into the part of the request named by `location`, e.g. `/example/title`. */
  pointer: string;
  detail: string;
  location?: 'body' | 'query' | 'path' | 'header';
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  readonly headers: Record<string, string> = {};

  constructor(
    readonly code: string,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class BadRequest extends AppError {
  readonly status = 400;
  readonly title = 'Bad Request';
}

/** Input that is well-formed but breaks a rule: reported with a pointer per problem. */
export class ValidationFailed extends AppError {
  readonly status = 400;
  readonly title = 'Validation failed';
  constructor(errors: FieldError[], detail = 'The request has invalid fields; see errors.') {
    super('VALIDATION_FAILED', detail, errors);
  }
}

export class Unauthorized extends AppError {
  readonly status = 401;
  readonly title = 'Unauthorized';
  constructor(code = 'UNAUTHORIZED', detail = 'A valid access token is required.') {
    super(code, detail);
    this.headers['www-authenticate'] = 'Bearer';
  }
}

export class Forbidden extends AppError {
  readonly status = 403;
  readonly title = 'Forbidden';
}

export class NotFound extends AppError {
  readonly status = 404;
  readonly title = 'Not Found';
}

export class Conflict extends AppError {
  readonly status = 409;
  readonly title = 'Conflict';
}

export class PreconditionFailed extends AppError {
  readonly status = 412;
  readonly title = 'Precondition Failed';
}

export class PreconditionRequired extends AppError {
  readonly status = 428;
  readonly title = 'Precondition Required';
}

export class Unprocessable extends AppError {
  readonly status = 422;
  readonly title = 'Unprocessable Content';
}

export class TooManyRequests extends AppError {
  readonly status = 429;
  readonly title = 'Too Many Requests';
  constructor(retryAfterSeconds: number, detail = 'Too many requests; try again later.') {
    super('RATE_LIMITED', detail);
    this.headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  }
}

export class ServiceUnavailable extends AppError {
  readonly status = 503;
  readonly title = 'Service Unavailable';
  constructor(code: string, detail: string, retryAfterSeconds = 5) {
    super(code, detail);
    this.headers['retry-after'] = String(retryAfterSeconds);
  }
}
