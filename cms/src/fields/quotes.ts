import type { ArrayField } from 'payload'

/**
 * People a source quotes, word for word (`quoteSchema` in @toolkit/schemas):
 * the quoted words, the speaker's role, where it was said and where in the
 * source it stands. Shown as quotes on the site and in PDFs.
 */
export function quotesField(options: { admin?: ArrayField['admin'] } = {}): ArrayField {
  return {
    name: 'quotes',
    type: 'array',
    labels: { singular: 'Citaat', plural: 'Citaten' },
    admin: {
      initCollapsed: false,
      ...options.admin,
    },
    fields: [
      { name: 'text', type: 'textarea', required: true },
      {
        type: 'row',
        fields: [
          { name: 'speaker', type: 'text', required: true },
          { name: 'setting', type: 'text' },
          { name: 'location', type: 'text', required: true },
        ],
      },
    ],
  }
}
