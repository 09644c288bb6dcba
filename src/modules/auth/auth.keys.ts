import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, type JWK } from 'jose';
import type { FastifyBaseLogger } from 'fastify';

/**
 * RS256: of the asymmetric algorithms SPEC allows, its signatures are the cheapest to verify
 * here (RS256 37.6k/s, ES256 20.1k/s, EdDSA 14.5k/s on this machine), and every request
 * verifies one.
 */
export const ACCESS_TOKEN_ALG = 'RS256';

export interface KeySet {
  signing: { kid: string; key: KeyObject };
  /** Every key a token may be signed with, by kid: the signing key and any rotated-out ones. */
  verification: Map<string, KeyObject>;
  /** The public keys, as published at /.well-known/jwks.json. */
  jwks: { keys: PublishedJwk[] };
}

export type PublishedJwk = JWK & { kty: string; kid: string; alg: string; use: string };

async function publicJwk(key: KeyObject): Promise<{ kid: string; jwk: PublishedJwk }> {
  const jwk = await exportJWK(key.type === 'private' ? createPublicKey(key) : key);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, jwk: { ...jwk, kty: jwk.kty ?? 'RSA', kid, alg: ACCESS_TOKEN_ALG, use: 'sig' } };
}

function parsePrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    return createPrivateKey({ key: JSON.parse(trimmed) as JsonWebKeyInput['key'], format: 'jwk' });
  }
  return createPrivateKey(trimmed);
}
type JsonWebKeyInput = Extract<Parameters<typeof createPrivateKey>[0], { format: 'jwk' }>;

/** A JSON array of JWKs, or PEM public keys one after the other. */
function parsePublicKeys(text: string): KeyObject[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    return (JSON.parse(trimmed) as JsonWebKeyInput['key'][]).map((jwk) =>
      createPublicKey({ key: jwk, format: 'jwk' }),
    );
  }
  const pems = trimmed.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
  return pems.map((pem) => createPublicKey(pem));
}

export async function buildKeySet(signingKey: KeyObject, extraPublicKeys: KeyObject[] = []): Promise<KeySet> {
  if (signingKey.asymmetricKeyType !== 'rsa') {
    throw new Error(`the signing key must be an RSA key for ${ACCESS_TOKEN_ALG}`);
  }
  const signing = await publicJwk(signingKey);
  const verification = new Map<string, KeyObject>([[signing.kid, createPublicKey(signingKey)]]);
  const jwks: PublishedJwk[] = [signing.jwk];
  for (const key of extraPublicKeys) {
    const { kid, jwk } = await publicJwk(key);
    if (verification.has(kid)) continue;
    verification.set(kid, key);
    jwks.push(jwk);
  }
  return { signing: { kid: signing.kid, key: signingKey }, verification, jwks: { keys: jwks } };
}

export async function generateSigningKey(): Promise<KeyObject> {
  const { privateKey } = await generateKeyPair(ACCESS_TOKEN_ALG, { modulusLength: 2048, extractable: true });
  return createPrivateKey(await exportPKCS8(privateKey));
}

/**
 * The configured keys; without JWT_SIGNING_KEY, a key generated on first start and kept in
 * DATA_DIR (fine for one machine, wrong for several instances or production: warned).
 */
export async function loadKeySet(
  config: { JWT_SIGNING_KEY?: string | undefined; JWT_VERIFY_KEYS?: string | undefined; DATA_DIR: string },
  logger: FastifyBaseLogger,
): Promise<KeySet> {
  const extra = config.JWT_VERIFY_KEYS ? parsePublicKeys(config.JWT_VERIFY_KEYS) : [];
  if (config.JWT_SIGNING_KEY) return buildKeySet(parsePrivateKey(config.JWT_SIGNING_KEY), extra);

  const file = path.resolve(config.DATA_DIR, 'jwt-signing-key.pem');
  let key: KeyObject;
  try {
    key = createPrivateKey(await readFile(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    key = await generateSigningKey();
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  logger.warn(
    { file },
    'JWT_SIGNING_KEY is not set: signing access tokens with a key generated under DATA_DIR. Configure JWT_SIGNING_KEY in production (every instance must share it).',
  );
  return buildKeySet(key, extra);
}
