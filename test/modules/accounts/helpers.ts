import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from '../../support/app.js';

/** Shared by the accounts and auth tests: sign-up and sign-in through HTTP. */
export const PASSWORD = 'correct horse battery staple';

/** Limits high enough that a test file never meets them (rate limits have their own tests). */
export const HIGH_LIMITS = { RATE_LIMIT_PER_MINUTE: '100000', AUTH_RATE_LIMIT_PER_MINUTE: '100000' };

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export interface SignedUp {
  id: string;
  email: string;
  name: string;
  createdAt: string;
  password: string;
}

export async function signUp(
  t: TestApp,
  overrides: { email?: string; password?: string; name?: string } = {},
): Promise<SignedUp> {
  const body = { email: uniqueEmail(), password: PASSWORD, name: 'Ada Lovelace', ...overrides };
  const response = await t.app.inject({ method: 'POST', url: '/v1/accounts', payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return { ...response.json<Omit<SignedUp, 'password'>>(), password: body.password };
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
}

export function createToken(t: TestApp, email: string, password: string, remoteAddress?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/v1/auth/token',
    payload: { email, password },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
}

export async function signIn(t: TestApp, email: string, password: string = PASSWORD): Promise<Tokens> {
  const response = await createToken(t, email, password);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Tokens>();
}

export function refresh(t: TestApp, refreshToken: string) {
  return t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } });
}

export function getMe(t: TestApp, accessToken: string) {
  return t.app.inject({
    method: 'GET',
    url: '/v1/me',
    headers: { authorization: `Bearer ${accessToken}` },
  });
}
