import { decodeProtectedHeader, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import type { KeySet } from '../auth/index.js';
import type { EndorsementRow } from './endorsements.repository.js';

/**
 * Endorsements as portable Open Badges 3.0 credentials in the JSON Web Token Proof Format
 * (OB 3.0 section 8.2): the `vc` claim holds an OpenBadgeCredential whose issuer is the
 * endorser's profile and whose subject is the endorsee; the worked example is its evidence.
 * The JOSE header is exactly `alg` RS256, `kid` (a URL that dereferences to the public JWK)
 * and `typ` "JWT"; `iss`, `sub`, `jti` and `nbf` equal the credential's issuer.id,
 * credentialSubject.id, id and validFrom. Revocation follows the 1EdTech Revocation List
 * Status Method: `credentialStatus.id` is the URL of the issuer's list of revoked credentials.
 */
const ALG = 'RS256';
const TYP = 'JWT';
/** OB 3.0 allows no other JOSE headers. */
const ALLOWED_HEADERS = new Set(['alg', 'kid', 'jwk', 'typ']);
export const REVOCATION_LIST_TYPE = '1EdTechRevocationList';

export interface CredentialUrls {
  baseUrl: string;
}

export function profileUrl(base: string, collectiveId: string, memberId: string): string {
  return `${base}/v1/collectives/${collectiveId}/members/${memberId}`;
}

export function credentialId(base: string, row: Pick<EndorsementRow, 'collectiveId' | 'id'>): string {
  return `${base}/v1/collectives/${row.collectiveId}/endorsements/${row.id}/credential`;
}

export function statusUrl(base: string, row: Pick<EndorsementRow, 'collectiveId' | 'id'>): string {
  return `${base}/v1/credentials/${row.collectiveId}/${row.id}/status`;
}

/** The URL a credential's `kid` names: it dereferences to that one public JWK. */
export function keyUrl(base: string, kid: string): string {
  return `${base}/v1/credentials/keys/${kid}`;
}

/** The thumbprint a `kid` URL of this service names; undefined for any other URL. */
export function parseKeyUrl(base: string, url: string): string | undefined {
  const prefix = `${base}/v1/credentials/keys/`;
  const kid = url.startsWith(prefix) ? url.slice(prefix.length) : '';
  return /^[\w-]{1,128}$/.test(kid) ? kid : undefined;
}

/** The 1EdTech Revocation List of one issuer (an endorser): `credentialStatus.id`. */
export function revocationListUrl(base: string, collectiveId: string, issuerMemberId: string): string {
  return `${base}/v1/credentials/revocation-lists/${collectiveId}/${issuerMemberId}`;
}

export function parseRevocationListUrl(
  base: string,
  url: string,
): { collectiveId: string; issuerMemberId: string } | undefined {
  const ids = idsIn(base, url, '/v1/credentials/revocation-lists/:id/:id');
  return ids && { collectiveId: ids[0], issuerMemberId: ids[1] };
}

/** The document a revocation list URL dereferences to (1EdTech Revocation List Status Method). */
export interface RevocationList {
  id: string;
  issuer: string;
  revokedCredentials: { id: string; revocationReason?: string }[];
}

/** The ids a credential names, read back from its `jti`; undefined when it is not one of ours. */
export function parseCredentialId(
  base: string,
  id: unknown,
): { collectiveId: string; endorsementId: string } | undefined {
  const ids = idsIn(base, id, '/v1/collectives/:id/endorsements/:id/credential');
  return ids && { collectiveId: ids[0], endorsementId: ids[1] };
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The two UUIDs a URL of this service holds where `path` says `:id`; undefined for any other. */
function idsIn(base: string, url: unknown, path: string): [string, string] | undefined {
  if (typeof url !== 'string') return undefined;
  const match = new RegExp(`^${escapeRegExp(base)}${path.replaceAll(':id', `(${UUID})`)}$`).exec(url);
  return match?.[1] && match[2] ? [match[1], match[2]] : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function openBadgeCredential(
  base: string,
  row: EndorsementRow,
  names: { endorser: string; endorsee: string },
): Record<string, unknown> {
  const id = credentialId(base, row);
  const skills = row.skills.join(', ');
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Endorsement for ${names.endorsee}: ${skills}`,
    issuer: {
      id: profileUrl(base, row.collectiveId, row.endorserId),
      type: ['Profile'],
      name: names.endorser,
    },
    // Whole seconds, so that `nbf` (a NumericDate, in seconds) equals it exactly.
    validFrom: wholeSeconds(row.createdAt),
    credentialSubject: {
      id: profileUrl(base, row.collectiveId, row.endorseeId),
      type: ['AchievementSubject'],
      name: names.endorsee,
      achievement: {
        id: `${id}#achievement`,
        type: ['Achievement'],
        achievementType: 'Competency',
        name: `Vouched for: ${skills}`,
        description: `${names.endorser} vouches for ${names.endorsee} (${row.relationshipKind.replace('_', ' ')} since ${row.relationshipSince}) on ${skills}, backed by a worked example.`,
        criteria: {
          narrative: `Endorsed by a fellow member of the collective with a concrete worked example: "${row.exampleTitle}", where ${names.endorsee} acted as ${row.exampleEndorseeRole}.${row.verifiedByHandoff ? ' The work came through a recorded handoff in the collective.' : ''}`,
        },
        alignment: row.skills.map((skill) => ({
          type: ['Alignment'],
          targetName: skill,
          targetUrl: `${base}/v1/skills/${skill}`,
          targetType: 'ceasn:Competency',
        })),
      },
    },
    evidence: [
      {
        type: ['Evidence'],
        name: row.exampleTitle,
        description: row.exampleDescription,
        narrative: `Role: ${row.exampleEndorseeRole}. Outcome: ${row.exampleOutcome}. From ${row.exampleStartedOn}${row.exampleEndedOn ? ` to ${row.exampleEndedOn}` : ''}.`,
        genre: 'Worked example',
      },
      // Every evidence URL of the worked example, each an Evidence of its own.
      ...row.evidenceUrls.map((url, i) => ({
        id: url,
        type: ['Evidence'],
        name: `${row.exampleTitle}: evidence ${i + 1} of ${row.evidenceUrls.length}`,
        genre: 'Worked example',
      })),
    ],
    credentialStatus: {
      id: revocationListUrl(base, row.collectiveId, row.endorserId),
      type: REVOCATION_LIST_TYPE,
    },
  };
}

function wholeSeconds(at: Date): string {
  return new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString();
}

export async function signCredential(
  keys: KeySet,
  base: string,
  credential: Record<string, unknown>,
): Promise<string> {
  const issuer = credential.issuer as { id: string };
  const subject = credential.credentialSubject as { id: string };
  return new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: ALG, kid: keyUrl(base, keys.signing.kid), typ: TYP })
    .setIssuer(issuer.id)
    .setSubject(subject.id)
    .setJti(credential.id as string)
    .setNotBefore(Date.parse(credential.validFrom as string) / 1000)
    .sign(keys.signing.key);
}

/** What verification needs from outside the token: the two URLs it names, dereferenced. */
export interface CredentialResolvers {
  /** The public JWK a `kid` URL dereferences to; undefined when it does not. */
  key(url: string): Promise<JWK | undefined>;
  /** The revocation list a `credentialStatus.id` dereferences to; undefined when it does not. */
  revocationList(url: string): Promise<RevocationList | undefined>;
}

export type CredentialCheck =
  { ok: true; vc: Record<string, unknown>; revoked: boolean } | { ok: false; reason: string };

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value;

/**
 * Verifies an OpenBadgeCredential in the JSON Web Token Proof Format the way OB 3.0 section
 * 8.2 tells any verifier to: the JOSE header, the signature with the key its `kid`
 * dereferences to, the claims against the credential's fields, then the status by the method
 * the credential names. The service's own verify endpoint runs exactly this, with resolvers
 * that read the database instead of fetching its own URLs, so the two cannot disagree.
 */
export async function verifyCredential(
  token: string,
  resolvers: CredentialResolvers,
): Promise<CredentialCheck> {
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return { ok: false, reason: 'not a compact JWS' };
  }
  const extra = Object.keys(header).filter((name) => !ALLOWED_HEADERS.has(name));
  if (extra.length > 0) return { ok: false, reason: `JOSE headers not allowed: ${extra.join(', ')}` };
  if (header.typ !== undefined && header.typ !== TYP) return { ok: false, reason: 'typ must be "JWT"' };
  if (header.alg !== ALG) return { ok: false, reason: `alg must be ${ALG}` };
  if (typeof header.kid !== 'string') return { ok: false, reason: 'no kid to find the key by' };
  const jwk = await resolvers.key(header.kid);
  if (!jwk) return { ok: false, reason: 'the kid does not dereference to a key' };
  let payload: Record<string, unknown>;
  try {
    const key = await importJWK(jwk, ALG);
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [ALG],
      requiredClaims: ['iss', 'sub', 'jti', 'nbf'],
    }));
  } catch (err) {
    return {
      ok: false,
      reason: `signature or claims invalid: ${err instanceof Error ? err.message : 'invalid'}`,
    };
  }
  const vc = payload.vc;
  if (typeof vc !== 'object' || vc === null) return { ok: false, reason: 'no vc claim' };
  const credential = vc as Record<string, unknown>;
  const seconds = (value: unknown) => (typeof value === 'string' ? Date.parse(value) / 1000 : NaN);
  if (payload.iss !== idOf(credential.issuer)) return { ok: false, reason: 'iss is not issuer.id' };
  if (payload.sub !== idOf(credential.credentialSubject)) {
    return { ok: false, reason: 'sub is not credentialSubject.id' };
  }
  if (payload.jti !== credential.id) return { ok: false, reason: 'jti is not the credential id' };
  if (payload.nbf !== seconds(credential.validFrom)) return { ok: false, reason: 'nbf is not validFrom' };
  if (credential.validUntil !== undefined && payload.exp !== seconds(credential.validUntil)) {
    return { ok: false, reason: 'exp is not validUntil' };
  }
  const status = credential.credentialStatus as { id?: unknown; type?: unknown } | undefined;
  if (status === undefined) return { ok: true, vc: credential, revoked: false };
  if (status.type !== REVOCATION_LIST_TYPE || typeof status.id !== 'string') {
    return { ok: false, reason: 'unknown credentialStatus method' };
  }
  const list = await resolvers.revocationList(status.id);
  if (!list) return { ok: false, reason: 'the revocation list cannot be read' };
  return {
    ok: true,
    vc: credential,
    revoked: list.revokedCredentials.some((entry) => entry.id === credential.id),
  };
}
