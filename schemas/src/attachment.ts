/**
 * Attachments ("Bijlagen"): files editors attach to film fragments,
 * werkvormen and impact productions (question sheets, slides, handouts).
 * Defined once here: the kinds with their Dutch labels, the file types an
 * upload may have (sniffed from the content by the CMS, labelled on the
 * site), the size limit, and the public shape an item carries in the
 * snapshot, the open data and the site.
 */
import { z } from 'zod'
import { ATTACHMENT_FIELDS } from './fields.ts'
import { httpUrl, requiredText } from './fieldTypes.ts'
import type { VocabularyEntry } from './vocabularies.ts'
import { choice } from './choices.ts'

/** What an attachment is for; the planner's run sheet and the pages show the label. */
export const ATTACHMENT_KINDS = [
  { value: 'question-sheet', label: 'Vragenblad' },
  { value: 'slides', label: "Dia's" },
  { value: 'handout', label: 'Handout' },
  { value: 'other', label: 'Overig materiaal' },
] as const satisfies readonly VocabularyEntry[]

export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]['value']

/**
 * The file types an attachment may have, as the CMS sniffs them from the
 * file's bytes (`file-type`), with the Dutch name readers see. Documents and
 * plain images only: nothing a browser runs (HTML, SVG, scripts), and no
 * legacy Office files (.doc/.ppt), whose container cannot be told apart
 * from other binary formats and may carry macros.
 */
export const ATTACHMENT_FILE_TYPES = [
  { mimeType: 'application/pdf', extension: 'pdf', label: 'PDF' },
  { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx', label: 'PowerPoint' },
  { mimeType: 'application/vnd.oasis.opendocument.presentation', extension: 'odp', label: 'OpenDocument-presentatie' },
  { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word' },
  { mimeType: 'application/vnd.oasis.opendocument.text', extension: 'odt', label: 'OpenDocument-tekst' },
  { mimeType: 'image/png', extension: 'png', label: 'PNG-afbeelding' },
  { mimeType: 'image/jpeg', extension: 'jpg', label: 'JPEG-afbeelding' },
] as const

export type AttachmentMimeType = (typeof ATTACHMENT_FILE_TYPES)[number]['mimeType']

export const ATTACHMENT_MIME_TYPES = ATTACHMENT_FILE_TYPES.map((type) => type.mimeType) as unknown as [AttachmentMimeType, ...AttachmentMimeType[]]

/** The largest attachment: 20 MB holds a long slide deck with photos; a video does not belong here. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024

/** The Dutch name of a file type ("PDF", "PowerPoint"). */
export function attachmentTypeLabel(mimeType: string): string {
  return ATTACHMENT_FILE_TYPES.find((type) => type.mimeType === mimeType)?.label ?? mimeType
}

/** The Dutch label of a kind ("Vragenblad"). */
export function attachmentKindLabel(kind: string): string {
  return ATTACHMENT_KINDS.find((entry) => entry.value === kind)?.label ?? kind
}

const F = ATTACHMENT_FIELDS

/**
 * An attachment as the public sees it: what a link, its label and its size
 * need. Editors' data (who uploaded it, the stored file name's history) stays
 * in the CMS.
 */
export const attachmentSchema = z.object({
  /** What the file is, e.g. "Vragen bij fragment Hoop". */
  title: requiredText(F.title),
  /** Vragenblad, dia's, handout or other material. */
  kind: choice(ATTACHMENT_KINDS),
  /** Where to download it (the CMS's file address, which checks that the item is published). */
  url: httpUrl(),
  /** The file's name as stored. */
  filename: z.string().min(1),
  /** The type sniffed from the file's content on upload. */
  mimeType: z.enum(ATTACHMENT_MIME_TYPES),
  /** Size in bytes. */
  filesize: z.number().int().positive().max(ATTACHMENT_MAX_BYTES),
})

export type Attachment = z.infer<typeof attachmentSchema>

/** The field an item carries its attachments in (fragments, werkvormen, productions). */
export const attachmentList = () => z.array(attachmentSchema).default([])
