import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';
import { startServer } from '../support/server-process.js';

let running: ChildProcess | undefined;
afterEach(() => {
  running?.kill('SIGKILL');
  running = undefined;
});

describe('graceful shutdown (the real process)', () => {
  it('finishes an in-flight request after SIGTERM, then exits 0 within 10 s', async () => {
    const databaseUrl = await createTestDatabase();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-server-'));
    const server = await startServer({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir });
    running = server.child;

    // Hold a lock that the readiness query needs, so a request is in flight on purpose.
    const blocker = new pg.Client({ connectionString: databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE drizzle.__drizzle_migrations IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(`http://127.0.0.1:${server.port}/readyz`);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const exited = once(server.child, 'exit') as Promise<[number | null, string | null]>;
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await blocker.query('COMMIT');
    await blocker.end();

    const response = await inFlight.catch((err: unknown) => {
      throw new Error(`in-flight request failed: ${String(err)}\n${server.output()}`);
    });
    expect(response.status).toBe(200); // it started before the signal, so it completes normally
    expect(await response.json()).toMatchObject({ status: 'ready' });

    const [code] = await exited;
    expect(code, server.output()).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(server.output()).toContain('shut down cleanly');
    running = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('without DATABASE_URL: ready on the embedded PostgreSQL, keeps data across a restart, exits cleanly', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-embedded-server-'));
    const account = { email: 'kept@example.test', password: 'a long enough password', name: 'Kept' };
    try {
      const first = await startServer({ DATA_DIR: dataDir });
      running = first.child;
      expect(first.output()).toContain('using the embedded PostgreSQL');
      const base = `http://127.0.0.1:${first.port}`;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const created = await fetch(`${base}/v1/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      });
      expect(created.status).toBe(201);
      first.child.kill('SIGTERM');
      expect((await once(first.child, 'exit'))[0]).toBe(0);

      const second = await startServer({ DATA_DIR: dataDir });
      running = second.child;
      const token = await fetch(`http://127.0.0.1:${second.port}/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: account.email, password: account.password }),
      });
      expect(token.status).toBe(200); // the account made before the restart is still there
      const signedAt = Date.now();
      second.child.kill('SIGTERM');
      expect((await once(second.child, 'exit'))[0]).toBe(0);
      expect(Date.now() - signedAt).toBeLessThan(10_000);
      expect(second.output()).not.toContain(account.password);
      running = undefined;
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('refuses to start with an invalid configuration, listing every problem', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { PATH: process.env.PATH ?? '', PORT: 'not-a-port', LOG_LEVEL: 'shouting' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running = child;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('LOG_LEVEL');
    running = undefined;
  });
});
