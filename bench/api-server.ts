/**
 * The two servers `npm run bench:api` measures, each forked into a process of its own so that
 * neither shares an event loop with the load generator: `hello`, a bare Fastify hello-world
 * from this project's node_modules (the ceiling), and `app`, the real application as
 * src/server.ts builds it, on the database in DATABASE_URL, with the signing key in
 * JWT_SIGNING_KEY. Each listens on a free port of 127.0.0.1 and sends it to the parent.
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { loadKeySet } from '../src/modules/auth/index.js';

export type ServerKind = 'hello' | 'app';
export type ServerMessage = { type: 'listening'; port: number };

const silent = pino({ level: 'silent' });

async function helloWorld(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
  return app;
}

async function realApp(): Promise<FastifyInstance> {
  const config = loadConfig();
  const database = await openDatabase(config, silent);
  const app = await buildApp(config, {
    db: database.db,
    logger: silent,
    keys: await loadKeySet(config, silent),
  });
  app.addHook('onClose', () => database.close());
  return app;
}

const kind = process.argv[2] as ServerKind;
const app = kind === 'hello' ? await helloWorld() : await realApp();
await app.listen({ host: '127.0.0.1', port: 0 });
const message: ServerMessage = { type: 'listening', port: (app.server.address() as AddressInfo).port };
process.send?.(message);
// The parent disconnects when it is done; close cleanly so that --cpu-prof writes its profile.
process.on('disconnect', () => {
  void app.close().then(() => process.exit(0));
});
