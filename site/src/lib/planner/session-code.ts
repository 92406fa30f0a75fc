/**
 * The code of a planned session in the evaluation link (`/evaluatie/?sessie=s-…`):
 * derived from the plan's settings, so every participant who scans the QR
 * code of one printout answers for the same session, and the editors'
 * results group them. Nothing about a person is in it.
 */
import type { Plan } from './types.ts'
import { searchOf } from './url.ts'

/** FNV-1a, 32 bits: a short, stable digest (not a secret). */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

export function sessionCode(plan: Plan): string {
  const settings = searchOf(plan, true)
  return `s-${fnv1a(settings).toString(36).padStart(7, '0')}${fnv1a(settings, 0x9747b28c).toString(36).padStart(7, '0')}`
}

/** The evaluation form of the session, on the site under `base`. */
export function evaluationPath(plan: Plan, base: string): string {
  return `${base.replace(/\/+$/, '')}/evaluatie/?sessie=${sessionCode(plan)}`
}
