import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import { call, collectiveUrl, type Caller } from './http.js';

/** A clock that stands still until a test moves it. */
export interface MovableClock {
  now: () => Date;
  advance(ms: number): void;
}

export function movableClock(start = new Date()): MovableClock {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance(ms) {
      at += ms;
    },
  };
}

export interface ReceivedMessage {
  headers: Record<string, string>;
  body: string;
}

/**
 * A webhook receiver on 127.0.0.1: it keeps every request it gets and answers with the next
 * status of `statuses` (then 204 for ever).
 */
export interface Receiver {
  url: string;
  received: ReceivedMessage[];
  statuses: number[];
  close(): Promise<void>;
}

export async function startReceiver(statuses: number[] = []): Promise<Receiver> {
  const received: ReceivedMessage[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        headers: Object.fromEntries(
          Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
        ),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.statusCode = receiver.statuses.shift() ?? 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    statuses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}

export const webhooksUrl = (collectiveId: string) => `${collectiveUrl(collectiveId)}/webhooks`;

export interface CreatedWebhookView {
  id: string;
  url: string;
  eventTypes: string[];
  status: string;
  secret: string;
}

/** Creates a webhook over HTTP as `admin` and returns it (asserting the 201). */
export async function createWebhookOk(
  t: TestApp,
  admin: Caller,
  collectiveId: string,
  body: { url: string; eventTypes?: string[]; description?: string },
): Promise<CreatedWebhookView> {
  const response = await call(t, admin, 'POST', webhooksUrl(collectiveId), { eventTypes: ['*'], ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CreatedWebhookView>();
}
