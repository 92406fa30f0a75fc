import { COLLECTIONS, LEARNING_DOMAINS } from '@toolkit/schemas'
import { minutesRangeField, provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { vocabularySelect } from '../fields/vocabulary.ts'
import { contentCollection } from './contentCollection.ts'

export const Activities = contentCollection({
  slug: COLLECTIONS.activities,
  singular: 'Werkvorm',
  plural: 'Werkvormen',
  useAsTitle: 'title',
  description: 'Activiteiten voor een teambijeenkomst: doelen, materialen, stappen en kernboodschappen.',
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    { name: 'summary', label: 'Samenvatting', type: 'textarea', required: true },
    vocabularySelect('learningDomains', 'Betreft (leerdomeinen)', LEARNING_DOMAINS, { hasMany: true, required: true }),
    textList('goals', 'Leerdoelen', { minRows: 1, long: true }),
    {
      name: 'materials',
      label: 'Materialen',
      type: 'array',
      labels: { singular: 'Materiaal', plural: 'Materialen' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: 'Materiaal', type: 'text', required: true },
            { name: 'optional', label: 'Optioneel', type: 'checkbox', defaultValue: false },
          ],
        },
      ],
    },
    minutesRangeField('durationMinutes', 'Tijdsduur'),
    {
      name: 'steps',
      label: 'Uitvoering (stappen, in volgorde)',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Stap', plural: 'Stappen' },
      fields: [
        { name: 'instruction', label: 'Wat de gespreksleider doet', type: 'textarea', required: true },
        { name: 'facilitatorRemark', label: 'Opmerking voor de gespreksleider', type: 'textarea' },
        { name: 'suggestedText', label: 'Tekstsuggestie', type: 'textarea' },
      ],
    },
    textList('keyMessages', 'Kernboodschappen', { long: true }),
    ...taxonomyFields,
    relation('relatedInterventions', 'Gerelateerde interventies'),
    ...provenanceFields,
  ],
})
