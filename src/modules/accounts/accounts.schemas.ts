import { z } from 'zod';
import { text } from '../../http/text.js';

export const MAX_EMAIL_LENGTH = 254;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_NAME_LENGTH = 200;

/** Trimmed; stored as given and compared case-insensitively (the unique index is on lower(email)). */
export const Email = text({ max: MAX_EMAIL_LENGTH, trim: true })
  .regex(z.regexes.email, 'must be an email address')
  .meta({ format: 'email' });

export const NewPassword = text({ max: MAX_PASSWORD_LENGTH, kind: 'secret' })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .describe(`At least ${MIN_PASSWORD_LENGTH} characters`);

/** A password being checked, not set: no minimum beyond one character. */
export const GivenPassword = text({ max: MAX_PASSWORD_LENGTH, min: 1, kind: 'secret' });

export const Name = text({ max: MAX_NAME_LENGTH, trim: true, min: 1 });

export const CreateAccountBody = z.strictObject({ email: Email, password: NewPassword, name: Name }).meta({
  id: 'CreateAccount',
  examples: [{ email: 'ada@example.com', password: 'correct horse battery staple', name: 'Ada Lovelace' }],
});
export type CreateAccountBody = z.infer<typeof CreateAccountBody>;

export const UpdateMeBody = z
  .strictObject({
    name: Name.optional(),
    password: NewPassword.optional().describe('A new password; needs currentPassword'),
    currentPassword: GivenPassword.optional().describe('Required with password'),
  })
  .meta({ id: 'UpdateMe', examples: [{ name: 'Ada King' }] });
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
