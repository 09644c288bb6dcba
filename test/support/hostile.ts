import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import {
  patternsOf,
  resolve,
  sample,
  typeOf,
  type JsonSchema,
  type OpenApiDocument,
  type Parameter,
  type Route,
} from './openapi.js';

/**
 * fast-check arbitraries for requests to one operation of the OpenAPI document, for
 * test/http/hostile-input.test.ts: a valid request (path ids, query, declared headers and a
 * body derived from the schemas, with real ids and known-good values where the services need
 * them), then at most one mutation: a body node replaced by a hostile value or tweaked within
 * its shape, a key dropped or added, a body that is not JSON, or one hostile path parameter,
 * query parameter or header.
 */

/** What the generators need to know of the test's fixture. */
export interface Ground {
  /** Ids for each path parameter name (`collectiveId`, `memberId`...). */
  pathIds: Record<string, readonly string[]>;
  /** Every id of the fixture, for uuid fields of bodies and queries. */
  ids: readonly string[];
  /** Values the services accept, by field name (a real refresh token, the account's email...). */
  known: Record<string, readonly string[]>;
}

/** A JSON literal sent as written, for numbers JavaScript cannot hold (`1e400`). */
class RawJson {
  constructor(readonly text: string) {}
}

export type Body = { json: unknown } | { raw: string; contentType: string };

export interface GeneratedRequest {
  /** Already percent-encoded. */
  path: Record<string, string>;
  /** Already percent-encoded; an array repeats the parameter. */
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: Body | undefined;
}

// ---------------------------------------------------------------------------------------------
// Encoding

/**
 * Percent-encoding that also carries an unpaired surrogate, as the three bytes its code unit
 * would take in UTF-8 (encodeURIComponent throws on it). The server sees invalid UTF-8.
 */
function percentEncode(value: string): string {
  let out = '';
  for (const char of value) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

const RAW_MARK = '\u2063raw\u2063';

/** JSON text of a body; RawJson values are spliced in as written. */
function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (!(v instanceof RawJson)) return v;
    raws.push(v.text);
    return `${RAW_MARK}${raws.length - 1}`;
  });
  return text.replace(new RegExp(`"${RAW_MARK}(\\d+)"`, 'g'), (_m, i: string) => raws[Number(i)]!);
}

function urlOf(route: Route, request: GeneratedRequest): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => request.path[name] ?? '');
  const query = Object.entries(request.query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => `${percentEncode(name)}=${v}`),
  );
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

/** The request as `app.inject` takes it; `headers` (a token) are sent along. */
export function injectOptions(
  route: Route,
  request: GeneratedRequest,
  headers: Record<string, string>,
): InjectOptions {
  const { body } = request;
  const payload =
    body &&
    ('json' in body
      ? { type: 'application/json', text: serialize(body.json) }
      : { type: body.contentType, text: body.raw });
  return {
    method: route.method.toUpperCase(),
    url: urlOf(route, request),
    headers: { ...headers, ...request.headers, ...(payload ? { 'content-type': payload.type } : {}) },
    ...(payload ? { payload: payload.text } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Hostile values

const SPECIAL_TEXT = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff\ud800',
  '\ud83d\ude00',
  '👩‍👩‍👧‍👦',
  'e\u0301\u0301\u0301',
  '\ufdfa',
  'İ',
  'ß',
  '%',
  '_',
  '\\',
  "'",
  '"',
  '../',
  '%00',
  '\\u0000',
  '<script>',
  "' OR 1=1 --",
  '${x}',
];

/** Any UTF-16 code unit: control characters and unpaired surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 30 }),
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...SPECIAL_TEXT), fc.string({ maxLength: 20 }))
    .map(([before, special, after]) => before + special + after),
  // Just over a field's limit, or over the 64 KiB body limit.
  fc
    .tuple(fc.constantFrom('x', 'é', '😀', ' ', 'a\u0000'), fc.integer({ min: 90, max: 70_000 }))
    .map(([unit, n]) => unit.repeat(n)),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    'null',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '0x1F',
    ' 42 ',
    '2024-02-30',
    '0000-01-01',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999999999Z',
    '-000001-01-01',
    'https://',
    'javascript:alert(1)',
    'http://[::1]:0/',
    'https://example.com/%00',
    'https://exa\u0000mple.com/',
  ),
);

const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(
    -1,
    0,
    -0,
    0.5,
    1.5,
    2 ** 31,
    2 ** 31 - 1,
    -(2 ** 31),
    2 ** 53,
    2 ** 63,
    1e308,
    -1e308,
    5e-324,
  ),
  fc
    .constantFrom('1e400', '-1e400', '1e-400', '123456789012345678901234567890', '1.0', '-0.0')
    .map((text) => new RawJson(text)),
);

/**
 * Nested arrays or objects, `depth` levels deep, as JSON text: as a value, fast-check could not
 * print a counterexample holding it (it recurses as deep as the value).
 */
function nested(depth: number, kind: 'array' | 'object'): RawJson {
  return new RawJson(
    kind === 'array'
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)}`,
  );
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: hostileNumber, weight: 2 },
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom([], {}, [null], { '': '' }),
  fc
    .tuple(fc.integer({ min: 20, max: 3_000 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
    .map(([depth, kind]) => nested(depth, kind)),
  fc.array(hostileString, { maxLength: 4 }),
  fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'role')), hostileString, {
    maxKeys: 3,
  }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Query and path values, percent-encoded: hostile text, and escapes that do not decode. */
const hostileEncoded: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileString.map(percentEncode), weight: 4 },
  fc.constantFrom(
    '%',
    '%zz',
    '%ED%A0%80',
    '%C0%80',
    '%FF%FE',
    '%00',
    '%2F..%2F',
    '+',
    '%20',
    '00000000-0000-0000-0000-000000000000',
  ),
  fc.uuid().map((id) => id.toUpperCase()),
);

/** What an HTTP header can carry at all (no NUL or line breaks): Latin-1 text. */
const headerUnit = fc
  .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constant(0x09))
  .map((c) => String.fromCharCode(c));
const hostileHeader: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: headerUnit, minLength: 1, maxLength: 40 }),
  fc.integer({ min: 60, max: 400 }).map((n) => 'k'.repeat(n)),
  fc.constantFrom(
    '*',
    '"1"',
    'W/"1"',
    '"0"',
    '"-1"',
    '"999999999"',
    '"1234567890"',
    '"1", "2"',
    ' "1" ',
    'null',
  ),
);

const hostileRaw: fc.Arbitrary<Body> = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 40 }).map((raw) => ({ raw, contentType: 'application/json' })),
  fc
    .constantFrom(
      '{',
      '{"a":',
      '""',
      '0',
      '{"__proto__":{"role":"owner"}}',
      '{"constructor":{"prototype":{"role":"owner"}}}',
      '{"a":1,"a":2}',
      '\ufeff{}',
      '{"x":"\\ud800"}',
      '{"x":"\\u0000"}',
    )
    .map((raw) => ({ raw, contentType: 'application/json' })),
  fc
    .integer({ min: 1_000, max: 40_000 })
    .map((n) => ({ raw: '['.repeat(n) + ']'.repeat(n), contentType: 'application/json' })),
  fc
    .constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-16',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/jsonx',
    )
    .map((contentType) => ({ raw: '{}', contentType })),
);

// ---------------------------------------------------------------------------------------------
// Valid values, derived from the schemas

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Any day the pattern of a JSON Schema `date` allows (years 0000 to 9999): mostly recent ones,
 * often the edges of the calendar.
 */
const calendarDay: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    weight: 1,
  },
  fc.constantFrom('0000-01-01', '0000-02-29', '0001-01-01', '1969-12-31', '9999-12-31'),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
);

const instant: fc.Arbitrary<string> = fc
  .tuple(
    calendarDay,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom('', '.5', '.123', '.123456789'),
    fc.constantFrom('Z', '+00:00', '+14:00', '-12:30'),
  )
  .map(([day, h, m, fraction, zone]) => `${day}T${pad(h, 2)}:${pad(m, 2)}:00${fraction}${zone}`);

/**
 * Cursors are base64url JSON (src/http/pagination.ts), so what matters is what they decode to:
 * keys of the right shape (any instant, any sequence number) or hostile JSON.
 */
const forgedCursor: fc.Arbitrary<string> = fc
  .oneof(
    fc.tuple(
      instant.map((at) => at.replace(/[+-]\d\d:\d\d$/, 'Z')),
      fc.uuid(),
    ),
    fc.tuple(fc.oneof(fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER))),
    fc.array(hostileValue, { maxLength: 3 }),
  )
  .map((key) => Buffer.from(serialize(key)).toString('base64url'));

/** Fields whose values mean more than their schema says. */
const BY_NAME: Record<string, fc.Arbitrary<string>> = { cursor: forgedCursor };

function stringArbitrary(
  document: OpenApiDocument,
  schema: JsonSchema,
  ground: Ground,
): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Number.POSITIVE_INFINITY;
  const patterns = patternsOf(schema);
  const fits = (v: string) => v.length >= min && v.length <= max && patterns.every((p) => p.test(v));
  switch (schema.format) {
    case 'uuid':
      return fc.oneof({ arbitrary: fc.constantFrom(...ground.ids), weight: 3 }, fc.uuid());
    case 'date':
      return calendarDay.filter(fits);
    case 'date-time':
      return instant.filter(fits);
    case 'email':
      return fc.stringMatching(/^[a-z0-9]{1,12}(\.[a-z0-9]{1,8})?@[a-z0-9]{1,12}\.(test|com|de)$/);
    case 'uri':
      return fc.webUrl({ validSchemes: ['http', 'https'] }).filter(fits);
  }
  // A field's own pattern (a currency, a language tag) generates; the allowed characters filter.
  const own = patterns.find((p) => !p.source.includes('\\p{'));
  if (own) return fc.stringMatching(own).filter(fits);
  const realistic = [sample(document, schema), sample(document, schema, 'item')] as string[];
  return fc
    .oneof(
      { arbitrary: fc.constantFrom(...realistic), weight: 2 },
      fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 120) }),
    )
    .filter(fits);
}

/** Values that satisfy `input`; `name` is the property it is for (to use `ground.known`). */
function validValue(
  document: OpenApiDocument,
  input: JsonSchema,
  ground: Ground,
  name?: string,
): fc.Arbitrary<unknown> {
  const schema = resolve(document, input);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    // A nullable field is null now and then; its values are what reach the rules.
    return fc.oneof(
      ...variants.map((v) => ({
        arbitrary: validValue(document, v, ground, name),
        weight: resolve(document, v).type === 'null' ? 1 : 4,
      })),
    );
  }
  switch (typeOf(schema)) {
    case 'null':
      return fc.constant(null);
    case 'object': {
      const model = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, property]) => [
          key,
          validValue(document, property, ground, key),
        ]),
      );
      return fc.record(model, { requiredKeys: schema.required ?? [], noNullPrototype: true });
    }
    case 'array':
      return fc.array(validValue(document, schema.items ?? {}, ground, name), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -(2 ** 31), max: schema.maximum ?? 2 ** 31 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'string': {
      const derived =
        (name === undefined ? undefined : BY_NAME[name]) ?? stringArbitrary(document, schema, ground);
      const known = name === undefined ? undefined : ground.known[name];
      return known ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, derived) : derived;
    }
    default:
      return fc.constant({});
  }
}

// ---------------------------------------------------------------------------------------------
// Requests: valid ones, then one part made hostile

function parametersIn(route: Route, where: Parameter['in']): Parameter[] {
  return (route.operation.parameters ?? []).filter((p) => p.in === where);
}

const VALID_HEADERS: Record<string, fc.Arbitrary<string>> = {
  'if-match': fc.constantFrom('"1"', 'W/"1"', '*', '"2"'),
  'idempotency-key': fc.oneof(fc.uuid(), fc.stringMatching(/^[\x21-\x7e]{1,40}$/)),
};

function validRequest(
  document: OpenApiDocument,
  route: Route,
  ground: Ground,
  baseline: fc.Arbitrary<unknown>,
): fc.Arbitrary<GeneratedRequest> {
  const path = Object.fromEntries(
    parametersIn(route, 'path').map((p) => [
      p.name,
      fc.constantFrom(...(ground.pathIds[p.name] ?? ['missing'])),
    ]),
  );
  const queryParameters = parametersIn(route, 'query');
  const query = Object.fromEntries(
    queryParameters.map((p) => [
      p.name,
      validValue(document, p.schema, ground, p.name).map((v) => percentEncode(String(v))),
    ]),
  );
  const headerParameters = parametersIn(route, 'header');
  const headers = Object.fromEntries(
    headerParameters.map((p) => [
      p.name,
      VALID_HEADERS[p.name] ?? fc.string({ unit: headerUnit, maxLength: 20 }),
    ]),
  );
  const bodySchema = route.operation.requestBody?.content['application/json']?.schema;
  const body: fc.Arbitrary<Body | undefined> = bodySchema
    ? fc.oneof(baseline, validValue(document, bodySchema, ground)).map((json) => ({ json }))
    : fc.constant(undefined);
  return fc.record({
    path: fc.record(path),
    query: fc.record(query, { requiredKeys: queryParameters.filter((p) => p.required).map((p) => p.name) }),
    headers: fc.record(headers, { requiredKeys: [] }),
    body,
  }) as fc.Arbitrary<GeneratedRequest>;
}

/** Every place inside a JSON value, as the keys leading to it (the root is `[]`). */
function placesIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const places = [at];
  if (Array.isArray(value)) value.forEach((item, i) => places.push(...placesIn(item, [...at, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) places.push(...placesIn(item, [...at, key]));
  }
  return places;
}

function valueAt(value: unknown, place: (string | number)[]): unknown {
  let node = value;
  for (const key of place) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** A copy of `value` with the node at `place` transformed by `change`. */
function changeAt(value: unknown, place: (string | number)[], change: (node: unknown) => unknown): unknown {
  if (place.length === 0) return change(value);
  const [head, ...rest] = place as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    return (value as unknown[]).map((item, i) => (i === head ? changeAt(item, rest, change) : item));
  }
  const object = value as Record<string, unknown>;
  return { ...object, [head]: changeAt(object[head], rest, change) };
}

/**
 * Edits of one value that keep its type or shape, so the request stays close to valid and the
 * rules behind the schema see it: the edges of a date's year, a NUL or a lone surrogate inside
 * real text, off-by-one and overflowing numbers, a type swapped for the same value's text.
 */
const TWEAKS: Record<'date' | 'string' | 'number' | 'other', ((v: never) => unknown)[]> = {
  // A date or a time: the first and last years the format allows, and a day past the month's end.
  date: [
    (s: string) => s.replace(/^\d{4}/, '0000'),
    (s: string) => s.replace(/^\d{4}/, '9999'),
    (s: string) => s.replace(/^(\d{4}-\d\d)-\d\d/, '$1-31'),
  ],
  string: [
    (s: string) => `${s}\u0000`,
    (s: string) => `${s.slice(0, 1)}\ud800${s.slice(1)}`,
    (s: string) => `${s.slice(0, 1)}\u001b${s.slice(1)}`,
    (s: string) => s.toUpperCase(),
    (s: string) => ` ${s}\t`,
    (s: string) => s.repeat(40),
    (s: string) => s.slice(0, 1),
    (s: string) => Number(s),
  ],
  number: [
    (n: number) => n + 1,
    (n: number) => n - 1,
    (n: number) => -n,
    (n: number) => n + 0.5,
    (n: number) => n * 1e9,
    (n: number) => String(n),
    () => 2 ** 31,
    () => new RawJson('1e400'),
  ],
  other: [(v: unknown) => String(v), (v: unknown) => [v], () => null],
};

function tweak(value: unknown, how: number): unknown {
  const kind =
    typeof value === 'string'
      ? /^\d{4}-\d\d-\d\d/.test(value) && how % 2 === 0
        ? 'date'
        : 'string'
      : typeof value === 'number'
        ? 'number'
        : 'other';
  const tweaks = TWEAKS[kind];
  return tweaks[Math.floor(how / 2) % tweaks.length]!(value as never);
}

type Mutation =
  | { kind: 'valid' }
  | { kind: 'tweak'; at: number; how: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'drop'; at: number }
  | { kind: 'unknownKey'; at: number; key: string; value: unknown }
  | { kind: 'raw'; body: Body }
  | { kind: 'query'; at: number; value: string | string[] }
  | { kind: 'path'; at: number; value: string }
  | { kind: 'header'; at: number; value: string };

function mutations(route: Route): fc.Arbitrary<Mutation> {
  const hasBody = route.operation.requestBody !== undefined;
  const options: fc.WeightedArbitrary<Mutation>[] = [
    { arbitrary: fc.constant({ kind: 'valid' as const }), weight: 3 },
    {
      arbitrary: fc.record({ kind: fc.constant('path' as const), at: fc.nat(), value: hostileEncoded }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('query' as const),
        at: fc.nat(),
        value: fc.oneof(hostileEncoded, fc.array(hostileEncoded, { minLength: 2, maxLength: 3 })),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({ kind: fc.constant('header' as const), at: fc.nat(), value: hostileHeader }),
      weight: 1,
    },
  ];
  if (hasBody) {
    options.push(
      {
        arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
        weight: 4,
      },
      {
        arbitrary: fc.record({ kind: fc.constant('tweak' as const), at: fc.nat(), how: fc.nat() }),
        weight: 4,
      },
      { arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }), weight: 1 },
      {
        arbitrary: fc.record({
          kind: fc.constant('unknownKey' as const),
          at: fc.nat(),
          key: fc.oneof(fc.constantFrom('role', 'status', 'collectiveId', 'id', '__proto__'), hostileString),
          value: hostileValue,
        }),
        weight: 1,
      },
      { arbitrary: fc.record({ kind: fc.constant('raw' as const), body: hostileRaw }), weight: 1 },
    );
  }
  return fc.oneof(...options);
}

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length === 0 ? undefined : items[at % items.length];
}

function mutate(request: GeneratedRequest, mutation: Mutation, route: Route): GeneratedRequest {
  const json = request.body && 'json' in request.body ? request.body.json : undefined;
  switch (mutation.kind) {
    case 'valid':
      return request;
    case 'replace': {
      const place = pick(placesIn(json), mutation.at) ?? [];
      return { ...request, body: { json: changeAt(json, place, () => mutation.value) } };
    }
    case 'tweak': {
      const leaves = placesIn(json).filter((p) => {
        const node = valueAt(json, p);
        return node === null || typeof node !== 'object';
      });
      const place = pick(leaves, mutation.at);
      if (place === undefined) return request;
      return { ...request, body: { json: changeAt(json, place, (node) => tweak(node, mutation.how)) } };
    }
    case 'drop': {
      const place = pick(
        placesIn(json).filter((p) => p.length > 0),
        mutation.at,
      );
      if (place === undefined) return request;
      const parent = place.slice(0, -1);
      const key = place.at(-1)!;
      const dropped = changeAt(json, parent, (node) =>
        Array.isArray(node)
          ? node.filter((_item, i) => i !== key)
          : Object.fromEntries(Object.entries(node as object).filter(([k]) => k !== key)),
      );
      return { ...request, body: { json: dropped } };
    }
    case 'unknownKey': {
      const objects = placesIn(json).filter((p) => {
        const node = valueAt(json, p);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const place = pick(objects, mutation.at) ?? [];
      return {
        ...request,
        body: {
          json: changeAt(json, place, (node) => ({ ...(node as object), [mutation.key]: mutation.value })),
        },
      };
    }
    case 'raw':
      return { ...request, body: mutation.body };
    case 'query': {
      const names = [...parametersIn(route, 'query').map((p) => p.name), 'unknown'];
      const name = pick(names, mutation.at)!;
      return { ...request, query: { ...request.query, [name]: mutation.value } };
    }
    case 'path': {
      const name = pick(Object.keys(request.path), mutation.at);
      return name === undefined ? request : { ...request, path: { ...request.path, [name]: mutation.value } };
    }
    case 'header': {
      // An operation that declares no header still reads X-Request-Id (src/app.ts).
      const names = parametersIn(route, 'header').map((p) => p.name);
      const name = pick(names.length > 0 ? names : ['x-request-id'], mutation.at)!;
      return { ...request, headers: { ...request.headers, [name]: mutation.value } };
    }
  }
}

/**
 * Requests to `route`: a valid one (from `baseline`, bodies known to pass the services, or
 * derived from the schema), then at most one part made hostile.
 */
export function requestsFor(
  document: OpenApiDocument,
  route: Route,
  ground: Ground,
  baseline: fc.Arbitrary<unknown>,
): fc.Arbitrary<GeneratedRequest> {
  return fc
    .tuple(validRequest(document, route, ground, baseline), mutations(route))
    .map(([request, mutation]) => mutate(request, mutation, route));
}
