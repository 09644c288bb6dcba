import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import type { EventFeed } from './events.feed.js';
import type { StreamPosition } from './events.repository.js';
import type { EventsService } from './events.service.js';

export interface StreamSettings {
  /** The fallback read, for notifications lost while the listening connection was down. */
  pollMs: number;
  heartbeatMs: number;
}

/**
 * A woken read that finds nothing settled yet (the new event's transaction committed while an
 * older one still runs) looks again after 50 ms, then 100, 200... until the fallback poll.
 */
const RECHECK_FIRST_MS = 50;

/** Open streams of this instance, so that shutdown can end them instead of waiting on them. */
export type OpenStreams = Set<() => void>;

/**
 * Serves one Server-Sent Events stream: each event the caller may see as it settles
 * (`id:` its sequence number, `event:` its type, `data:` the Event), a comment line every
 * heartbeat, and an `expired` event when the access token runs out, which ends the stream (the
 * client reconnects with a fresh token and Last-Event-ID). The stream reads the events table
 * when the feed says its collective has new events (a NOTIFY from whichever instance wrote
 * them) and, as a fallback, every `pollMs`; the position it reads from is the event's
 * (transaction id, sequence), see events.repository.ts, so a missed notification costs time,
 * never an event.
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
    feed: EventFeed;
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
    unsubscribe();
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

  let reading = false;
  let wokenWhileReading = false;
  let recheckMs = 0;

  const tick = async (woken: boolean) => {
    reading = true;
    let moved = false;
    try {
      for (;;) {
        const next = await service.streamNext(caller.accountId, collectiveId, position);
        if (closed) return;
        moved ||= next.position !== position;
        position = next.position;
        for (const event of next.events) {
          raw.write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        }
        if (!next.more) break;
      }
    } catch (err) {
      // No longer a member: the stream ends. A database hiccup: try again at the next read.
      if (err instanceof AppError) {
        end(`event: ended\ndata: ${JSON.stringify({ reason: err.message })}\n\n`);
        return;
      }
      request.log.warn({ err: { message: (err as Error).message } }, 'event stream read failed');
    } finally {
      reading = false;
    }
    if (closed) return;
    if (wokenWhileReading) {
      wokenWhileReading = false;
      recheckMs = 0;
      void tick(true);
      return;
    }
    recheckMs = woken && !moved ? (recheckMs === 0 ? RECHECK_FIRST_MS : recheckMs * 2) : 0;
    if (recheckMs >= settings.pollMs) recheckMs = 0;
    // The fallback poll is jittered (75% to 125%): streams opened together (clients reconnecting
    // after a restart) would otherwise read all at once, every time, and queue on the pool.
    poll = setTimeout(
      () => void tick(recheckMs > 0),
      recheckMs || settings.pollMs * (0.75 + Math.random() / 2),
    );
  };

  const wake = () => {
    if (closed) return;
    if (reading) {
      wokenWhileReading = true;
      return;
    }
    clearTimeout(poll);
    recheckMs = 0;
    void tick(true);
  };
  const unsubscribe = args.feed.subscribe(collectiveId, wake);
  void tick(false);
}
