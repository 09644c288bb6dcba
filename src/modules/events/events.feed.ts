import type { PoolOptions } from '../../db/client.js';
import { listen, type Listening, type ListenOptions } from '../../db/listen.js';
import { EVENTS_CHANNEL } from './events.repository.js';

/** Wakes this instance's open streams of a collective when one of its events commits. */
export interface EventFeed {
  /** `wake` runs when the collective may have new events; the returned function unsubscribes. */
  subscribe(collectiveId: string, wake: () => void): () => void;
  close(): Promise<void>;
}

/**
 * One LISTEN connection per instance, fanned out in process: every transaction that records
 * events notifies with its collective ids at commit (events.repository.ts), on whichever
 * instance it ran. The connection opens with the first stream, so an instance that serves none
 * holds none. A notification only says "read now": streams still read from their own position,
 * so one that is lost (the connection was down) costs a delay, not an event.
 */
export function createEventFeed(deps: {
  connection: Pick<PoolOptions, 'connectionString' | 'connectTimeoutMs'>;
  logger: ListenOptions['logger'];
}): EventFeed {
  const streams = new Map<string, Set<() => void>>();
  let listening: Listening | undefined;

  const wakeAll = () => {
    for (const wakes of streams.values()) for (const wake of wakes) wake();
  };

  return {
    subscribe(collectiveId, wake) {
      listening ??= listen({
        connection: deps.connection,
        channel: EVENTS_CHANNEL,
        applicationName: 'referral-exchange-events',
        logger: deps.logger,
        onNotify: (payload) => {
          for (const w of streams.get(payload) ?? []) w();
        },
        // Whatever committed while nobody listened is read now.
        onListening: wakeAll,
      });
      const wakes = streams.get(collectiveId) ?? new Set();
      streams.set(collectiveId, wakes);
      wakes.add(wake);
      return () => {
        wakes.delete(wake);
        if (wakes.size === 0) streams.delete(collectiveId);
      };
    },
    async close() {
      await listening?.close();
      listening = undefined;
    },
  };
}
