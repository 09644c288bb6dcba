import { z } from 'zod';
import { pageOf, PageQuery } from '../../http/pagination.js';
import { text } from '../../http/text.js';
import { MemberRole } from '../members/index.js';
import { LANGUAGES, STEMMED_LANGUAGES } from './collectives.languages.js';

export const Language = z
  .enum(LANGUAGES)
  .describe(
    `BCP 47 primary tag of the language the collective writes in. Text search (matching, members?q=, jobs?q=) stems, drops stop words and folds accents by it for ${STEMMED_LANGUAGES.join(', ')}; the others are matched word for word with accents folded.`,
  )
  .meta({ id: 'Language' });

const fields = {
  name: text({ max: 100, trim: true, min: 1 }),
  description: text({ max: 2_000, trim: true, kind: 'multiline' }).nullable(),
  membersCanInvite: z.boolean().describe('Whether every member may invite, not only admins'),
  language: Language,
};

export const CreateCollectiveBody = z
  .strictObject({
    name: fields.name,
    description: fields.description.optional(),
    membersCanInvite: fields.membersCanInvite.optional().describe('Default false: only admins invite'),
    language: fields.language.optional().describe('Default en'),
  })
  .meta({
    id: 'CreateCollective',
    examples: [
      {
        name: 'Studio Nord',
        description: 'Designers and researchers in Hamburg and Berlin',
        membersCanInvite: true,
        language: 'de',
      },
    ],
  });
export type CreateCollectiveBody = z.infer<typeof CreateCollectiveBody>;

export const UpdateCollectiveBody = z
  .strictObject({
    name: fields.name.optional(),
    description: fields.description.optional(),
    membersCanInvite: fields.membersCanInvite.optional(),
    language: fields.language.optional().describe('Changing it re-indexes the collective’s texts'),
  })
  .meta({
    id: 'UpdateCollective',
    examples: [{ description: 'Designers, researchers and writers in Hamburg and Berlin' }],
  });
export type UpdateCollectiveBody = z.infer<typeof UpdateCollectiveBody>;

export const Collective = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    membersCanInvite: z.boolean(),
    language: Language,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    myMembership: z
      .object({ id: z.uuid().describe('Your member id in this collective'), role: MemberRole })
      .describe('The caller’s own membership'),
  })
  .meta({ id: 'Collective' });
export type Collective = z.infer<typeof Collective>;

export const CollectivePage = pageOf(Collective).meta({ id: 'CollectivePage' });
export const ListMyCollectivesQuery = PageQuery.strict();
export type ListMyCollectivesQuery = z.infer<typeof ListMyCollectivesQuery>;
