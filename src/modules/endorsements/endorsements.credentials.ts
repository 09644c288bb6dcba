import { decodeJwt, jwtVerify, SignJWT, type JWTHeaderParameters } from 'jose';
import type { KeySet } from '../auth/index.js';
import type { EndorsementRow } from './endorsements.repository.js';

/**
 * Endorsements as portable Open Badges 3.0 credentials (VC-JWT): the `vc` claim holds an
 * OpenBadgeCredential whose issuer is the endorser's profile and whose subject is the
 * endorsee; the worked example is its evidence. Signed with the service's key (in the JWKS).
 */
export const CREDENTIAL_TYPE = 'vc+jwt';
const ALG = 'RS256';

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

/** The ids a credential names, read back from its `jti`; undefined when it is not one of ours. */
export function parseCredentialId(
  base: string,
  id: unknown,
): { collectiveId: string; endorsementId: string } | undefined {
  if (typeof id !== 'string') return undefined;
  const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
  const match = new RegExp(
    `^${escapeRegExp(base)}/v1/collectives/(${uuid})/endorsements/(${uuid})/credential$`,
  ).exec(id);
  return match?.[1] && match[2] ? { collectiveId: match[1], endorsementId: match[2] } : undefined;
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
    validFrom: row.createdAt.toISOString(),
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
        ...(row.evidenceUrls[0] ? { id: row.evidenceUrls[0] } : {}),
        name: row.exampleTitle,
        description: row.exampleDescription,
        narrative: `Role: ${row.exampleEndorseeRole}. Outcome: ${row.exampleOutcome}. From ${row.exampleStartedOn}${row.exampleEndedOn ? ` to ${row.exampleEndedOn}` : ''}.`,
        genre: 'Worked example',
      },
    ],
    credentialStatus: {
      id: statusUrl(base, row),
      type: '1EdTechRevocationList',
    },
  };
}

export async function signCredential(keys: KeySet, credential: Record<string, unknown>): Promise<string> {
  const issuer = credential.issuer as { id: string };
  const subject = credential.credentialSubject as { id: string };
  const validFrom = Math.floor(new Date(credential.validFrom as string).getTime() / 1000);
  return new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: ALG, kid: keys.signing.kid, typ: CREDENTIAL_TYPE })
    .setIssuer(issuer.id)
    .setSubject(subject.id)
    .setJti(credential.id as string)
    .setNotBefore(validFrom)
    .setIssuedAt()
    .sign(keys.signing.key);
}

export type CredentialCheck =
  | { ok: true; payload: { iss: string; sub: string; jti: string; vc: Record<string, unknown> } }
  | { ok: false; reason: string };

/** Signature (one of our keys, by kid, RS256 only), type, and the claims the credential must carry. */
export async function checkCredentialSignature(keys: KeySet, token: string): Promise<CredentialCheck> {
  try {
    decodeJwt(token);
  } catch {
    return { ok: false, reason: 'not a compact JWS' };
  }
  try {
    const { payload } = await jwtVerify(
      token,
      (header: JWTHeaderParameters) => {
        const key = header.kid === undefined ? undefined : keys.verification.get(header.kid);
        if (!key) throw new Error('the signing key is not one of this service');
        return key;
      },
      { algorithms: [ALG], typ: CREDENTIAL_TYPE, requiredClaims: ['iss', 'sub', 'jti', 'nbf'] },
    );
    const vc = payload.vc;
    if (typeof vc !== 'object' || vc === null) return { ok: false, reason: 'no vc claim' };
    return {
      ok: true,
      payload: {
        iss: payload.iss ?? '',
        sub: payload.sub ?? '',
        jti: payload.jti ?? '',
        vc: vc as Record<string, unknown>,
      },
    };
  } catch (err) {
    return {
      ok: false,
      reason: err instanceof Error ? `signature or claims invalid: ${err.message}` : 'invalid',
    };
  }
}
