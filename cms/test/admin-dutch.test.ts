/**
 * The admin's Dutch (issue 17): our overrides of Payload's Dutch texts
 * (admin/dutch.ts) still name keys Payload has, and the texts the admin ends
 * up with address the editor as "je", never "u", and have no "Nieuw(e)" or
 * "Aankomende Evenementen".
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { nl } from '@payloadcms/translations/languages/nl'
import { describe, expect, it } from 'vitest'
import { dutchOverrides } from '../src/admin/dutch.ts'
import { sentenceCase } from '../src/admin/sentenceCase.ts'
import { dutchTranslations } from '../src/admin/translations.ts'

type Texts = Record<string, Record<string, string>>
const payloadTexts = nl.translations as unknown as Texts
const overrides = dutchOverrides as Texts
const handed = dutchTranslations as Texts

/** Payload's Dutch with what the config hands over on top, as `i18n.translations.nl` merges them. */
const merged: Texts = Object.fromEntries(Object.entries(payloadTexts).map(([section, texts]) => [section, { ...texts, ...handed[section] }]))

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

  it('capitalises only the first word, as Dutch does ("Vergelijk versies", not "Vergelijk Versies")', () => {
    const titleCase = Object.entries(merged).flatMap(([section, entries]) =>
      Object.entries(entries)
        .filter(([, text]) => sentenceCase(text) !== text)
        .map(([key, text]) => `${section}.${key}: ${text}`),
    )
    expect(titleCase).toEqual([])
    expect(merged.version!.compareVersions).toBe('Vergelijk versies')
    expect(merged.version!.currentPublishedVersion).toBe('Huidige gepubliceerde versie')
    // What the config hands over differs from Payload's own texts only where it means to.
    for (const [section, texts] of Object.entries(handed)) {
      for (const [key, text] of Object.entries(texts)) expect(text === payloadTexts[section]?.[key], `${section}.${key}`).toBe(false)
    }
  })

  it('writes the list search box in sentence case too (admin/DutchHardCoded.tsx mends what Payload joins)', () => {
    expect(sentenceCase('Zoeken op Slug (webadres) of Naam')).toBe('Zoeken op slug (webadres) of naam')
    expect(sentenceCase('Welkom bij Payload. Klik op "Opslaan" of de API')).toBe('Welkom bij Payload. Klik op "Opslaan" of de API')
  })

  it('says "het CMS", never "de CMS", in our own Dutch texts (the admin, the messages of npm start and the CMS)', () => {
    const root = join(import.meta.dirname, '../..')
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|tsx|mjs)$/.test(entry.name) ? [join(dir, entry.name)] : [],
      )
    const texts = ['cms/src', 'cms/scripts', 'scripts'].flatMap(files).map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }))
    expect(texts.length).toBeGreaterThan(50)
    expect(texts.filter(({ text }) => /\b[Dd]e CMS\b/.test(text)).map(({ file }) => file)).toEqual([])
    expect(Object.values(merged).flatMap((entries) => Object.values(entries)).filter((text) => /\b[Dd]e CMS\b/.test(text))).toEqual([])
  })
})
