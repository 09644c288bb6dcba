import { z } from 'zod';

export const MAX_EMAIL_LENGTH = 254;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_NAME_LENGTH = 200;

/** Trimmed; stored as given and compared case-insensitively (the unique index is on lower(email)). */
export const Email = z
  .string()
  .trim()
  .max(MAX_EMAIL_LENGTH)
  .regex(z.regexes.email, 'must be an email address')
  .meta({ format: 'email' });

export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH)
  .describe(`At least ${MIN_PASSWORD_LENGTH} characters`);

/** A password being checked, not set: no minimum beyond one character. */
export const GivenPassword = z.string().min(1).max(MAX_PASSWORD_LENGTH);

const Name = z.string().trim().min(1).max(MAX_NAME_LENGTH);

export const CreateAccountBody = z
  .strictObject({ email: Email, password: NewPassword, name: Name })
  .meta({ id: 'CreateAccount' });
export type CreateAccountBody = z.infer<typeof CreateAccountBody>;

export const UpdateMeBody = z
  .strictObject({
    name: Name.optional(),
    password: NewPassword.optional().describe('A new password; needs currentPassword'),
    currentPassword: GivenPassword.optional().describe('Required with password'),
  })
  .meta({ id: 'UpdateMe' });
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const Account = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof Account>;
