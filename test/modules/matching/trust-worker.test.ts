import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGraph, type RawEdge, type TrustGraph } from '../../../src/modules/matching/matching.graph.js';
import { trustOfAsker } from '../../../src/modules/matching/matching.scoring.js';
import {
  createTrustWorker,
  TRUST_WORKER_MIN_EDGES,
  type TrustComputer,
} from '../../../src/modules/matching/matching.trust.js';

/**
 * Askers' trust computed in the worker thread (matching.trust.ts) is the event loop's to the last
 * bit, whichever graphs the worker holds, and a walk it cannot make is made on the event loop.
 */

/** A random graph of `size` members (seeded), each endorsing a few others, and its index positions. */
function randomGraph(
  size: number,
  seed: number,
): { graph: TrustGraph; graphNode: Int32Array; ids: string[] } {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const ids = Array.from({ length: size }, (_, i) => `member-${String(i).padStart(4, '0')}`);
  const edges: RawEdge[] = [];
  for (const from of ids) {
    for (let k = 0; k < 1 + Math.floor(random() * 5); k += 1) {
      const to = ids[Math.floor(random() * size)]!;
      if (to !== from) edges.push({ from, to, weight: 0.1 + random(), label: 'worked_together' });
    }
  }
  const graph = buildGraph(ids, edges);
  // The index numbers members apart from the graph: in reverse here, so the mapping matters.
  const graphNode = Int32Array.from(ids, (_, p) => graph.index.get(ids[size - 1 - p]!)!);
  return { graph, graphNode, ids };
}

const logger = pino({ level: 'silent' });
let computer: TrustComputer | undefined;
afterEach(async () => {
  await computer?.close();
  computer = undefined;
});

describe('askers trust in the trust worker', () => {
  it('equals the event loop walk exactly, across more graphs than the worker holds at once', async () => {
    computer = createTrustWorker(logger, { minEdges: 0 });
    // Twelve graphs, asked about twice, in an order that makes the worker forget and be sent
    // some of them again.
    const graphs = Array.from({ length: 12 }, (_, i) => randomGraph(50 + 40 * i, i + 1));
    for (const round of [0, 1]) {
      for (const { graph, graphNode, ids } of round === 0 ? graphs : [...graphs].reverse()) {
        for (const askerId of [ids[0]!, ids[7]!, ids[ids.length - 1]!]) {
          const inWorker = await computer.trustOf(graph, graphNode, askerId);
          const onLoop = trustOfAsker(graph, graphNode, askerId);
          expect(inWorker.positions.length).toBeGreaterThan(0);
          expect(inWorker).toEqual(onLoop);
        }
      }
    }
  });

  it('answers many walks in flight on one graph, each with its own asker', async () => {
    computer = createTrustWorker(logger, { minEdges: 0 });
    const { graph, graphNode, ids } = randomGraph(500, 99);
    const askers = ids.slice(0, 40);
    const all = await Promise.all(askers.map((id) => computer!.trustOf(graph, graphNode, id)));
    all.forEach((trust, i) => expect(trust).toEqual(trustOfAsker(graph, graphNode, askers[i]!)));
  });

  it('walks small graphs and members outside the graph on the event loop', async () => {
    computer = createTrustWorker(logger);
    const { graph, graphNode, ids } = randomGraph(60, 5);
    expect(graph.targets.length).toBeLessThan(TRUST_WORKER_MIN_EDGES);
    expect(await computer.trustOf(graph, graphNode, ids[3]!)).toEqual(
      trustOfAsker(graph, graphNode, ids[3]!),
    );
    const outsider = await computer.trustOf(graph, graphNode, 'not-a-member');
    expect(outsider.positions.length).toBe(0);
  });

  it('makes on the event loop the walks the worker had not answered when it stopped', async () => {
    computer = createTrustWorker(logger, { minEdges: 0 });
    const { graph, graphNode, ids } = randomGraph(800, 7);
    const asked = ids.slice(0, 20).map((id) => computer!.trustOf(graph, graphNode, id));
    await computer.close();
    const answers = await Promise.all(asked);
    answers.forEach((trust, i) => expect(trust).toEqual(trustOfAsker(graph, graphNode, ids[i]!)));
    // And a later walk starts a new worker.
    expect(await computer.trustOf(graph, graphNode, ids[30]!)).toEqual(
      trustOfAsker(graph, graphNode, ids[30]!),
    );
  });
});
