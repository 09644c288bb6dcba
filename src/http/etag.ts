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

/**
 * The opaque tags of an If-None-Match list (`W/` dropped: RFC 9110 compares them weakly), or
 * undefined when the header is not such a list; empty list elements are allowed, as in any
 * HTTP list. A tag may contain commas, so the list is read tag by tag rather than split.
 */
function listedTags(header: string): string[] | undefined {
  const element = /[ \t]*(?:(?:W\/)?("[^"]*"))?[ \t]*(?:,|$)/y;
  const tags: string[] = [];
  while (element.lastIndex < header.length) {
    const match = element.exec(header);
    if (!match) return undefined;
    if (match[1] !== undefined) tags.push(match[1]);
  }
  return tags;
}

/**
 * Whether If-None-Match names the current tag: `*` (the resource exists, which it does once
 * the caller may read it), or a list holding it. A malformed header matches nothing, so the
 * answer is the full representation, which is never wrong.
 */
function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return listedTags(header)?.includes(etag) ?? false;
}

/**
 * Answers a GET of a versioned resource: always with its ETag, and with 304 Not Modified and
 * no body when If-None-Match already names that tag (a client revalidating its copy), else
 * with the representation. Call it after the service has authorized the read, so a 304 says
 * nothing a 404 would not.
 */
export function sendWithEtag<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  version: number,
  body: T,
): T | FastifyReply {
  setEtag(reply, version);
  if (ifNoneMatchHits(request.headers['if-none-match'], etagOf(version))) return reply.code(304).send();
  return body;
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
