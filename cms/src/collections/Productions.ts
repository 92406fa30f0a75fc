import { COLLECTIONS } from '@toolkit/schemas'
import { minutesRangeField, provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { attachmentsField } from '../attachments/field.ts'
import { contentCollection } from './contentCollection.ts'

export const Productions = contentCollection({
  slug: COLLECTIONS.productions,
  useAsTitle: 'title',
  description: 'Programma\'s van filmfragmenten met een handleiding voor de gespreksleider.',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea', required: true },
    { name: 'fragmentCount', type: 'number', required: true },
    minutesRangeField('sessionMinutes'),
    textList('occasions'),
    textList('contents', { long: true }),
    {
      name: 'sessionGuide',
      type: 'array',
      labels: { singular: 'Fase', plural: 'Fasen' },
      fields: [
        { name: 'title', type: 'text', required: true },
        {
          name: 'namedInSource',
          type: 'checkbox',
          defaultValue: false,
        },
        textList('actions', { minRows: 1, long: true }),
      ],
    },
    {
      name: 'tips',
      type: 'array',
      labels: { singular: 'Tip', plural: 'Tips' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'text', type: 'textarea', required: true },
      ],
    },
    textList('slideOutline'),
    { name: 'websiteUrl', type: 'text' },
    attachmentsField,
    ...taxonomyFields,
    relation('relatedInterventions'),
    ...provenanceFields,
  ],
})
