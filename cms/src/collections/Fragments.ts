import { COLLECTIONS } from '@toolkit/schemas'
import { provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { contentCollection } from './contentCollection.ts'

export const Fragments = contentCollection({
  slug: COLLECTIONS.fragments,
  singular: 'Filmfragment',
  plural: 'Filmfragmenten',
  useAsTitle: 'title',
  defaultColumns: ['number', 'title', 'production', '_status', 'updatedAt'],
  fields: [
    relation('production', 'Impactproductie', { required: true }),
    {
      type: 'row',
      fields: [
        { name: 'number', label: 'Nummer', type: 'number', required: true, min: 1, index: true },
        { name: 'title', label: 'Titel', type: 'text', required: true },
        {
          name: 'durationSeconds',
          label: 'Duur (seconden)',
          type: 'number',
          required: true,
          min: 1,
          admin: { description: '5 min 15 s = 315' },
        },
      ],
    },
    { name: 'videoUrl', label: 'Videolink (Vimeo)', type: 'text' },
    { name: 'questionSheetUrl', label: 'Link naar de vragen (pdf) bij de bron', type: 'text' },
    { name: 'description', label: 'Korte beschrijving', type: 'textarea' },
    {
      name: 'questions',
      label: 'Vragen',
      type: 'group',
      admin: { description: 'Gespreksleiders doorlopen alle vier soorten vragen en daarna de opdracht.' },
      fields: [
        textList('general', 'Algemene vragen', { long: true }),
        textList('practice', 'Vragen over de scène en de praktijk', { long: true }),
        textList('thematic', 'Thematische vragen', { long: true }),
        textList('stigma', 'Vragen over stigmatisering in de scène', { long: true }),
      ],
    },
    { name: 'assignment', label: 'Opdracht', type: 'textarea' },
    ...taxonomyFields,
    ...provenanceFields,
  ],
})
