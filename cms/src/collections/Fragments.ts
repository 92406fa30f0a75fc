import { COLLECTIONS } from '@toolkit/schemas'
import { provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { attachmentsField } from '../attachments/field.ts'
import { contentCollection } from './contentCollection.ts'

export const Fragments = contentCollection({
  slug: COLLECTIONS.fragments,
  useAsTitle: 'title',
  description: 'Korte filmfragmenten uit een impactproductie, met gespreksvragen voor de groep.',
  defaultColumns: ['number', 'title', 'production', '_status', 'updatedAt'],
  fields: [
    relation('production', { required: true }),
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'number', required: true, index: true },
        { name: 'title', type: 'text', required: true },
        {
          name: 'durationSeconds',
          type: 'number',
          required: true,
        },
      ],
    },
    { name: 'videoUrl', type: 'text' },
    { name: 'questionSheetUrl', type: 'text' },
    { name: 'description', type: 'textarea' },
    {
      name: 'questions',
      type: 'group',
      fields: [
        textList('general', { long: true }),
        textList('practice', { long: true }),
        textList('thematic', { long: true }),
        textList('stigma', { long: true }),
      ],
    },
    { name: 'assignment', type: 'textarea' },
    attachmentsField,
    ...taxonomyFields,
    ...provenanceFields,
  ],
})
