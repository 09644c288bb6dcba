import { createPublicKey, verify as verifySignature, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { jobs, referrals } from '../../src/db/tables.js';
import type { TestApp } from './app.js';
import type { TestMember } from './factories.js';
import { call, collectiveUrl, type Page } from './http.js';

/**
 * Helpers for the endorsement tests: a valid createEndorsement body to vary one field at a
 * time, the URLs, a completed handoff inserted straight into the database, and an
 * independent reader of compact JWS (node:crypto only: no jose, nothing from src/).
 */

/** An Endorsement as a client sees it (SPEC "Field names"). */
export interface EndorsementView {
  id: string;
  endorserId: string;
  endorseeId: string;
  skills: string[];
  relationship: { kind: string; since: string };
  example: {
    title: string;
    description: string;
    endorseeRole: string;
    outcome: string;
    startedOn: string;
    endedOn: string | null;
    evidenceUrls: string[];
  };
  referralId: string | null;
  verifiedByHandoff: boolean;
  status: 'active' | 'retracted';
  hidden: boolean;
  createdAt: string;
  retractedAt: string | null;
}

export const VALID_DESCRIPTION =
  'Anna planned and ran twelve interviews with new customers, synthesised the findings into four journeys, and walked the product team through the three changes that mattered most.';

/** A createEndorsement body that passes every rule; `example` overrides merge into the example. */
export function endorsementBody(
  overrides: {
    skills?: unknown;
    relationship?: unknown;
    example?: Record<string, unknown>;
    referralId?: unknown;
    [field: string]: unknown;
  } = {},
): Record<string, unknown> {
  const { example, ...rest } = overrides;
  return {
    skills: ['ux-research', 'Service Design'],
    relationship: { kind: 'worked_together', since: '2021-03-01' },
    example: {
      title: 'Onboarding research for a regional bank',
      description: VALID_DESCRIPTION,
      endorseeRole: 'Lead researcher',
      outcome: 'Onboarding drop-off fell from 38% to 21% within two releases.',
      startedOn: '2023-01-09',
      endedOn: '2023-03-31',
      evidenceUrls: ['https://example.com/case-study'],
      ...example,
    },
    ...rest,
  };
}

/** The body without one of its fields (`example.title` style paths allowed, one level deep). */
export function withoutField(body: Record<string, unknown>, path: string): Record<string, unknown> {
  const omit = (object: Record<string, unknown>, key: string) =>
    Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) return omit(body, head);
  return { ...body, [head]: omit(body[head] as Record<string, unknown>, tail) };
}

export const endorsementsUrl = (collectiveId: string, memberId: string) =>
  `${collectiveUrl(collectiveId)}/members/${memberId}/endorsements`;
export const endorsementUrl = (collectiveId: string, endorsementId: string) =>
  `${collectiveUrl(collectiveId)}/endorsements/${endorsementId}`;

type Member = Pick<TestMember, 'headers' | 'collectiveId'>;

/** createEndorsement as `endorser` for `endorseeId` (no assertion). */
export function endorse(
  t: TestApp,
  endorser: Member,
  endorseeId: string,
  body: unknown = endorsementBody(),
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return call(t, endorser, 'POST', endorsementsUrl(endorser.collectiveId, endorseeId), body, headers);
}

/** retract, hide or unhide as `caller` (no assertion); `payload` is sent only when given. */
export function endorsementAction(
  t: TestApp,
  caller: Pick<TestMember, 'headers'>,
  collectiveId: string,
  endorsementId: string,
  verb: 'retract' | 'hide' | 'unhide',
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return call(t, caller, 'POST', `${endorsementUrl(collectiveId, endorsementId)}/${verb}`, payload);
}

/** createEndorsement, asserting the 201. A fresh title each call unless the body names one. */
export async function endorseOk(
  t: TestApp,
  endorser: Member,
  endorseeId: string,
  body: Record<string, unknown> = endorsementBody({
    example: { title: `Worked example ${Math.random().toString(36).slice(2, 10)}` },
  }),
): Promise<EndorsementView> {
  const response = await endorse(t, endorser, endorseeId, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<EndorsementView>();
}

/** listEndorsements of `memberId` as `caller`; `query` without the leading `?`. */
export async function listOf(
  t: TestApp,
  caller: Member,
  memberId: string,
  query = '',
): Promise<EndorsementView[]> {
  const response = await call(
    t,
    caller,
    'GET',
    `${endorsementsUrl(caller.collectiveId, memberId)}${query ? `?${query}` : ''}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page<EndorsementView>>().items;
}

/**
 * A handoff inserted straight into the database: a job posted by `from`, then a referral from
 * `from` to `to` with the given status and outcome (default: accepted, won).
 */
export async function insertHandoff(
  t: TestApp,
  args: {
    collectiveId: string;
    from: string;
    to: string;
    status?: 'offered' | 'accepted' | 'declined';
    outcome?: 'won' | 'lost' | 'no_response' | 'withdrawn' | null;
  },
): Promise<string> {
  const status = args.status ?? 'accepted';
  const outcome = args.outcome === undefined ? (status === 'accepted' ? 'won' : null) : args.outcome;
  const [job] = await t.db
    .insert(jobs)
    .values({
      collectiveId: args.collectiveId,
      postedBy: args.from,
      title: 'Usability study for a checkout flow',
      brief: 'A retailer needs a usability study of its checkout before the holiday season.',
      status: status === 'accepted' ? (outcome ? 'completed' : 'handed_off') : 'open',
    })
    .returning({ id: jobs.id });
  const [referral] = await t.db
    .insert(referrals)
    .values({
      collectiveId: args.collectiveId,
      jobId: job!.id,
      fromMemberId: args.from,
      toMemberId: args.to,
      note: 'You ran the last study of this kind.',
      status,
      outcome,
      ...(status === 'offered' ? {} : { respondedAt: new Date() }),
      ...(outcome ? { outcomeAt: new Date() } : {}),
    })
    .returning({ id: referrals.id });
  return referral!.id;
}

// --- Compact JWS, read without jose or anything from src/ -------------------------------

export interface DecodedJws {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  segments: [string, string, string];
}

export function decodeJws(jws: string): DecodedJws {
  const segments = jws.split('.');
  expect(segments).toHaveLength(3);
  const [header, payload, signature] = segments as [string, string, string];
  const json = (segment: string) =>
    JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: json(header), payload: json(payload), segments: [header, payload, signature] };
}

export const base64url = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');

export interface Jwk {
  kid: string;
  kty: string;
  alg?: string;
  use?: string;
  n?: string;
  e?: string;
}

/** The service's published keys. */
export async function fetchJwks(t: TestApp): Promise<Jwk[]> {
  const response = await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
  expect(response.statusCode).toBe(200);
  return response.json<{ keys: Jwk[] }>().keys;
}

export function publicKeyOf(jwk: Jwk): KeyObject {
  return createPublicKey({ key: jwk as unknown as JsonWebKey, format: 'jwk' });
}

/** RS256 signature check with node:crypto: sha256 over `header.payload`, PKCS#1 v1.5. */
export function rs256Valid(jws: string, key: KeyObject): boolean {
  const [header = '', payload = '', signature = ''] = jws.split('.');
  return verifySignature(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    key,
    Buffer.from(signature, 'base64url'),
  );
}
