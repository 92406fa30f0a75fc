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
  singular: 'Onderbouwing',
  plural: 'Onderbouwing',
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind', 'tableNumber', '_status', 'updatedAt'],
  description: 'Tabellen uit de monitor en kernbevindingen met hun bron. Cijfers exact zoals in de bron.',
  fields: [
    {
      name: 'kind',
      label: 'Soort',
      type: 'select',
      required: true,
      defaultValue: 'survey-table',
      index: true,
      options: [
        { value: 'survey-table', label: 'Tabel uit een enquête' },
        { value: 'key-finding', label: 'Kernbevinding' },
      ],
    },
    { name: 'title', label: 'Titel', type: 'text', required: true },
    { name: 'summary', label: 'Samenvatting', type: 'textarea' },
    // Survey table
    {
      type: 'row',
      admin: { condition: isTable },
      fields: [
        { name: 'tableNumber', label: 'Tabelnummer', type: 'text', admin: { condition: isTable } },
        vocabularySelect('population', 'Populatie', POPULATIONS),
        { name: 'respondents', label: 'Aantal respondenten (n)', type: 'number', min: 1 },
        { name: 'maxAnswers', label: 'Maximaal aantal antwoorden', type: 'number', min: 1 },
      ],
    },
    {
      name: 'multipleAnswers',
      label: 'Meer antwoorden mogelijk',
      type: 'checkbox',
      defaultValue: false,
      admin: { condition: isTable },
    },
    { name: 'question', label: 'Vraag of tabeltitel', type: 'textarea', admin: { condition: isTable } },
    {
      name: 'figuresNote',
      label: 'Opmerking bij de cijfers',
      type: 'textarea',
      admin: {
        condition: isTable,
        description: 'Wat in de gedrukte cijfers niet klopt (bijv. een n die niet bij de percentages past), in eigen woorden. Wordt bij de tabel getoond; de cijfers blijven zoals gedrukt.',
      },
    },
    {
      name: 'rows',
      label: 'Rijen',
      type: 'array',
      admin: { condition: isTable },
      labels: { singular: 'Rij', plural: 'Rijen' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', label: 'Antwoord', type: 'text', required: true },
            { name: 'n', label: 'n', type: 'number', required: true, min: 0 },
            { name: 'percent', label: '%', type: 'number', required: true, min: 0, max: 100 },
          ],
        },
      ],
    },
    { ...relation('comparesWith', 'Vergelijkbare tabel (andere populatie)'), admin: { condition: isTable } },
    // Key finding
    { name: 'statement', label: 'Bevinding', type: 'textarea', admin: { condition: isFinding } },
    { name: 'figure', label: 'Cijfer (zoals in de bron)', type: 'text', admin: { condition: isFinding } },
    { ...textList('points', 'Punten', { long: true }), admin: { condition: isFinding } },
    {
      name: 'citation',
      label: 'Bronvermelding',
      type: 'group',
      admin: { condition: isFinding },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'authors', label: 'Auteurs', type: 'text' },
            { name: 'year', label: 'Jaar', type: 'number', min: 1900, max: 2100 },
          ],
        },
        { name: 'title', label: 'Titel', type: 'text' },
      ],
    },
    quotesField({ admin: { condition: isFinding } }),
    ...taxonomyFields,
    relation('relatedInterventions', 'Gerelateerde interventies'),
    ...provenanceFields,
  ],
})
