/**
 * A draft the site would refuse, as the preview explains it: each problem
 * named by the label of its field in the CMS's form, a part left out in the
 * words the CMS uses on publish, never a field key or zod's "ontving
 * undefined" (found walking the product: a new werkvorm with only a title).
 */
import { describe, expect, it } from 'vitest'
import { ContentError, parseSnapshot } from '../src/lib/content/load.ts'
import { problemLine } from '../src/preview/problems.ts'
import { rawFixture } from './helpers.ts'

function problemsOf(raw: unknown): string[] {
  try {
    parseSnapshot(raw, 'voorbeeld')
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(problemLine)
    throw error
  }
  return []
}

describe('the problems of a draft in the preview', () => {
  it('name the fields as the form does and say in plain Dutch what is missing', () => {
    const snapshot = rawFixture()
    const activity = snapshot.collections.activities[0]! as Record<string, unknown>
    delete activity.source
    delete activity.summary
    delete activity.durationMinutes
    const lines = problemsOf(snapshot)
    expect(lines).toEqual(expect.arrayContaining(['Bron: Kies de bron waaruit deze werkvorm komt.', 'Samenvatting: Vul dit in voordat je publiceert.', 'Tijdsduur: Vul dit in voordat je publiceert.']))
    expect(lines.join('\n')).not.toMatch(/source|summary|durationMinutes|ontving undefined/)
  })

  it('count list positions from 1 and keep the schema’s message for a value that is wrong', () => {
    const snapshot = rawFixture()
    const activity = snapshot.collections.activities[0]! as { durationMinutes: { min: number }; steps: Record<string, unknown>[] }
    activity.durationMinutes.min = -5
    delete activity.steps[1]!.instruction
    const lines = problemsOf(snapshot)
    expect(lines).toContainEqual(expect.stringMatching(/^Tijdsduur › Minimaal \(minuten\): moet minstens 1 minuut zijn$/))
    expect(lines).toContain('Stappen 2 › Wat de gespreksleider doet: Vul dit in voordat je publiceert.')
  })
})
