import { describe, expect, it } from 'vitest'
import { languageOf, languageRuns } from '../src/lib/view/lang.ts'

describe('English names get lang="en"', () => {
  it('marks English names', () => {
    expect(languageOf('Beyond the label')).toBe('en')
    expect(languageOf('Diagnostic overshadowing')).toBe('en')
    expect(languageRuns('Honest, Open & Proud (HOP)')).toEqual([{ text: 'Honest, Open & Proud', lang: 'en' }, { text: ' (HOP)' }])
    expect(languageRuns('Acceptance and Commitment Therapy gericht op zelfstigma')[0]).toEqual({ text: 'Acceptance and Commitment Therapy', lang: 'en' })
  })

  it('leaves Dutch and loanwords alone', () => {
    for (const text of ['Werk en opleiding', 'Empowerment', 'De rol van empowerment', 'Open zijn over je plan', 'Stigma bespreekbaar maken']) {
      expect(languageRuns(text), text).toEqual([{ text }])
    }
  })
})
