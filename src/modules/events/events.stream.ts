import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import type { StreamPosition } from './events.repository.js';
import type { EventsService } from './events.service.js';

export interface StreamSettings {
  pollMs: number;
  heartbeatMs: number;
}

/** Open streams of this instance, so that shutdown can end them instead of waiting on them. */
export type OpenStreams = Set<() => void>;

/**
 * Serves one Server-Sent Events stream: each event the caller may see as it settles
 * (`id:` its sequence number, `event:` its type, `data:` the Event), a comment line every
 * heartbeat, and an `expired` event when the access token runs out, which ends the stream (the
 * client reconnects with a fresh token and Last-Event-ID). Every instance reads the events
 * table itself, so a stream works behind any number of instances. The position it reads from
 * is the event's (transaction id, sequence): see events.repository.ts.
 */
export function serveStream(
  request: FastifyRequest,
  reply: FastifyReply,
  args: {
    service: EventsService;
    caller: Caller;
    collectiveId: string;
    start: StreamPosition;
    settings: StreamSettings;
    open: OpenStreams;
  },
): void {
  const { service, caller, collectiveId, settings } = args;
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // Proxies such as nginx buffer responses unless told not to.
    'x-accel-buffering': 'no',
    'x-request-id': request.id,
  });
  raw.write(`retry: 2000\n\n`);

  let position = args.start;
  let closed = false;
  let poll: NodeJS.Timeout | undefined;
  const timers: NodeJS.Timeout[] = [];

  const end = (last?: string) => {
    if (closed) return;
    closed = true;
    clearTimeout(poll);
    for (const timer of timers) clearTimeout(timer);
    args.open.delete(end);
    if (last !== undefined && raw.writable) raw.write(last);
    raw.end();
  };
  args.open.add(end);
  // The response closes when the client goes away (or when the stream ends here).
  raw.on('close', () => {
    end();
  });

  const expiresIn = caller.expiresAt.getTime() - Date.now();
  timers.push(
    setTimeout(
      () => {
        end(`event: expired\ndata: {"reason":"the access token expired; reconnect with a new one"}\n\n`);
      },
      Math.max(0, expiresIn),
    ),
    setInterval(() => {
      raw.write(`: heartbeat\n\n`);
    }, settings.heartbeatMs),
  );

  const tick = async () => {
    try {
      for (;;) {
        const next = await service.streamNext(caller.accountId, collectiveId, position);
        if (closed) return;
        position = next.position;
        for (const event of next.events) {
          raw.write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        }
        if (!next.more) break;
      }
    } catch (err) {
      // No longer a member: the stream ends. A database hiccup: try again at the next poll.
      if (err instanceof AppError) {
        end(`event: ended\ndata: ${JSON.stringify({ reason: err.message })}\n\n`);
        return;
      }
      request.log.warn({ err: { message: (err as Error).message } }, 'event stream poll failed');
    }
    if (!closed) poll = setTimeout(() => void tick(), settings.pollMs);
  };
  void tick();
}
