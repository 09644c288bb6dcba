import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { Conflict, Forbidden, NotFound, Unprocessable, ValidationFailed } from '../../http/errors.js';
import { decodeTimeIdCursor, toPage, type Page } from '../../http/pagination.js';
import {
  activeMembership,
  isAdmin,
  memberNames,
  memberStatus,
  requireMember,
  type Membership,
} from '../access/index.js';
import type { KeySet } from '../auth/index.js';
import { recordEvent } from '../events/index.js';
import { runCreate, type CreateResult } from '../idempotency/index.js';
import {
  credentialId,
  openBadgeCredential,
  parseCredentialId,
  parseKeyUrl,
  parseRevocationListUrl,
  profileUrl,
  revocationListUrl,
  signCredential,
  statusUrl,
  verifyCredential,
  type RevocationList,
} from './endorsements.credentials.js';
import {
  findCompletedHandoff,
  findEndorsement,
  findSameExample,
  insertEndorsement,
  listEndorsementsForCaller,
  retractedByEndorser,
  updateEndorsement,
  type EndorsementRow,
} from './endorsements.repository.js';
import { countWords, exampleProblems } from './endorsements.rules.js';
import type {
  CreateEndorsementBody,
  CredentialVerification,
  Endorsement,
  ListEndorsementsQuery,
} from './endorsements.schemas.js';

export function toEndorsement(row: EndorsementRow): Endorsement {
  return {
    id: row.id,
    endorserId: row.endorserId,
    endorseeId: row.endorseeId,
    skills: row.skills,
    relationship: { kind: row.relationshipKind, since: row.relationshipSince },
    example: {
      title: row.exampleTitle,
      description: row.exampleDescription,
      endorseeRole: row.exampleEndorseeRole,
      outcome: row.exampleOutcome,
      startedOn: row.exampleStartedOn,
      endedOn: row.exampleEndedOn,
      evidenceUrls: row.evidenceUrls,
    },
    referralId: row.referralId,
    verifiedByHandoff: row.verifiedByHandoff,
    status: row.status,
    hidden: row.hiddenAt !== null,
    createdAt: row.createdAt.toISOString(),
    retractedAt: row.retractedAt?.toISOString() ?? null,
  };
}

function endorsementNotFound(): NotFound {
  return new NotFound('ENDORSEMENT_NOT_FOUND', 'No such endorsement visible to you.');
}

/** Hidden endorsements are seen only by the two people involved and by admins. */
function canSee(row: EndorsementRow, membership: Membership): boolean {
  return (
    row.hiddenAt === null ||
    row.endorserId === membership.memberId ||
    row.endorseeId === membership.memberId ||
    isAdmin(membership)
  );
}

async function findVisible(db: DbOrTx, membership: Membership, endorsementId: string, forUpdate = false) {
  const row = await findEndorsement(db, { collectiveId: membership.collectiveId, endorsementId, forUpdate });
  if (!row || !canSee(row, membership)) throw endorsementNotFound();
  return row;
}

export function createEndorsementsService(deps: { db: Db; keys: KeySet; baseUrl: string; now: () => Date }) {
  const { db } = deps;
  const today = () => deps.now().toISOString().slice(0, 10);

  /** The endorser flips one mark on their own endorsement, or the endorsee on theirs. */
  async function mark(
    accountId: string,
    collectiveId: string,
    endorsementId: string,
    change: (row: EndorsementRow, membership: Membership) => { set: Partial<EndorsementRow>; event: string },
  ): Promise<Endorsement> {
    return db.transaction(async (tx) => {
      const membership = await requireMember(tx, collectiveId, accountId);
      const row = await findVisible(tx, membership, endorsementId, true);
      const { set, event } = change(row, membership);
      const updated = await updateEndorsement(tx, { collectiveId, endorsementId, set });
      await recordEvent(tx, {
        collectiveId,
        type: event,
        actorMemberId: membership.memberId,
        subject: { type: 'endorsement', id: endorsementId },
        aboutMemberIds: [row.endorserId, row.endorseeId],
      });
      return toEndorsement(updated);
    });
  }

  const publishedKey = (kid: string) => deps.keys.jwks.keys.find((jwk) => jwk.kid === kid);
  /** Every endorsement the member retracted; an empty list for anyone else (nothing revoked). */
  const revocationListOf = async (collectiveId: string, issuerMemberId: string): Promise<RevocationList> => {
    const retracted = await retractedByEndorser(db, { collectiveId, endorserId: issuerMemberId });
    return {
      id: revocationListUrl(deps.baseUrl, collectiveId, issuerMemberId),
      issuer: profileUrl(deps.baseUrl, collectiveId, issuerMemberId),
      revokedCredentials: retracted.map((row) => ({
        id: credentialId(deps.baseUrl, row),
        revocationReason: 'Retracted by the endorser',
      })),
    };
  };
  return {
    async create(
      accountId: string,
      collectiveId: string,
      endorseeId: string,
      body: CreateEndorsementBody,
      idempotencyKey: string | undefined,
    ): Promise<CreateResult<Endorsement>> {
      const request = {
        accountId,
        scope: `createEndorsement:${collectiveId}:${endorseeId}`,
        key: idempotencyKey,
        body,
        authorize: (tx: Tx) => requireMember(tx, collectiveId, accountId),
      };
      return runCreate(db, request, async (tx, membership) => {
        const status = await memberStatus(tx, collectiveId, endorseeId);
        if (status === undefined)
          throw new NotFound('MEMBER_NOT_FOUND', 'No such member in this collective.');
        if (endorseeId === membership.memberId) {
          throw new Unprocessable(
            'CANNOT_ENDORSE_SELF',
            'You cannot endorse yourself; ask someone you worked with.',
          );
        }
        if (status !== 'active') {
          throw new Unprocessable('ENDORSEE_NOT_ACTIVE', 'Only active members can be endorsed.');
        }
        const problems = exampleProblems(body, today());
        if (problems.length > 0)
          throw new ValidationFailed(problems, 'The worked example is not complete; see errors.');

        let verifiedByHandoff = false;
        if (body.referralId !== undefined) {
          const handoff = await findCompletedHandoff(tx, {
            collectiveId,
            referralId: body.referralId,
            memberA: membership.memberId,
            memberB: endorseeId,
          });
          if (handoff?.status !== 'accepted' || handoff.outcome === null) {
            throw new Unprocessable(
              'REFERRAL_NOT_VERIFIABLE',
              'referralId must name an accepted handoff between you and the endorsee with a recorded outcome.',
            );
          }
          verifiedByHandoff = true;
        }
        const duplicate = () =>
          new Conflict(
            'DUPLICATE_EXAMPLE',
            'You already endorsed this member with an example of the same title.',
          );
        const key = { collectiveId, endorserId: membership.memberId, endorseeId, title: body.example.title };
        if (await findSameExample(tx, key)) throw duplicate();

        const row = await insertEndorsement(tx, {
          collectiveId,
          endorserId: membership.memberId,
          endorseeId,
          skills: body.skills,
          relationshipKind: body.relationship.kind,
          relationshipSince: body.relationship.since,
          exampleTitle: body.example.title,
          exampleDescription: body.example.description,
          exampleDescriptionWords: countWords(body.example.description),
          exampleEndorseeRole: body.example.endorseeRole,
          exampleOutcome: body.example.outcome,
          exampleStartedOn: body.example.startedOn,
          exampleEndedOn: body.example.endedOn ?? null,
          evidenceUrls: body.example.evidenceUrls ?? [],
          referralId: body.referralId ?? null,
          verifiedByHandoff,
        }).catch((err: unknown) => {
          throw isUniqueViolation(err) ? duplicate() : err;
        });
        await recordEvent(tx, {
          collectiveId,
          type: 'endorsement.given',
          actorMemberId: membership.memberId,
          subject: { type: 'endorsement', id: row.id },
          aboutMemberIds: [endorseeId],
          data: { skills: row.skills, verifiedByHandoff },
        });
        return {
          statusCode: 201,
          body: toEndorsement(row),
          headers: { location: `/v1/collectives/${collectiveId}/endorsements/${row.id}` },
        };
      });
    },

    async list(
      accountId: string,
      collectiveId: string,
      memberId: string,
      query: ListEndorsementsQuery,
    ): Promise<Page<Endorsement>> {
      const cursor = decodeTimeIdCursor(query.cursor);
      const { caller, memberStatus, rows } = await listEndorsementsForCaller(db, {
        collectiveId,
        accountId,
        memberId,
        direction: query.direction,
        includeRetracted: query.includeRetracted,
        before: cursor,
        limit: query.limit,
      });
      activeMembership(caller, collectiveId, accountId);
      if (memberStatus === null) throw new NotFound('MEMBER_NOT_FOUND', 'No such member in this collective.');
      return toPage(rows, query.limit, toEndorsement, (row) => [row.createdAt.toISOString(), row.id]);
    },

    async get(accountId: string, collectiveId: string, endorsementId: string): Promise<Endorsement> {
      const membership = await requireMember(db, collectiveId, accountId);
      return toEndorsement(await findVisible(db, membership, endorsementId));
    },

    retract(accountId: string, collectiveId: string, endorsementId: string): Promise<Endorsement> {
      return mark(accountId, collectiveId, endorsementId, (row, membership) => {
        if (row.endorserId !== membership.memberId) {
          throw new Forbidden('NOT_ENDORSER', 'Only the member who gave an endorsement may retract it.');
        }
        if (row.status === 'retracted')
          throw new Conflict('ALREADY_RETRACTED', 'The endorsement is already retracted.');
        return { set: { status: 'retracted', retractedAt: deps.now() }, event: 'endorsement.retracted' };
      });
    },

    setHidden(
      accountId: string,
      collectiveId: string,
      endorsementId: string,
      hidden: boolean,
    ): Promise<Endorsement> {
      return mark(accountId, collectiveId, endorsementId, (row, membership) => {
        if (row.endorseeId !== membership.memberId) {
          throw new Forbidden(
            'NOT_ENDORSEE',
            'Only the endorsed member may hide or show an endorsement on their profile.',
          );
        }
        return {
          set: { hiddenAt: hidden ? (row.hiddenAt ?? deps.now()) : null },
          event: hidden ? 'endorsement.hidden' : 'endorsement.unhidden',
        };
      });
    },

    async credential(accountId: string, collectiveId: string, endorsementId: string) {
      const membership = await requireMember(db, collectiveId, accountId);
      const row = await findVisible(db, membership, endorsementId);
      const names = await memberNames(db, collectiveId, [row.endorserId, row.endorseeId]);
      const credential = openBadgeCredential(deps.baseUrl, row, {
        endorser: names.get(row.endorserId) ?? 'Unknown member',
        endorsee: names.get(row.endorseeId) ?? 'Unknown member',
      });
      return {
        format: 'vc+jwt' as const,
        credential: await signCredential(deps.keys, deps.baseUrl, credential),
      };
    },

    /**
     * Public: anyone shown a credential can check it, without an account. The checks are the
     * ones an outside verifier makes (verifyCredential), with the key and the revocation list
     * read here rather than fetched from this service's own URLs.
     */
    async verify(token: string): Promise<CredentialVerification> {
      const checked = await verifyCredential(token, {
        key: async (url) => {
          const kid = parseKeyUrl(deps.baseUrl, url);
          return kid === undefined ? undefined : publishedKey(kid);
        },
        revocationList: async (url) => {
          const list = parseRevocationListUrl(deps.baseUrl, url);
          return list === undefined ? undefined : revocationListOf(list.collectiveId, list.issuerMemberId);
        },
      });
      if (!checked.ok) return { valid: false, status: 'invalid', reason: checked.reason };
      const ids = parseCredentialId(deps.baseUrl, checked.vc.id);
      if (!ids)
        return { valid: false, status: 'unknown', reason: 'the credential id is not one of this service' };
      const row = await findEndorsement(db, ids);
      if (!row) {
        return {
          valid: false,
          status: 'unknown',
          endorsementId: ids.endorsementId,
          reason: 'no such endorsement',
        };
      }
      const issuer = (checked.vc.issuer as { id?: unknown } | undefined)?.id;
      if (issuer !== profileUrl(deps.baseUrl, row.collectiveId, row.endorserId)) {
        return {
          valid: false,
          status: 'invalid',
          endorsementId: row.id,
          reason: 'the issuer is not the endorser',
        };
      }
      if (checked.revoked) {
        return {
          valid: false,
          status: 'retracted',
          endorsementId: row.id,
          reason: 'the endorser retracted it',
        };
      }
      return { valid: true, status: 'active', endorsementId: row.id };
    },

    /** Public: the JWK a credential's `kid` URL names (signing key or one still published). */
    async publicKey(kid: string) {
      const jwk = publishedKey(kid);
      if (!jwk) throw new NotFound('KEY_NOT_FOUND', 'No such key is published by this service.');
      return jwk;
    },

    /** Public: the issuer's 1EdTech Revocation List, which each credential's status names. */
    async revocationList(collectiveId: string, issuerMemberId: string) {
      return revocationListOf(collectiveId, issuerMemberId);
    },

    /** Public status document that credentialStatus points at. */
    async status(collectiveId: string, endorsementId: string) {
      const row = await findEndorsement(db, { collectiveId, endorsementId });
      if (!row) throw endorsementNotFound();
      return {
        id: statusUrl(deps.baseUrl, row),
        endorsementId: row.id,
        status: row.status,
        retractedAt: row.retractedAt?.toISOString() ?? null,
      };
    },
  };
}
export type EndorsementsService = ReturnType<typeof createEndorsementsService>;
