import { ADMIN_ROLES } from '../../db/caller.js';
import type { DbOrTx } from '../../db/client.js';
import { Forbidden, NotFound } from '../../http/errors.js';
import {
  findActiveMemberNames,
  findMemberNames,
  findMembership,
  findMemberStatus,
} from './access.repository.js';

export type Role = 'owner' | 'admin' | 'member';

/** The caller's active membership of the collective a request is about. */
export interface Membership {
  collectiveId: string;
  memberId: string;
  accountId: string;
  role: Role;
}

/** The one answer for "no such collective" and "not yours": nothing leaks existence. */
export function collectiveNotFound(): NotFound {
  return new NotFound('COLLECTIVE_NOT_FOUND', 'No such collective, or you are not an active member of it.');
}

/**
 * Tenancy gate for every collective-scoped use case: the caller must be an active member,
 * else 404 exactly like a collective that does not exist. Pass `tx` to read inside a
 * transaction (e.g. before a write).
 */
export async function requireMember(
  db: DbOrTx,
  collectiveId: string,
  accountId: string,
): Promise<Membership> {
  return activeMembership(await findMembership(db, { collectiveId, accountId }), collectiveId, accountId);
}

/**
 * The gate of `requireMember` for a caller's member row read by another query (a use case that
 * reads it together with its own data, in one round trip): 404 unless it is active.
 */
export function activeMembership(
  row: { id: string; role: Role; status: string } | undefined,
  collectiveId: string,
  accountId: string,
): Membership {
  if (row?.status !== 'active') throw collectiveNotFound();
  return { collectiveId, memberId: row.id, accountId, role: row.role };
}

export function isAdmin(membership: Membership): boolean {
  return ADMIN_ROLES.includes(membership.role);
}

/** Role checks inside one's own collective: 403, since membership itself is not secret. */
export function requireAdmin(membership: Membership): void {
  if (!isAdmin(membership)) throw new Forbidden('ADMIN_REQUIRED', 'Only admins and owners may do this.');
}

export function requireOwner(membership: Membership): void {
  if (membership.role !== 'owner') throw new Forbidden('OWNER_REQUIRED', 'Only owners may do this.');
}

/** The status of a member of the collective; undefined when the id is not one of its members. */
export function memberStatus(db: DbOrTx, collectiveId: string, memberId: string) {
  return findMemberStatus(db, { collectiveId, memberId });
}

/** Whether a member id names an active member of the collective. */
export async function isActiveMember(db: DbOrTx, collectiveId: string, memberId: string): Promise<boolean> {
  return (await memberStatus(db, collectiveId, memberId)) === 'active';
}

/** Display names of every active member of the collective, by member id. */
export async function activeMemberNames(db: DbOrTx, collectiveId: string): Promise<Map<string, string>> {
  const rows = await findActiveMemberNames(db, collectiveId);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Display names of members of the collective, by member id (for reasons, credentials...). */
export async function memberNames(
  db: DbOrTx,
  collectiveId: string,
  memberIds: string[],
): Promise<Map<string, string>> {
  const rows = await findMemberNames(db, { collectiveId, memberIds });
  return new Map(rows.map((r) => [r.id, r.name]));
}
