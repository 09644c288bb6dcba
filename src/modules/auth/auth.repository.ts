import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { refreshTokens } from '../../db/tables.js';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

export async function insertRefreshToken(
  db: DbOrTx,
  values: {
    accountId: string;
    familyId: string;
    familyStartedAt: Date;
    tokenHash: string;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db.insert(refreshTokens).values(values);
}

/**
 * The row of a token hash, locked until the transaction ends: a concurrent refresh with the
 * same token waits here, then sees the row already rotated.
 */
export async function lockRefreshToken(db: DbOrTx, tokenHash: string): Promise<RefreshTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, tokenHash))
    .limit(1)
    .for('update');
  return row;
}

export async function findRefreshToken(db: DbOrTx, tokenHash: string): Promise<RefreshTokenRow | undefined> {
  const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).limit(1);
  return row;
}

export async function markRotated(db: DbOrTx, args: { id: string; at: Date }): Promise<void> {
  await db.update(refreshTokens).set({ rotatedAt: args.at }).where(eq(refreshTokens.id, args.id));
}

export async function revokeFamily(db: DbOrTx, args: { familyId: string; at: Date }): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: args.at })
    .where(and(eq(refreshTokens.familyId, args.familyId), isNull(refreshTokens.revokedAt)));
}

export async function revokeAccountTokens(db: DbOrTx, args: { accountId: string; at: Date }): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: args.at })
    .where(and(eq(refreshTokens.accountId, args.accountId), isNull(refreshTokens.revokedAt)));
}
