/**
 * What the benchmarks share: the statistics of a phase's latencies, and the load client, a
 * separate process (bench/load-client.ts) so that its work never sits in the server's event loop.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import type { ChildMessage, ParentMessage, PhaseResult, PhaseSpec } from './load-client.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

/** A benchmark's setting from the environment: a non-negative integer, or `fallback` when unset. */
export function intSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Statistics

export interface Summary {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  throughput: number;
  wallMs: number;
  meanItems: number;
  errorSamples: string[];
  /** The same percentiles over successful (200) responses only; null when there were none. */
  ok: ReturnType<typeof stats> | null;
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export function stats(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean,
  };
}

export function summarize(result: PhaseResult): Summary {
  const s = stats(result.latenciesMs);
  const ok = s.n - result.errors;
  return {
    requests: s.n,
    errors: result.errors,
    statuses: result.statuses,
    p50: s.p50,
    p90: s.p90,
    p99: s.p99,
    max: s.max,
    mean: s.mean,
    throughput: (s.n / result.wallMs) * 1000,
    wallMs: result.wallMs,
    meanItems: ok > 0 ? result.itemsReturned / ok : 0,
    errorSamples: result.errorSamples,
    ok: result.okLatenciesMs.length > 0 ? stats(result.okLatenciesMs) : null,
  };
}

export const ms = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
// ---------------------------------------------------------------------------------------------
// The load client process

export interface LoadClient {
  /** The client process's id, for its CPU time (cpuSnapshot). */
  pid: number | undefined;
  run(spec: PhaseSpec): Promise<PhaseResult>;
  close(): Promise<void>;
}

export async function startLoadClient(): Promise<LoadClient> {
  // Inherits tsx's loader flags from this process's execArgv.
  const child: ChildProcess = fork(path.join(BENCH_DIR, 'load-client.ts'), [], { stdio: 'inherit' });
  const pending = new Map<number, (result: PhaseResult) => void>();
  let nextId = 1;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve();
      else {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      }
    });
    child.once('exit', (code) => {
      const error = new Error(`the load client exited with code ${String(code)}`);
      reject(error);
      if (pending.size > 0) {
        console.error(error.message);
        process.exitCode = 1;
      }
    });
  });
  await ready;
  return {
    pid: child.pid,
    run(spec) {
      return new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        const message: ParentMessage = { type: 'phase', id, spec };
        child.send(message);
      });
    },
    async close() {
      if (exited()) return;
      const gone = new Promise<void>((resolve) => {
        child.once('exit', () => {
          resolve();
        });
      });
      child.disconnect();
      await Promise.race([gone, new Promise<void>((resolve) => setTimeout(resolve, 2_000).unref())]);
      if (!exited()) child.kill();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The app's SQL, seen through its pool

export interface StatementStat {
  /** The statement, whitespace collapsed, cut at 160 characters. */
  sql: string;
  calls: number;
  totalMs: number;
  meanMs: number;
  maxMs: number;
}

export interface CapturedStatement {
  text: string;
  values: unknown[];
  ms: number;
}

export interface SqlProfile {
  statements: StatementStat[];
  /** SQL time per request (statements of one request may overlap, so this can exceed its latency). */
  perRequestMs: number;
  slowest?: CapturedStatement;
}

/**
 * Times every statement the app sends through its pool (drizzle calls pool.query), between
 * start() and stop(). Statements inside transactions go through pool.connect() and are not seen.
 */
export function recordPoolQueries(pool: pg.Pool) {
  let active = false;
  let byText = new Map<string, { calls: number; totalMs: number; maxMs: number }>();
  let slowest: CapturedStatement | undefined;
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const recording = (...args: unknown[]): unknown => {
    const result = original(...args);
    if (!active || !(result instanceof Promise)) return result;
    const [config, second] = args;
    const configText = (config as { text?: unknown } | null)?.text;
    const text = typeof config === 'string' ? config : typeof configText === 'string' ? configText : '';
    const values = Array.isArray(second)
      ? (second as unknown[])
      : ((config as { values?: unknown[] } | null)?.values ?? []);
    const started = performance.now();
    const done = () => {
      const elapsed = performance.now() - started;
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 160);
      const entry = byText.get(key) ?? { calls: 0, totalMs: 0, maxMs: 0 };
      entry.calls += 1;
      entry.totalMs += elapsed;
      entry.maxMs = Math.max(entry.maxMs, elapsed);
      byText.set(key, entry);
      if (slowest === undefined || elapsed > slowest.ms) slowest = { text, values, ms: elapsed };
    };
    void result.then(done, done);
    return result;
  };
  (pool as unknown as { query: unknown }).query = recording;
  return {
    start() {
      byText = new Map();
      slowest = undefined;
      active = true;
    },
    stop(requests: number): SqlProfile {
      active = false;
      const statements = [...byText.entries()]
        .map(([sql, e]) => ({ sql, ...e, meanMs: e.totalMs / e.calls }))
        .sort((a, b) => b.totalMs - a.totalMs);
      const total = statements.reduce((sum, st) => sum + st.totalMs, 0);
      return { statements, perRequestMs: total / Math.max(1, requests), slowest };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// CPU time, from Linux's /proc: who used the machine's cores during a phase

const CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** CPU seconds a process (or, under /proc/<pid>/task/, a thread) has used; undefined once it is gone or off Linux. */
function cpuSecondsOf(statPath: string): number | undefined {
  try {
    // utime and stime: fields 14 and 15, the 12th and 13th after the parenthesised command name.
    const fields = readFileSync(statPath, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by each of these processes (one that has ended, or runs elsewhere, left out). */
export function processCpu(pids: readonly number[]): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const pid of pids) {
    const seconds = cpuSecondsOf(`/proc/${pid}/stat`);
    if (seconds !== undefined) cpu.set(pid, seconds);
  }
  return cpu;
}

/** The PostgreSQL backends of the current database (the app's pool, and the benchmark's own). */
async function backendPids(observer: Pick<pg.Pool, 'query'>): Promise<number[]> {
  const { rows } = await observer.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  return rows.map((row) => row.pid);
}

interface CpuSnapshot {
  atMs: number;
  /** The app's main thread (this process's): CPU, and time runnable but waiting for a core (schedstat). */
  main: { cpuS: number; waitingS: number };
  /** This process's other threads: V8's helper threads (GC), libuv's pool, worker threads. */
  otherThreadsS: number;
  /** The load clients' processes together. */
  clientS: number;
  postgresS: Map<number, number>;
}

/** CPU used so far by this process (the app), the load clients and PostgreSQL's backends; undefined off Linux. */
function cpuSnapshot(
  clientPids: readonly (number | undefined)[],
  postgresPids: readonly number[],
): CpuSnapshot | undefined {
  const main = cpuSecondsOf(`/proc/self/task/${process.pid}/stat`);
  const all = cpuSecondsOf('/proc/self/stat');
  if (main === undefined || all === undefined) return undefined;
  let waitingS = Number.NaN;
  try {
    // run time, wait time (ns), timeslices
    waitingS = Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
  } catch {
    // a kernel without schedstats: the wait is not reported
  }
  return {
    atMs: performance.now(),
    main: { cpuS: main, waitingS },
    otherThreadsS: all - main,
    clientS: clientPids.reduce<number>(
      (sum, pid) =>
        sum + (pid === undefined ? Number.NaN : (cpuSecondsOf(`/proc/${pid}/stat`) ?? Number.NaN)),
      0,
    ),
    postgresS: processCpu(postgresPids),
  };
}

/** CPU seconds between two reads of the same processes (a process that ended is left out). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? seconds);
  return total;
}

/** Where a phase's CPU went: CPU seconds by party, and how much of the machine it used. */
export interface CpuShare {
  wallS: number;
  /** CPU seconds of the app's main thread, its other threads, the load clients and PostgreSQL. */
  seconds: { main: number; otherThreads: number; clients: number; postgres: number };
  /** Share of the phase's wall clock the main thread ran, and waited runnable for a core. */
  mainRunning: number;
  mainWaiting: number;
  /** Cores these processes kept busy on average, and the machine's cores. */
  coresBusy: number;
  cores: number;
}

function cpuShare(before: CpuSnapshot, after: CpuSnapshot): CpuShare {
  const wallS = (after.atMs - before.atMs) / 1000;
  const seconds = {
    main: after.main.cpuS - before.main.cpuS,
    otherThreads: after.otherThreadsS - before.otherThreadsS,
    clients: after.clientS - before.clientS,
    postgres: cpuBetween(before.postgresS, after.postgresS),
  };
  const used = Object.values(seconds).reduce((sum, s) => sum + (Number.isFinite(s) ? s : 0), 0);
  return {
    wallS,
    seconds,
    mainRunning: seconds.main / wallS,
    mainWaiting: (after.main.waitingS - before.main.waitingS) / wallS,
    coresBusy: used / wallS,
    cores: os.cpus().length,
  };
}

/**
 * Starts counting the CPU of this process (the app), the load clients and the current
 * database's PostgreSQL backends; `stop` says where it went since (undefined off Linux).
 */
export async function startCpuMeter(
  observer: Pick<pg.Pool, 'query'>,
  clientPids: readonly (number | undefined)[],
): Promise<{ stop(): CpuShare | undefined }> {
  const backends = await backendPids(observer);
  const before = cpuSnapshot(clientPids, backends);
  return {
    stop() {
      const after = cpuSnapshot(clientPids, backends);
      return before && after && cpuShare(before, after);
    },
  };
}

/** A CpuShare for a benchmark's log: per request when `requests` is given, else in cores. */
export function describeCpu(cpu: CpuShare, requests?: number): string {
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const of = (seconds: number) =>
    requests === undefined
      ? `${ms(seconds / cpu.wallS, 2)} cores`
      : `${ms((seconds * 1000) / Math.max(1, requests), 2)} ms`;
  const { main, otherThreads, clients, postgres } = cpu.seconds;
  return (
    `CPU${requests === undefined ? '' : ' per request'}: main thread ${of(main)} (running ${pct(cpu.mainRunning)} ` +
    `of the time, waiting for a core ${pct(cpu.mainWaiting)}), the app's other threads ${of(otherThreads)}, ` +
    `load clients ${of(clients)}, PostgreSQL ${of(postgres)}; ${ms(cpu.coresBusy, 2)} of ${cpu.cores} cores busy`
  );
}
