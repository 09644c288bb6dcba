import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { Conflict, Forbidden, NotFound } from '../../http/errors.js';
import { staleEtag } from '../../http/etag.js';
import { decodeTimeIdCursor, toPage, type Page } from '../../http/pagination.js';
import { skillSlug } from '../../http/skills.js';
import { activeMembership, isAdmin, requireMember, requireOwner, type Membership } from '../access/index.js';
import { recordEvents, type EventInput } from '../events/index.js';
import { releaseWorkOfLeaver } from '../referrals/index.js';
import {
  findMemberForCaller,
  findMemberRecord,
  insertMember,
  listMembersForCaller,
  lockActiveOwners,
  lockMember,
  lockMembershipOfAccount,
  updateMember,
  type MemberRecord,
  type MemberRow,
  type NewMemberRow,
} from './members.repository.js';
import {
  PROFILE_FIELDS,
  type ListMembersQuery,
  type Member,
  type UpdateMemberBody,
} from './members.schemas.js';

/** Who is looking: decides whether `email` is shown. */
export interface Viewer {
  memberId: string;
  admin: boolean;
}

export function viewerOf(membership: Membership): Viewer {
  return { memberId: membership.memberId, admin: isAdmin(membership) };
}

export function toMember(row: MemberRecord, viewer: Viewer): Member {
  const showEmail = viewer.admin || viewer.memberId === row.id;
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    ...(showEmail && row.email !== null ? { email: row.email } : {}),
    role: row.role,
    status: row.status,
    headline: row.headline,
    bio: row.bio,
    skills: row.skills,
    languages: row.languages,
    timezone: row.timezone,
    links: row.links.map((link) => ({ label: link.label, url: link.url })),
    availability: { status: row.availabilityStatus, until: row.availabilityUntil },
    rate:
      row.rateCurrency === null ? null : { min: row.rateMin, max: row.rateMax, currency: row.rateCurrency },
    introducedBy: row.introducedBy,
    joinedAt: row.joinedAt,
    leftAt: row.leftAt,
    updatedAt: row.updatedAt,
  };
}

export function memberNotFound(): NotFound {
  return new NotFound('MEMBER_NOT_FOUND', 'No such member in this collective.');
}

function lastOwner(): Conflict {
  return new Conflict(
    'LAST_OWNER',
    'The collective needs at least one active owner; make someone else owner first.',
  );
}

/** A member as the viewer may see it; undefined when there is no such member. */
export async function loadMember(
  db: DbOrTx,
  args: { collectiveId: string; memberId: string; viewer: Viewer },
): Promise<Member | undefined> {
  const row = await findMemberRecord(db, args);
  return row ? toMember(row, args.viewer) : undefined;
}

/** The creator of a new collective joins it as its first owner. */
export async function addOwner(
  tx: Tx,
  args: { collectiveId: string; accountId: string; now: Date },
): Promise<MemberRow> {
  return insertMember(tx, {
    collectiveId: args.collectiveId,
    accountId: args.accountId,
    role: 'owner',
    joinedAt: args.now,
    updatedAt: args.now,
  });
}

/**
 * Makes an account a member through an invitation: a new row, or the old row reactivated for
 * someone who had left (their profile kept, role back to `member`). Someone removed by an
 * admin comes back only through an admin's invitation.
 */
export async function admitMember(
  tx: Tx,
  args: {
    collectiveId: string;
    accountId: string;
    introducedBy: string;
    invitedByAdmin: boolean;
    now: Date;
  },
): Promise<MemberRow> {
  const existing = await lockMembershipOfAccount(tx, args);
  if (!existing) {
    try {
      return await insertMember(tx, {
        collectiveId: args.collectiveId,
        accountId: args.accountId,
        role: 'member',
        introducedBy: args.introducedBy,
        joinedAt: args.now,
        updatedAt: args.now,
      });
    } catch (err) {
      // Another invitation for the same account was accepted at the same moment.
      if (isUniqueViolation(err)) throw alreadyMember();
      throw err;
    }
  }
  if (existing.status === 'active') throw alreadyMember();
  if (existing.status === 'removed' && !args.invitedByAdmin) {
    throw new Conflict(
      'MEMBER_REMOVED',
      'You were removed from this collective; only an invitation from an admin can bring you back.',
    );
  }
  const rejoined = await updateMember(tx, {
    collectiveId: args.collectiveId,
    memberId: existing.id,
    set: {
      status: 'active',
      role: 'member',
      leftAt: null,
      joinedAt: args.now,
      introducedBy: args.introducedBy === existing.id ? null : args.introducedBy,
    },
    now: args.now,
  });
  if (!rejoined) throw new Error('locked member row vanished');
  return rejoined;
}

function alreadyMember(): Conflict {
  return new Conflict('ALREADY_MEMBER', 'You are already an active member of this collective.');
}

/** Profile fields of an update as columns; `undefined` leaves a column alone. */
function profileColumns(body: UpdateMemberBody): Partial<NewMemberRow> {
  const set: Partial<NewMemberRow> = {};
  if (body.headline !== undefined) set.headline = body.headline === '' ? null : body.headline;
  if (body.bio !== undefined) set.bio = body.bio === '' ? null : body.bio;
  if (body.skills !== undefined) set.skills = body.skills;
  if (body.languages !== undefined) set.languages = body.languages;
  if (body.timezone !== undefined) set.timezone = body.timezone;
  if (body.links !== undefined) set.links = body.links.map((l) => ({ label: l.label, url: l.url }));
  if (body.availability !== undefined) {
    set.availabilityStatus = body.availability.status;
    set.availabilityUntil = body.availability.until ?? null;
  }
  if (body.rate !== undefined) {
    set.rateMin = body.rate?.min ?? null;
    set.rateMax = body.rate?.max ?? null;
    set.rateCurrency = body.rate?.currency ?? null;
  }
  return set;
}

export function createMembersService(db: Db, now: () => Date) {
  async function readBack(tx: DbOrTx, collectiveId: string, memberId: string, viewer: Viewer) {
    const row = await findMemberRecord(tx, { collectiveId, memberId });
    if (!row) throw memberNotFound();
    return { member: toMember(row, viewer), version: row.version };
  }

  return {
    async list(accountId: string, collectiveId: string, query: ListMembersQuery): Promise<Page<Member>> {
      const after = decodeTimeIdCursor(query.cursor);
      // The gate and the page in one statement; nothing of the page leaves before the checks.
      const found = await listMembersForCaller(db, {
        collectiveId,
        accountId,
        status: query.status,
        skill: query.skill,
        availability: query.availability,
        q: query.q === undefined ? undefined : { text: query.q, slug: skillSlug(query.q) },
        after: after && { joinedAt: after.at, id: after.id },
        limit: query.limit,
      });
      const membership = activeMembership(found.caller, collectiveId, accountId);
      if (query.status !== 'active' && !isAdmin(membership)) {
        throw new Forbidden('ADMIN_REQUIRED', 'Only admins may list members who left or were removed.');
      }
      const viewer = viewerOf(membership);
      const { rows } = found;
      return toPage(
        rows,
        query.limit,
        (row) => toMember(row, viewer),
        (row) => [row.joinedAt, row.id],
      );
    },

    /** Active members are visible to every member; those who left or were removed to admins only. */
    async get(
      accountId: string,
      collectiveId: string,
      memberId: string,
    ): Promise<{ member: Member; version: number }> {
      const found = await findMemberForCaller(db, { collectiveId, accountId, memberId });
      const membership = activeMembership(found?.caller, collectiveId, accountId);
      const row = found?.member;
      if (!row || (row.status !== 'active' && !isAdmin(membership))) throw memberNotFound();
      return { member: toMember(row, viewerOf(membership)), version: row.version };
    },

    /**
     * A member edits their own profile; admins change the role and status of others (an owner
     * is needed to make or change an owner); the last active owner stays an owner.
     */
    async update(
      accountId: string,
      collectiveId: string,
      memberId: string,
      body: UpdateMemberBody,
      expectedVersion: number | undefined,
    ): Promise<{ member: Member; version: number }> {
      return db.transaction(async (tx) => {
        const membership = await requireMember(tx, collectiveId, accountId);
        const admin = isAdmin(membership);
        const self = memberId === membership.memberId;
        const profileFields = PROFILE_FIELDS.filter((field) => body[field] !== undefined);
        const touchesRoleOrStatus = body.role !== undefined || body.status !== undefined;
        if (touchesRoleOrStatus && !admin) {
          throw new Forbidden('ADMIN_REQUIRED', 'Only admins may change a role or a status.');
        }
        // Owners are locked before the member, in one order for every writer (no deadlocks).
        const owners = touchesRoleOrStatus ? await lockActiveOwners(tx, collectiveId) : [];
        const target = await lockMember(tx, { collectiveId, memberId });
        if (!target || (target.status !== 'active' && !admin)) throw memberNotFound();
        if (profileFields.length > 0 && !self) {
          throw new Forbidden('OWN_PROFILE_ONLY', 'Only the member themselves may edit their profile.');
        }
        if (body.status !== undefined && self) {
          throw new Forbidden(
            'OWN_STATUS',
            'You cannot change your own status; leave with DELETE on your membership.',
          );
        }
        if (expectedVersion !== undefined && target.version !== expectedVersion) throw staleEtag();

        const role = body.role ?? target.role;
        const status = body.status ?? target.status;
        const roleChanged = role !== target.role;
        const statusChanged = status !== target.status;
        if (roleChanged || statusChanged) {
          if (target.role === 'owner' || role === 'owner') requireOwner(membership);
          if (target.status === 'left') {
            throw new Conflict(
              'MEMBER_LEFT',
              'This member left the collective; they come back through an invitation.',
            );
          }
          if (target.status === 'removed' && status !== 'active') {
            throw new Conflict('MEMBER_NOT_ACTIVE', 'Reinstate this member (status active) first.');
          }
          const otherOwners = owners.filter((id) => id !== target.id);
          if (
            target.role === 'owner' &&
            target.status === 'active' &&
            (role !== 'owner' || status !== 'active') &&
            otherOwners.length === 0
          ) {
            throw lastOwner();
          }
        }

        const set: Partial<NewMemberRow> = profileColumns(body);
        if (roleChanged) set.role = role;
        if (statusChanged) {
          set.status = status;
          set.leftAt = status === 'removed' ? now() : null;
        }
        const viewer = viewerOf(membership);
        if (Object.keys(set).length === 0) return readBack(tx, collectiveId, memberId, viewer);

        const updated = await updateMember(tx, { collectiveId, memberId, expectedVersion, set, now: now() });
        if (!updated) throw staleEtag();

        const events: EventInput[] = [];
        const base = {
          collectiveId,
          actorMemberId: membership.memberId,
          subject: { type: 'member', id: memberId },
          aboutMemberIds: [memberId],
        };
        if (profileFields.length > 0) {
          events.push({ ...base, type: 'member.updated', data: { fields: profileFields } });
        }
        if (roleChanged) {
          events.push({ ...base, type: 'member.role_changed', data: { from: target.role, to: role } });
        }
        if (statusChanged) {
          events.push({ ...base, type: status === 'removed' ? 'member.removed' : 'member.reinstated' });
          if (status === 'removed') {
            await releaseWorkOfLeaver(tx, {
              collectiveId,
              memberId,
              actorMemberId: membership.memberId,
              now: now(),
            });
          }
        }
        await recordEvents(tx, events);
        return readBack(tx, collectiveId, memberId, viewer);
      });
    },

    /** A member leaves (status `left`), or an admin removes another member (status `removed`). */
    async leave(accountId: string, collectiveId: string, memberId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const membership = await requireMember(tx, collectiveId, accountId);
        const self = memberId === membership.memberId;
        if (!self && !isAdmin(membership)) {
          throw new Forbidden('ADMIN_REQUIRED', 'Only admins may remove other members.');
        }
        const owners = await lockActiveOwners(tx, collectiveId);
        const target = await lockMember(tx, { collectiveId, memberId });
        if (!target) throw memberNotFound();
        // Already gone: nothing to do, and DELETE stays idempotent.
        if (target.status !== 'active') return;
        if (!self && target.role === 'owner') requireOwner(membership);
        if (target.role === 'owner' && owners.every((id) => id === target.id)) throw lastOwner();
        const status = self ? 'left' : 'removed';
        await updateMember(tx, { collectiveId, memberId, set: { status, leftAt: now() }, now: now() });
        await releaseWorkOfLeaver(tx, {
          collectiveId,
          memberId,
          actorMemberId: membership.memberId,
          now: now(),
        });
        await recordEvents(tx, [
          {
            collectiveId,
            type: self ? 'member.left' : 'member.removed',
            actorMemberId: membership.memberId,
            subject: { type: 'member', id: memberId },
            aboutMemberIds: [memberId],
          },
        ]);
      });
    },
  };
}
export type MembersService = ReturnType<typeof createMembersService>;
