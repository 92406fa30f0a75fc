'use client'
import { useSettleNewRows } from './settleNewRows.ts'

/** A field-less `beforeDocumentControls` component of the content collections: new list rows get their fields (settleNewRows.ts). */
export function SettleNewRows() {
  useSettleNewRows()
  return null
}
