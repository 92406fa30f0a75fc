'use client'
import type { JSONFieldClientProps } from 'payload'
import { useField } from '@payloadcms/ui'
import { SHARED_FIELDS, completenessLabel, type Completeness } from '@toolkit/schemas'
import { fieldAnchor } from './completenessLinks.ts'
import { useScrollToField } from './useScrollToField.ts'

/** Read-only "Volledigheid" box in the edit view's sidebar: what this document still lacks. */
export function CompletenessField({ path }: JSONFieldClientProps) {
  const { value } = useField<Completeness | null>({ path: path ?? 'completeness' })
  // Links from the overview and from this box lead to the field itself.
  useScrollToField()
  if (!value) return null
  return (
    <div className="field-type completeness-field" data-completeness={value.complete ? 'complete' : 'incomplete'}>
      <span className="field-label">
        {SHARED_FIELDS.completeness.label}: {completenessLabel(value)}
      </span>
      {value.missing.length > 0 && (
        <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
          {value.missing.map((item) => (
            <li key={item.path}>
              <a href={fieldAnchor(item.path)} data-field={item.path}>{item.label}</a>
            </li>
          ))}
        </ul>
      )}
      <p className="field-description">
        Berekend uit de velden; verdwijnt vanzelf als alles is ingevuld. Zeggen de bronnen niets over een veld, kies het dan onder
        &quot;{SHARED_FIELDS.sourcesSilent.label}&quot;.
      </p>
    </div>
  )
}
