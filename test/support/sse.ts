import http from 'node:http';
import { expect } from 'vitest';

/** A Server-Sent Events client over a real socket, for the live stream's tests. */
export interface StreamedEvent {
  id: string;
  event: string;
  data: { id: string; seq: number; type: string; subject: { id: string } };
}

export interface Stream {
  events: StreamedEvent[];
  comments: string[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  waitFor(predicate: () => boolean, ms?: number): Promise<void>;
  close(): void;
}

export function openStream(
  app: { base: string },
  url: string,
  headers: Record<string, string>,
): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const events: StreamedEvent[] = [];
    const comments: string[] = [];
    let endStream: () => void = () => undefined;
    const ended = new Promise<void>((done) => (endStream = done));
    const request = http.get(`${app.base}${url}`, { headers }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`status ${response.statusCode}`));
        return;
      }
      expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else {
              const at = line.indexOf(':');
              fields[line.slice(0, at)] = line.slice(at + 1).trimStart();
            }
          }
          if (fields.data !== undefined) {
            events.push({
              id: fields.id ?? '',
              event: fields.event ?? 'message',
              data: JSON.parse(fields.data) as StreamedEvent['data'],
            });
          }
        }
      });
      response.on('end', () => endStream());
      response.on('close', () => endStream());
      resolve({
        events,
        comments,
        ended,
        async waitFor(predicate, ms = 5_000) {
          const deadline = Date.now() + ms;
          while (!predicate()) {
            if (Date.now() > deadline)
              throw new Error(`timed out; got ${JSON.stringify(events.map((e) => e.event))}`);
            await new Promise((r) => setTimeout(r, 20));
          }
        },
        close: () => request.destroy(),
      });
    });
    request.on('error', (err) => {
      if (!('code' in err && err.code === 'ECONNRESET')) reject(err);
    });
  });
}
