import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createPool } from '../../../src/db/client.js';
import { createDeliveryWorker } from '../../../src/modules/webhooks/index.js';
import { createSecretBox } from '../../../src/modules/webhooks/webhooks.secrets.js';
import { silentLogger } from '../../support/app.js';

/**
 * A shutdown must not hang on the delivery worker: here its database accepts connections and
 * never answers (a server gone mid-outage), so the round in flight never ends by itself.
 */
let blackHole: net.Server;
let port: number;
const sockets: net.Socket[] = [];
beforeAll(async () => {
  blackHole = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
  port = (blackHole.address() as net.AddressInfo).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => blackHole.close(resolve));
});

describe('the delivery worker stops in bounded time', () => {
  it('stop() returns within a few seconds while its round waits on a database that never answers', async () => {
    const pool = createPool(
      {
        connectionString: `postgres://nobody@127.0.0.1:${port}/none`,
        max: 1,
        connectTimeoutMs: 60_000,
        statementTimeoutMs: 60_000,
        applicationName: 'rx-test-black-hole',
      },
      silentLogger,
    );
    const worker = createDeliveryWorker({
      db: createDb(pool),
      now: () => new Date(),
      box: createSecretBox(randomBytes(32)),
      policy: { allowPrivate: true, resolve: async () => [] },
      logger: silentLogger,
      pollMs: 1_000,
    });
    worker.start();
    // The first round is under way: its connection is open and waiting.
    await expect.poll(() => sockets.length, { timeout: 5_000 }).toBeGreaterThan(0);
    const started = performance.now();
    await worker.stop();
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThan(2_000);
    expect(waited).toBeLessThan(6_000);
    for (const socket of sockets) socket.destroy();
    await pool.end().catch(() => undefined);
  }, 20_000);
});
