/** Edits of the key findings ("kerncijfers") the theory part shows: two to four. */
import { balance } from './balance.ts'
import { unchanged, type EditResult } from './edit-result.ts'
import type { Plan, PlannerCatalog } from './types.ts'

/** Adds a key finding to the theory (at most four). */
export function addFigure(plan: Plan, slug: string, catalog: PlannerCatalog): EditResult {
  const index = plan.items.findIndex((item) => item.kind === 'theory')
  const theory = plan.items[index]
  const finding = catalog.findings.find((candidate) => candidate.slug === slug)
  if (!theory || theory.kind !== 'theory' || !finding) return unchanged(plan, 'Dit cijfer bestaat niet in de toolkit.')
  if (theory.figures.includes(slug)) return unchanged(plan, 'Dit cijfer staat al in het plan.')
  if (theory.figures.length >= 4) return unchanged(plan, 'De theorie heeft al vier kerncijfers; verwijder er eerst een.')
  const items = plan.items.map((item, i) => (i === index ? { ...theory, figures: [...theory.figures, slug] } : item))
  return { plan: { ...plan, items: balance(items, plan.input, catalog), notices: [] }, message: `Kerncijfer ‘${finding.title}’ is toegevoegd aan de theorie.`, changed: true }
}

/** Removes a key finding from the theory (at least two stay, when the content has them). */
export function removeFigure(plan: Plan, slug: string, catalog: PlannerCatalog): EditResult {
  const index = plan.items.findIndex((item) => item.kind === 'theory')
  const theory = plan.items[index]
  if (!theory || theory.kind !== 'theory' || !theory.figures.includes(slug)) return unchanged(plan, 'Dit cijfer staat niet in het plan.')
  if (theory.figures.length <= 2) return unchanged(plan, 'De theorie houdt minstens twee kerncijfers.')
  const title = catalog.findings.find((finding) => finding.slug === slug)?.title ?? slug
  const items = plan.items.map((item, i) => (i === index ? { ...theory, figures: theory.figures.filter((figure) => figure !== slug) } : item))
  return { plan: { ...plan, items: balance(items, plan.input, catalog), notices: [] }, message: `Kerncijfer ‘${title}’ is uit de theorie gehaald.`, changed: true }
}
