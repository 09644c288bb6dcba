import { z } from 'zod';
import { MoneyRange, MoneyRangeInput } from '../../http/money.js';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { isoDate } from '../../http/schemas.js';
import { SkillInput, skillList } from '../../http/skills.js';
import { text } from '../../http/text.js';
import { AVAILABILITY_STATUSES, MEMBER_ROLES, MEMBER_STATUSES } from './members.table.js';

export const MAX_SKILLS = 30;
export const MAX_LINKS = 10;
export const MAX_LANGUAGES = 20;

export const MemberRole = z.enum(MEMBER_ROLES);
export const MemberStatus = z.enum(MEMBER_STATUSES);
export const AvailabilityStatus = z.enum(AVAILABILITY_STATUSES);

const IsoDate = isoDate().describe('YYYY-MM-DD');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const Link = z.strictObject({
  label: text({ max: 100, trim: true, min: 1 }),
  url: text({ max: 2_000, format: z.httpUrl() }).describe('http or https only'),
});

/** BCP 47 language tags such as `en` or `pt-BR`, de-duplicated, order kept. */
const Languages = z
  .array(
    text({ max: 35, trim: true }).regex(
      /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
      'must be a language tag such as en or pt-BR',
    ),
  )
  .max(MAX_LANGUAGES)
  .transform((tags) => [...new Set(tags)]);

const AvailabilityInput = z.strictObject({
  status: AvailabilityStatus,
  until: IsoDate.nullable().optional().describe('Until when this availability holds'),
});

/** Profile fields: only the member themselves edits them. */
export const PROFILE_FIELDS = [
  'headline',
  'bio',
  'skills',
  'languages',
  'timezone',
  'links',
  'availability',
  'rate',
] as const;

export const UpdateMemberBody = z
  .strictObject({
    headline: text({ max: 200, trim: true }).nullable().optional(),
    bio: text({ max: 5_000, trim: true, kind: 'multiline' }).nullable().optional(),
    skills: skillList(MAX_SKILLS)
      .optional()
      .describe(`Up to ${MAX_SKILLS} skills, normalised to slugs (\`UX Research\` -> \`ux-research\`)`),
    languages: Languages.optional(),
    timezone: text({ max: 64, trim: true })
      .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')
      .nullable()
      .optional(),
    links: z.array(Link).max(MAX_LINKS).optional(),
    availability: AvailabilityInput.optional(),
    rate: MoneyRangeInput.nullable()
      .optional()
      .describe('Day or hour rate range in integer minor units; null removes it'),
    role: MemberRole.optional().describe('Admins only; making or changing an owner needs an owner'),
    status: z
      .enum(['active', 'removed'])
      .optional()
      .describe('Admins only, for other members: `removed` removes, `active` reinstates a removed member'),
  })
  .meta({
    id: 'UpdateMember',
    examples: [
      {
        headline: 'UX researcher for banks and insurers',
        skills: ['UX Research', 'Service Design'],
        languages: ['de', 'en'],
        timezone: 'Europe/Berlin',
        availability: { status: 'available' },
      },
    ],
  });
export type UpdateMemberBody = z.infer<typeof UpdateMemberBody>;

export const Member = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    name: z.string(),
    email: z.string().optional().describe('Shown only to the member themselves and to admins'),
    role: MemberRole,
    status: MemberStatus,
    headline: z.string().nullable(),
    bio: z.string().nullable(),
    skills: z.array(z.string()),
    languages: z.array(z.string()),
    timezone: z.string().nullable(),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    availability: z.object({ status: AvailabilityStatus, until: z.string().nullable() }),
    rate: MoneyRange.nullable(),
    introducedBy: z.uuid().nullable().describe('The member whose invitation brought this member in'),
    joinedAt: z.iso.datetime(),
    leftAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof Member>;

export const MemberPage = pageOf(Member).meta({ id: 'MemberPage' });

export const ListMembersQuery = PageQuery.extend({
  skill: SkillInput.optional().describe('Only members with this skill (normalised to a slug)'),
  availability: AvailabilityStatus.optional(),
  q: text({ max: 200, trim: true, min: 1 })
    .optional()
    .describe('Case-insensitive match on name, headline, bio and skills'),
  status: MemberStatus.default('active').describe('Admins may list members who left or were removed'),
}).strict();
export type ListMembersQuery = z.infer<typeof ListMembersQuery>;
