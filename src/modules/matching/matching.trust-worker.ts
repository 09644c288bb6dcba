/**
 * The worker thread that walks trust graphs for askers (matching.trust.ts): it holds the graphs
 * it is sent until told to forget them, and posts each asker's trust back, its arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
import type { WalkGraph } from './matching.graph.js';
import { approximateSize } from './matching.model.js';
import { trustFrom } from './matching.scoring.js';
import type { TrustReply, TrustRequest } from './matching.trust.js';

const port = parentPort;
if (!port) throw new Error('matching.trust-worker.ts runs only as a worker thread');
const graphs = new Map<number, { graph: WalkGraph; graphNode: Int32Array }>();

port.on('message', (request: TrustRequest) => {
  if (request.kind === 'graph') {
    graphs.set(request.graphId, { graph: request.graph, graphNode: request.graphNode });
    return;
  }
  if (request.kind === 'forget') {
    graphs.delete(request.graphId);
    return;
  }
  const held = graphs.get(request.graphId);
  let reply: TrustReply;
  try {
    if (!held) throw new Error(`graph ${request.graphId} is not held`);
    reply = { id: request.id, trust: trustFrom(held.graph, held.graphNode, request.source) };
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply, 'trust' in reply ? approximateSize(reply.trust).buffers : []);
});
