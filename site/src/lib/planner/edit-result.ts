/** What every edit of a plan returns (moving, adding, removing, swapping parts, their minutes, the key findings). */
import type { PartChange } from './part-changes.ts'
import type { Plan } from './types.ts'

/** The result of an edit: the new plan and a sentence for the live region. */
export type EditResult = {
  plan: Plan
  message: string
  changed: boolean
  /** The other parts whose minutes the edit changed, so the page can show what it took from them. */
  changes?: PartChange[]
}

/** An edit that changed nothing, with the sentence that says why. */
export function unchanged(plan: Plan, message: string): EditResult {
  return { plan, message, changed: false }
}
