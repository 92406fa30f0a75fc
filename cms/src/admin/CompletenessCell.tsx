import type { DefaultCellComponentProps } from 'payload'
import { completenessLabel, type Completeness } from '@toolkit/schemas'

/** List column "Volledigheid": "Compleet" or "3 ontbreken", with the missing items as tooltip. */
export function CompletenessCell({ cellData }: DefaultCellComponentProps) {
  const completeness = cellData as Completeness | null | undefined
  if (!completeness) return null
  return (
    <span title={completeness.missing.map((item) => item.label).join('\n') || undefined} data-completeness={completeness.complete ? 'complete' : 'incomplete'}>
      {completenessLabel(completeness)}
    </span>
  )
}
