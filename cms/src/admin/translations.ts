/**
 * The admin's Dutch texts as the config hands them to Payload: Payload's own
 * Dutch (@payloadcms/translations' nl) in sentence case (sentenceCase.ts:
 * "Vergelijk Versies", "Huidige Gepubliceerde Versie" and "Verlaat Live
 * Voorbeeld" in Payload's file), with our own texts (dutch.ts) over them.
 * Only what differs from Payload's file is handed over; Payload merges it
 * with its own.
 */
import { nl } from '@payloadcms/translations/languages/nl'
import { dutchOverrides } from './dutch.ts'
import { sentenceCase } from './sentenceCase.ts'

type Texts = Record<string, Record<string, string>>

const payloadTexts = nl.translations as unknown as Texts
const ours = dutchOverrides as Texts

/** Payload's texts whose capitals sentence case changes, by section and key. */
const recased: Texts = Object.fromEntries(
  Object.entries(payloadTexts).map(([section, texts]) => [
    section,
    Object.fromEntries(
      Object.entries(texts)
        .filter(([, text]) => typeof text === 'string' && sentenceCase(text) !== text)
        .map(([key, text]) => [key, sentenceCase(text)]),
    ),
  ]),
)

export const dutchTranslations = Object.fromEntries(
  [...new Set([...Object.keys(recased), ...Object.keys(ours)])].map((section) => [section, { ...recased[section], ...ours[section] }]),
) as typeof dutchOverrides
