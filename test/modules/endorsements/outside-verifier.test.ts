import { execFile } from 'node:child_process';
import { createPublicKey, sign } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKeySet, generateSigningKey, type KeySet } from '../../../src/modules/auth/index.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import {
  base64url,
  decodeJws,
  endorseOk,
  endorsementAction,
  endorsementUrl,
} from '../../support/endorsements.js';
import { addMember, createCollective } from '../../support/factories.js';
import { call } from '../../support/http.js';

const execFileAsync = promisify(execFile);

/**
 * The credential as someone outside the service checks it: the README's jose snippet, run as
 * its own process against the service over HTTP (kid URL, revocation list), before and after a
 * retraction; the claim equalities of OB 3.0 section 8.2; and a signing key rotated out.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function issue(t: TestApp) {
  const collective = await createCollective(t);
  const endorser = await addMember(t, collective.id);
  const endorsee = await addMember(t, collective.id);
  const endorsement = await endorseOk(t, endorser, endorsee.memberId);
  const response = await call(
    t,
    endorsee,
    'GET',
    `${endorsementUrl(collective.id, endorsement.id)}/credential`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return { collective, endorser, endorsement, jws: response.json<{ credential: string }>().credential };
}

const verify = async (t: TestApp, credential: string) =>
  (await t.app.inject({ method: 'POST', url: '/v1/credentials/verify', payload: { credential } })).json<{
    valid: boolean;
    status: string;
    reason?: string;
  }>();

/** The README's snippet, verbatim: the fenced block after the marker comment. */
async function readmeSnippet(): Promise<string> {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  const match = /<!-- verify-credential-snippet -->\s*```js\n([\s\S]*?)```/.exec(readme);
  if (!match?.[1]) throw new Error('README has no verify-credential snippet');
  return match[1];
}

describe('an outside verifier with jose alone, over HTTP', () => {
  let t: TestApp;
  let issued: Awaited<ReturnType<typeof issue>>;
  let snippetFile: string;

  beforeAll(async () => {
    const port = await freePort();
    t = await createTestApp({ env: { PUBLIC_BASE_URL: `http://127.0.0.1:${port}` } });
    await t.app.listen({ host: '127.0.0.1', port });
    issued = await issue(t);
    // Inside the project, so that `import 'jose'` resolves as it would in the reader's project.
    snippetFile = path.resolve(`.readme-verify-${process.pid}.mjs`);
    await writeFile(snippetFile, await readmeSnippet());
  });
  afterAll(async () => {
    await rm(snippetFile, { force: true });
    await t.close();
  });

  const runSnippet = async (credential: string) => {
    const { stdout } = await execFileAsync(process.execPath, [snippetFile, credential], { timeout: 20_000 });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { valid: boolean; revoked: boolean };
  };

  it('accepts the credential, then sees it revoked after the endorser retracts it', async () => {
    expect(await runSnippet(issued.jws)).toEqual({ valid: true, revoked: false });
    const retract = await endorsementAction(
      t,
      issued.endorser,
      issued.collective.id,
      issued.endorsement.id,
      'retract',
    );
    expect(retract.statusCode).toBe(200);
    expect(await runSnippet(issued.jws)).toEqual({ valid: false, revoked: true });
    expect(await verify(t, issued.jws)).toMatchObject({ valid: false, status: 'retracted' });
  });

  it('refuses a tampered credential, as the service does', async () => {
    const { header, payload, segments } = decodeJws(issued.jws);
    const tampered = `${base64url(header)}.${base64url({ ...payload, sub: 'https://evil.example/x' })}.${segments[2]}`;
    await expect(runSnippet(tampered)).rejects.toThrow();
    expect(await verify(t, tampered)).toMatchObject({ valid: false, status: 'invalid' });
  });
});

describe('the claim equalities and JOSE header rules (OB 3.0 section 8.2)', () => {
  let t: TestApp;
  let issued: Awaited<ReturnType<typeof issue>>;
  beforeAll(async () => {
    t = await createTestApp();
    issued = await issue(t);
  });
  afterAll(() => t.close());

  /** Re-signs header and payload with the service's own key: only the rules can refuse it. */
  const resign = (header: unknown, payload: unknown) => {
    const input = `${base64url(header)}.${base64url(payload)}`;
    return `${input}.${sign('RSA-SHA256', Buffer.from(input), t.keys.signing.key).toString('base64url')}`;
  };

  it('the re-signed original still verifies (the control)', async () => {
    const { header, payload } = decodeJws(issued.jws);
    expect(await verify(t, resign(header, payload))).toMatchObject({ valid: true });
  });

  it.each([
    ['nbf one second off validFrom', (p: Record<string, unknown>) => ({ ...p, nbf: (p.nbf as number) - 1 })],
    ['jti not the credential id', (p: Record<string, unknown>) => ({ ...p, jti: `${String(p.jti)}x` })],
    [
      'sub not credentialSubject.id',
      (p: Record<string, unknown>) => ({ ...p, sub: 'https://elsewhere.example/p' }),
    ],
    [
      'exp without validUntil matching',
      (p: Record<string, unknown>) => ({
        ...p,
        exp: 4_102_444_800,
        vc: { ...(p.vc as object), validUntil: '2099-12-31T00:00:00.000Z' },
      }),
    ],
  ])('refuses a credential whose %s', async (_what, change) => {
    const { header, payload } = decodeJws(issued.jws);
    expect(await verify(t, resign(header, change(payload)))).toMatchObject({
      valid: false,
      status: 'invalid',
    });
  });

  it.each([
    ['typ vc+jwt', { typ: 'vc+jwt' }],
    ['an extra JOSE header', { cty: 'JWT' }],
    ['a kid that is not one of this service’s key URLs', { kid: 'https://elsewhere.example/keys/1' }],
  ])('refuses a header with %s', async (_what, change) => {
    const { header, payload } = decodeJws(issued.jws);
    expect(await verify(t, resign({ ...header, ...change }, payload))).toMatchObject({
      valid: false,
      status: 'invalid',
    });
  });
});

describe('a signing key rotated out', () => {
  let old: TestApp;
  let keys: { before: KeySet; after: KeySet; dropped: KeySet };

  beforeAll(async () => {
    const oldKey = await generateSigningKey();
    const newKey = await generateSigningKey();
    keys = {
      before: await buildKeySet(oldKey),
      after: await buildKeySet(newKey, [createPublicKey(oldKey)]),
      dropped: await buildKeySet(newKey),
    };
    old = await createTestApp({ deps: { keys: keys.before } });
  });
  afterAll(() => old.close());

  it('still verifies, and its kid still dereferences, while the old public key is published', async () => {
    const { jws } = await issue(old);
    const rotated = await createTestApp({ databaseUrl: old.databaseUrl, deps: { keys: keys.after } });
    try {
      expect(await verify(rotated, jws)).toMatchObject({ valid: true, status: 'active' });
      const kid = new URL(String(decodeJws(jws).header.kid)).pathname;
      expect((await rotated.app.inject({ method: 'GET', url: kid })).statusCode).toBe(200);
    } finally {
      await rotated.close();
    }
    const dropped = await createTestApp({ databaseUrl: old.databaseUrl, deps: { keys: keys.dropped } });
    try {
      expect(await verify(dropped, jws)).toMatchObject({ valid: false, status: 'invalid' });
    } finally {
      await dropped.close();
    }
  });
});
