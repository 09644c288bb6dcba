import { createHash, randomBytes } from 'node:crypto';

/**
 * Invitation tokens: `<collective id as 32 hex digits>.<32 random bytes, base64url>`. The
 * prefix says which collective to look in (the table's unique key is (collective_id,
 * token_hash)); the random part is the secret. Only the SHA-256 of the whole token is stored.
 */
const TOKEN_PATTERN = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

export function newInvitationToken(collectiveId: string): string {
  return `${collectiveId.replaceAll('-', '').toLowerCase()}.${randomBytes(32).toString('base64url')}`;
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The collective a token belongs to, or undefined when it is not shaped like one of ours. */
export function collectiveOfToken(token: string): string | undefined {
  const hex = TOKEN_PATTERN.exec(token)?.[1];
  if (hex === undefined) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
