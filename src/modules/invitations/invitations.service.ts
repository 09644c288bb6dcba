import type { Db, Tx } from '../../db/client.js';
import { Conflict, Forbidden, NotFound } from '../../http/errors.js';
import { decodeTimeIdCursor, toPage, type Page } from '../../http/pagination.js';
import { isAdmin, requireAdmin, requireMember } from '../access/index.js';
import { collectiveSettings } from '../collectives/index.js';
import { recordEvent } from '../events/index.js';
import { runCreate, type CreateResult } from '../idempotency/index.js';
import { admitMember, loadMember, type Member } from '../members/index.js';
import {
  insertInvitation,
  listInvitations,
  lockInvitation,
  lockInvitationByToken,
  updateInvitation,
  type InvitationRow,
} from './invitations.repository.js';
import type {
  CreateInvitationBody,
  CreatedInvitation,
  Invitation,
  InvitationStatus,
  ListInvitationsQuery,
} from './invitations.schemas.js';
import { collectiveOfToken, hashInvitationToken, newInvitationToken } from './invitations.tokens.js';

export const INVITATION_TTL_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What decides whether an invitation still works, besides its own row: who sent it. */
interface Inviter {
  active: boolean;
  /** When they left or were removed; null while active. */
  leftAt: Date | null;
}

/**
 * An invitation works only while the member who sent it is active: it is their introduction
 * (`introducedBy`), and must not outlive their leaving or removal. This is decided when the
 * invitation is read or accepted, not by revoking rows as they leave, so it also covers an
 * invitation created while its inviter's departure was being committed and those of members
 * who left before the rule existed, and takes no locks a departure would have to order
 * against acceptInvitation's. Someone reinstated vouches again: their unexpired invitations
 * work again. The repository's `statusCondition` is the same rule in SQL.
 */
function statusOf(row: InvitationRow, inviterActive: boolean, now: Date): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt || !inviterActive) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

function toInvitation(row: InvitationRow, inviter: Inviter, now: Date): Invitation {
  const status = statusOf(row, inviter.active, now);
  return {
    id: row.id,
    email: row.email,
    note: row.note,
    status,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    acceptedBy: row.acceptedBy,
    // Voided by its inviter's departure: revoked when they left.
    revokedAt: (row.revokedAt ?? (status === 'revoked' ? inviter.leftAt : null))?.toISOString() ?? null,
  };
}

function invitationNotFound(): NotFound {
  return new NotFound('INVITATION_NOT_FOUND', 'No such invitation.');
}

export function createInvitationsService(db: Db, now: () => Date) {
  return {
    /**
     * Admins invite; so does any member where the collective allows it. The token is in this
     * response only: the database keeps its SHA-256.
     */
    async create(
      accountId: string,
      collectiveId: string,
      body: CreateInvitationBody,
      idempotencyKey: string | undefined,
    ): Promise<CreateResult<CreatedInvitation>> {
      const scope = `createInvitation:${collectiveId}`;
      // A replay is still a request about the collective: someone no longer in it gets a 404,
      // not the stored response.
      const authorize = (tx: Tx) => requireMember(tx, collectiveId, accountId);
      return runCreate(
        db,
        { accountId, scope, key: idempotencyKey, body, authorize },
        async (tx, membership) => {
          if (!isAdmin(membership) && !(await collectiveSettings(tx, collectiveId)).membersCanInvite) {
            throw new Forbidden('ADMIN_REQUIRED', 'Only admins may invite people to this collective.');
          }
          const token = newInvitationToken(collectiveId);
          const createdAt = now();
          const row = await insertInvitation(tx, {
            collectiveId,
            tokenHash: hashInvitationToken(token),
            email: body.email ?? null,
            note: body.note ? body.note : null,
            createdBy: membership.memberId,
            createdAt,
            expiresAt: new Date(createdAt.getTime() + INVITATION_TTL_DAYS * DAY_MS),
          });
          await recordEvent(tx, {
            collectiveId,
            type: 'invitation.created',
            actorMemberId: membership.memberId,
            subject: { type: 'invitation', id: row.id },
          });
          const inviter = { active: true, leftAt: null };
          return { statusCode: 201, body: { ...toInvitation(row, inviter, createdAt), token } };
        },
      );
    },

    /** Admins only; tokens are never shown again. */
    async list(
      accountId: string,
      collectiveId: string,
      query: ListInvitationsQuery,
    ): Promise<Page<Invitation>> {
      const membership = await requireMember(db, collectiveId, accountId);
      requireAdmin(membership);
      const before = decodeTimeIdCursor(query.cursor);
      const at = now();
      const rows = await listInvitations(db, {
        collectiveId,
        status: query.status,
        now: at,
        before: before && { createdAt: before.at, id: before.id },
        limit: query.limit,
      });
      return toPage(
        rows,
        query.limit,
        (row) => toInvitation(row, { active: row.inviterStatus === 'active', leftAt: row.inviterLeftAt }, at),
        (row) => [row.createdAt.toISOString(), row.id],
      );
    },

    /** By an admin or the member who created it. Revoking twice is fine; an accepted one is a 409. */
    async revoke(accountId: string, collectiveId: string, invitationId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const membership = await requireMember(tx, collectiveId, accountId);
        const row = await lockInvitation(tx, { collectiveId, invitationId });
        if (!row) throw invitationNotFound();
        if (!isAdmin(membership) && row.createdBy !== membership.memberId) {
          throw new Forbidden(
            'ADMIN_REQUIRED',
            'Only admins and the member who invited may revoke an invitation.',
          );
        }
        if (row.acceptedAt) throw new Conflict('INVITATION_USED', 'This invitation was already accepted.');
        if (row.revokedAt) return;
        await updateInvitation(tx, { collectiveId, invitationId, set: { revokedAt: now() } });
        await recordEvent(tx, {
          collectiveId,
          type: 'invitation.revoked',
          actorMemberId: membership.memberId,
          subject: { type: 'invitation', id: invitationId },
          aboutMemberIds: [row.createdBy],
        });
      });
    },

    /**
     * Joins the invitation's collective. The invitation row is locked first, so of two accepts
     * of one token exactly one succeeds; the other sees it used.
     */
    async accept(accountId: string, token: string): Promise<Member> {
      return db.transaction(async (tx) => {
        const collectiveId = collectiveOfToken(token);
        if (collectiveId === undefined) throw invitationNotFound();
        const row = await lockInvitationByToken(tx, { collectiveId, tokenHash: hashInvitationToken(token) });
        if (!row) throw invitationNotFound();
        const at = now();
        const inviter = await loadMember(tx, {
          collectiveId,
          memberId: row.createdBy,
          viewer: { memberId: row.createdBy, admin: false },
        });
        switch (statusOf(row, inviter?.status === 'active', at)) {
          case 'accepted':
            throw new Conflict('INVITATION_USED', 'This invitation was already used.');
          case 'revoked':
            throw new Conflict(
              'INVITATION_REVOKED',
              row.revokedAt
                ? 'This invitation was revoked.'
                : 'The member who sent this invitation is no longer in the collective; ask a member for a new one.',
            );
          case 'expired':
            throw new Conflict('INVITATION_EXPIRED', 'This invitation has expired.');
          case 'pending':
            break;
        }

        const invitedByAdmin = inviter?.role === 'owner' || inviter?.role === 'admin';
        const joined = await admitMember(tx, {
          collectiveId,
          accountId,
          introducedBy: row.createdBy,
          invitedByAdmin,
          now: at,
        });
        await updateInvitation(tx, {
          collectiveId,
          invitationId: row.id,
          set: { acceptedAt: at, acceptedBy: joined.id },
        });
        await recordEvent(tx, {
          collectiveId,
          type: 'member.joined',
          actorMemberId: joined.id,
          subject: { type: 'member', id: joined.id },
          aboutMemberIds: [joined.id, row.createdBy],
          data: { introducedBy: joined.introducedBy, invitationId: row.id },
        });
        const member = await loadMember(tx, {
          collectiveId,
          memberId: joined.id,
          viewer: { memberId: joined.id, admin: false },
        });
        if (!member) throw new Error('the new member vanished');
        return member;
      });
    },
  };
}
export type InvitationsService = ReturnType<typeof createInvitationsService>;
