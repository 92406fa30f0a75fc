import type { ArrayField } from 'payload'

/**
 * People a source quotes, word for word (`quoteSchema` in @toolkit/schemas):
 * the quoted words, the speaker's role, where it was said and where in the
 * source it stands. Shown as quotes on the site and in PDFs.
 */
export function quotesField(options: { admin?: ArrayField['admin'] } = {}): ArrayField {
  return {
    name: 'quotes',
    label: 'Citaten',
    type: 'array',
    labels: { singular: 'Citaat', plural: 'Citaten' },
    admin: {
      description: 'Letterlijk zoals in de bron, zonder de aanhalingstekens eromheen. Noem de spreker alleen bij zijn of haar rol.',
      initCollapsed: false,
      ...options.admin,
    },
    fields: [
      { name: 'text', label: 'Citaat (letterlijk)', type: 'textarea', required: true },
      {
        type: 'row',
        fields: [
          { name: 'speaker', label: 'Spreker (rol)', type: 'text', required: true },
          { name: 'setting', label: 'Waar gezegd (bijv. focusgroep)', type: 'text' },
          { name: 'location', label: 'Plaats in de bron', type: 'text', required: true },
        ],
      },
    ],
  }
}
