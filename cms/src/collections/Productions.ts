import { COLLECTIONS } from '@toolkit/schemas'
import { minutesRangeField, provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { contentCollection } from './contentCollection.ts'

export const Productions = contentCollection({
  slug: COLLECTIONS.productions,
  singular: 'Impactproductie',
  plural: 'Impactproducties',
  useAsTitle: 'title',
  description: 'Programma\'s van filmfragmenten met een handleiding voor de gespreksleider.',
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    { name: 'summary', label: 'Samenvatting', type: 'textarea', required: true },
    { name: 'fragmentCount', label: 'Aantal filmfragmenten', type: 'number', required: true, min: 1 },
    minutesRangeField('sessionMinutes', 'Duur van een bijeenkomst'),
    textList('occasions', 'Waar in te zetten (vergadering, intervisie, …)'),
    textList('contents', 'Wat het pakket bevat', { long: true }),
    {
      name: 'sessionGuide',
      label: 'Leidraad per fase',
      type: 'array',
      labels: { singular: 'Fase', plural: 'Fasen' },
      fields: [
        { name: 'title', label: 'Fase', type: 'text', required: true },
        {
          name: 'namedInSource',
          label: 'Fase met naam en afbakening uit de bron',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'Uit: naam en afbakening zijn een indeling van de toolkit; de site zegt dat erbij.' },
        },
        textList('actions', 'Inhoud en acties', { minRows: 1, long: true }),
      ],
    },
    {
      name: 'tips',
      label: 'Tips voor de gespreksleider',
      type: 'array',
      labels: { singular: 'Tip', plural: 'Tips' },
      fields: [
        { name: 'title', label: 'Kop', type: 'text', required: true },
        { name: 'text', label: 'Tip', type: 'textarea', required: true },
      ],
    },
    textList('slideOutline', 'Opzet van de presentatie (dia-koppen)'),
    { name: 'websiteUrl', label: 'Website', type: 'text' },
    ...taxonomyFields,
    relation('relatedInterventions', 'Gerelateerde interventies'),
    ...provenanceFields,
  ],
})
