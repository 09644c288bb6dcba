import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import type { TestAccount } from './factories.js';

/**
 * Helpers for any test that talks to the app over HTTP: one request as a caller, the
 * problem+json checks, the shapes every list and event shares, and the collective's event log.
 */

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: { pointer: string; detail: string; location?: string }[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface EventView {
  id: string;
  seq: number;
  type: string;
  actorMemberId: string | null;
  subject: { type: string; id: string };
  data: Record<string, unknown>;
  createdAt: string;
}

/** Anyone who can send a request: a member, an account, or nobody (no token). */
export type Caller = Pick<TestAccount, 'headers'> | null;

export const collectiveUrl = (collectiveId: string) => `/v1/collectives/${collectiveId}`;

/** One request as `caller`; `payload` is sent as JSON. */
export function call(
  t: TestApp,
  caller: Caller,
  method: NonNullable<InjectOptions['method']>,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: { ...(caller?.headers ?? {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
  });
}

/** What a problem must show besides its status, its code and the problem+json content type. */
export interface ProblemChecks {
  /**
   * - `'typed'` (the default): `type` and `title` are strings too.
   * - `'minimal'`: nothing more.
   * - `'full'`: `type`, `title` and `detail` are strings, `requestId` is the X-Request-Id
   *   header, and the text shows nothing internal (SQL, stack frames, file paths).
   */
  level?: 'minimal' | 'typed' | 'full';
}

const INTERNALS = ['SELECT', 'at ', 'stack', 'node_modules', '.ts:', 'no_such_table'];

/** Asserts an RFC 9457 problem with the status and stable code, and returns it. */
export function expectProblem(
  response: LightMyRequestResponse,
  status: number,
  code: string,
  { level = 'typed' }: ProblemChecks = {},
): Problem {
  // 'minimal' checks the status before reading the body, so a body that is not JSON fails on it.
  if (level === 'minimal') expect(response.statusCode, response.body).toBe(status);
  const body = response.json<Problem>();
  if (level !== 'minimal') expect({ status: response.statusCode, code: body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(body).toMatchObject({
    status,
    code,
    ...(level === 'minimal' ? {} : { type: expect.any(String), title: expect.any(String) }),
    ...(level === 'full' ? { detail: expect.any(String) } : {}),
  });
  if (level === 'full') {
    expect(body.requestId).toBe(response.headers['x-request-id']);
    const text = JSON.stringify(body);
    for (const leak of INTERNALS) expect(text).not.toContain(leak);
  }
  return body;
}

/** The pointers of a 400 VALIDATION_FAILED. */
export function pointersOf(response: LightMyRequestResponse): string[] {
  const body = expectProblem(response, 400, 'VALIDATION_FAILED');
  return (body.errors ?? []).map((e) => e.pointer);
}

/** Every event of the collective visible to `caller`, newest first (follows the cursor). */
export async function allEvents(t: TestApp, caller: Caller, collectiveId: string): Promise<EventView[]> {
  const events: EventView[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?limit=100&cursor=${cursor}` : '?limit=100';
    const response = await call(t, caller, 'GET', `${collectiveUrl(collectiveId)}/events${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<Page<EventView>>();
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}
