import { COLLECTIONS } from '@toolkit/schemas'
import { textList } from '../fields/common.ts'
import { contentCollection } from './contentCollection.ts'

export const Themes = contentCollection({
  slug: COLLECTIONS.themes,
  useAsTitle: 'name',
  description: 'De gedeelde thema\'s waarmee alle inhoud wordt gelabeld (hoop, herstel, openheid, …).',
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    textList('synonyms'),
  ],
})
