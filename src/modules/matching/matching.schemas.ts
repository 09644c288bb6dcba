import { z } from 'zod';
import { MoneyRangeInput } from '../../http/money.js';
import { isoDate } from '../../http/schemas.js';
import { skillList } from '../../http/skills.js';
import { text } from '../../http/text.js';

const Limit = z.number().int().min(1).max(50).default(10);

export const MatchBriefBody = z
  .strictObject({
    brief: text({ max: 5_000, trim: true, min: 3, kind: 'multiline' }).describe('The work, in plain words'),
    skills: skillList(20).optional(),
    startsOn: isoDate().optional().describe('YYYY-MM-DD'),
    budget: MoneyRangeInput.optional(),
    limit: Limit,
    excludeMemberIds: z.array(z.uuid()).max(100).optional(),
  })
  .meta({
    id: 'MatchBrief',
    examples: [
      {
        brief: 'Customer interviews about why people abandon a bank onboarding, in German and English',
        skills: ['ux-research'],
        startsOn: '2027-02-01',
        limit: 5,
      },
    ],
  });
export type MatchBriefBody = z.infer<typeof MatchBriefBody>;

export const MatchJobQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) });

const Unit = z.number().min(0).max(1);

export const MatchReason = z
  .object({
    kind: z.enum([
      'endorsement',
      'trust_path',
      'skills',
      'inferred_skill',
      'related_words',
      'trade',
      'availability',
    ]),
    text: z.string(),
    endorsementId: z.uuid().optional(),
    endorserId: z.uuid().optional(),
    endorserName: z.string().optional(),
    skill: z.string().optional(),
    words: z
      .array(z.string())
      .optional()
      .describe(
        'inferred_skill: the brief’s words (as stemmed), or the thesaurus terms they matched, that the skill was inferred from; related_words: the related terms (from the thesaurus of work vocabulary) found in the member’s profile or examples',
      ),
    trade: z
      .string()
      .optional()
      .describe(
        'trade: the trade of the brief (of the members holding its skills, checked by its words) that this member works in, as the thesaurus of work vocabulary names it',
      ),
    exampleTitle: z.string().optional(),
    verifiedByHandoff: z.boolean().optional(),
    path: z
      .array(z.object({ memberId: z.uuid(), name: z.string(), via: z.string().nullable() }))
      .optional()
      .describe('From the asker to the candidate; `via` is the relationship of the hop into that member'),
  })
  .meta({ id: 'MatchReason' });
export type MatchReason = z.infer<typeof MatchReason>;

export const Match = z
  .object({
    member: z.object({
      id: z.uuid(),
      name: z.string(),
      headline: z.string().nullable(),
      skills: z.array(z.string()),
      availability: z.object({
        status: z.enum(['available', 'limited', 'unavailable']),
        until: z.string().nullable(),
      }),
    }),
    score: Unit,
    components: z.object({ fit: Unit, evidence: Unit, trust: Unit, availability: Unit, rotation: Unit }),
    reasons: z.array(MatchReason),
  })
  .meta({ id: 'Match' });
export type Match = z.infer<typeof Match>;

export const MatchList = z.object({ items: z.array(Match) }).meta({ id: 'MatchList' });
