import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BODY_LIMIT_BYTES } from '../../src/app.js';
import { Conflict } from '../../src/http/errors.js';
import { problemResponses } from '../../src/http/schemas.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectProblem } from '../support/http.js';

const Echo = z.strictObject({
  name: z.string().min(2).max(20),
  nested: z.strictObject({ count: z.number().int().min(0) }),
});

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    prepare: (app) => {
      // Routes only this test adds, to exercise the shared error handling.
      app.post(
        '/test/echo',
        { schema: { body: Echo, response: problemResponses(400) } },
        (request) => request.body,
      );
      app.get('/test/crash', () => {
        throw new Error('SELECT secret FROM accounts WHERE password = 42');
      });
      app.get('/test/conflict', () => {
        throw new Conflict('ALREADY_THERE', 'It is already there.');
      });
      app.get('/test/sql', async () => {
        await t.pool.query('SELECT * FROM no_such_table_xyz');
        return {};
      });
      app.get('/test/slow', async () => {
        const client = await t.pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('SET LOCAL statement_timeout = 50');
          await client.query('SELECT pg_sleep(1)');
          return {};
        } finally {
          await client.query('ROLLBACK');
          client.release();
        }
      });
    },
  });
});
afterAll(() => t.close());

describe('problem+json errors', () => {
  it('404 for an unknown route, with the path as instance', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    const body = expectProblem(response, 404, 'ROUTE_NOT_FOUND', { level: 'full' });
    expect(body.instance).toBe('/v1/nothing-here');
  });

  // Found by the hostile-input property test: the router answered these itself, in plain JSON.
  it('400 BAD_URL for a percent-escape that does not decode, on any route', async () => {
    for (const url of ['/v1/collectives/%', '/v1/collectives/%ED%A0%80/members', '/v1/nothing/%zz']) {
      const response = await t.app.inject({ method: 'GET', url });
      expectProblem(response, 400, 'BAD_URL', { level: 'full' });
    }
  });

  it('414 URI_TOO_LONG for a path segment longer than any identifier', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/v1/collectives/${'x'.repeat(101)}` });
    expectProblem(response, 414, 'URI_TOO_LONG', { level: 'full' });
  });

  it('400 MALFORMED_JSON for a body that is not JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expectProblem(response, 400, 'MALFORMED_JSON', { level: 'full' });
  });

  it('413 for a body over 64 KiB', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(BODY_LIMIT_BYTES) }),
    });
    expect(response.statusCode).toBe(413);
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE', { level: 'full' });
  });

  it('415 for a body that is not JSON at all', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(response.statusCode).toBe(415);
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE', { level: 'full' });
  });

  it('400 VALIDATION_FAILED with a pointer per problem, unknown fields included', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      payload: { name: 'x', nested: { count: -1 }, role: 'owner' },
    });
    expect(response.statusCode).toBe(400);
    const body = expectProblem(response, 400, 'VALIDATION_FAILED', { level: 'full' });
    const pointers = (body.errors as { pointer: string; location: string }[]).map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/name', '/nested/count', '/role']);
    expect((body.errors as { location: string }[]).every((e) => e.location === 'body')).toBe(true);
  });

  it('typed service errors keep their status and code', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/test/conflict' });
    expect(response.statusCode).toBe(409);
    const body = expectProblem(response, 409, 'ALREADY_THERE', { level: 'full' });
    expect(body.detail).toBe('It is already there.');
  });

  it('500 with a fixed detail: no message, SQL or stack', async () => {
    for (const url of ['/test/crash', '/test/sql']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(500);
      const body = expectProblem(response, 500, 'INTERNAL', { level: 'full' });
      expect(body.detail).toMatch(/unexpected error/);
    }
  });

  it('503 with Retry-After when a statement times out: the database is overloaded, not broken', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/test/slow' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBeDefined();
    expectProblem(response, 503, 'DATABASE_TIMEOUT', { level: 'full' });
  });

  it('honours a well-formed incoming x-request-id and replaces a malformed one', async () => {
    const kept = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123.trace' },
    });
    expect(kept.headers['x-request-id']).toBe('abc-123.trace');
    const replaced = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\u0007' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers on every response, errors included', async () => {
    // Helmet's full set with the API's CSP, as @fastify/helmet sent it before the headers were
    // computed once (src/http/security-headers.ts).
    const expected = {
      'content-security-policy':
        "default-src 'none';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    for (const url of ['/healthz', '/v1/me', '/no-such-route']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.headers, url).toMatchObject(expected);
    }
  });
});
