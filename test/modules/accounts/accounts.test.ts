import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, refreshTokens } from '../../../src/db/tables.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createAccount } from '../../support/factories.js';
import { expectProblem } from '../../support/http.js';
import {
  createToken,
  getMe,
  HIGH_LIMITS,
  PASSWORD,
  refresh,
  signIn,
  signUp,
  uniqueEmail,
} from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: HIGH_LIMITS });
});
afterAll(() => t.close());

async function accountRow(id: string) {
  const [row] = await t.db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

async function countAccounts(email: string): Promise<number> {
  const rows = await t.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(sql`lower(${accounts.email}) = lower(${email})`);
  return rows.length;
}

function patchMe(accessToken: string, payload: unknown) {
  return t.app.inject({
    method: 'PATCH',
    url: '/v1/me',
    headers: { authorization: `Bearer ${accessToken}` },
    payload: payload as Record<string, unknown>,
  });
}

describe('createAccount', () => {
  it('201 with exactly id, email, name and createdAt; the password is stored as an argon2id hash', async () => {
    const email = uniqueEmail('ada');
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/accounts',
      payload: { email: `  ${email}  `, password: PASSWORD, name: '  Ada Lovelace ' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<Record<string, unknown>>();
    expect(Object.keys(body).sort()).toEqual(['createdAt', 'email', 'id', 'name']);
    expect(body).toMatchObject({ email, name: 'Ada Lovelace' });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(body.createdAt as string).toISOString()).toBe(body.createdAt);
    expect(response.body).not.toContain(PASSWORD);
    expect(response.body).not.toContain('argon2');

    const row = await accountRow(body.id as string);
    // OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane.
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.passwordHash).not.toContain(PASSWORD);
  });

  it('409 EMAIL_TAKEN for the same email in another case, and no second row', async () => {
    const email = uniqueEmail('Grace');
    await signUp(t, { email });
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/accounts',
      payload: { email: email.toUpperCase(), password: PASSWORD, name: 'Someone Else' },
    });
    expectProblem(response, 409, 'EMAIL_TAKEN', { level: 'minimal' });
    expect(await countAccounts(email)).toBe(1);
  });

  it.each([
    ['a password under 12 characters', { password: 'elevenchars' }, '/password'],
    ['a password over 256 characters', { password: 'p'.repeat(257) }, '/password'],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, '/name'],
    ['a blank name', { name: '   ' }, '/name'],
    ['an email over 254 characters', { email: `${'e'.repeat(250)}@example.test` }, '/email'],
    ['an email that is not one', { email: 'not-an-email' }, '/email'],
    ['a missing password', { password: undefined }, '/password'],
    ['an unknown field', { role: 'admin' }, '/role'],
  ])('400 with a pointer for %s, and nothing created', async (_case, override, pointer) => {
    const email = uniqueEmail('invalid');
    const payload = { email, password: PASSWORD, name: 'Valid Name', ...override };
    const response = await t.app.inject({ method: 'POST', url: '/v1/accounts', payload });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED', { level: 'minimal' });
    expect((body.errors as { pointer: string }[]).map((e) => e.pointer)).toContain(pointer);
    expect(await countAccounts(email)).toBe(0);
  });

  it('property: any body gets 201, 400 or 409 (never a 500), and a 201 echoes the trimmed input', async () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.constant(PASSWORD), fc.constant('  Ada  '));
    const email = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.emailAddress().map((e) => ` ${e.slice(0, 200)} `),
      fc.constant(uniqueEmail('prop')),
    );
    const body = fc.record(
      { email, password: text, name: text, extra: fc.jsonValue() },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await t.app.inject({ method: 'POST', url: '/v1/accounts', payload });
        expect([201, 400, 409]).toContain(response.statusCode);
        if (response.statusCode === 201) {
          expect(response.json()).toMatchObject({
            email: payload.email?.trim(),
            name: payload.name?.trim(),
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('accepts a password of exactly 12 characters', async () => {
    const account = await signUp(t, { password: 'twelve-chars' });
    expect((await createToken(t, account.email, 'twelve-chars')).statusCode).toBe(200);
  });
});

describe('getMe', () => {
  it('the caller’s account, and nothing else', async () => {
    const account = await signUp(t);
    const tokens = await signIn(t, account.email);
    const response = await getMe(t, tokens.accessToken);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: account.id,
      email: account.email,
      name: account.name,
      createdAt: account.createdAt,
    });
  });

  it('401 without a token, and 401 with a scheme other than Bearer', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/v1/me' }), 401, 'UNAUTHORIZED', {
      level: 'minimal',
    });
    const basic = await t.app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expectProblem(basic, 401, 'UNAUTHORIZED', { level: 'minimal' });
    expect(basic.headers['www-authenticate']).toBe('Bearer');
  });

  it('401 ACCOUNT_NOT_FOUND for a valid token of an account that was deleted', async () => {
    const account = await createAccount(t);
    await t.db.delete(accounts).where(eq(accounts.id, account.id));
    expectProblem(await getMe(t, account.token), 401, 'ACCOUNT_NOT_FOUND', { level: 'minimal' });
  });
});

describe('updateMe', () => {
  it('changes the name (trimmed) and keeps everything else', async () => {
    const account = await signUp(t);
    const { accessToken } = await signIn(t, account.email);
    const before = await accountRow(account.id);
    const response = await patchMe(accessToken, { name: '  Ada King ' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...account, name: 'Ada King', password: undefined });
    const after = await accountRow(account.id);
    expect(after?.name).toBe('Ada King');
    expect(after?.passwordHash).toBe(before?.passwordHash);
    expect(after!.updatedAt.getTime()).toBeGreaterThanOrEqual(before!.updatedAt.getTime());
  });

  it('an empty body changes nothing and answers the account', async () => {
    const account = await signUp(t);
    const { accessToken } = await signIn(t, account.email);
    const response = await patchMe(accessToken, {});
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: account.id, name: account.name });
  });

  it.each([
    ['email', { name: 'New Name', email: 'other@example.test' }, '/email'],
    ['passwordHash', { name: 'New Name', passwordHash: 'x' }, '/passwordHash'],
    ['id', { name: 'New Name', id: '00000000-0000-0000-0000-000000000000' }, '/id'],
  ])(
    '400 for the unknown field %s, with its pointer, and nothing changed',
    async (_field, payload, pointer) => {
      const account = await signUp(t);
      const { accessToken } = await signIn(t, account.email);
      const before = await accountRow(account.id);
      const body = expectProblem(await patchMe(accessToken, payload), 400, 'VALIDATION_FAILED', {
        level: 'minimal',
      });
      expect((body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual([pointer]);
      expect(await accountRow(account.id)).toEqual(before);
    },
  );

  it('400 CURRENT_PASSWORD_REQUIRED for a new password without the current one', async () => {
    const account = await signUp(t);
    const { accessToken } = await signIn(t, account.email);
    const before = await accountRow(account.id);
    const body = expectProblem(
      await patchMe(accessToken, { password: 'a brand new password' }),
      400,
      'CURRENT_PASSWORD_REQUIRED',
      { level: 'minimal' },
    );
    expect(body.errors).toEqual([
      { pointer: '/currentPassword', detail: expect.any(String), location: 'body' },
    ]);
    expect((await accountRow(account.id))?.passwordHash).toBe(before?.passwordHash);
  });

  it('403 CURRENT_PASSWORD_WRONG for a wrong current password, and nothing changed (not even the name)', async () => {
    const account = await signUp(t);
    const { accessToken } = await signIn(t, account.email);
    const before = await accountRow(account.id);
    const response = await patchMe(accessToken, {
      name: 'Changed',
      password: 'a brand new password',
      currentPassword: 'not the password at all',
    });
    expectProblem(response, 403, 'CURRENT_PASSWORD_WRONG', { level: 'minimal' });
    expect(await accountRow(account.id)).toEqual(before);
  });

  it('400 for a new password under 12 characters', async () => {
    const account = await signUp(t);
    const { accessToken } = await signIn(t, account.email);
    const response = await patchMe(accessToken, { password: 'short', currentPassword: PASSWORD });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED', { level: 'minimal' });
    expect((body.errors as { pointer: string }[])[0]?.pointer).toBe('/password');
  });

  it('a new password with the right current one: the old stops working, the new works, other sessions end', async () => {
    const account = await signUp(t);
    const session = await signIn(t, account.email);
    const newPassword = 'an entirely new passphrase';
    const response = await patchMe(session.accessToken, { password: newPassword, currentPassword: PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(newPassword);

    expectProblem(await createToken(t, account.email, PASSWORD), 401, 'INVALID_CREDENTIALS', {
      level: 'minimal',
    });
    expect((await createToken(t, account.email, newPassword)).statusCode).toBe(200);

    // Refresh tokens issued before the change are revoked with it.
    expect((await refresh(t, session.refreshToken)).statusCode).toBe(401);
    const tokens = await t.db.select().from(refreshTokens).where(eq(refreshTokens.accountId, account.id));
    expect(tokens.filter((row) => row.revokedAt === null)).toHaveLength(1);
  });

  it('403 PASSWORD_NOT_SET for an account that signs in only through the external issuer', async () => {
    const account = await createAccount(t); // no password hash
    const response = await patchMe(account.token, {
      password: 'a brand new password',
      currentPassword: 'anything at all',
    });
    expectProblem(response, 403, 'PASSWORD_NOT_SET', { level: 'minimal' });
    expect((await accountRow(account.id))?.passwordHash).toBeNull();
  });

  it('401 without a token', async () => {
    const response = await t.app.inject({ method: 'PATCH', url: '/v1/me', payload: { name: 'X' } });
    expectProblem(response, 401, 'UNAUTHORIZED', { level: 'minimal' });
  });
});

describe('no secrets in responses', () => {
  it('no password, hash or refresh token hash appears in any body of the whole flow', async () => {
    const email = uniqueEmail('secret');
    const bodies: string[] = [];
    const record = <R extends { body: string }>(response: R): R => {
      bodies.push(response.body);
      return response;
    };
    const created = record(
      await t.app.inject({
        method: 'POST',
        url: '/v1/accounts',
        payload: { email, password: PASSWORD, name: 'S' },
      }),
    );
    const tokens = record(await createToken(t, email, PASSWORD)).json<{
      accessToken: string;
      refreshToken: string;
    }>();
    record(await createToken(t, email, 'wrong password here'));
    record(await getMe(t, tokens.accessToken));
    const newPassword = 'the second passphrase';
    record(await patchMe(tokens.accessToken, { password: newPassword, currentPassword: PASSWORD }));
    record(
      await patchMe(tokens.accessToken, { password: newPassword, currentPassword: 'wrong password here' }),
    );
    record(await refresh(t, tokens.refreshToken));

    const row = await accountRow(created.json<{ id: string }>().id);
    const stored = await t.db.select().from(refreshTokens).where(eq(refreshTokens.accountId, row!.id));
    const all = bodies.join('\n');
    for (const secret of [PASSWORD, newPassword, row!.passwordHash!, ...stored.map((r) => r.tokenHash)]) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toMatch(/argon2|passwordHash|tokenHash/);
  });
});
