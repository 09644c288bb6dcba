import { randomUUID } from 'node:crypto';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { IDEMPOTENT_OPERATIONS } from './operations.js';
import type { components, operations, paths } from './schema.js';

/**
 * The Referral Exchange client: the generated types (schema.d.ts, from openapi/openapi.json)
 * called through openapi-fetch, plus the little that types cannot do: keep the tokens and
 * refresh them on a 401, give every create an Idempotency-Key, walk cursor pages, and turn
 * problem+json into a typed error.
 */

export type { components, operations, paths };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** A problem+json answer (RFC 9457), thrown by `unwrap`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export interface ClientOptions {
  /** The API's origin, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** Tokens from an earlier sign-in; `signIn` sets them too. */
  tokens?: Tokens;
  /** Called whenever the tokens change (sign-in, refresh), e.g. to store them. */
  onTokens?: (tokens: Tokens | undefined) => void;
  fetch?: typeof globalThis.fetch;
}

export interface ReferralExchangeClient extends Client<paths> {
  /** `createToken`: signs in and keeps the tokens for every later request. */
  signIn(email: string, password: string): Promise<Tokens>;
  /** `revokeToken`: ends the session and forgets the tokens. */
  signOut(): Promise<void>;
  readonly tokens: Tokens | undefined;
}

// Requests that carry no access token, so a 401 from them is never a reason to refresh.
const TOKEN_PATHS = new Set(['/v1/auth/token', '/v1/auth/refresh', '/v1/auth/revoke']);

export function createReferralExchangeClient(options: ClientOptions): ReferralExchangeClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let tokens = options.tokens;
  const setTokens = (next: Tokens | undefined) => {
    tokens = next;
    options.onTokens?.(next);
  };
  // The original of each request, to send it again after a refresh (a body can be read once).
  const originals = new Map<string, Request>();
  let refreshing: Promise<boolean> | undefined;

  async function refresh(): Promise<boolean> {
    const refreshToken = tokens?.refreshToken;
    if (refreshToken === undefined) return false;
    const response = await fetchImpl(new URL('/v1/auth/refresh', options.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    if (!response.ok) {
      setTokens(undefined);
      return false;
    }
    const body = (await response.json()) as Schemas['TokenPair'];
    setTokens({ accessToken: body.accessToken, refreshToken: body.refreshToken });
    return true;
  }

  const session: Middleware = {
    onRequest({ request, schemaPath, id }) {
      if (tokens && !request.headers.has('authorization') && !TOKEN_PATHS.has(schemaPath)) {
        request.headers.set('authorization', `Bearer ${tokens.accessToken}`);
      }
      // A create retried with the same key is done once: the key is made here, once per call.
      if (
        IDEMPOTENT_OPERATIONS.has(`${request.method} ${schemaPath}`) &&
        !request.headers.has('idempotency-key')
      ) {
        request.headers.set('idempotency-key', randomUUID());
      }
      if (tokens && !TOKEN_PATHS.has(schemaPath)) originals.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id }) {
      const original = originals.get(id);
      originals.delete(id);
      if (response.status !== 401 || original === undefined) return response;
      // One refresh at a time: concurrent 401s wait for the same new tokens.
      refreshing ??= refresh().finally(() => (refreshing = undefined));
      if (!(await refreshing) || tokens === undefined) return response;
      original.headers.set('authorization', `Bearer ${tokens.accessToken}`);
      return fetchImpl(original);
    },
    onError({ id }) {
      originals.delete(id);
    },
  };

  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: fetchImpl });
  client.use(session);

  return Object.defineProperties(client as ReferralExchangeClient, {
    signIn: {
      value: async (email: string, password: string) => {
        const pair = await unwrap(client.POST('/v1/auth/token', { body: { email, password } }));
        const next = { accessToken: pair.accessToken, refreshToken: pair.refreshToken };
        setTokens(next);
        return next;
      },
    },
    signOut: {
      value: async () => {
        if (tokens === undefined) return;
        const { refreshToken } = tokens;
        setTokens(undefined);
        await unwrap(client.POST('/v1/auth/revoke', { body: { refreshToken } }));
      },
    },
    tokens: { get: () => tokens },
  });
}

function isProblem(error: unknown): error is Problem {
  return typeof error === 'object' && error !== null && 'status' in error && 'code' in error;
}

/**
 * The data of a successful answer, or an ApiError for a problem:
 * `const job = await unwrap(api.POST('/v1/collectives/{collectiveId}/jobs', { ... }))`.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Exclude<T, undefined>> {
  const { data, error, response } = await call;
  if (error !== undefined) {
    if (isProblem(error)) throw new ApiError(error);
    throw new Error(`${response.status} ${response.statusText}: ${JSON.stringify(error)}`);
  }
  return data as Exclude<T, undefined>;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every item of a cursor-paginated list, page after page, as an async iterator:
 * `for await (const job of pages((cursor) => api.GET(..., { params: { query: { cursor } } })))`.
 */
export async function* pages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ data?: Page<T>; error?: unknown; response: Response }>,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await unwrap(fetchPage(cursor));
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
