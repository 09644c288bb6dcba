import { z } from 'zod';
import { text } from '../../http/text.js';

export const Jwks = z
  .object({
    keys: z.array(
      z.looseObject({
        kty: z.string(),
        kid: z.string(),
        alg: z.string(),
        use: z.string(),
      }),
    ),
  })
  .meta({ id: 'Jwks' });

const MAX_PASSWORD_LENGTH = 256;
/** Ours are 43 characters; the bound only keeps junk out. */
const RefreshTokenValue = text({ max: 256, min: 1 }).describe('The opaque refresh token');

export const CreateTokenBody = z
  .strictObject({
    email: text({ max: 254, trim: true, min: 1 }),
    password: text({ max: MAX_PASSWORD_LENGTH, min: 1, kind: 'secret' }),
  })
  .meta({
    id: 'CreateToken',
    examples: [{ email: 'ada@example.com', password: 'correct horse battery staple' }],
  });
export type CreateTokenBody = z.infer<typeof CreateTokenBody>;

export const RefreshTokenBody = z
  .strictObject({ refreshToken: RefreshTokenValue })
  .meta({ id: 'RefreshToken', examples: [{ refreshToken: 'q3Jx0v5Yb2W8nC1tK7mZ4rL9sD6fH0aE2gU5iO8pT1w' }] });
export type RefreshTokenBody = z.infer<typeof RefreshTokenBody>;

export const RevokeTokenBody = z
  .strictObject({ refreshToken: RefreshTokenValue })
  .meta({ id: 'RevokeToken', examples: [{ refreshToken: 'q3Jx0v5Yb2W8nC1tK7mZ4rL9sD6fH0aE2gU5iO8pT1w' }] });
export type RevokeTokenBody = z.infer<typeof RevokeTokenBody>;

export const TokenPair = z
  .object({
    accessToken: z.string().describe('RS256 JWT; send as Authorization: Bearer <accessToken>'),
    refreshToken: z.string().describe('Opaque; single use: each refresh returns a new one'),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('Seconds until the access token expires (at most 900)'),
  })
  .meta({ id: 'TokenPair' });
export type TokenPair = z.infer<typeof TokenPair>;
