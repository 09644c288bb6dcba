import { randomUUID } from 'node:crypto';

/**
 * Reading the app's OpenAPI document in tests that cover every route (tenancy, hostile input):
 * the routes, `$ref` resolution, the patterns a string must match, and one value that satisfies
 * a schema. A route added later is covered without anyone remembering to add it to those tests.
 */

export type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  operationId: string;
  security?: Record<string, unknown>[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export interface Route {
  method: string;
  path: string;
  operation: Operation;
}

export function routesOf(document: OpenApiDocument): Route[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({ method, path, operation })),
  );
}

export const describeRoute = (r: Route) => `${r.operation.operationId} ${r.method.toUpperCase()} ${r.path}`;

export function isAuthenticated(operation: Operation): boolean {
  return (operation.security ?? []).some((s) => 'bearerAuth' in s);
}

export function requestBodySchema(operation: Operation): JsonSchema | undefined {
  return operation.requestBody?.content['application/json']?.schema;
}

export function resolve(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = document.components.schemas[name];
  if (!target) throw new Error(`unresolvable ${schema.$ref}`);
  return resolve(document, target);
}

/** The type of a schema, ignoring `null` in a type list. */
export function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
}

/**
 * Every pattern a string must match: `pattern`, or one per `allOf` member when there are
 * several. JSON Schema patterns are ECMA-262 with Unicode semantics, hence the `u` flag.
 */
export function patternsOf(schema: JsonSchema): RegExp[] {
  const sources = [schema.pattern, ...(schema.allOf ?? []).map((s) => s.pattern)];
  return sources.filter((p): p is string => p !== undefined).map((p) => new RegExp(p, 'u'));
}

// A realistic sentence: long enough and varied enough for free-text rules (e.g. a worked example).
export const SENTENCE =
  'Anna led the research for a regional bank, interviewed twelve customers, shipped weekly prototypes and cut onboarding drop-off by a third within two months.';

/** A value that satisfies the schema, so that validation passes and what comes after answers. */
export function sample(
  document: OpenApiDocument,
  input: JsonSchema,
  context: 'top' | 'item' = 'top',
): unknown {
  const schema = resolve(document, input);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const chosen = variants.find((v) => resolve(document, v).type !== 'null') ?? variants[0]!;
    return sample(document, chosen, context);
  }
  const type = typeOf(schema);
  if (schema.allOf && type !== 'string') {
    return Object.assign({}, ...(schema.allOf.map((s) => sample(document, s, context)) as object[]));
  }
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = sample(document, schema.properties?.[name] ?? {});
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () =>
        sample(document, schema.items ?? {}, 'item'),
      );
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      return sampleString(schema, context);
    default:
      return schema.default ?? {};
  }
}

function sampleString(schema: JsonSchema, context: 'top' | 'item'): string {
  switch (schema.format) {
    case 'uuid':
      return randomUUID();
    case 'email':
      return 'someone@example.test';
    case 'date':
      return '2024-03-01';
    case 'date-time':
      return new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();
    case 'uri':
    case 'url':
      return 'https://example.test/evidence';
  }
  // Items of string arrays are usually tags (skills): a single word.
  const text = context === 'item' ? 'research' : SENTENCE;
  const min = schema.minLength ?? 0;
  const long = text.length >= min ? text : `${text} `.repeat(Math.ceil(min / text.length) + 1).trim();
  const plain = schema.maxLength === undefined ? long : long.slice(0, schema.maxLength).trim();
  const patterns = patternsOf(schema);
  const fit = [plain, 'EUR', 'en', 'research', 'Europe/Berlin', 'abc', 'job.posted'].find((candidate) =>
    patterns.every((pattern) => pattern.test(candidate)),
  );
  if (fit === undefined) throw new Error(`no sample string for patterns ${patterns.join(', ')}`);
  return fit;
}
