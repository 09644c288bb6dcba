import { randomUUID } from 'node:crypto';
import { accounts, collectives, invitations, members } from '../../src/db/tables.js';
import { hashInvitationToken, newInvitationToken } from '../../src/modules/invitations/index.js';
import type { TestApp } from './app.js';

/**
 * Factories insert exactly the rows a test needs, straight into the test's database (no
 * password hashing, no HTTP), and hand back what tests use: ids and a signed access token.
 */
export interface TestAccount {
  id: string;
  email: string;
  name: string;
  token: string;
  headers: { authorization: string };
}

export async function createAccount(
  t: TestApp,
  overrides: { email?: string; name?: string; passwordHash?: string } = {},
): Promise<TestAccount> {
  const suffix = randomUUID().slice(0, 8);
  const [row] = await t.db
    .insert(accounts)
    .values({
      email: overrides.email ?? `person-${suffix}@example.test`,
      name: overrides.name ?? `Person ${suffix}`,
      passwordHash: overrides.passwordHash ?? null,
    })
    .returning();
  const token = await t.tokenFor(row!.id);
  return {
    id: row!.id,
    email: row!.email!,
    name: row!.name,
    token,
    headers: { authorization: `Bearer ${token}` },
  };
}

export interface TestMember extends TestAccount {
  accountId: string;
  memberId: string;
  collectiveId: string;
  role: 'owner' | 'admin' | 'member';
}

export interface TestCollective {
  id: string;
  owner: TestMember;
}

export async function createCollective(
  t: TestApp,
  overrides: { name?: string; membersCanInvite?: boolean } = {},
): Promise<TestCollective> {
  const [collective] = await t.db
    .insert(collectives)
    .values({
      name: overrides.name ?? `Collective ${randomUUID().slice(0, 6)}`,
      membersCanInvite: overrides.membersCanInvite ?? false,
    })
    .returning();
  const owner = await addMember(t, collective!.id, { role: 'owner' });
  return { id: collective!.id, owner };
}

export async function addMember(
  t: TestApp,
  collectiveId: string,
  options: {
    role?: 'owner' | 'admin' | 'member';
    status?: 'active' | 'left' | 'removed';
    account?: TestAccount;
    profile?: Partial<typeof members.$inferInsert>;
  } = {},
): Promise<TestMember> {
  const account = options.account ?? (await createAccount(t));
  const role = options.role ?? 'member';
  const [row] = await t.db
    .insert(members)
    .values({
      collectiveId,
      accountId: account.id,
      role,
      status: options.status ?? 'active',
      ...options.profile,
    })
    .returning();
  return { ...account, accountId: account.id, memberId: row!.id, collectiveId, role };
}

export interface TestInvitation {
  id: string;
  /** The one-time token, as createInvitation would have shown it. */
  token: string;
  collectiveId: string;
  createdBy: string;
}

/**
 * An invitation row with a real token (only its hash is stored), created by `createdBy` (a
 * member id). Pass `expiresAt` in the past for an expired one, or `acceptedAt`/`revokedAt`.
 */
export async function createInvitation(
  t: TestApp,
  collectiveId: string,
  createdBy: string,
  overrides: Partial<
    Pick<typeof invitations.$inferInsert, 'email' | 'note' | 'expiresAt' | 'revokedAt' | 'createdAt'>
  > = {},
): Promise<TestInvitation> {
  const token = newInvitationToken(collectiveId);
  const [row] = await t.db
    .insert(invitations)
    .values({
      collectiveId,
      createdBy,
      tokenHash: hashInvitationToken(token),
      expiresAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000),
      ...overrides,
    })
    .returning();
  return { id: row!.id, token, collectiveId, createdBy };
}
