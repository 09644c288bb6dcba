import pg from 'pg';
import type { PoolOptions } from './client.js';

export interface ListenOptions {
  connection: Pick<PoolOptions, 'connectionString' | 'connectTimeoutMs'>;
  channel: string;
  applicationName: string;
  logger: { warn(details: object, message: string): void };
  onNotify(payload: string): void;
  /**
   * Called each time the LISTEN is in place, the first time included: notifications sent while
   * it was not (before, or while the connection was down) are lost, so readers catch up here.
   */
  onListening(): void;
}

export interface Listening {
  close(): Promise<void>;
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * One connection of its own (LISTEN holds a session, which a pooled connection cannot) that
 * listens on `channel` and reconnects with a growing delay whenever it is lost.
 */
export function listen(options: ListenOptions): Listening {
  let closed = false;
  let client: pg.Client | undefined;
  let retryMs = RETRY_MIN_MS;
  let retry: NodeJS.Timeout | undefined;

  const reconnectLater = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, retryMs);
    retryMs = Math.min(RETRY_MAX_MS, retryMs * 2);
  };

  async function connect(): Promise<void> {
    const current = new pg.Client({
      connectionString: options.connection.connectionString,
      connectionTimeoutMillis: options.connection.connectTimeoutMs,
      application_name: options.applicationName,
      // A connection that dies silently (a network cut) would otherwise never end, nor reconnect.
      keepAlive: true,
    });
    client = current;
    current.on('notification', (message) => {
      if (message.channel === options.channel) options.onNotify(message.payload ?? '');
    });
    // A lost connection emits 'error' and then 'end'; either way a new one is opened.
    current.on('error', (err) => {
      options.logger.warn({ err: { message: err.message } }, 'event listener connection lost');
    });
    current.on('end', () => {
      if (client === current) reconnectLater();
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${current.escapeIdentifier(options.channel)}`);
    } catch (err) {
      options.logger.warn({ err: { message: (err as Error).message } }, 'event listener could not connect');
      // Scheduled before ending the client, whose end() need not settle after a failed connect.
      reconnectLater();
      void current.end().catch(() => undefined);
      return;
    }
    if (closed) {
      await current.end();
      return;
    }
    retryMs = RETRY_MIN_MS;
    options.onListening();
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}
