/**
 * The admin's Dutch (issue 17): our overrides of Payload's Dutch texts
 * (admin/dutch.ts) still name keys Payload has, and the texts the admin ends
 * up with address the editor as "je", never "u", and have no "Nieuw(e)" or
 * "Aankomende Evenementen".
 */
import { nl } from '@payloadcms/translations/languages/nl'
import { describe, expect, it } from 'vitest'
import { dutchOverrides } from '../src/admin/dutch.ts'

type Texts = Record<string, Record<string, string>>
const payloadTexts = nl.translations as unknown as Texts
const overrides = dutchOverrides as Texts

/** Payload's Dutch with ours on top, as `i18n.translations.nl` merges them. */
const merged: Texts = Object.fromEntries(Object.entries(payloadTexts).map(([section, texts]) => [section, { ...texts, ...overrides[section] }]))

describe("the admin's Dutch", () => {
  it('overrides only keys that Payload has (a renamed key would silently stop working)', () => {
    const unknown = Object.entries(overrides).flatMap(([section, texts]) => Object.keys(texts).filter((key) => !(key in (payloadTexts[section] ?? {}))).map((key) => `${section}.${key}`))
    expect(unknown).toEqual([])
  })

  it('addresses editors as "je": no "u" or "uw" left in any text', () => {
    const formal = Object.entries(merged).flatMap(([section, texts]) =>
      Object.entries(texts)
        .filter(([, text]) => /\b([Uu]|[Uu]w)\b/.test(text))
        .map(([key, text]) => `${section}.${key}: ${text}`),
    )
    expect(formal).toEqual([])
  })

  it('has no half-made words or English-shaped labels', () => {
    const texts = Object.entries(merged).flatMap(([section, entries]) => Object.entries(entries).map(([key, text]) => `${section}.${key}: ${text}`))
    expect(texts.filter((text) => /Nieuw\(e\)|nieuw\(e\)|bestaand\(e\)|Aankomende Evenementen|Voeg \{\{label\}\} toe/.test(text))).toEqual([])
    expect(merged.general!.upcomingEvents).toBe('Geplande publicaties')
    expect(`${merged.general!.open} ${merged.general!.menu}`).toBe('Open menu')
  })
})
