import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';
import { request, startServer, type ServerProcess } from '../support/server-process.js';

/** A port on 127.0.0.1 that accepts connections and drops each one at once, like a dying Redis. */
async function droppingPort(): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('Redis unreachable (the real process)', () => {
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps serving with rate limits failing open, and never exits on the client errors', async () => {
    const redis = await droppingPort();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'rx-redis-'));
    server = await startServer({
      DATABASE_URL: await createTestDatabase(),
      DATA_DIR: dataDir,
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
    });
    try {
      const started = Date.now();
      const statuses: number[] = [];
      while (Date.now() - started < 3_000) {
        statuses.push((await request(server.base, 'GET', '/v1/me')).status);
        statuses.push((await request(server.base, 'GET', '/healthz')).status);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // 401 without a token: the request went through the (failing-open) limiter to the route.
      expect(new Set(statuses)).toEqual(new Set([401, 200]));
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).toContain('redis error');
      expect(server.output()).not.toMatch(/uncaught|shutting down after an error/i);
    } finally {
      await redis.close();
    }
  }, 60_000);
});
