import { COLLECTIONS, POPULATIONS } from '@toolkit/schemas'
import type { Condition } from 'payload'
import { provenanceFields, relation, taxonomyFields, textList } from '../fields/common.ts'
import { vocabularySelect } from '../fields/vocabulary.ts'
import { quotesField } from '../fields/quotes.ts'
import { contentCollection } from './contentCollection.ts'

const isTable: Condition = (data) => data?.kind === 'survey-table'
const isFinding: Condition = (data) => data?.kind === 'key-finding'

export const Evidence = contentCollection({
  slug: COLLECTIONS.evidence,
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind', 'tableNumber', '_status', 'updatedAt'],
  description: 'Tabellen uit de monitor en kernbevindingen met hun bron. Cijfers exact zoals in de bron.',
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'survey-table',
      index: true,
      // Values and labels from `EVIDENCE_KINDS` in @toolkit/schemas (fieldMeta.ts fills them in).
      options: [],
    },
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    // Survey table
    {
      type: 'row',
      admin: { condition: isTable },
      fields: [
        { name: 'tableNumber', type: 'text', admin: { condition: isTable } },
        vocabularySelect('population', POPULATIONS),
        { name: 'respondents', type: 'number' },
        { name: 'maxAnswers', type: 'number' },
      ],
    },
    {
      name: 'multipleAnswers',
      type: 'checkbox',
      defaultValue: false,
      admin: { condition: isTable },
    },
    { name: 'question', type: 'textarea', admin: { condition: isTable } },
    {
      name: 'figuresNote',
      type: 'textarea',
      admin: { condition: isTable },
    },
    {
      name: 'rows',
      type: 'array',
      admin: { condition: isTable },
      labels: { singular: 'Rij', plural: 'Rijen' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true },
            { name: 'n', type: 'number', required: true },
            { name: 'percent', type: 'number', required: true },
          ],
        },
      ],
    },
    { ...relation('comparesWith'), admin: { condition: isTable } },
    // Key finding
    { name: 'statement', type: 'textarea', admin: { condition: isFinding } },
    { name: 'figure', type: 'text', admin: { condition: isFinding } },
    { ...textList('points', { long: true }), admin: { condition: isFinding } },
    {
      name: 'citation',
      type: 'group',
      admin: { condition: isFinding },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'authors', type: 'text' },
            { name: 'year', type: 'number' },
          ],
        },
        { name: 'title', type: 'text' },
      ],
    },
    quotesField({ admin: { condition: isFinding } }),
    ...taxonomyFields,
    relation('relatedInterventions'),
    ...provenanceFields,
  ],
})
