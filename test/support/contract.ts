import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';

/**
 * Holds every response a test receives to the OpenAPI document: the status must be declared
 * for the operation, the media type must be one it lists (or no body where it lists none), the
 * body must match the schema, and the headers that carry meaning to a client (ETag, Location,
 * Retry-After...) must be declared where they are sent. Used for `app.inject` (test/support/app.ts)
 * and for the generated client in the end-to-end suite, so the document has to tell the truth,
 * errors included. Operations are found by matching the URL against the document's paths, so a
 * route added later is checked without anyone listing it.
 */

interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
  headers?: Record<string, { required?: boolean }>;
}

interface OperationObject {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
}

export interface ContractDocument {
  paths: Record<string, Record<string, OperationObject>>;
}

export interface ObservedResponse {
  method: string;
  /** The request URL: a path, or an absolute URL (its path is what counts). */
  url: string;
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** The raw body; empty when there is none. */
  body: string;
}

/** Response headers with a meaning to clients: sending one the document does not declare is a lie. */
const MEANINGFUL_HEADERS = ['etag', 'location', 'retry-after', 'idempotent-replayed'];

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

interface PathMatcher {
  template: string;
  pattern: RegExp;
  /** Literal segments first: `/v1/invitations/accept` wins over `/v1/invitations/{id}`. */
  parameters: number;
}

function matcherOf(template: string): PathMatcher {
  const segments = template
    .split('/')
    .map((segment) =>
      /^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return {
    template,
    pattern: new RegExp(`^${segments.join('/')}$`),
    parameters: (template.match(/\{/g) ?? []).length,
  };
}

function pointerTo(...keys: string[]): string {
  return keys.map((key) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function headerValue(value: ObservedResponse['headers'][string]): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export interface ContractChecker {
  /** What is wrong with the response, one line each; empty when the document tells the truth. */
  check(response: ObservedResponse): string[];
  /** Throws listing every mismatch. */
  assert(response: ObservedResponse): void;
}

export function contractChecker(document: ContractDocument): ContractChecker {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi');
  const matchers = Object.keys(document.paths)
    .map(matcherOf)
    .sort((a, b) => a.parameters - b.parameters);
  const validators = new Map<string, ValidateFunction>();

  function validatorFor(pointer: string): ValidateFunction {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  }

  function check(response: ObservedResponse): string[] {
    const method = response.method.toLowerCase();
    const path = new URL(response.url, 'http://localhost').pathname;
    const template = matchers.find((m) => m.pattern.test(path) && document.paths[m.template]?.[method]);
    // Not an operation of the API (a route that does not exist, HEAD, Swagger UI's files): the
    // router's own 404 answers those, and there is nothing documented to hold it to.
    if (!template) return [];
    const operation = document.paths[template.template]![method]!;
    // Every route of the API has an operationId (test/modules/ops checks): one without is a route
    // a test added for itself, with no contract to keep.
    if (operation.operationId === undefined) return [];
    const name = `${operation.operationId ?? `${method} ${template.template}`} answered ${response.status}`;
    const status = String(response.status);
    const declared = operation.responses?.[status] ?? operation.responses?.[`${status[0]}XX`];
    if (!declared) {
      return [
        `${name}, which the document does not declare (declared: ${Object.keys(operation.responses ?? {}).join(', ')})`,
      ];
    }
    const problems: string[] = [];
    const declaredHeaders = Object.fromEntries(
      Object.entries(declared.headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]),
    );
    for (const header of MEANINGFUL_HEADERS) {
      if (headerValue(response.headers[header]) !== undefined && !declaredHeaders[header]) {
        problems.push(`${name} with a ${header} header the document does not declare`);
      }
    }
    for (const [header, declaration] of Object.entries(declaredHeaders)) {
      if (declaration.required && headerValue(response.headers[header]) === undefined) {
        problems.push(`${name} without the required ${header} header`);
      }
    }
    const mediaType = headerValue(response.headers['content-type'])?.split(';')[0]?.trim().toLowerCase();
    if (response.body === '') {
      // An empty body is only right where no content, or a body of `undefined`, is declared.
      if (declared.content && Object.keys(declared.content).length > 0) {
        problems.push(
          `${name} with no body, but the document declares ${Object.keys(declared.content).join(', ')}`,
        );
      }
      return problems;
    }
    // A declared media type may carry parameters (`text/plain; version=0.0.4`): compare the types.
    const declaredType = Object.keys(declared.content ?? {}).find(
      (key) => key.split(';')[0]?.trim().toLowerCase() === mediaType,
    );
    if (!declared.content || mediaType === undefined || declaredType === undefined) {
      problems.push(
        `${name} with ${mediaType ?? 'no content type'}, but the document declares ${Object.keys(declared.content ?? {}).join(', ') || 'no body'}`,
      );
      return problems;
    }
    if (!JSON_MEDIA_TYPE.test(mediaType) || declared.content[declaredType]?.schema === undefined)
      return problems;
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return [...problems, `${name} with a ${mediaType} body that is not JSON`];
    }
    const pointer = pointerTo(
      'paths',
      template.template,
      method,
      'responses',
      status,
      'content',
      declaredType,
      'schema',
    );
    const validate = validatorFor(pointer);
    if (!validate(body)) {
      for (const error of validate.errors ?? []) {
        problems.push(
          `${name}: body${error.instancePath} ${error.message ?? 'is invalid'} (${error.schemaPath})`,
        );
      }
    }
    return problems;
  }

  return {
    check,
    assert(response) {
      const problems = check(response);
      if (problems.length > 0) {
        throw new Error(
          `The response does not match the OpenAPI document:\n- ${problems.join('\n- ')}\nbody: ${response.body.slice(0, 2_000)}`,
        );
      }
    },
  };
}
