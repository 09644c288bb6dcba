/**
 * The worker thread that builds matching models (matching.builder.ts): reads a collective's
 * snapshot over its own pool and posts the model back, its typed arrays transferred.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { createDb, createPool } from '../../db/client.js';
import {
  createBuildMemories,
  describeError,
  type WorkerReply,
  type WorkerSettings,
} from './matching.builder.js';
import { buildModelData, transferablesOf } from './matching.model.js';

const settings = workerData as WorkerSettings;
const logger = pino({ level: settings.logLevel, name: 'matching-worker' });
const db = createDb(createPool(settings.pool, logger));
const memoryOf = createBuildMemories();
const port = parentPort;
if (!port) throw new Error('matching.worker.ts runs only as a worker thread');

port.on('message', (request: { id: number; collectiveId: string; now: number }) => {
  buildModelData(db, request.collectiveId, new Date(request.now), memoryOf(request.collectiveId)).then(
    (data) => {
      const reply: WorkerReply = { id: request.id, data };
      port.postMessage(reply, data ? transferablesOf(data) : []);
    },
    (err: unknown) => {
      const reply: WorkerReply = { id: request.id, error: describeError(err) };
      port.postMessage(reply);
    },
  );
});
