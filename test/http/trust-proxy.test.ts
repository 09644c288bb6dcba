import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

/**
 * TRUST_PROXY decides whether X-Forwarded-For says who the client is. A route added for the
 * test shows request.ip; the per-IP rate limit shows that what the API counts follows it.
 */
const PROXY = '10.0.0.1';
const apps: TestApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

async function appWith(env: Record<string, string>): Promise<TestApp> {
  const t = await createTestApp({
    env: { RATE_LIMIT_PER_MINUTE: '2', ...env },
    prepare: (app) => {
      app.get('/test/ip', (request) => ({ ip: request.ip }));
    },
  });
  apps.push(t);
  return t;
}

async function ipSeen(t: TestApp, from: string, forwardedFor?: string): Promise<string> {
  const response = await t.app.inject({
    method: 'GET',
    url: '/test/ip',
    remoteAddress: from,
    ...(forwardedFor === undefined ? {} : { headers: { 'x-forwarded-for': forwardedFor } }),
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ ip: string }>().ip;
}

/** Status codes of anonymous /v1 requests (401 until the per-IP limit, then 429). */
async function statuses(t: TestApp, requests: { from: string; forwardedFor?: string }[]): Promise<number[]> {
  const codes: number[] = [];
  for (const { from, forwardedFor } of requests) {
    const response = await t.app.inject({
      method: 'GET',
      url: '/v1/me',
      remoteAddress: from,
      ...(forwardedFor === undefined ? {} : { headers: { 'x-forwarded-for': forwardedFor } }),
    });
    codes.push(response.statusCode);
  }
  return codes;
}

describe('TRUST_PROXY unset (the default)', () => {
  it('ignores X-Forwarded-For: the client is the TCP peer', async () => {
    const t = await appWith({});
    expect(await ipSeen(t, PROXY, '203.0.113.7')).toBe(PROXY);
    expect(await ipSeen(t, '198.51.100.9', '203.0.113.7, 10.0.0.2')).toBe('198.51.100.9');
  });

  it('counts the per-IP rate limit by the peer, whatever the header claims', async () => {
    const t = await appWith({ TRUST_PROXY: 'false' });
    const forged = ['203.0.113.1', '203.0.113.2', '203.0.113.3'].map((forwardedFor) => ({
      from: PROXY,
      forwardedFor,
    }));
    expect(await statuses(t, forged)).toEqual([401, 401, 429]);
  });
});

describe('TRUST_PROXY with the proxies’ addresses', () => {
  it('takes the client from X-Forwarded-For, but only through the listed proxies', async () => {
    const t = await appWith({ TRUST_PROXY: `${PROXY}, 192.168.0.0/16` });
    expect(await ipSeen(t, PROXY, '203.0.113.7')).toBe('203.0.113.7');
    // Through a second trusted hop: the first address no listed proxy vouches for.
    expect(await ipSeen(t, PROXY, '198.51.100.1, 203.0.113.7, 192.168.4.2')).toBe('203.0.113.7');
    // A client that reaches the service directly cannot choose its address.
    expect(await ipSeen(t, '198.51.100.9', '203.0.113.7')).toBe('198.51.100.9');
    // No header: the proxy itself.
    expect(await ipSeen(t, PROXY)).toBe(PROXY);
  });

  it('counts the per-IP rate limit by the forwarded address', async () => {
    const t = await appWith({ TRUST_PROXY: PROXY });
    const via = (forwardedFor: string) => ({ from: PROXY, forwardedFor });
    expect(
      await statuses(t, [via('203.0.113.1'), via('203.0.113.1'), via('203.0.113.2'), via('203.0.113.1')]),
    ).toEqual([401, 401, 401, 429]);
    // The proxy's own address has a window of its own, untouched by its clients' requests.
    expect(await statuses(t, [{ from: PROXY }])).toEqual([401]);
  });
});

describe('TRUST_PROXY=true and a hop count', () => {
  it('true: the first address of X-Forwarded-For, from any peer', async () => {
    const t = await appWith({ TRUST_PROXY: 'true' });
    expect(await ipSeen(t, '198.51.100.9', '203.0.113.7, 10.0.0.2')).toBe('203.0.113.7');
  });

  it('a hop count: that many proxies from the service back', async () => {
    const one = await appWith({ TRUST_PROXY: '1' });
    expect(await ipSeen(one, PROXY, '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
    const two = await appWith({ TRUST_PROXY: '2' });
    expect(await ipSeen(two, PROXY, '198.51.100.1, 203.0.113.7')).toBe('198.51.100.1');
    expect(await ipSeen(two, PROXY, '203.0.113.7')).toBe('203.0.113.7');
  });
});
