import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createTestDatabase } from '../../support/database.js';
import { call, expectProblem } from '../../support/http.js';
import { TcpProxy } from '../../support/tcp-proxy.js';
import { HIGH_LIMITS, PASSWORD, signIn, signUp } from '../accounts/helpers.js';

describe('export and erasure while the database is unreachable', () => {
  let t: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase();
    const target = new URL(databaseUrl);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    t = await createTestApp({ env: HIGH_LIMITS, databaseUrl: proxy.rewrite(databaseUrl) });
  });
  afterAll(async () => {
    await t.close();
    await proxy.cut();
  });

  it('503 with Retry-After, nothing erased; both work once it is back', async () => {
    const account = await signUp(t);
    const caller = { headers: { authorization: `Bearer ${(await signIn(t, account.email)).accessToken}` } };
    await proxy.cut();
    const exported = expectProblem(
      await call(t, caller, 'GET', '/v1/me/export'),
      503,
      'DATABASE_UNAVAILABLE',
    );
    expect(exported.detail).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    const erased = await call(t, caller, 'DELETE', '/v1/me', { currentPassword: PASSWORD });
    expectProblem(erased, 503, 'DATABASE_UNAVAILABLE');
    expect(erased.headers['retry-after']).toBe('5');

    await proxy.start();
    const document = await call(t, caller, 'GET', '/v1/me/export');
    expect(document.statusCode, document.body).toBe(200);
    expect(document.json<{ account: { email: string } }>().account.email).toBe(account.email);
    expect((await call(t, caller, 'DELETE', '/v1/me', { currentPassword: PASSWORD })).statusCode).toBe(204);
  });
});
