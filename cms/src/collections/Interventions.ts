import { COLLECTIONS, EVIDENCE_LEVELS, FORMATS } from '@toolkit/schemas'
import { provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { vocabularySelect } from '../fields/vocabulary.ts'
import { contentCollection } from './contentCollection.ts'

export const Interventions = contentCollection({
  slug: COLLECTIONS.interventions,
  singular: 'Interventie',
  plural: 'Interventies',
  useAsTitle: 'name',
  defaultColumns: ['name', 'abbreviation', 'evidenceLevel', '_status', 'updatedAt'],
  description: 'Methodieken en programma\'s tegen stigma, met doel, doelgroep, vorm en onderbouwing.',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', label: 'Naam', type: 'text', required: true },
        { name: 'abbreviation', label: 'Afkorting', type: 'text', index: true },
      ],
    },
    textList('alsoKnownAs', 'Ook bekend als'),
    textList('synonyms', 'Zoektermen', {
      description: 'Andere woorden waarmee mensen naar deze interventie zoeken (vertalingen, gewone woorden). Alleen voor het zoeken; niet getoond.',
    }),
    { name: 'aim', label: 'Doel', type: 'textarea', required: true },
    { name: 'description', label: 'Beschrijving', type: 'textarea' },
    vocabularySelect('formats', 'Vorm', FORMATS, { hasMany: true }),
    {
      type: 'row',
      fields: [
        { name: 'duration', label: 'Duur (zoals de bron die noemt)', type: 'text' },
        { name: 'durationMinutes', label: 'Duur in minuten (voor het filter)', type: 'number', min: 1 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'provider', label: 'Aanbieder', type: 'text' },
        { name: 'origin', label: 'Herkomst', type: 'text' },
        { name: 'year', label: 'Jaar', type: 'number', min: 1900, max: 2100 },
      ],
    },
    vocabularySelect('evidenceLevel', 'Erkenningsniveau', EVIDENCE_LEVELS, {
      required: true,
      defaultValue: 'unknown',
    }),
    { name: 'evidenceNote', label: 'Wat de bronnen zeggen over effect', type: 'textarea' },
    {
      name: 'familiarity',
      label: 'Bekendheid onder hulpverleners (monitor, tabel 5.6)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'n', label: 'Aantal (n)', type: 'number', min: 0 },
            { name: 'percent', label: 'Percentage', type: 'number', min: 0, max: 100 },
          ],
        },
        relation('evidence', 'Tabel'),
      ],
    },
    {
      name: 'links',
      label: 'Waar te vinden',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', label: 'Omschrijving', type: 'text', required: true },
            { name: 'url', label: 'Link', type: 'text', required: true },
          ],
        },
      ],
    },
    ...taxonomyFields,
    relation('relatedInterventions', 'Gerelateerde interventies'),
    relation('relatedEvidence', 'Onderbouwing'),
    ...provenanceFields,
  ],
})
