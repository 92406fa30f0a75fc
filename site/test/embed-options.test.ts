import { describe, expect, it } from 'vitest'
import { contrastRatio, parseAccent, parseEmbedOptions, readableAccent, textOnAccent } from '../src/lib/embed/options.ts'
import { isSizeMessage, SIZE } from '../src/lib/embed/messages.ts'

describe('embed options in the query string', () => {
  it('defaults to light, the toolkit colour and the description shown', () => {
    expect(parseEmbedOptions('')).toEqual({ mode: 'licht', accent: undefined, hideDescription: false })
  })

  it('reads mode, accent and hidden description', () => {
    expect(parseEmbedOptions('?modus=donker&accent=%23B8004F&beschrijving=nee')).toEqual({
      mode: 'donker',
      accent: '#b8004f',
      hideDescription: true,
    })
    expect(parseEmbedOptions(new URLSearchParams('modus=auto&beschrijving=verbergen')).mode).toBe('auto')
  })

  it('falls back to the defaults for unknown values', () => {
    expect(parseEmbedOptions('?modus=paars&beschrijving=ja')).toEqual({ mode: 'licht', accent: undefined, hideDescription: false })
  })
})

describe('accent colour: strict hex only, so nothing else reaches the CSS', () => {
  it('accepts #rgb and #rrggbb, with or without #, and normalises them', () => {
    expect(parseAccent('#abc')).toBe('#aabbcc')
    expect(parseAccent('abc')).toBe('#aabbcc')
    expect(parseAccent('#A1B2C3')).toBe('#a1b2c3')
    expect(parseAccent(' 0a0b0c ')).toBe('#0a0b0c')
  })

  it.each([
    'red',
    '#abcd',
    '#abcdeg',
    'rgb(0,0,0)',
    '#fff;background:url(https://evil.example/x)',
    'var(--x)',
    '#fff} body{display:none',
    'expression(alert(1))',
    '',
    null,
    undefined,
  ])('rejects %j', (value) => {
    expect(parseAccent(value)).toBeUndefined()
  })

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#005a8c', '#ffffff')).toBeGreaterThan(4.5)
  })

  it('keeps a readable accent as it is, and darkens or lightens a pale one to 4.5:1', () => {
    expect(readableAccent('#005a8c', '#ffffff')).toBe('#005a8c')
    const yellowOnWhite = readableAccent('#ffdd00', '#ffffff')
    expect(contrastRatio(yellowOnWhite, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    const navyOnDark = readableAccent('#002244', '#14191d')
    expect(contrastRatio(navyOnDark, '#14191d')).toBeGreaterThanOrEqual(4.5)
  })

  it('picks white or dark text on an accent-coloured button', () => {
    expect(textOnAccent('#005a8c')).toBe('#ffffff')
    expect(textOnAccent('#7cc4f0')).toBe('#111111')
  })
})

describe('size messages from an embed view', () => {
  it('accepts only a sane height', () => {
    expect(isSizeMessage({ type: SIZE, height: 640, title: 'Hoop' })).toBe(true)
    for (const bad of [null, 'x', { type: SIZE }, { type: SIZE, height: -1 }, { type: SIZE, height: Infinity }, { type: 'other', height: 5 }, { type: SIZE, height: 1e6 }]) {
      expect(isSizeMessage(bad)).toBe(false)
    }
  })
})
