import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  base64url,
  decodeJws,
  endorseOk,
  endorsementAction,
  endorsementBody,
  endorsementUrl,
  fetchJwks,
  insertHandoff,
  publicKeyOf,
  rs256Valid,
  VALID_DESCRIPTION,
  type EndorsementView,
  type Jwk,
} from '../../support/endorsements.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { call, expectProblem } from '../../support/http.js';

/**
 * getEndorsementCredential and verifyEndorsementCredential. The credential is read and its
 * signature checked here with node:crypto only, against the published JWKS: no jose and
 * nothing from src/, so a bug shared by the signer and the service's verifier cannot hide.
 */
let t: TestApp;
let base: string;
let collectiveId: string;
let owner: TestMember;
let endorser: TestMember;
let endorsee: TestMember;
let bystander: TestMember;
let jwks: Jwk[];

beforeAll(async () => {
  t = await createTestApp();
  base = t.config.PUBLIC_BASE_URL.replace(/\/+$/, '');
  const collective = await createCollective(t);
  collectiveId = collective.id;
  owner = collective.owner;
  endorser = await addMember(t, collectiveId);
  endorsee = await addMember(t, collectiveId);
  bystander = await addMember(t, collectiveId);
  jwks = await fetchJwks(t);
});
afterAll(() => t.close());

const profile = (memberId: string) => `${base}/v1/collectives/${collectiveId}/members/${memberId}`;

async function credentialOf(caller: TestMember, endorsementId: string): Promise<string> {
  const response = await call(t, caller, 'GET', `${endorsementUrl(collectiveId, endorsementId)}/credential`);
  expect(response.statusCode, response.body).toBe(200);
  const envelope = response.json<{ format: string; credential: string }>();
  expect(envelope.format).toBe('vc+jwt');
  return envelope.credential;
}

interface Verification {
  valid: boolean;
  status: 'active' | 'retracted' | 'invalid' | 'unknown';
  endorsementId?: string;
  reason?: string;
}

/** POST /v1/credentials/verify without any Authorization header. */
async function verify(credential: string): Promise<Verification> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/v1/credentials/verify',
    payload: { credential },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Verification>();
}

/** The JWKS key whose thumbprint ends the header's kid URL. */
function publishedKey(jws: string): KeyObject {
  const { header } = decodeJws(jws);
  const jwk = jwks.find((k) => header.kid === `${base}/v1/credentials/keys/${k.kid}`);
  expect(jwk, `kid ${String(header.kid)} names a key of the JWKS`).toBeDefined();
  return publicKeyOf(jwk!);
}

/** A compact JWS over `header` and `payload`, RS256-signed with `key` by node:crypto. */
function signRs256(header: unknown, payload: unknown, key: KeyObject): string {
  const input = `${base64url(header)}.${base64url(payload)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

describe('getEndorsementCredential', () => {
  let endorsement: EndorsementView;
  let jws: string;

  beforeAll(async () => {
    const referralId = await insertHandoff(t, {
      collectiveId,
      from: endorser.memberId,
      to: endorsee.memberId,
    });
    endorsement = await endorseOk(
      t,
      endorser,
      endorsee.memberId,
      endorsementBody({ skills: ['UX Research', 'service-design'], referralId }),
    );
    jws = await credentialOf(endorsee, endorsement.id);
  });

  // OB 3.0 section 8.2: the JOSE header has alg (RS256), kid (a URI that dereferences to
  // the public JWK) and typ, which if present MUST be "JWT"; additional JOSE headers are NOT allowed.
  it('has exactly the JOSE headers OB 3.0 allows: alg RS256, a kid URL, typ JWT', () => {
    const { header } = decodeJws(jws);
    expect(Object.keys(header).sort()).toEqual(['alg', 'kid', 'typ']);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(jwks.map((k) => `${base}/v1/credentials/keys/${k.kid}`)).toContain(header.kid);
  });

  it('its kid dereferences, without a login, to the public JWK that verifies it', async () => {
    const { header } = decodeJws(jws);
    const response = await t.app.inject({ method: 'GET', url: new URL(String(header.kid)).pathname });
    expect(response.statusCode, response.body).toBe(200);
    const jwk = response.json<Jwk & { d?: string }>();
    expect(jwk.d).toBeUndefined(); // never a private part
    expect(rs256Valid(jws, publicKeyOf(jwk))).toBe(true);
    const unknown = await t.app.inject({ method: 'GET', url: '/v1/credentials/keys/no-such-key' });
    expectProblem(unknown, 404, 'KEY_NOT_FOUND');
  });

  it('its signature verifies with node:crypto against the JWKS key of that kid', () => {
    expect(rs256Valid(jws, publishedKey(jws))).toBe(true);
  });

  it('carries iss, sub, jti, nbf and an OpenBadgeCredential in vc', () => {
    const { payload } = decodeJws(jws);
    const vc = payload.vc as Record<string, unknown>;
    // The claims MUST equal the credential's fields: iss = issuer.id, sub =
    // credentialSubject.id, jti = id, nbf = validFrom (exactly, as a NumericDate).
    expect(payload).toMatchObject({
      iss: profile(endorser.memberId),
      sub: profile(endorsee.memberId),
      jti: vc.id,
      nbf: Math.floor(Date.parse(endorsement.createdAt) / 1000),
    });
    expect(new Date((payload.nbf as number) * 1000).toISOString()).toBe(vc.validFrom);
    expect(payload.exp).toBeUndefined(); // no validUntil, so no exp
    expect(vc.id).toEqual(expect.stringContaining(endorsement.id));
    expect(vc['@context']).toEqual(
      expect.arrayContaining([
        'https://www.w3.org/ns/credentials/v2',
        expect.stringMatching(/^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context/),
      ]),
    );
    expect(vc.type).toEqual(expect.arrayContaining(['VerifiableCredential', 'OpenBadgeCredential']));
    expect(vc.issuer).toMatchObject({ id: profile(endorser.memberId), name: endorser.name });
    // The endorsement's time in whole seconds: what a NumericDate can say.
    expect(Date.parse(endorsement.createdAt) - Date.parse(vc.validFrom as string)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(endorsement.createdAt) - Date.parse(vc.validFrom as string)).toBeLessThan(1000);
  });

  it('credentialSubject is the endorsee; achievement.alignment names the skills', () => {
    const vc = decodeJws(jws).payload.vc as {
      credentialSubject: { id: string; name: string; achievement: { alignment: { targetName: string }[] } };
    };
    expect(vc.credentialSubject).toMatchObject({ id: profile(endorsee.memberId), name: endorsee.name });
    expect(vc.credentialSubject.achievement.alignment.map((a) => a.targetName)).toEqual([
      'ux-research',
      'service-design',
    ]);
  });

  it('evidence is the worked example; credentialStatus names the issuer’s 1EdTech Revocation List', () => {
    const vc = decodeJws(jws).payload.vc as {
      evidence: { name: string; description: string; narrative: string; genre: string }[];
      credentialStatus: { id: string; type: string };
    };
    expect(vc.evidence[0]).toMatchObject({
      name: 'Onboarding research for a regional bank',
      description: VALID_DESCRIPTION,
      genre: expect.any(String),
    });
    expect(vc.evidence[0]!.narrative).toContain('Lead researcher');
    expect(vc.evidence[0]!.narrative).toContain('Onboarding drop-off fell from 38% to 21%');
    expect(vc.credentialStatus).toEqual({
      id: `${base}/v1/credentials/revocation-lists/${collectiveId}/${endorser.memberId}`,
      type: '1EdTechRevocationList',
    });
  });

  it('every evidence URL of the worked example is an Evidence of the credential', async () => {
    const urls = [
      'https://example.com/case-study',
      'https://example.org/before-after.pdf',
      'http://example.net/talk',
    ];
    const withUrls = await endorseOk(
      t,
      endorser,
      endorsee.memberId,
      endorsementBody({ example: { title: 'Three links of evidence', evidenceUrls: urls } }),
    );
    const vc = decodeJws(await credentialOf(endorsee, withUrls.id)).payload.vc as {
      evidence: { id?: string; type: string[] }[];
    };
    expect(vc.evidence.map((e) => e.id).filter((id) => id !== undefined)).toEqual(urls);
    expect(vc.evidence.every((e) => e.type.includes('Evidence'))).toBe(true);
  });

  it('any member may fetch the credential of a visible endorsement, and it verifies', async () => {
    const theirs = await credentialOf(bystander, endorsement.id);
    expect(rs256Valid(theirs, publishedKey(theirs))).toBe(true);
    expect(await verify(theirs)).toMatchObject({ valid: true, status: 'active' });
  });

  it('404 ENDORSEMENT_NOT_FOUND for an unknown endorsement id', async () => {
    const response = await call(
      t,
      endorsee,
      'GET',
      `${endorsementUrl(collectiveId, randomUUID())}/credential`,
    );
    expectProblem(response, 404, 'ENDORSEMENT_NOT_FOUND');
  });
});

describe('verifyEndorsementCredential (no login)', () => {
  let endorsement: EndorsementView;
  let jws: string;

  beforeAll(async () => {
    endorsement = await endorseOk(t, endorser, endorsee.memberId);
    jws = await credentialOf(endorser, endorsement.id);
  });

  it('a fresh credential: valid, active, with its endorsement id', async () => {
    expect(await verify(jws)).toEqual({ valid: true, status: 'active', endorsementId: endorsement.id });
  });

  it('a tampered payload: invalid, and node:crypto agrees', async () => {
    const { header, payload, segments } = decodeJws(jws);
    const vc = payload.vc as { evidence: { name: string }[] };
    vc.evidence[0]!.name = `${vc.evidence[0]!.name}!`;
    const tampered = `${base64url(header)}.${base64url(payload)}.${segments[2]}`;
    expect(segments[0]).toBe(base64url(header)); // the header re-encodes to itself: only the payload changed
    expect(rs256Valid(tampered, publishedKey(jws))).toBe(false);
    expect(await verify(tampered)).toMatchObject({ valid: false, status: 'invalid' });
  });

  it('a payload segment with one character changed: invalid', async () => {
    const [header, payload, signature] = jws.split('.') as [string, string, string];
    const at = Math.floor(payload.length / 2);
    const changed = `${payload.slice(0, at)}${payload[at] === 'A' ? 'B' : 'A'}${payload.slice(at + 1)}`;
    const token = `${header}.${changed}.${signature}`;
    expect(rs256Valid(token, publishedKey(jws))).toBe(false);
    expect(await verify(token)).toMatchObject({ valid: false, status: 'invalid' });
  });

  it('the same claims signed by another RSA key under the same kid: invalid', async () => {
    const { header, payload } = decodeJws(jws);
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = signRs256(header, payload, privateKey);
    expect(rs256Valid(forged, publicKey)).toBe(true); // a well-formed RS256 token, just not ours
    expect(rs256Valid(forged, publishedKey(jws))).toBe(false);
    expect(await verify(forged)).toMatchObject({ valid: false, status: 'invalid' });
  });

  it('alg none, and HS256 keyed with the public key (algorithm confusion): invalid', async () => {
    const { header, payload } = decodeJws(jws);
    const none = `${base64url({ ...header, alg: 'none' })}.${base64url(payload)}.`;
    expect(await verify(none)).toMatchObject({ valid: false, status: 'invalid' });

    const hsHeader = base64url({ ...header, alg: 'HS256' });
    const input = `${hsHeader}.${base64url(payload)}`;
    const pem = publishedKey(jws).export({ type: 'spki', format: 'pem' });
    const hs = `${input}.${createHmac('sha256', pem).update(input).digest('base64url')}`;
    expect(await verify(hs)).toMatchObject({ valid: false, status: 'invalid' });
  });

  it.each(['garbage', 'a.b.c', 'eyJhbGciOiJSUzI1NiJ9.e30.', '....'])(
    'the string %j: invalid',
    async (garbage) => {
      expect(await verify(garbage)).toMatchObject({ valid: false, status: 'invalid' });
    },
  );

  it('400 for an empty credential or a body without one', async () => {
    for (const payload of [{ credential: '' }, {}, { credential: jws, extra: 1 }]) {
      const response = await t.app.inject({ method: 'POST', url: '/v1/credentials/verify', payload });
      expectProblem(response, 400, 'VALIDATION_FAILED');
    }
  });

  it('an access token is not a credential, and a credential is not an access token', async () => {
    expect(await verify(endorser.token)).toMatchObject({ valid: false, status: 'invalid' });
    const response = await t.app.inject({
      method: 'GET',
      url: endorsementUrl(collectiveId, endorsement.id),
      headers: { authorization: `Bearer ${jws}` },
    });
    expectProblem(response, 401, 'INVALID_TOKEN');
  });

  it('signed with the service key but naming no endorsement of ours: unknown', async () => {
    const { header, payload } = decodeJws(jws);
    const vc = payload.vc as Record<string, unknown>;
    const missingId = `${base}/v1/collectives/${collectiveId}/endorsements/${randomUUID()}/credential`;
    const missing = signRs256(
      header,
      { ...payload, jti: missingId, vc: { ...vc, id: missingId } },
      t.keys.signing.key,
    );
    expect(await verify(missing)).toMatchObject({ valid: false, status: 'unknown' });

    const foreignId = `https://elsewhere.example/v1/collectives/${collectiveId}/endorsements/${endorsement.id}/credential`;
    const foreign = signRs256(
      header,
      { ...payload, jti: foreignId, vc: { ...vc, id: foreignId } },
      t.keys.signing.key,
    );
    expect(await verify(foreign)).toMatchObject({ valid: false, status: 'unknown' });
  });

  it('signed with the service key but naming another issuer than the endorser: invalid', async () => {
    const { header, payload } = decodeJws(jws);
    const vc = payload.vc as { issuer: Record<string, unknown> };
    const impostor = profile(bystander.memberId);
    const token = signRs256(
      header,
      { ...payload, iss: impostor, vc: { ...vc, issuer: { ...vc.issuer, id: impostor } } },
      t.keys.signing.key,
    );
    expect(rs256Valid(token, publishedKey(jws))).toBe(true);
    expect(await verify(token)).toMatchObject({
      valid: false,
      status: 'invalid',
      endorsementId: endorsement.id,
    });
  });
});

describe('credential status: the 1EdTech Revocation List, and retraction', () => {
  let endorsement: EndorsementView;
  let jws: string;
  let listPath: string;
  let credentialId: string;

  beforeAll(async () => {
    endorsement = await endorseOk(t, endorser, endorsee.memberId);
    jws = await credentialOf(endorsee, endorsement.id);
    const vc = decodeJws(jws).payload.vc as { id: string; credentialStatus: { id: string } };
    listPath = new URL(vc.credentialStatus.id).pathname;
    credentialId = vc.id;
  });

  /** The method as its specification describes it: dereference credentialStatus.id, look for the id. */
  const revokedIds = async () => {
    const response = await t.app.inject({ method: 'GET', url: listPath });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json<{ id: string; issuer: string; revokedCredentials: { id: string }[] }>();
    expect(list.id).toBe(`${base}${listPath}`);
    expect(list.issuer).toBe(profile(endorser.memberId));
    return list.revokedCredentials.map((entry) => entry.id);
  };

  it('before retraction the list, read without a login, does not name the credential', async () => {
    expect(await revokedIds()).not.toContain(credentialId);
    expect(await verify(jws)).toMatchObject({ valid: true, status: 'active' });
  });

  it('after retraction the list names it at once, and the service verifies it as retracted', async () => {
    const retract = await endorsementAction(t, endorser, collectiveId, endorsement.id, 'retract');
    expect(retract.statusCode, retract.body).toBe(200);
    expect(await revokedIds()).toContain(credentialId);
    expect(await verify(jws)).toMatchObject({
      valid: false,
      status: 'retracted',
      endorsementId: endorsement.id,
    });
    expect(rs256Valid(jws, publishedKey(jws))).toBe(true); // the signature itself is still good

    // The service's own status document agrees.
    const status = await t.app.inject({
      method: 'GET',
      url: `/v1/credentials/${collectiveId}/${endorsement.id}/status`,
    });
    expect(status.json()).toMatchObject({ endorsementId: endorsement.id, status: 'retracted' });
  });

  it('an issuer who retracted nothing has an empty list; a malformed one is a 400', async () => {
    const empty = await t.app.inject({
      method: 'GET',
      url: `/v1/credentials/revocation-lists/${collectiveId}/${bystander.memberId}`,
    });
    expect(empty.json()).toMatchObject({ revokedCredentials: [] });
    const malformed = await t.app.inject({
      method: 'GET',
      url: `/v1/credentials/revocation-lists/${collectiveId}/x`,
    });
    expectProblem(malformed, 400, 'VALIDATION_FAILED');
  });

  it('404 for the status of an unknown endorsement', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/v1/credentials/${collectiveId}/${randomUUID()}/status`,
    });
    expectProblem(response, 404, 'ENDORSEMENT_NOT_FOUND');
  });
});

describe('credentials of hidden endorsements', () => {
  let endorsement: EndorsementView;

  beforeAll(async () => {
    endorsement = await endorseOk(t, endorser, endorsee.memberId);
    const hide = await endorsementAction(t, endorsee, collectiveId, endorsement.id, 'hide');
    expect(hide.statusCode, hide.body).toBe(200);
  });

  it('the endorsee (and the endorser and admins) can still get it, and it verifies', async () => {
    for (const caller of [endorsee, endorser, owner]) {
      const jws = await credentialOf(caller, endorsement.id);
      expect(rs256Valid(jws, publishedKey(jws))).toBe(true);
      expect(await verify(jws)).toEqual({ valid: true, status: 'active', endorsementId: endorsement.id });
    }
  });

  it('a third member cannot: 404', async () => {
    const response = await call(
      t,
      bystander,
      'GET',
      `${endorsementUrl(collectiveId, endorsement.id)}/credential`,
    );
    expectProblem(response, 404, 'ENDORSEMENT_NOT_FOUND');
  });
});
