import { z } from 'zod';
import { MoneyRange, MoneyRangeInput } from '../../http/money.js';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { isoDate, isoDateTime } from '../../http/schemas.js';
import { skillList, SkillInput } from '../../http/skills.js';
import { text } from '../../http/text.js';

export const JobStatus = z.enum(['open', 'handed_off', 'completed', 'cancelled', 'expired']);

const IsoDate = isoDate().describe('YYYY-MM-DD');

export const CreateJobBody = z
  .strictObject({
    title: text({ max: 200, trim: true, min: 3 }),
    brief: text({ max: 10_000, trim: true, min: 10, kind: 'multiline' }),
    skills: skillList(20).optional(),
    budget: MoneyRangeInput.nullable().optional(),
    remote: z.boolean().optional(),
    location: text({ max: 200, trim: true }).nullable().optional(),
    startsOn: IsoDate.nullable().optional(),
    closesAt: isoDateTime({ offset: true }).nullable().optional(),
    client: text({ max: 200, trim: true }).nullable().optional().describe('Client label; may be anonymised'),
  })
  .meta({
    id: 'CreateJob',
    examples: [
      {
        title: 'Onboarding research for a regional bank',
        brief: 'Twelve interviews with new customers and a map of where onboarding loses them.',
        skills: ['ux-research', 'service-design'],
        budget: { min: 800000, max: 1200000, currency: 'EUR' },
        remote: true,
        startsOn: '2027-02-01',
      },
    ],
  });
export type CreateJobBody = z.infer<typeof CreateJobBody>;

/** The same fields, every one optional: only those sent change. */
export const UpdateJobBody = CreateJobBody.partial().meta({
  id: 'UpdateJob',
  examples: [{ title: 'Onboarding research for a regional bank (two markets)' }],
});
export type UpdateJobBody = z.infer<typeof UpdateJobBody>;

export const Job = z
  .object({
    id: z.uuid(),
    title: z.string(),
    brief: z.string(),
    skills: z.array(z.string()),
    budget: MoneyRange.nullable(),
    remote: z.boolean(),
    location: z.string().nullable(),
    startsOn: z.string().nullable(),
    closesAt: z.iso.datetime().nullable(),
    client: z.string().nullable(),
    status: JobStatus,
    postedBy: z.uuid(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof Job>;

export const JobPage = pageOf(Job).meta({ id: 'JobPage' });

export const ListJobsQuery = PageQuery.extend({
  status: JobStatus.optional(),
  skill: SkillInput.optional(),
  q: text({ max: 200, trim: true, min: 1 }).optional().describe('Full-text search over title and brief'),
  postedBy: z.uuid().optional(),
}).strict();
export type ListJobsQuery = z.infer<typeof ListJobsQuery>;

export const InterestBody = z
  .strictObject({ note: text({ max: 2_000, trim: true, min: 1, kind: 'multiline' }) })
  .meta({
    id: 'InterestBody',
    examples: [{ note: 'I ran onboarding research for two banks last year and speak German and English.' }],
  });

export const Interest = z
  .object({
    id: z.uuid(),
    jobId: z.uuid(),
    memberId: z.uuid(),
    note: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Interest' });
export type Interest = z.infer<typeof Interest>;

export const InterestPage = pageOf(Interest).meta({ id: 'InterestPage' });
export const ListInterestsQuery = PageQuery.strict();
