import http from 'node:http';

/**
 * The benchmark's HTTP client, run as a separate process (bench/match.ts forks it) so that its
 * own work never sits in the server's event loop and inflates the latencies it measures. It
 * talks to 127.0.0.1 only, over keep-alive connections (one per worker), and answers each
 * phase the parent sends with the latency of every request.
 */

export interface LoadRequest {
  /** POST when unset. */
  method?: 'GET' | 'POST';
  path: string;
  /** Index into PhaseSpec.tokens. */
  token: number;
  /** The JSON body of a POST. */
  body?: string;
}

export interface PhaseSpec {
  port: number;
  concurrency: number;
  /** Stop after this many requests (requests are taken round-robin from `requests`)... */
  count: number;
  /** ...or once this much time has passed, whichever comes first (in-flight requests finish). */
  maxMs: number;
  tokens: string[];
  requests: LoadRequest[];
  /** What counts as success: a 200 with an `items` array (the default), or any 200. */
  expect?: 'items' | '200';
}

export interface PhaseResult {
  /** One entry per completed request, in completion order, milliseconds. */
  latenciesMs: number[];
  /** Latencies of the requests answered 200 with an `items` array only. */
  okLatenciesMs: number[];
  /** HTTP status -> count; `error` counts requests that got no response at all. */
  statuses: Record<string, number>;
  /** Responses that were not a 200 with an `items` array. */
  errors: number;
  errorSamples: string[];
  wallMs: number;
  itemsReturned: number;
  responseBytes: number;
}

export type ParentMessage = { type: 'phase'; id: number; spec: PhaseSpec };
export type ChildMessage = { type: 'result'; id: number; result: PhaseResult } | { type: 'ready' };

function send(message: ChildMessage): void {
  process.send?.(message);
}

function post(
  agent: http.Agent,
  port: number,
  request: LoadRequest,
  token: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'POST',
        path: request.path,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(request.body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(request.body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

function itemCount(body: string): number | undefined {
  try {
    const parsed = JSON.parse(body) as { items?: unknown };
    return Array.isArray(parsed.items) ? parsed.items.length : undefined;
  } catch {
    return undefined;
  }
}

async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const result: PhaseResult = {
    latenciesMs: [],
    okLatenciesMs: [],
    statuses: {},
    errors: 0,
    errorSamples: [],
    wallMs: 0,
    itemsReturned: 0,
    responseBytes: 0,
  };
  const fail = (sample: string) => {
    result.errors += 1;
    if (result.errorSamples.length < 5) result.errorSamples.push(sample.slice(0, 400));
  };
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(spec.maxMs * 1e6));
  let next = 0;

  async function worker(): Promise<void> {
    for (;;) {
      const i = next;
      if (i >= spec.count || process.hrtime.bigint() >= deadline) return;
      next += 1;
      const request = spec.requests[i % spec.requests.length];
      const token = request === undefined ? undefined : spec.tokens[request.token];
      if (request === undefined || token === undefined) throw new Error('phase has no requests or tokens');
      const t0 = process.hrtime.bigint();
      try {
        const response = await post(agent, spec.port, request, token);
        const latency = Number(process.hrtime.bigint() - t0) / 1e6;
        result.latenciesMs.push(latency);
        result.statuses[response.status] = (result.statuses[response.status] ?? 0) + 1;
        result.responseBytes += response.body.length;
        const items =
          response.status !== 200 ? undefined : spec.expect === '200' ? 0 : itemCount(response.body);
        if (items === undefined) fail(`${response.status} ${response.body}`);
        else {
          result.itemsReturned += items;
          result.okLatenciesMs.push(latency);
        }
      } catch (err) {
        const latency = Number(process.hrtime.bigint() - t0) / 1e6;
        result.latenciesMs.push(latency);
        result.statuses.error = (result.statuses.error ?? 0) + 1;
        fail(err instanceof Error ? err.message : String(err));
      }
    }
  }

  await Promise.all(Array.from({ length: spec.concurrency }, () => worker()));
  result.wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  return result;
}

// Only when forked by bench/match.ts (it also imports the types above).
if (process.send !== undefined) {
  process.on('message', (message: ParentMessage) => {
    runPhase(message.spec).then(
      (result) => {
        send({ type: 'result', id: message.id, result });
      },
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready' });
}
