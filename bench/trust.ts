/**
 * `npx tsx bench/trust.ts`: how accurate and how costly the asker's trust is
 * (`personalizedPageRank`), on trust graphs shaped like bench:match's dataset, in plain Node
 * (no database). See bench/README.md, "Trust accuracy".
 *
 * Per size: Kendall tau of the top 50 against the exact personalized PageRank (power iteration
 * to 1e-12, test/support/pagerank.ts) on BENCH_TRUST_GRAPHS graphs (20), one asker each; then
 * the time of `personalizedPageRank` for BENCH_TRUST_ASKERS askers (500) of one graph, after a
 * warm-up of 50, as wall time and as this process's CPU time (the second moves less when other
 * work shares the machine).
 */
import os from 'node:os';
import { personalizedPageRank } from '../src/modules/matching/matching.graph.js';
import { collectiveGraph, exactPageRank, topKendallTau } from '../test/support/pagerank.js';

const graphs = Number(process.env.BENCH_TRUST_GRAPHS ?? 20);
const askers = Number(process.env.BENCH_TRUST_ASKERS ?? 500);

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** bench:match's dataset: 10 endorsements per member on average, endorsees drawn uniformly. */
const shape = (members: number, seed: number) =>
  collectiveGraph({ members, seed, meanEndorsements: 10, skew: 0, ring: 0 });

const cell = (value: number, digits: number) => value.toFixed(digits).padStart(9);
console.log(
  `bench:trust - Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('  members    edges  tau min tau mean  p50 ms  p99 ms  cpu ms/asker  members with trust');
for (const members of [50, 200, 500, 1000, 10_000]) {
  const taus = Array.from({ length: graphs }, (_, i) => {
    const { graph, asker } = shape(members, 1000 * i + 7);
    return topKendallTau(exactPageRank(graph, asker), personalizedPageRank(graph, asker), asker);
  });
  const { graph } = shape(members, 7);
  const givers = graph.ids
    .map((_, u) => u)
    .filter((u) => (graph.offsets[u + 1] ?? 0) > (graph.offsets[u] ?? 0));
  const sources = Array.from({ length: askers }, (_, i) => givers[(i * 7919) % givers.length] ?? 0);
  for (const source of sources.slice(0, 50)) personalizedPageRank(graph, source);
  const times: number[] = [];
  let reached = 0;
  const cpu = process.cpuUsage();
  for (const source of sources) {
    const started = performance.now();
    const trust = personalizedPageRank(graph, source);
    times.push(performance.now() - started);
    reached += trust.reduce((count, value) => (value > 0 ? count + 1 : count), 0);
  }
  const { user, system } = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  console.log(
    `${String(members).padStart(9)}${String(graph.targets.length).padStart(9)}${cell(Math.min(...taus), 3)}${cell(
      taus.reduce((a, b) => a + b, 0) / taus.length,
      3,
    )}${cell(percentile(times, 0.5), 2)}${cell(percentile(times, 0.99), 2)}${cell((user + system) / 1000 / sources.length, 3).padStart(14)}${cell(reached / sources.length, 0).padStart(20)}`,
  );
}
