import { COLLECTIONS, EVIDENCE_LEVELS, FORMATS } from '@toolkit/schemas'
import { provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { vocabularySelect } from '../fields/vocabulary.ts'
import { contentCollection } from './contentCollection.ts'

export const Interventions = contentCollection({
  slug: COLLECTIONS.interventions,
  useAsTitle: 'name',
  defaultColumns: ['name', 'abbreviation', 'evidenceLevel', '_status', 'updatedAt'],
  description: 'Methodieken en programma\'s tegen stigma, met doel, doelgroep, vorm en onderbouwing.',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'abbreviation', type: 'text', index: true },
      ],
    },
    textList('alsoKnownAs'),
    textList('synonyms'),
    { name: 'aim', type: 'textarea', required: true },
    { name: 'description', type: 'textarea' },
    vocabularySelect('formats', FORMATS, { hasMany: true }),
    {
      type: 'row',
      fields: [
        { name: 'duration', type: 'text' },
        { name: 'durationMinutes', type: 'number' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'provider', type: 'text' },
        { name: 'origin', type: 'text' },
        { name: 'year', type: 'number' },
      ],
    },
    // No default: empty means not yet looked up (completeness asks for it); see sourcesSilent.
    vocabularySelect('evidenceLevel', EVIDENCE_LEVELS),
    { name: 'evidenceNote', type: 'textarea' },
    {
      name: 'familiarity',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'n', type: 'number' },
            { name: 'percent', type: 'number' },
          ],
        },
        relation('evidence'),
      ],
    },
    {
      name: 'links',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true },
            { name: 'url', type: 'text', required: true },
          ],
        },
      ],
    },
    ...taxonomyFields,
    relation('relatedInterventions'),
    relation('relatedEvidence'),
    ...provenanceFields,
  ],
})
