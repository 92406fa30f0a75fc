/**
 * Comparing two survey tables that asked clients and professionals the same
 * question (e.g. tables 4.5 and 5.7). The monitor words some answers
 * differently for each group; only answers with the same wording are paired,
 * the rest are listed per group. Nothing is matched by guesswork.
 */
import type { Published, SurveyRow, SurveyTable } from '@toolkit/schemas'

/** A survey table as the snapshot holds it. */
type Table = Published<SurveyTable>

export type ComparedRow = { label: string; clients: SurveyRow; professionals: SurveyRow }
export type Comparison = {
  clients: Table
  professionals: Table
  paired: ComparedRow[]
  onlyClients: SurveyRow[]
  onlyProfessionals: SurveyRow[]
}

/** Lowercase, single spaces, no trailing punctuation or ellipsis. */
export function normaliseLabel(label: string): string {
  return label.toLocaleLowerCase('nl').replace(/\s+/g, ' ').replace(/[\s.…:;,]+$/u, '').trim()
}

/** Pairs the rows of a clients table and a professionals table; undefined when both have the same population. */
export function compareTables(a: Table, b: Table): Comparison | undefined {
  if (a.population === b.population) return undefined
  const [clients, professionals] = a.population === 'clients' ? [a, b] : [b, a]
  const byLabel = new Map(professionals.rows.map((row) => [normaliseLabel(row.label), row]))
  const paired: ComparedRow[] = []
  const onlyClients: SurveyRow[] = []
  for (const row of clients.rows) {
    const match = byLabel.get(normaliseLabel(row.label))
    if (match) {
      paired.push({ label: row.label, clients: row, professionals: match })
      byLabel.delete(normaliseLabel(row.label))
    } else {
      onlyClients.push(row)
    }
  }
  const onlyProfessionals = professionals.rows.filter((row) => byLabel.has(normaliseLabel(row.label)))
  return { clients, professionals, paired, onlyClients, onlyProfessionals }
}
