import { describe, expect, it } from 'vitest'
import { correctQuery, editDistance, isKnown, suggestions, vocabulary } from '../src/lib/view/spelling.ts'

const words = vocabulary(['stigma', 'herstel', 'zelfstigma', 'zelf', 'openheid', 'hoop', 'empowerment', 'actief', 'hoopvol'])

describe('"Bedoelde je …?"', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('zelfstigam', 'zelfstigma')).toBe(1)
    expect(editDistance('herstl', 'herstel')).toBe(1)
    expect(editDistance('abc', 'xyz', 1)).toBeGreaterThan(1)
  })

  it('corrects a word that is in no indexed word', () => {
    expect(correctQuery('zelfstigam', words)).toBe('zelfstigma')
    expect(correctQuery('empowermnet', words)).toBe('empowerment')
    expect(correctQuery('hersel en hoop', words)).toBe('herstel en hoop')
  })

  it('leaves known words, words still being typed, numbers and short words alone', () => {
    expect(correctQuery('zelfstigma', words)).toBeUndefined()
    expect(correctQuery('zelfst', words)).toBeUndefined()
    expect(isKnown('2019', words)).toBe(true)
    expect(correctQuery('hop', words)).toBeUndefined()
  })

  it('offers near words when nothing is found', () => {
    expect(suggestions('stigmaa', words)).toContain('stigma')
  })
})
