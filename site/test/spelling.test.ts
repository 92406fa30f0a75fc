import { describe, expect, it } from 'vitest'
import { correctQuery, editDistance, isKnown, mentionsQuery, suggestions, vocabulary } from '../src/lib/view/spelling.ts'

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

  it('tells whether a result mentions the query’s words, so a typo Pagefind still finds something for is checked', () => {
    const text = 'Wat kun jij doen tegen zelfstigma? Bespreek (zelf)stigma met de cliënt en werk aan herstel.'
    expect(mentionsQuery(text, 'zelfstigma herstel')).toBe(true)
    // Words still being typed, short words and numbers need no check.
    expect(mentionsQuery(text, 'zelfst hop 2019')).toBe(true)
    // Pagefind finds "zelf" for "zelfstigam", "herstel" for "herstell": the typed words are in no word of the result.
    expect(mentionsQuery(text, 'zelfstigam')).toBe(false)
    expect(mentionsQuery(text, 'herstell')).toBe(false)
    expect(mentionsQuery('Wij-zij denken', 'wij-zij denken')).toBe(true)
  })

  it('offers near words when nothing is found', () => {
    expect(suggestions('stigmaa', words)).toContain('stigma')
  })
})
