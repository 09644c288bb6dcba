/**
 * The SSE client of `npm run bench:stream`, a separate process (forked by bench/stream.ts) so
 * that parsing hundreds of streams costs the app's process nothing. It opens the streams it is
 * given and reports, for every event received, its seq and when it arrived (wall clock in
 * milliseconds with a fraction, comparable across the two processes of one machine).
 */
import http from 'node:http';

export interface StreamTarget {
  url: string;
  token: string;
}

export type ClientRequest =
  { type: 'open'; targets: StreamTarget[] } | { type: 'report' } | { type: 'close' };

export type ClientReply =
  | { type: 'opened'; open: number; failed: string[] }
  | { type: 'arrivals'; arrivals: [seq: number, at: number][]; open: number };

const wallNow = () => performance.timeOrigin + performance.now();
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const requests: http.ClientRequest[] = [];
let arrivals: [number, number][] = [];
let open = 0;

function reply(message: ClientReply): void {
  process.send?.(message);
}

function openStream(target: StreamTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      target.url,
      { agent, headers: { authorization: `Bearer ${target.token}`, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`status ${String(response.statusCode)}`));
          response.resume();
          return;
        }
        open += 1;
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk: string) => {
          const at = wallNow();
          buffer += chunk;
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const id = /^id: (\d+)$/m.exec(buffer.slice(0, cut))?.[1];
            buffer = buffer.slice(cut + 2);
            if (id !== undefined) arrivals.push([Number(id), at]);
          }
        });
        response.on('close', () => {
          open -= 1;
        });
        resolve();
      },
    );
    request.on('error', reject);
    requests.push(request);
  });
}

process.on('message', (message: ClientRequest) => {
  if (message.type === 'open') {
    void Promise.allSettled(message.targets.map(openStream)).then((results) => {
      const failed = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      reply({ type: 'opened', open, failed: failed.slice(0, 5) });
    });
  } else if (message.type === 'report') {
    reply({ type: 'arrivals', arrivals, open });
    arrivals = [];
  } else {
    for (const request of requests.splice(0)) request.destroy();
    process.disconnect();
  }
});
