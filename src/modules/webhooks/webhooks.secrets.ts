import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';

/**
 * Webhook signing secrets and signatures, as the Standard Webhooks specification has them
 * (https://www.standardwebhooks.com): a secret is `whsec_` + base64 of 24 random bytes; a
 * message is signed with HMAC-SHA256 over `${webhook-id}.${webhook-timestamp}.${body}` and the
 * `webhook-signature` header lists `v1,<base64 signature>` once per secret in use, separated by
 * spaces (two during a rotation), so receivers can verify with that project's libraries.
 */
const SECRET_PREFIX = 'whsec_';

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
}

export function signatureOf(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The three Standard Webhooks headers of one message, signed with every secret given. */
export function signedHeaders(
  secrets: string[],
  message: { id: string; timestamp: number; body: string },
): Record<string, string> {
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(message.timestamp),
    'webhook-signature': secrets
      .map((secret) => signatureOf(secret, message.id, message.timestamp, message.body))
      .join(' '),
  };
}

/**
 * HMAC needs the secret itself when signing, so it cannot be stored as a hash the way tokens
 * are. It is sealed instead, with AES-256-GCM under WEBHOOK_SECRETS_KEY (which lives outside
 * the database): a dump of the database alone reveals no secret, and a tampered sealed value
 * fails to open. Sealed form: `v1.<iv>.<tag>.<ciphertext>`, base64url parts.
 */
export interface SecretBox {
  seal(secret: string): string;
  open(sealed: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the webhook secrets key must be 32 bytes');
  return {
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), ciphertext]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, ciphertext] = sealed.split('.');
      if (version !== 'v1' || iv === undefined || tag === undefined || ciphertext === undefined) {
        throw new Error('not a sealed webhook secret');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/**
 * WEBHOOK_SECRETS_KEY, or without it a key generated on first start and kept in DATA_DIR
 * (fine for one machine; several instances must share one key: warned), as the JWT signing
 * key is.
 */
export async function loadWebhookSecretsKey(
  config: { WEBHOOK_SECRETS_KEY?: string | undefined; DATA_DIR: string },
  logger: FastifyBaseLogger,
): Promise<Buffer> {
  if (config.WEBHOOK_SECRETS_KEY) return Buffer.from(config.WEBHOOK_SECRETS_KEY, 'base64');
  const file = path.resolve(config.DATA_DIR, 'webhook-secrets.key');
  let key: Buffer;
  try {
    key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    key = randomBytes(32);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  logger.warn(
    { file },
    'WEBHOOK_SECRETS_KEY is not set: sealing webhook secrets with a key generated under DATA_DIR. Configure WEBHOOK_SECRETS_KEY in production (every instance must share it).',
  );
  return key;
}
