import { COLLECTIONS } from '@toolkit/schemas'
import { provenanceFields, taxonomyFields } from '../fields/common.ts'
import { contentCollection } from './contentCollection.ts'

export const Cases = contentCollection({
  slug: COLLECTIONS.cases,
  singular: 'Casus',
  plural: 'Casussen',
  useAsTitle: 'title',
  description: 'Een situatie, vier reacties van hulpverleners op de stigma-ladder en hoe de persoon kan reageren.',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', label: 'Titel', type: 'text', required: true },
        { name: 'person', label: 'Voornaam van de persoon', type: 'text', required: true },
      ],
    },
    { name: 'summary', label: 'Inleiding', type: 'textarea', required: true },
    {
      name: 'situation',
      label: 'Situatie',
      type: 'group',
      fields: [
        { name: 'who', label: 'Om wie gaat het?', type: 'textarea' },
        { name: 'wants', label: 'Wat wil diegene?', type: 'textarea' },
        { name: 'happened', label: 'Wat is er gebeurd?', type: 'textarea' },
        { name: 'problems', label: 'Welke problematiek speelt er?', type: 'textarea' },
      ],
    },
    {
      name: 'responses',
      label: 'Reacties van hulpverleners',
      type: 'array',
      maxRows: 4,
      labels: { singular: 'Reactie', plural: 'Reacties' },
      fields: [
        { name: 'response', label: 'Reactie van de hulpverlener', type: 'textarea', required: true },
        { name: 'ladderStep', label: 'Trede op de stigma-ladder', type: 'number', required: true, min: 1, max: 10 },
        { name: 'likelyReaction', label: 'Mogelijke reactie van de persoon', type: 'textarea', required: true },
      ],
    },
    { name: 'whereToFind', label: 'Waar te vinden', type: 'text' },
    ...taxonomyFields,
    ...provenanceFields,
  ],
})
