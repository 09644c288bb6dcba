import { z } from 'zod';
import { text } from './text.js';

export const MAX_SKILL_LENGTH = 40;

/** `UX Research` -> `ux-research`: lowercase, runs of anything else than a-z/0-9 become one dash. */
export function skillSlug(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One skill as clients send it, normalised to a slug; an input with no letters or digits is a 400. */
export const SkillInput = text({ max: 80 }).transform((raw, ctx) => {
  const slug = skillSlug(raw);
  if (slug.length === 0 || slug.length > MAX_SKILL_LENGTH) {
    ctx.addIssue({
      code: 'custom',
      message: `must contain letters or digits and make a slug of at most ${MAX_SKILL_LENGTH} characters`,
    });
    return z.NEVER;
  }
  return slug;
});

/** A list of skills, normalised and de-duplicated, order kept. */
export function skillList(max: number, options?: { error: string }) {
  return z
    .array(SkillInput, options)
    .max(max)
    .transform((slugs) => [...new Set(slugs)]);
}
