import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A person who can log in. Global (not a tenant table): one account joins many collectives. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null once the account is erased (deleteMe): the address is deleted, the row stays as a tombstone. */
    email: text(),
    name: text().notNull(),
    /** argon2id PHC string; null for accounts that only log in through the external issuer. */
    passwordHash: text(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /**
     * When the member erased the account (src/modules/privacy). The row stays because memberships
     * and the collectives' history point at it; it then holds no personal data and never signs in.
     */
    erasedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  // Emails are unique regardless of case.
  (t) => [uniqueIndex('accounts_email_lower_key').on(sql`lower(${t.email})`)],
);

/** An external OpenID Connect identity linked to an account by (issuer, subject). */
export const accountIdentities = pgTable(
  'account_identities',
  {
    issuer: text().notNull(),
    subject: text().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index().on(t.accountId)],
);
