import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import { Unauthorized } from './errors.js';

export interface Caller {
  accountId: string;
  /**
   * For a token of the external OpenID Connect issuer: when the person signed in there
   * (`auth_time`, else `iat`), so that an irreversible action can ask for a fresh sign-in.
   */
  externalSignInAt?: Date;
  /** When the access token expires: a live event stream ends then. */
  expiresAt: Date;
}

/** Turns a bearer token into the caller, or throws Unauthorized. */
export type Authenticator = (token: string) => Promise<Caller>;

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook for routes that need a caller: `{ onRequest: app.authenticate }`. */
    authenticate: onRequestHookHandler;
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

export function registerAuthentication(app: FastifyInstance, authenticate: Authenticator): void {
  app.decorateRequest('caller', null);
  app.decorate('authenticate', async function (request: FastifyRequest) {
    // The rate-limit hook may already have verified this request's token.
    if (request.caller) return;
    const header = request.headers.authorization;
    const match = header === undefined ? null : BEARER.exec(header);
    if (!match?.[1])
      throw new Unauthorized('UNAUTHORIZED', 'Send an access token: Authorization: Bearer <token>.');
    request.caller = await authenticate(match[1]);
  });
}

/** The authenticated caller of a route that uses `app.authenticate`. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new Unauthorized();
  return request.caller;
}

/** For the OpenAPI document: the operation needs a bearer token. */
export const bearerSecurity = [{ bearerAuth: [] }];
