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

function statusOf(row: InvitationRow, now: Date): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

function toInvitation(row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    note: row.note,
    status: statusOf(row, now),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    acceptedBy: row.acceptedBy,
    revokedAt: row.revokedAt?.toISOString() ?? null,
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
          return { statusCode: 201, body: { ...toInvitation(row, createdAt), token } };
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
        (row) => toInvitation(row, at),
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
        if (row.acceptedAt) throw new Conflict('INVITATION_USED', 'This invitation was already used.');
        if (row.revokedAt) throw new Conflict('INVITATION_REVOKED', 'This invitation was revoked.');
        if (row.expiresAt <= at) throw new Conflict('INVITATION_EXPIRED', 'This invitation has expired.');

        const inviter = await loadMember(tx, {
          collectiveId,
          memberId: row.createdBy,
          viewer: { memberId: row.createdBy, admin: false },
        });
        const invitedByAdmin =
          inviter?.status === 'active' && (inviter.role === 'owner' || inviter.role === 'admin');
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
