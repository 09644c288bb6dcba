import type { Config } from '../../config.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { BadRequest, Conflict, Forbidden, Unauthorized } from '../../http/errors.js';
import type { RateLimiter } from '../../http/rate-limit.js';
import { createPasswordHasher, type PasswordHasher } from './accounts.passwords.js';
import {
  findAccountByEmail,
  findAccountById,
  findIdentityAccountId,
  insertAccount,
  insertIdentity,
  updateAccount,
  type AccountRow,
} from './accounts.repository.js';
import {
  Email,
  MAX_NAME_LENGTH,
  Name,
  type Account,
  type CreateAccountBody,
  type UpdateMeBody,
} from './accounts.schemas.js';

/** What a verified token of the external OpenID Connect issuer says about its subject. */
export interface ExternalIdentity {
  issuer: string;
  subject: string;
  email: unknown;
  emailVerified: unknown;
  name: unknown;
}

export interface AccountsServiceDeps {
  db: Db;
  config: Pick<Config, 'PASSWORD_HASH_CONCURRENCY' | 'AUTH_RATE_LIMIT_PER_MINUTE'>;
  limiter: RateLimiter;
  now: () => Date;
  /** Ends every session (refresh token family) of the account, inside the caller's transaction. */
  revokeSessions: (tx: DbOrTx, accountId: string, at: Date) => Promise<void>;
}

/** An account that has not been erased: it has its email. */
type LiveAccount = AccountRow & { email: string };

function toAccount(row: LiveAccount): Account {
  return { id: row.id, email: row.email, name: row.name, createdAt: row.createdAt.toISOString() };
}

/** A valid token whose account no longer exists (or was erased). */
export function accountGone(): Unauthorized {
  return new Unauthorized('ACCOUNT_NOT_FOUND', 'The account of this access token no longer exists.');
}

export function createAccountsService(deps: AccountsServiceDeps) {
  const { db, limiter, now } = deps;
  const authPerMinute = deps.config.AUTH_RATE_LIMIT_PER_MINUTE;
  const passwords: PasswordHasher = createPasswordHasher(deps.config.PASSWORD_HASH_CONCURRENCY);

  /** An erased account is gone like a deleted one: its access tokens stop working at once. */
  async function requireAccount(accountId: string): Promise<LiveAccount> {
    const row = await findAccountById(db, accountId);
    if (row?.erasedAt !== null || row.email === null) throw accountGone();
    return { ...row, email: row.email };
  }

  /**
   * The check before a sensitive change: the account's current password, rate-limited like a
   * login, because a stolen access token must not be enough to guess it.
   */
  async function requireCurrentPassword(account: LiveAccount, currentPassword: string): Promise<void> {
    if (account.passwordHash === null) {
      throw new Forbidden(
        'PASSWORD_NOT_SET',
        'This account signs in through an external identity provider and has no password to change.',
      );
    }
    await limiter.consume([`password-change:${account.id}`], authPerMinute);
    if (!(await passwords.verify(account.passwordHash, currentPassword))) {
      throw new Forbidden('CURRENT_PASSWORD_WRONG', 'currentPassword is not the account’s current password.');
    }
  }

  /** First use of an external identity with a verified email: link the account with it, or create one. */
  async function linkOrCreate(identity: ExternalIdentity, email: string): Promise<string> {
    return db.transaction(async (tx) => {
      const existing = await findAccountByEmail(tx, email);
      if (existing) {
        await insertIdentity(tx, {
          issuer: identity.issuer,
          subject: identity.subject,
          accountId: existing.id,
        });
        return existing.id;
      }
      // The name claim is held to the rules of a name sent by a client (a NUL in it was a 500);
      // one that breaks them gives way to the email's local part.
      const claimed =
        typeof identity.name === 'string'
          ? Name.safeParse(identity.name.trim().slice(0, MAX_NAME_LENGTH))
          : undefined;
      const name = claimed?.success ? claimed.data : (email.split('@')[0] ?? email).slice(0, MAX_NAME_LENGTH);
      const account = await insertAccount(tx, { email, name, passwordHash: null });
      await insertIdentity(tx, { issuer: identity.issuer, subject: identity.subject, accountId: account.id });
      return account.id;
    });
  }

  return {
    async create(body: CreateAccountBody, client: { ip: string }): Promise<Account> {
      await limiter.consume([`signup-ip:${client.ip}`], authPerMinute);
      const passwordHash = await passwords.hash(body.password);
      try {
        const row = await insertAccount(db, { email: body.email, name: body.name, passwordHash });
        return toAccount({ ...row, email: body.email });
      } catch (err) {
        if (isUniqueViolation(err)) {
          throw new Conflict('EMAIL_TAKEN', 'An account with this email already exists.');
        }
        throw err;
      }
    },

    async get(accountId: string): Promise<Account> {
      return toAccount(await requireAccount(accountId));
    },

    /** Name and/or password; a new password needs the current one and ends other sessions. */
    async update(accountId: string, body: UpdateMeBody): Promise<Account> {
      const account = await requireAccount(accountId);
      let passwordHash: string | undefined;
      if (body.password !== undefined) {
        if (body.currentPassword === undefined) {
          throw new BadRequest('CURRENT_PASSWORD_REQUIRED', 'Send currentPassword to set a new password.', [
            { pointer: '/currentPassword', detail: 'is required with password', location: 'body' },
          ]);
        }
        await requireCurrentPassword(account, body.currentPassword);
        passwordHash = await passwords.hash(body.password);
      }
      if (body.name === undefined && passwordHash === undefined) return toAccount(account);

      const updated = await db.transaction(async (tx) => {
        const at = now();
        const row = await updateAccount(tx, {
          id: accountId,
          name: body.name,
          passwordHash,
          // The hash the current password was checked against must still be the one stored.
          expectedPasswordHash: passwordHash === undefined ? undefined : account.passwordHash,
          updatedAt: at,
        });
        if (row && passwordHash !== undefined) await deps.revokeSessions(tx, accountId, at);
        return row;
      });
      if (!updated) {
        if (passwordHash === undefined) throw accountGone();
        throw new Conflict(
          'PASSWORD_CHANGED_CONCURRENTLY',
          'The password was changed by another request meanwhile; try again with the current one.',
        );
      }
      return toAccount({ ...updated, email: account.email });
    },

    /**
     * Proof that the caller is the account's owner before it is erased: the current password,
     * or, for an account without one, that the request came with a fresh token of the external
     * issuer (`freshExternalToken`, decided by the auth module).
     */
    async confirmOwner(
      accountId: string,
      proof: { currentPassword?: string | undefined; freshExternalToken: boolean },
    ): Promise<void> {
      const account = await requireAccount(accountId);
      if (proof.currentPassword !== undefined) {
        await requireCurrentPassword(account, proof.currentPassword);
        return;
      }
      if (account.passwordHash !== null) {
        throw new BadRequest('CURRENT_PASSWORD_REQUIRED', 'Send currentPassword to erase the account.', [
          { pointer: '/currentPassword', detail: 'is required', location: 'body' },
        ]);
      }
      if (!proof.freshExternalToken) {
        throw new Forbidden(
          'FRESH_SIGN_IN_REQUIRED',
          'This account has no password: sign in again with your identity provider and send its new token.',
        );
      }
    },

    /**
     * The account whose email and password these are, or undefined. Takes as long for an
     * unknown email (or an account without a password) as for a wrong password.
     */
    async verifyCredentials(email: string, password: string): Promise<string | undefined> {
      const account = await findAccountByEmail(db, email);
      const matches = await passwords.verify(account?.passwordHash ?? null, password);
      return matches && account ? account.id : undefined;
    },

    /**
     * The account linked to an external identity by (issuer, subject). On first use, only when
     * the issuer says the email is verified, it is linked to the account with the token's email
     * or a new account is created from the email and name claims.
     */
    async resolveExternalIdentity(identity: ExternalIdentity): Promise<string> {
      const ref = { issuer: identity.issuer, subject: identity.subject };
      const linked = await findIdentityAccountId(db, ref);
      if (linked) return linked;

      const email = Email.safeParse(identity.email);
      if (!email.success) {
        throw new Unauthorized(
          'OIDC_EMAIL_REQUIRED',
          'The identity provider’s token has no usable email claim, which the first sign-in needs.',
        );
      }
      // Linking hands an existing account to whoever the issuer vouches for, and creating one
      // claims the address (it is then taken for sign-up, and a later verified sign-in with it
      // would link to this account): both only for an address the issuer verified. OpenID
      // Connect Core defines email_verified as a boolean, so the string "true" is not that.
      // Checked before looking the email up, so the answer does not say whether it has an account.
      if (identity.emailVerified !== true) {
        throw new Unauthorized(
          'OIDC_EMAIL_NOT_VERIFIED',
          'The identity provider has not verified this email (email_verified is not true); verify it there, then sign in again.',
        );
      }
      try {
        return await linkOrCreate(identity, email.data);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // A concurrent first use linked it (or took the email) meanwhile.
        const raced = await findIdentityAccountId(db, ref);
        if (raced) return raced;
        throw new Unauthorized('OIDC_LINK_FAILED', 'The external identity could not be linked; try again.');
      }
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
