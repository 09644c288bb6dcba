/**
 * Askers' trust (trustOfAsker) for large collectives, computed in a worker thread. Every change
 * to a collective's trust graph (a retraction, a departure, a rebuild) makes each asker's next
 * request walk the new graph: about 8 ms each at 10,000 members, and with fifty askers in a busy
 * collective those walks held every request of every collective behind them on the event loop.
 * The worker holds a copy of the latest graphs (typed arrays only) and returns each asker's
 * trust; the request waits for it without holding anyone else. The walk is the same function
 * on the same arrays, so the trust is the same to the last bit as on the event loop.
 */
import type { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import { startWorker } from './matching.builder.js';
import type { TrustGraph, WalkGraph } from './matching.graph.js';
import { trustFrom, type AskerTrust } from './matching.scoring.js';

/**
 * Graphs with fewer edges are walked on the event loop: a walk there takes well under a
 * millisecond (1,000 members, 10,000 edges: 0.5 ms), about what a round trip to the worker costs.
 */
export const TRUST_WORKER_MIN_EDGES = 20_000;

/** Graphs the worker holds, the latest sent: a few busy collectives' graphs as built and filtered. */
const GRAPHS_HELD = 8;

export interface TrustComputer {
  trustOf(graph: TrustGraph, graphNode: Int32Array, askerId: string): Promise<AskerTrust>;
  close(): Promise<void>;
}

/** What the worker (matching.trust-worker.ts) is sent: graphs to hold or forget, walks to make. */
export type TrustRequest =
  | { kind: 'graph'; graphId: number; graph: WalkGraph; graphNode: Int32Array }
  | { kind: 'forget'; graphId: number }
  | { kind: 'trust'; id: number; graphId: number; source: number };

export type TrustReply = { id: number; trust: AskerTrust } | { id: number; error: string };

/** Every walk on the event loop (MATCHING_WORKER=false, and tests that hold builds). */
export function createInlineTrust(): TrustComputer {
  return {
    trustOf: (graph, graphNode, askerId) =>
      Promise.resolve(trustFrom(graph, graphNode, graph.index.get(askerId))),
    close: () => Promise.resolve(),
  };
}

/**
 * Walks of graphs of at least `minEdges` edges in one worker thread, started with the first such
 * walk and again after it dies; the others, and any walk the worker could not make (it failed,
 * exited or was closed), on the event loop.
 */
export function createTrustWorker(
  logger: FastifyBaseLogger,
  { minEdges = TRUST_WORKER_MIN_EDGES }: { minEdges?: number } = {},
): TrustComputer {
  const graphIds = new WeakMap<TrustGraph, number>();
  let nextGraphId = 0;
  let nextId = 0;
  /** The running worker, and the graphs it holds (least recently used first), as this side sent them. */
  let worker: { thread: Worker; held: Set<number> } | undefined;
  const pending = new Map<number, { resolve: (trust: AskerTrust) => void; inline: () => AskerTrust }>();

  const walkInline = (id: number) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    waiting.resolve(waiting.inline());
  };
  const running = () => {
    if (worker) return worker;
    const thread = startWorker('matching.trust-worker', undefined);
    thread.unref();
    const started = { thread, held: new Set<number>() };
    const stopped = () => {
      if (worker === started) worker = undefined;
      for (const id of [...pending.keys()]) walkInline(id);
    };
    thread.on('message', (reply: TrustReply) => {
      if ('error' in reply) {
        logger.warn({ error: reply.error }, 'matching trust worker could not walk a graph');
        walkInline(reply.id);
        return;
      }
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      waiting?.resolve(reply.trust);
    });
    thread.on('error', (err) => {
      logger.error({ err }, 'matching trust worker failed');
      stopped();
    });
    thread.on('exit', stopped);
    worker = started;
    return started;
  };
  /** The graph's id in the worker, sent to it first if it does not hold it. */
  const heldBy = (
    target: { thread: Worker; held: Set<number> },
    graph: TrustGraph,
    graphNode: Int32Array,
  ) => {
    let graphId = graphIds.get(graph);
    if (graphId === undefined) {
      graphId = nextGraphId += 1;
      graphIds.set(graph, graphId);
    }
    if (target.held.delete(graphId)) {
      target.held.add(graphId);
      return graphId;
    }
    const { offsets, targets, weights, outWeight, inOffsets, inSources, inWeights } = graph;
    const walk: WalkGraph = { offsets, targets, weights, outWeight, inOffsets, inSources, inWeights };
    // Copied, not transferred: the event loop goes on using the graph.
    const message: TrustRequest = { kind: 'graph', graphId, graph: walk, graphNode };
    target.thread.postMessage(message);
    target.held.add(graphId);
    for (const oldest of target.held) {
      if (target.held.size <= GRAPHS_HELD) break;
      target.held.delete(oldest);
      const forget: TrustRequest = { kind: 'forget', graphId: oldest };
      target.thread.postMessage(forget);
    }
    return graphId;
  };

  return {
    trustOf(graph, graphNode, askerId) {
      const source = graph.index.get(askerId);
      if (source === undefined || graph.targets.length < minEdges) {
        return Promise.resolve(trustFrom(graph, graphNode, source));
      }
      const target = running();
      const graphId = heldBy(target, graph, graphNode);
      const id = (nextId += 1);
      return new Promise<AskerTrust>((resolve) => {
        pending.set(id, { resolve, inline: () => trustFrom(graph, graphNode, source) });
        const request: TrustRequest = { kind: 'trust', id, graphId, source };
        target.thread.postMessage(request);
      });
    },
    async close() {
      const stopping = worker;
      worker = undefined;
      await stopping?.thread.terminate();
    },
  };
}
