import { and, eq, isNull, sql } from 'drizzle-orm';
import { executePrepared, type DbOrTx } from '../../db/client.js';
import { accountIdentities, accounts } from '../../db/tables.js';

export type AccountRow = typeof accounts.$inferSelect;

export async function insertAccount(
  db: DbOrTx,
  values: { email: string; name: string; passwordHash: string | null },
): Promise<AccountRow> {
  const [row] = await db.insert(accounts).values(values).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/** The account of a token: getMe, and every account change, read it first. */
export async function findAccountById(db: DbOrTx, id: string): Promise<AccountRow | undefined> {
  const [row] = await executePrepared(
    db,
    'accounts_account_by_id',
    (on) =>
      on
        .select()
        .from(accounts)
        .where(eq(accounts.id, sql.placeholder('id')))
        .limit(1),
    { id },
  );
  return row;
}

/** Case-insensitive, served by the unique index on lower(email). */
export async function findAccountByEmail(db: DbOrTx, email: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.email}) = lower(${email})`)
    .limit(1);
  return row;
}

/**
 * Updates name and/or password hash. With `expectedPasswordHash`, only while the hash is
 * still the one the current password was checked against (compare-and-set): undefined when
 * another request changed it in between.
 */
export async function updateAccount(
  db: DbOrTx,
  args: {
    id: string;
    name?: string | undefined;
    passwordHash?: string | undefined;
    expectedPasswordHash?: string | null | undefined;
    updatedAt: Date;
  },
): Promise<AccountRow | undefined> {
  // An erased account is never changed again (a rename racing with the erasure loses).
  const conditions = [eq(accounts.id, args.id), isNull(accounts.erasedAt)];
  if (args.expectedPasswordHash !== undefined) {
    conditions.push(
      args.expectedPasswordHash === null
        ? isNull(accounts.passwordHash)
        : eq(accounts.passwordHash, args.expectedPasswordHash),
    );
  }
  const [row] = await db
    .update(accounts)
    .set({
      ...(args.name !== undefined ? { name: args.name } : {}),
      ...(args.passwordHash !== undefined ? { passwordHash: args.passwordHash } : {}),
      updatedAt: args.updatedAt,
    })
    .where(and(...conditions))
    .returning();
  return row;
}

export async function findIdentityAccountId(
  db: DbOrTx,
  args: { issuer: string; subject: string },
): Promise<string | undefined> {
  const [row] = await db
    .select({ accountId: accountIdentities.accountId })
    .from(accountIdentities)
    .where(and(eq(accountIdentities.issuer, args.issuer), eq(accountIdentities.subject, args.subject)))
    .limit(1);
  return row?.accountId;
}

export async function insertIdentity(
  db: DbOrTx,
  values: { issuer: string; subject: string; accountId: string },
): Promise<void> {
  await db.insert(accountIdentities).values(values);
}
