import { COLLECTIONS } from '@toolkit/schemas'
import { provenanceFields, taxonomyFields, textList } from '../fields/common.ts'
import { quotesField } from '../fields/quotes.ts'
import { contentCollection } from './contentCollection.ts'

export const Guidance = contentCollection({
  slug: COLLECTIONS.guidance,
  useAsTitle: 'title',
  description: 'Korte lijsten met wat een hulpverlener kan doen.',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'intro', type: 'textarea' },
    textList('items', { minRows: 1, long: true }),
    quotesField(),
    ...taxonomyFields,
    ...provenanceFields,
  ],
})
