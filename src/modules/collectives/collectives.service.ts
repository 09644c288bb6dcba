import type { Db, DbOrTx } from '../../db/client.js';
import { etagOf, staleEtag } from '../../http/etag.js';
import { decodeTimeIdCursor, toPage, type Page } from '../../http/pagination.js';
import { collectiveNotFound, requireAdmin, requireMember } from '../access/index.js';
import { recordEvents } from '../events/index.js';
import { runCreate, type CreateResult } from '../idempotency/index.js';
import { addOwner } from '../members/index.js';
import { DEFAULT_LANGUAGE, textSearchConfigOf, type Language } from './collectives.languages.js';
import {
  bumpGraphVersion,
  findCollective,
  insertCollective,
  listCollectivesOfAccount,
  lockTextSearch,
  reindexTextBatch,
  TEXT_TABLES,
  updateCollective,
  type CollectiveRow,
  type NewCollectiveRow,
} from './collectives.repository.js';
import type {
  Collective,
  CreateCollectiveBody,
  ListMyCollectivesQuery,
  UpdateCollectiveBody,
} from './collectives.schemas.js';

function toCollective(row: CollectiveRow, myMembership: Collective['myMembership']): Collective {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    membersCanInvite: row.membersCanInvite,
    language: row.language as Language,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    myMembership: { id: myMembership.id, role: myMembership.role },
  };
}

/** Settings other modules act on (e.g. whether plain members may invite). */
export async function collectiveSettings(
  db: DbOrTx,
  collectiveId: string,
): Promise<{ membersCanInvite: boolean }> {
  const row = await findCollective(db, collectiveId);
  if (!row) throw collectiveNotFound();
  return { membersCanInvite: row.membersCanInvite };
}

function languageColumns(language: Language): Pick<NewCollectiveRow, 'language' | 'textSearch'> {
  return { language, textSearch: textSearchConfigOf(language) };
}

/** Rows re-indexed per statement when a language changes: short row locks, no long lock. */
const REINDEX_BATCH_ROWS = 500;

/**
 * Brings every text row of the collective to its current configuration, batch by batch, then
 * has matching rebuild its model. Idempotent: an interrupted run (database gone, process
 * stopped) is finished by the next update that names a language.
 */
async function reindexTexts(db: Db, collectiveId: string): Promise<void> {
  for (const table of TEXT_TABLES) {
    let changed: number;
    do changed = await reindexTextBatch(db, { table, collectiveId, limit: REINDEX_BATCH_ROWS });
    while (changed > 0);
  }
  await bumpGraphVersion(db, collectiveId);
}

export function createCollectivesService(db: Db, now: () => Date) {
  return {
    /** Creates a collective; its creator becomes its first owner in the same transaction. */
    async create(
      accountId: string,
      body: CreateCollectiveBody,
      idempotencyKey: string | undefined,
    ): Promise<CreateResult<Collective>> {
      return runCreate(
        db,
        { accountId, scope: 'createCollective', key: idempotencyKey, body, authorize: async () => {} },
        async (tx) => {
          const row = await insertCollective(tx, {
            name: body.name,
            description: body.description === '' ? null : (body.description ?? null),
            membersCanInvite: body.membersCanInvite ?? false,
            ...languageColumns(body.language ?? DEFAULT_LANGUAGE),
          });
          const owner = await addOwner(tx, { collectiveId: row.id, accountId, now: now() });
          await recordEvents(tx, [
            {
              collectiveId: row.id,
              type: 'collective.created',
              actorMemberId: owner.id,
              subject: { type: 'collective', id: row.id },
              data: { name: row.name },
            },
            {
              collectiveId: row.id,
              type: 'member.joined',
              actorMemberId: owner.id,
              subject: { type: 'member', id: owner.id },
              data: { role: 'owner', introducedBy: null },
            },
          ]);
          return {
            statusCode: 201,
            body: toCollective(row, { id: owner.id, role: owner.role }),
            headers: { etag: etagOf(row.version), location: `/v1/collectives/${row.id}` },
          };
        },
      );
    },

    /** The collectives the caller is an active member of, in the order they joined them. */
    async listMine(accountId: string, query: ListMyCollectivesQuery): Promise<Page<Collective>> {
      const after = decodeTimeIdCursor(query.cursor);
      const rows = await listCollectivesOfAccount(db, {
        accountId,
        after: after && { joinedAt: after.at, memberId: after.id },
        limit: query.limit,
      });
      return toPage(
        rows,
        query.limit,
        (row) => toCollective(row, { id: row.memberId, role: row.role }),
        (row) => [row.joinedAt.toISOString(), row.memberId],
      );
    },

    async get(accountId: string, collectiveId: string): Promise<{ collective: Collective; version: number }> {
      const membership = await requireMember(db, collectiveId, accountId);
      const row = await findCollective(db, collectiveId);
      if (!row) throw collectiveNotFound();
      return {
        collective: toCollective(row, { id: membership.memberId, role: membership.role }),
        version: row.version,
      };
    },

    /**
     * Admins only; with If-Match, applies only to the version the caller read (412 otherwise).
     * A language change re-indexes the collective's texts after it commits (reindexTexts).
     */
    async update(
      accountId: string,
      collectiveId: string,
      body: UpdateCollectiveBody,
      expectedVersion: number | undefined,
    ): Promise<{ collective: Collective; version: number }> {
      const result = await db.transaction(async (tx) => {
        const membership = await requireMember(tx, collectiveId, accountId);
        requireAdmin(membership);
        const myMembership = { id: membership.memberId, role: membership.role };
        const current = await findCollective(tx, collectiveId);
        if (!current) throw collectiveNotFound();
        const set: Partial<NewCollectiveRow> = {};
        if (body.name !== undefined) set.name = body.name;
        if (body.description !== undefined)
          set.description = body.description === '' ? null : body.description;
        if (body.membersCanInvite !== undefined) set.membersCanInvite = body.membersCanInvite;
        if (body.language !== undefined && body.language !== current.language) {
          Object.assign(set, languageColumns(body.language));
          await lockTextSearch(tx, collectiveId);
        }
        const fields = Object.keys(set).filter((field) => field !== 'textSearch');

        if (fields.length === 0) {
          if (expectedVersion !== undefined && current.version !== expectedVersion) throw staleEtag();
          return { collective: toCollective(current, myMembership), version: current.version };
        }
        const updated = await updateCollective(tx, { collectiveId, expectedVersion, set, now: now() });
        if (!updated) throw staleEtag();
        await recordEvents(tx, [
          {
            collectiveId,
            type: 'collective.updated',
            actorMemberId: membership.memberId,
            subject: { type: 'collective', id: collectiveId },
            data: { fields },
          },
        ]);
        return { collective: toCollective(updated, myMembership), version: updated.version };
      });
      if (body.language !== undefined) await reindexTexts(db, collectiveId);
      return result;
    },
  };
}
export type CollectivesService = ReturnType<typeof createCollectivesService>;
