import { COLLECTIONS, LEARNING_DOMAINS } from '@toolkit/schemas'
import { minutesRangeField, provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { vocabularySelect } from '../fields/vocabulary.ts'
import { attachmentsField } from '../attachments/field.ts'
import { contentCollection } from './contentCollection.ts'

export const Activities = contentCollection({
  slug: COLLECTIONS.activities,
  useAsTitle: 'title',
  description: 'Activiteiten voor een teambijeenkomst: doelen, materialen, stappen en kernboodschappen.',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea', required: true },
    vocabularySelect('learningDomains', LEARNING_DOMAINS, { hasMany: true, required: true }),
    textList('goals', { minRows: 1, long: true }),
    // Label and help from VERBATIM_MARK (@toolkit/schemas): new text is in our own words until marked.
    { name: 'goalsVerbatim', type: 'checkbox', defaultValue: false },
    {
      name: 'materials',
      type: 'array',
      labels: { singular: 'Materiaal', plural: 'Materialen' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true },
            { name: 'optional', type: 'checkbox', defaultValue: false },
          ],
        },
      ],
    },
    minutesRangeField('durationMinutes'),
    {
      name: 'steps',
      type: 'array',
      minRows: 1,
      // The asterisk; the rule itself is the schema's, checked on publish (drafts may lack steps).
      required: true,
      labels: { singular: 'Stap', plural: 'Stappen' },
      fields: [
        { name: 'instruction', type: 'textarea', required: true },
        { name: 'facilitatorRemark', type: 'textarea' },
        { name: 'suggestedText', type: 'textarea' },
        { name: 'suggestedTextVerbatim', type: 'checkbox', defaultValue: false },
      ],
    },
    textList('keyMessages', { long: true }),
    { name: 'keyMessagesVerbatim', type: 'checkbox', defaultValue: false },
    attachmentsField,
    ...taxonomyFields,
    relation('relatedInterventions'),
    ...provenanceFields,
  ],
})
