import { z } from 'zod'
import type { ContentCollectionSlug } from './slugs.ts'
import { SOURCE_CHOICES } from './sources.ts'
import { choice } from './choices.ts'
import { FIELDS, SHARED_FIELDS, type FieldMeta } from './fields.ts'
import { httpUrl, int, optionalText, requiredText, slugText } from './fieldTypes.ts'
import {
  AUDIENCES,
  SETTINGS,
  STIGMA_TYPES,
} from './vocabularies.ts'

/** URL-safe identifier, unique within its collection: lowercase words joined by hyphens. */
export const slug = slugText().describe('URL-safe identifier, unique within its collection')

/**
 * The collection each reference points to. `RELATIONS` (registry.ts) is
 * derived from it, so a relation is declared once: here, in the schema.
 */
export const references = z.registry<{ collection: ContentCollectionSlug }>()

/** A reference to a document of `collection` by its slug (resolved to an id by the CMS). */
export function ref(collection: ContentCollectionSlug) {
  return slug.describe(`Slug of a document in ${collection}`).register(references, { collection })
}

/** Non-empty, trimmed text. */
export const text = z.string().trim().min(1, 'mag niet leeg zijn')

/**
 * Text taken over word for word from the source document (a quote, a goal, a
 * key message, a suggested text). Only spelling of line breaks may differ:
 * `seed/test/source-fidelity.test.ts` finds every verbatim field (see
 * `VERBATIM_FIELDS`) in its source after joining hyphenated line breaks and
 * collapsing whitespace. Everything else in the toolkit is in our own words.
 */
export const verbatim = text.describe('Verbatim from the source document')

/**
 * Whether the text beside it (a list, or one text of a list item) is taken
 * word for word from the source: the editor records it (label and help:
 * `VERBATIM_MARK` in fields.ts), new text is in our own words. Only marked
 * text is shown as a quote; `MARKED_VERBATIM_FIELDS` names what each mark
 * covers and the seed's source-fidelity test holds marked text to its source.
 */
export const verbatimMark = z.boolean().default(false).describe('True when the text beside it is word for word from the source document')

/** A verbatim text within the limits of its field (fields.ts). */
export const verbatimText = (meta: FieldMeta) => requiredText(meta).describe('Verbatim from the source document')

// Quotes have the same fields wherever they occur (evidence, guidance).
const Q = FIELDS.guidance

/**
 * A person quoted in a source, word for word and marked as a quote wherever
 * it is shown (a blockquote on the site, a labelled quote in PDFs).
 */
export const quoteSchema = z.object({
  /** The quoted words exactly as printed, without the enclosing quotation marks. Verbatim. */
  text: verbatimText(Q['quotes.text']),
  /** Who speaks, by role only, never by name: e.g. "Cliënt" or "Hulpverlener". */
  speaker: requiredText(Q['quotes.speaker']),
  /** Where the words were said, when the source says so, e.g. "focusgroep met cliënten" or "moreel beraad". */
  setting: optionalText(Q['quotes.setting']).optional(),
  /** Where in the source document the quote stands, e.g. "§3.2.3". */
  location: requiredText(Q['quotes.location']),
})

export type Quote = z.infer<typeof quoteSchema>

/** An absolute http(s) link (limits and message: `httpUrl` in fields.ts). */
export const url = httpUrl()

/** A labelled external link. */
export const link = z.object({
  /** What the link leads to, as shown to readers. */
  label: text,
  /** The address. */
  url,
})

/** Where in which source document a document's facts come from. */
export const sourceRef = z.object({
  /** Which source document (see `SOURCE_DOCUMENTS`). */
  document: choice(SOURCE_CHOICES),
  /** Where in the document: a section, table or page, e.g. "tabel 4.1" or "§3.3.1". */
  location: optionalText(SHARED_FIELDS['source.location']).optional(),
})

/** A duration range in whole minutes, min ≤ max, each within the limits of its field (fields.ts). */
export const minutesRange = (limits: { min: FieldMeta; max: FieldMeta }) => z
  .object({
    /** Shortest duration in minutes. */
    min: int(limits.min),
    /** Longest duration in minutes. */
    max: int(limits.max),
  })
  .refine((range) => range.min <= range.max, {
    message: 'minimum mag niet groter zijn dan maximum',
    path: ['max'],
  })

/**
 * Taxonomy tags shared by all toolkit content. Themes are documents of their
 * own (editors add themes); the other tags are fixed vocabularies.
 */
export const taxonomyTags = {
  /** Theme slugs (collection `themes`). */
  themes: z.array(ref('themes')).default([]),
  /** Which kinds of stigma the item addresses. */
  stigmaTypes: z.array(choice(STIGMA_TYPES)).default([]),
  /** Who the item is for. */
  audiences: z.array(choice(AUDIENCES)).default([]),
  /** Care settings the item fits. */
  settings: z.array(choice(SETTINGS)).default([]),
}

/**
 * Notes for the editors (toelichting voor de redactie): what the sources leave
 * open or where they disagree. Editor-only: the CMS never gives them to
 * anonymous readers, the snapshot leaves them out (`snapshotSchema`) and the
 * site never shows them. What is missing is computed, see `completenessOf`.
 */
export const editorNotes = z.array(requiredText(SHARED_FIELDS.editorNotes)).default([])

/**
 * The fields an editor looked up on purpose and found the sources say
 * nothing about (bronnen zeggen niets), by path. Such a field counts as
 * complete (see `completenessOf`) and stays empty on the site; "not filled
 * in yet" is the field being empty without this mark. Editor-only, like the
 * editor notes: the snapshot leaves it out.
 */
export const sourcesSilent = z.array(z.string()).default([])

/** Fields every toolkit document has. */
export const documentBase = {
  /** URL-safe identifier, unique within the collection. */
  slug,
  /** Where the facts come from. */
  source: sourceRef,
  /** Notes for the editors only; never published (see `editorNotes`). */
  editorNotes,
  /** Fields the editors looked up and the sources say nothing about; editor-only (see `sourcesSilent`). */
  sourcesSilent,
}
