import { COLLECTIONS } from '@toolkit/schemas'
import { provenanceFields, taxonomyFields } from '../fields/common.ts'
import { contentCollection } from './contentCollection.ts'

export const Cases = contentCollection({
  slug: COLLECTIONS.cases,
  useAsTitle: 'title',
  description: 'Een situatie, vier reacties van hulpverleners op de stigma-ladder en hoe de persoon kan reageren.',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'person', type: 'text', required: true },
      ],
    },
    { name: 'summary', type: 'textarea', required: true },
    {
      name: 'situation',
      type: 'group',
      fields: [
        { name: 'who', type: 'textarea' },
        { name: 'wants', type: 'textarea' },
        { name: 'happened', type: 'textarea' },
        { name: 'problems', type: 'textarea' },
      ],
    },
    {
      name: 'responses',
      type: 'array',
      maxRows: 4,
      labels: { singular: 'Reactie', plural: 'Reacties' },
      fields: [
        { name: 'response', type: 'textarea', required: true },
        { name: 'ladderStep', type: 'number', required: true },
        { name: 'likelyReaction', type: 'textarea', required: true },
      ],
    },
    { name: 'whereToFind', type: 'text' },
    ...taxonomyFields,
    ...provenanceFields,
  ],
})
