import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { contractChecker, type ContractDocument } from '../support/contract.js';
import { routesOf, type OpenApiDocument } from '../support/openapi.js';

/**
 * The document tells the whole truth: the headers operations read and send are declared,
 * action bodies are optional, every request body has an example; and the checker that holds
 * every test's responses to the document (test/support/contract.ts) does catch a lie.
 */

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

let t: TestApp;
let document: OpenApiDocument & ContractDocument;

interface FullOperation {
  operationId: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { required?: boolean; content: Record<string, { example?: unknown; examples?: unknown }> };
  responses: Record<string, { headers?: Record<string, unknown> }>;
}

beforeAll(async () => {
  t = await createTestApp();
  document = t.app.swagger() as unknown as OpenApiDocument & ContractDocument;
});
afterAll(() => t.close());

const operations = () =>
  routesOf(document).map(({ method, path, operation }) => ({
    method,
    path,
    operation: operation as unknown as FullOperation,
  }));
const headersOf = (response: { headers?: Record<string, unknown> } | undefined) =>
  Object.keys(response?.headers ?? {}).map((name) => name.toLowerCase());
const headerNames = (operation: FullOperation) =>
  (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());

describe('the OpenAPI document', () => {
  it('declares If-Match on every operation that answers 412, and the ETag it answers with', () => {
    const guarded = operations().filter(({ operation }) => '412' in operation.responses);
    expect(guarded.map((o) => o.operation.operationId)).toEqual(
      expect.arrayContaining(['updateCollective', 'updateMember', 'updateJob']),
    );
    for (const { operation } of guarded) {
      expect(headerNames(operation), operation.operationId).toContain('if-match');
      expect(headersOf(operation.responses['200']), operation.operationId).toContain('etag');
    }
  });

  it('declares Location and the replay marker on the 201 of every create that takes an Idempotency-Key', () => {
    const creates = operations().filter(({ operation }) =>
      headerNames(operation).includes('idempotency-key'),
    );
    expect(creates.length).toBeGreaterThanOrEqual(5);
    for (const { operation } of creates) {
      expect(headersOf(operation.responses['201']), operation.operationId).toContain('idempotent-replayed');
    }
  });

  it('declares Retry-After on every 429 and 503', () => {
    for (const { operation } of operations()) {
      for (const status of ['429', '503']) {
        const response = operation.responses[status];
        if (response)
          expect(headersOf(response), `${operation.operationId} ${status}`).toContain('retry-after');
      }
    }
  });

  it('marks the body of an action optional, and every other body required', () => {
    const actions = operations().filter(({ path }) =>
      /\/(accept|decline|cancel|retract|hide|unhide)$/.test(path),
    );
    expect(actions.map((a) => a.operation.operationId)).toEqual(
      expect.arrayContaining(['cancelJob', 'acceptReferral', 'declineReferral', 'retractEndorsement']),
    );
    for (const { operation, path } of actions) {
      // acceptInvitation takes its token in the body.
      if (path === '/v1/invitations/accept') continue;
      expect(operation.requestBody?.required, operation.operationId).toBe(false);
    }
    expect(
      operations().find((o) => o.operation.operationId === 'createJob')?.operation.requestBody?.required,
    ).toBe(true);
  });

  it('shows an example for every request body that has fields', () => {
    const missing = operations()
      .filter(({ operation }) => operation.requestBody?.required === true)
      .filter(({ operation }) => {
        const media = operation.requestBody?.content['application/json'];
        return media?.example === undefined && media?.examples === undefined;
      })
      .map(({ operation }) => operation.operationId);
    expect(missing).toEqual([]);
  });

  it('shows examples that the request schemas accept', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(document, 'openapi');
    const wrong = operations().flatMap(({ method, path, operation }) => {
      const example = operation.requestBody?.content['application/json']?.example;
      if (example === undefined) return [];
      const pointer = ['paths', path, method, 'requestBody', 'content', 'application/json', 'schema']
        .map((key) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`)
        .join('');
      const validate = ajv.compile({ $ref: `openapi#${pointer}` });
      return validate(example) ? [] : [`${operation.operationId}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('starts with a Getting started', () => {
    const info = (document as unknown as { info: { description: string } }).info;
    expect(info.description).toContain('Getting started');
  });
});

describe('the response check', () => {
  it('passes the real answers and names what is wrong with a false one', async () => {
    const checker = contractChecker(document);
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(
      checker.check({
        method: 'GET',
        url: '/healthz',
        status: 200,
        headers: health.headers,
        body: health.body,
      }),
    ).toEqual([]);
    const json = { 'content-type': 'application/json' };
    expect(
      checker.check({
        method: 'GET',
        url: '/healthz',
        status: 200,
        headers: json,
        body: '{"status":"fine"}',
      }),
    ).toEqual([expect.stringContaining('getHealth answered 200: body/status must be equal to constant')]);
    expect(checker.check({ method: 'GET', url: '/healthz', status: 418, headers: json, body: '{}' })).toEqual(
      [expect.stringContaining('getHealth answered 418, which the document does not declare')],
    );
    expect(
      checker.check({
        method: 'GET',
        url: '/healthz',
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: 'ok',
      }),
    ).toEqual([expect.stringContaining('with text/html, but the document declares application/json')]);
    expect(
      checker.check({
        method: 'GET',
        url: '/v1/me',
        status: 200,
        headers: { ...json, location: '/v1/me' },
        body: '{}',
      }),
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining('with a location header the document does not declare'),
      ]),
    );
    // Literal segments win over parameters: /v1/invitations/accept is acceptInvitation.
    expect(
      checker.check({ method: 'POST', url: '/v1/invitations/accept', status: 204, headers: {}, body: '' }),
    ).toEqual([expect.stringContaining('acceptInvitation answered 204')]);
  });

  it('makes app.inject throw when an answer breaks the contract', async () => {
    const liar = await createTestApp({
      prepare: (app) => {
        // Documented with no 200 at all (only the shared problems), answered with one.
        app.get('/v1/liar', { schema: { operationId: 'liar' } }, () => ({ n: 1 }));
      },
    });
    await expect(liar.app.inject({ method: 'GET', url: '/v1/liar' })).rejects.toThrow(
      /liar answered 200, which the document does not declare/,
    );
    await liar.close();
  });
});
