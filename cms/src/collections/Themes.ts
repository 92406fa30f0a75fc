import { COLLECTIONS } from '@toolkit/schemas'
import { textList } from '../fields/common.ts'
import { contentCollection } from './contentCollection.ts'

export const Themes = contentCollection({
  slug: COLLECTIONS.themes,
  singular: 'Thema',
  plural: "Thema's",
  useAsTitle: 'name',
  description: 'De gedeelde thema\'s waarmee alle inhoud wordt gelabeld (hoop, herstel, openheid, …).',
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true },
    { name: 'description', label: 'Omschrijving', type: 'textarea' },
    textList('synonyms', 'Zoektermen', {
      description: 'Andere woorden waarmee mensen naar dit thema zoeken (Engels, afkortingen, spellingvarianten). Alleen voor het zoeken; niet getoond.',
    }),
  ],
})
