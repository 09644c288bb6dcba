import type { FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionFailed } from './errors.js';

/**
 * Mutable resources carry a `version` bumped by every update; the ETag is that version. An
 * update sent with If-Match applies only if the version is unchanged (412 otherwise), which
 * the repository enforces in the UPDATE's WHERE clause, so concurrent writers cannot both win.
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/** The version an If-Match header demands; undefined when absent or `*`. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match?.[1]) {
    throw new PreconditionFailed('STALE_ETAG', 'If-Match does not match the current ETag of this resource.');
  }
  return Number(match[1]);
}

export function staleEtag(): PreconditionFailed {
  return new PreconditionFailed(
    'STALE_ETAG',
    'The resource changed since you read it; fetch it again and retry.',
  );
}
