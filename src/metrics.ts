import { monitorEventLoopDelay } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolUsage } from './db/client.js';

/**
 * What operators scrape at GET /metrics (src/modules/ops), in one prom-client Registry per
 * buildApp: two apps in one process (tests, two instances in one test) never share a series.
 * Nothing here knows Fastify; src/http/request-metrics.ts times the requests.
 */

/** What the matching service reports about its models; buildApp hands it to the service. */
export interface MatchingMetrics {
  /** One model build: its duration (recorded for successful builds) and its outcome (counted). */
  observeBuild(seconds: number, outcome: 'ok' | 'error'): void;
  /** The model cache as it is now: its estimated size and how many models it holds. */
  setCache(bytes: number, models: number): void;
}

export interface EventLoopDelay {
  /** 99th percentile of the delay, in milliseconds (an upper bound, see startEventLoopMonitor). */
  delayP99Ms: number;
  delayMaxMs: number;
  /** How far back the figures reach. */
  windowSeconds: number;
}

export interface EventLoopMonitor {
  /** The event loop's delay beyond its sampling interval over the last 10 to 20 seconds. */
  delay(): EventLoopDelay;
  stop(): void;
}

export interface Metrics {
  readonly matching: MatchingMetrics;
  readonly eventLoop: EventLoopMonitor;
  /** One request answered: its method, route pattern (never the raw URL) and status. */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void;
  /** The text format, to be sent as METRICS_CONTENT_TYPE. */
  render(): Promise<string>;
  stop(): void;
}

/** `text/plain; version=0.0.4; charset=utf-8`: the Prometheus text format prom-client writes. */
export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

const SAMPLE_MS = 10;
const WINDOW_MS = 10_000;

/**
 * perf_hooks.monitorEventLoopDelay, read over a sliding window: every 10 s (`windowMs`) the
 * window's figures are kept and the histogram starts again, and delay() reports the kept window
 * and the current one together, so a stall shows at once and for 10 to 20 s after. The two are
 * combined by taking the larger p99 and max: the p99 of both windows at once is never above
 * the larger of their p99s, so the figure is an upper bound, never an underestimate.
 *
 * The histogram records the time between two samples, the 10 ms interval included; that
 * interval is taken off, so an idle loop reports about 0 and a 30 ms block about 30 ms.
 */
export function startEventLoopMonitor(options: { windowMs?: number } = {}): EventLoopMonitor {
  const now = () => performance.now();
  const live = monitorEventLoopDelay({ resolution: SAMPLE_MS });
  live.enable();
  let kept = { p99: 0, max: 0, since: now() };
  let liveSince = kept.since;

  // Nanoseconds between two samples -> milliseconds of delay, rounded to 0.01 ms.
  const delayMs = (ns: number) => Math.round(Math.max(0, ns / 1e6 - SAMPLE_MS) * 100) / 100;
  const liveFigures = () =>
    live.count === 0 ? { p99: 0, max: 0 } : { p99: delayMs(live.percentile(99)), max: delayMs(live.max) };

  const timer = setInterval(() => {
    kept = { ...liveFigures(), since: liveSince };
    liveSince = now();
    live.reset();
  }, options.windowMs ?? WINDOW_MS);
  timer.unref();

  return {
    delay() {
      const current = liveFigures();
      return {
        delayP99Ms: Math.max(kept.p99, current.p99),
        delayMaxMs: Math.max(kept.max, current.max),
        windowSeconds: Math.round((now() - kept.since) / 100) / 10,
      };
    },
    stop() {
      clearInterval(timer);
      live.disable();
    },
  };
}

/** Request durations from 1 ms (a health check) to 10 s (near REQUEST_TIMEOUT_MS territory). */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Model builds: milliseconds for a small collective, seconds for 10,000 members (bench/README.md). */
const BUILD_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(options: { poolUsage: () => PoolUsage }): Metrics {
  const registry = new Registry();
  const registers = [registry];
  // Process metrics (CPU, memory, GC, handles) and prom-client's own event-loop lag figures,
  // which it resets at each scrape.
  collectDefaultMetrics({ register: registry });

  const requestDuration = new Histogram({
    name: 'rx_http_request_duration_seconds',
    help: 'Time to answer a request, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: REQUEST_BUCKETS,
    registers,
  });

  const pool = (name: string, help: string, read: (usage: PoolUsage) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read(options.poolUsage()));
      },
    });
  pool('rx_db_pool_connections', 'Connections the database pool holds open.', (u) => u.total);
  pool('rx_db_pool_idle_connections', 'Open connections of the pool not in use.', (u) => u.idle);
  pool('rx_db_pool_waiting_clients', 'Queries waiting for a connection of the pool.', (u) => u.waiting);
  pool('rx_db_pool_max_connections', 'The most connections the pool opens (DB_POOL_MAX).', (u) => u.max);

  const eventLoop = startEventLoopMonitor();
  new Gauge({
    name: 'rx_eventloop_delay_p99_seconds',
    help: 'Event-loop delay, 99th percentile (upper bound) over the last 10 to 20 s, as /readyz reports it.',
    registers,
    collect() {
      this.set(eventLoop.delay().delayP99Ms / 1000);
    },
  });
  new Gauge({
    name: 'rx_eventloop_delay_max_seconds',
    help: 'Event-loop delay, maximum over the last 10 to 20 s, as /readyz reports it.',
    registers,
    collect() {
      this.set(eventLoop.delay().delayMaxMs / 1000);
    },
  });

  const buildSeconds = new Histogram({
    name: 'rx_matching_model_build_seconds',
    help: 'Time to build a collective matching model, successful builds only.',
    buckets: BUILD_BUCKETS,
    registers,
  });
  const builds = new Counter({
    name: 'rx_matching_model_builds_total',
    help: 'Matching model builds, by outcome.',
    labelNames: ['outcome'] as const,
    registers,
  });
  // Both outcomes from the start, so a rate over errors is 0 rather than absent.
  builds.inc({ outcome: 'ok' }, 0);
  builds.inc({ outcome: 'error' }, 0);
  const cacheBytes = new Gauge({
    name: 'rx_matching_cache_bytes',
    help: 'Estimated size of the matching models held in memory.',
    registers,
  });
  const cachedModels = new Gauge({
    name: 'rx_matching_cached_models',
    help: 'Matching models held in memory.',
    registers,
  });

  return {
    eventLoop,
    matching: {
      observeBuild(seconds, outcome) {
        if (outcome === 'ok') buildSeconds.observe(seconds);
        builds.inc({ outcome });
      },
      setCache(bytes, models) {
        cacheBytes.set(bytes);
        cachedModels.set(models);
      },
    },
    // Straight to prom-client: caching its labels() children was measured slower, since a child
    // still validates and hashes its labels on every observation.
    observeRequest(method, route, statusCode, seconds) {
      requestDuration.observe({ method, route, status_code: statusCode }, seconds);
    },
    render: () => registry.metrics(),
    stop() {
      eventLoop.stop();
    },
  };
}
