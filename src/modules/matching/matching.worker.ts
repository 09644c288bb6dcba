/**
 * The worker thread that builds matching models (matching.builder.ts): reads a collective's
 * snapshot over its own pool and posts the model back, its typed arrays transferred.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { createDb, createPool } from '../../db/client.js';
import {
  createBuildMemories,
  describeError,
  thesaurusTrades,
  type WorkerReply,
  type WorkerRequest,
  type WorkerSettings,
} from './matching.builder.js';
import { readModel, transferablesOf } from './matching.model.js';

const settings = workerData as WorkerSettings;
const logger = pino({ level: settings.logLevel, name: 'matching-worker' });
const db = createDb(createPool(settings.pool, logger));
const memoryOf = createBuildMemories();
const tradesOf = thesaurusTrades(db);
// setpriority(2) with no pid sets the calling thread's nice value on Linux, where threads have
// their own; elsewhere it would lower the whole process, requests included.
try {
  if (settings.nice > 0 && process.platform === 'linux') setPriority(settings.nice);
} catch (err) {
  logger.warn({ err }, 'could not lower the matching worker thread priority');
}
const port = parentPort;
if (!port) throw new Error('matching.worker.ts runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  const { id, collectiveId, now, baseVersion, askers } = request;
  readModel(db, collectiveId, new Date(now), memoryOf(collectiveId), baseVersion, askers, tradesOf).then(
    (outcome) => {
      const reply: WorkerReply = { id, outcome };
      // A whole model's typed arrays are transferred; a patch is a few members.
      port.postMessage(reply, outcome && 'model' in outcome ? transferablesOf(outcome.model) : []);
    },
    (err: unknown) => {
      const reply: WorkerReply = { id, error: describeError(err) };
      port.postMessage(reply);
    },
  );
});
