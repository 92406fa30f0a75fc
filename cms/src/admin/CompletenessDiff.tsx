'use client'
import type { FieldDiffClientProps } from 'payload'
import { completenessLabel, type Completeness } from '@toolkit/schemas'

const isCompleteness = (value: unknown): value is Completeness =>
  typeof value === 'object' && value !== null && Array.isArray((value as Completeness).missing)

/** What was missing, by label (an item is a label or `{ path, label }`). */
const missingLabels = (value: unknown): string[] =>
  isCompleteness(value) ? (value.missing as unknown[]).map((item) => (typeof item === 'string' ? item : String((item as { label?: unknown }).label ?? ''))) : []

const summary = (value: unknown) => (isCompleteness(value) ? completenessLabel(value) : '—')

/**
 * "Volledigheid" in a version comparison: computed from the other fields, so
 * it shows as words (and what was missing then and now) instead of Payload's raw JSON.
 */
export function CompletenessDiff({ comparisonValue, versionValue }: FieldDiffClientProps) {
  const before = missingLabels(comparisonValue)
  const after = missingLabels(versionValue)
  const filledIn = before.filter((item) => !after.includes(item))
  const nowMissing = after.filter((item) => !before.includes(item))
  return (
    <div className="field-diff completeness-diff" style={{ marginBottom: '1.5rem' }}>
      <div className="field-diff__label" style={{ fontWeight: 600 }}>Volledigheid (berekend)</div>
      <p style={{ margin: '0.25rem 0' }}>
        {summary(comparisonValue) === summary(versionValue) ? summary(versionValue) : `${summary(comparisonValue)} → ${summary(versionValue)}`}
      </p>
      {filledIn.length > 0 && <p style={{ margin: '0.25rem 0' }}>Aangevuld: {filledIn.join(', ')}</p>}
      {nowMissing.length > 0 && <p style={{ margin: '0.25rem 0' }}>Ontbreekt nu: {nowMissing.join(', ')}</p>}
    </div>
  )
}
