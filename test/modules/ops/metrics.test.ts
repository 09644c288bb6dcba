import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, startEventLoopMonitor } from '../../../src/metrics.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCollective } from '../../support/factories.js';
import { call, collectiveUrl, expectProblem } from '../../support/http.js';
import { readExposition, valueOf, type Exposition } from '../../support/prometheus.js';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** Blocks the event loop, as a synchronous model build would. */
function blockEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function scrape(t: TestApp, headers: Record<string, string> = {}): Promise<Exposition> {
  const response = await t.app.inject({ method: 'GET', url: '/metrics', headers });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  return readExposition(response.body);
}

describe('getMetrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('serves every series SPEC names, in a text format a scraper accepts', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const exposition = await scrape(t);
    expect(exposition.problems).toEqual([]);

    const families = new Map(exposition.families.map((f) => [f.name, f]));
    const expected: Record<string, string> = {
      rx_http_request_duration_seconds: 'HISTOGRAM',
      nodejs_eventloop_lag_seconds: 'GAUGE',
      nodejs_eventloop_lag_p99_seconds: 'GAUGE',
      nodejs_eventloop_lag_max_seconds: 'GAUGE',
      rx_eventloop_delay_p99_seconds: 'GAUGE',
      rx_eventloop_delay_max_seconds: 'GAUGE',
      rx_db_pool_connections: 'GAUGE',
      rx_db_pool_idle_connections: 'GAUGE',
      rx_db_pool_waiting_clients: 'GAUGE',
      rx_db_pool_max_connections: 'GAUGE',
      rx_matching_model_build_seconds: 'HISTOGRAM',
      rx_matching_model_builds_total: 'COUNTER',
      rx_matching_cache_bytes: 'GAUGE',
      rx_matching_cached_models: 'GAUGE',
      process_cpu_seconds_total: 'COUNTER',
      process_resident_memory_bytes: 'GAUGE',
    };
    for (const [name, type] of Object.entries(expected)) {
      expect({ name, type: families.get(name)?.type, help: Boolean(families.get(name)?.help) }).toEqual({
        name,
        type,
        help: true,
      });
    }
    expect(valueOf(exposition, 'rx_db_pool_max_connections')).toBe(5);
    // Both outcomes are there before the first build, so a rate of errors is 0, not absent.
    expect(valueOf(exposition, 'rx_matching_model_builds_total', { outcome: 'ok' })).toBe(0);
    expect(valueOf(exposition, 'rx_matching_model_builds_total', { outcome: 'error' })).toBe(0);
  });

  it('labels request durations by route pattern and status, never by the URL', async () => {
    const c = await createCollective(t);
    const members = await call(t, c.owner, 'GET', `${collectiveUrl(c.id)}/members`);
    expect(members.statusCode).toBe(200);
    const unknownPath = `/no-such-route/${randomUUID()}`;
    expect((await t.app.inject({ method: 'GET', url: unknownPath })).statusCode).toBe(404);
    const stranger = randomUUID();
    expect((await call(t, c.owner, 'GET', `${collectiveUrl(stranger)}/members`)).statusCode).toBe(404);

    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    const exposition = readExposition(response.body);
    const labels = { method: 'GET', route: '/v1/collectives/:collectiveId/members' };
    expect(
      valueOf(exposition, 'rx_http_request_duration_seconds_count', { ...labels, status_code: '200' }),
    ).toBe(1);
    expect(
      valueOf(exposition, 'rx_http_request_duration_seconds_count', { ...labels, status_code: '404' }),
    ).toBe(1);
    expect(
      valueOf(exposition, 'rx_http_request_duration_seconds_count', {
        route: '(unmatched)',
        status_code: '404',
      }),
    ).toBe(1);
    const sum = valueOf(exposition, 'rx_http_request_duration_seconds_sum', {
      ...labels,
      status_code: '200',
    });
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(10);
    for (const id of [c.id, stranger, unknownPath]) expect(response.body).not.toContain(id);
  });

  it('is not rate limited: more scrapes than RATE_LIMIT_PER_MINUTE all succeed', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    // ...while the API itself is, at the same limit.
    const api: number[] = [];
    for (let i = 0; i < 6; i++) api.push((await t.app.inject({ method: 'GET', url: '/v1/me' })).statusCode);
    expect(api).toContain(429);
  });

  it('follows the database pool: connections in use, idle, and queries waiting for one', async () => {
    // The pool is the app's own (createTestApp hands the same one to buildApp), five connections.
    const held: pg.PoolClient[] = [];
    for (let i = 0; i < 5; i++) held.push(await t.pool.connect());
    const waiting = t.pool.query('SELECT 1');
    try {
      const busy = await scrape(t);
      expect(valueOf(busy, 'rx_db_pool_connections')).toBe(5);
      expect(valueOf(busy, 'rx_db_pool_idle_connections')).toBe(0);
      expect(valueOf(busy, 'rx_db_pool_waiting_clients')).toBe(1);
    } finally {
      for (const client of held) client.release();
    }
    await waiting;
    const calm = await scrape(t);
    expect(valueOf(calm, 'rx_db_pool_connections')).toBe(5);
    expect(valueOf(calm, 'rx_db_pool_idle_connections')).toBe(5);
    expect(valueOf(calm, 'rx_db_pool_waiting_clients')).toBe(0);
  });

  it('shows a blocked event loop in /metrics and in the readiness details', async () => {
    await sleep(30);
    blockEventLoop(120);
    await sleep(30);
    const exposition = await scrape(t);
    expect(valueOf(exposition, 'rx_eventloop_delay_max_seconds')).toBeGreaterThanOrEqual(0.1);
    const readiness = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(readiness.statusCode).toBe(200);
    const { eventLoop } = readiness.json<{ eventLoop: Record<string, number> }>();
    expect(eventLoop.delayMaxMs).toBeGreaterThanOrEqual(100);
    expect(eventLoop.delayP99Ms).toBeLessThanOrEqual(eventLoop.delayMaxMs!);
    expect(eventLoop.windowSeconds).toBeGreaterThan(0);
    expect(eventLoop.windowSeconds).toBeLessThanOrEqual(20);
  });

  it('is in the OpenAPI document as text/plain with an optional metrics token', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: { securitySchemes: Record<string, unknown> };
    }>();
    const operation = document.paths['/metrics']?.get as {
      operationId: string;
      security: unknown[];
      responses: Record<string, { content: Record<string, unknown> }>;
    };
    expect(operation.operationId).toBe('getMetrics');
    expect(Object.keys(operation.responses['200']!.content)).toEqual([
      'text/plain; version=0.0.4; charset=utf-8',
    ]);
    expect(Object.keys(operation.responses['401']!.content)).toEqual(['application/problem+json']);
    expect(operation.security).toEqual([{ metricsToken: [] }, {}]);
    expect(document.components.securitySchemes.metricsToken).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });
});

describe('getMetrics with METRICS_TOKEN set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN } });
  });
  afterAll(() => t.close());

  it('is 401 without the token, with another one, or with an access token', async () => {
    const c = await createCollective(t);
    for (const authorization of [
      undefined,
      '',
      `Bearer ${METRICS_TOKEN.slice(0, -1)}`,
      `Bearer ${METRICS_TOKEN}x`,
      `Basic ${METRICS_TOKEN}`,
      METRICS_TOKEN,
      c.owner.headers.authorization,
    ]) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: authorization === undefined ? {} : { authorization },
      });
      expectProblem(response, 401, 'METRICS_TOKEN_REQUIRED', { level: 'full' });
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.body).not.toContain('rx_');
    }
  });

  it('is 200 with the token', async () => {
    const exposition = await scrape(t, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(exposition.problems).toEqual([]);
    expect(valueOf(exposition, 'rx_matching_cached_models')).toBe(0);
    // The scheme is case-insensitive (RFC 9110).
    await scrape(t, { authorization: `bearer ${METRICS_TOKEN}` });
  });

  it('leaves the other operations as they were', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('createMetrics', () => {
  const pool = { total: 3, idle: 2, waiting: 0, max: 10 };

  it('records model builds and the cache through MatchingMetrics', async () => {
    const metrics = createMetrics({ poolUsage: () => pool });
    try {
      metrics.matching.observeBuild(0.3, 'ok');
      metrics.matching.observeBuild(4, 'ok');
      metrics.matching.observeBuild(1.5, 'error');
      metrics.matching.setCache(52_428_800, 12);
      metrics.matching.setCache(1_048_576, 3);
      const exposition = readExposition(await metrics.render());
      expect(exposition.problems).toEqual([]);
      expect(valueOf(exposition, 'rx_matching_model_builds_total', { outcome: 'ok' })).toBe(2);
      expect(valueOf(exposition, 'rx_matching_model_builds_total', { outcome: 'error' })).toBe(1);
      // Durations of successful builds only: a failure's time says little about the model.
      expect(valueOf(exposition, 'rx_matching_model_build_seconds_count')).toBe(2);
      expect(valueOf(exposition, 'rx_matching_model_build_seconds_sum')).toBeCloseTo(4.3);
      expect(valueOf(exposition, 'rx_matching_model_build_seconds_bucket', { le: '0.25' })).toBe(0);
      expect(valueOf(exposition, 'rx_matching_model_build_seconds_bucket', { le: '0.5' })).toBe(1);
      expect(valueOf(exposition, 'rx_matching_model_build_seconds_bucket', { le: '5' })).toBe(2);
      expect(valueOf(exposition, 'rx_matching_cache_bytes')).toBe(1_048_576);
      expect(valueOf(exposition, 'rx_matching_cached_models')).toBe(3);
      expect(valueOf(exposition, 'rx_db_pool_connections')).toBe(3);
    } finally {
      metrics.stop();
    }
  });

  it('gives each instance its own registry: nothing recorded in one shows in another', async () => {
    const one = createMetrics({ poolUsage: () => pool });
    const two = createMetrics({ poolUsage: () => ({ ...pool, max: 20 }) });
    try {
      one.matching.observeBuild(0.1, 'ok');
      one.observeRequest('GET', '/healthz', 200, 0.002);
      const second = readExposition(await two.render());
      expect(second.problems).toEqual([]);
      expect(valueOf(second, 'rx_matching_model_builds_total', { outcome: 'ok' })).toBe(0);
      expect(second.samples.some((s) => s.name.startsWith('rx_http_request_duration_seconds'))).toBe(false);
      expect(valueOf(second, 'rx_db_pool_max_connections')).toBe(20);
      const first = readExposition(await one.render());
      expect(valueOf(first, 'rx_matching_model_builds_total', { outcome: 'ok' })).toBe(1);
      expect(valueOf(first, 'rx_http_request_duration_seconds_count', { route: '/healthz' })).toBe(1);
    } finally {
      one.stop();
      two.stop();
    }
  });
});

describe('startEventLoopMonitor', () => {
  it('reports a stall at once, keeps it one window more, then forgets it', async () => {
    const monitor = startEventLoopMonitor({ windowMs: 300 });
    try {
      await sleep(50);
      blockEventLoop(80);
      await sleep(30);
      const stalled = monitor.delay();
      expect(stalled.delayMaxMs).toBeGreaterThanOrEqual(70);
      expect(stalled.delayMaxMs).toBeLessThan(500);
      // Two windows later the stall has left both the kept window and the current one.
      await sleep(750);
      const calm = monitor.delay();
      expect(calm.delayMaxMs).toBeLessThan(70);
      expect(calm.windowSeconds).toBeGreaterThanOrEqual(0.3);
      expect(calm.windowSeconds).toBeLessThanOrEqual(0.7);
    } finally {
      monitor.stop();
    }
  });

  it('reports an idle loop as about no delay: the 10 ms sampling interval is taken off', async () => {
    const monitor = startEventLoopMonitor();
    try {
      await sleep(300);
      expect(monitor.delay().delayP99Ms).toBeLessThan(10);
    } finally {
      monitor.stop();
    }
  });
});

describe('readExposition', () => {
  it('finds what a scraper would refuse', () => {
    const valid = [
      '# HELP h A histogram.',
      '# TYPE h histogram',
      'h_bucket{le="0.1"} 1',
      'h_bucket{le="1"} 3',
      'h_bucket{le="+Inf"} 3',
      'h_sum 1.2',
      'h_count 3',
      '',
    ].join('\n');
    expect(readExposition(valid).problems).toEqual([]);
    const broken = (text: string) => readExposition(text).problems;
    expect(broken(valid.replace('h_bucket{le="1"} 3', 'h_bucket{le="1"} 0'))).toEqual([
      expect.stringContaining('below the one before'),
    ]);
    expect(broken(valid.replace('h_bucket{le="+Inf"} 3\n', ''))).toEqual([
      expect.stringContaining('no +Inf'),
    ]);
    expect(broken(valid.replace('h_count 3', 'h_count 4'))).toEqual([
      expect.stringContaining('is not _count'),
    ]);
    expect(broken(valid.replace('# TYPE h histogram\n', ''))).toContainEqual(
      expect.stringContaining('no TYPE'),
    );
    expect(broken(valid.replace('# HELP h A histogram.\n', ''))).toContainEqual(
      expect.stringContaining('no HELP'),
    );
    expect(broken(`${valid}h_sum 2\n`)).toContainEqual(expect.stringContaining('appears twice'));
    expect(broken(`${valid}# TYPE g gauge\n# HELP g G.\ng one\n`)).toEqual([
      expect.stringContaining('not a sample'),
    ]);
    expect(broken(`${valid}# TYPE g gauge\n# HELP g G.\ng{a="b} 1\n`)).toEqual([
      expect.stringContaining('not a sample'),
    ]);
  });
});
