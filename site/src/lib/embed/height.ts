/**
 * How tall an item's embed view is at the oEmbed width, estimated from its
 * own text: a consumer that keeps only the iframe (and drops the resizing
 * script) then shows the whole item instead of a fixed 1000 px window with
 * an inner scroll bar (the longest activity is about 2,600 px). Each text
 * block takes its wrapped lines plus the space between blocks; the frame
 * (title, facts, footer) is a fixed part. Calibrated against the embed
 * views measured in a browser (tests/site/embed-height.e2e.test.ts).
 */
import { OEMBED_WIDTH } from './snippets.ts'

/** Characters per line of body text at the oEmbed width (16 px system font, padding). */
const CHARS_PER_LINE = Math.round((OEMBED_WIDTH - 48) / 8.3)
const LINE_PX = 26
const BLOCK_PX = 16
/** Title, type, facts, PDF link, source line and the view's own padding. */
const FRAME_PX = 420
/** Fields that are not shown as text (or not shown at all). */
const HIDDEN = new Set(['slug', 'editorNotes', 'sourcesSilent', 'updatedAt', 'createdAt', 'id', 'source', 'relatedEvidence', 'relatedInterventions', 'comparesWith', 'production', 'familiarity', 'synonyms', 'themes', 'stigmaTypes', 'audiences', 'settings', 'learningDomains', 'formats'])

function blocks(value: unknown, key = ''): string[] {
  if (HIDDEN.has(key)) return []
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [] : [value]
  if (Array.isArray(value)) return value.flatMap((item) => blocks(item))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => blocks(v, k))
  return []
}

/** Estimated height in px, rounded up to 50, at least `minimum`. */
export function estimatedHeight(doc: unknown, minimum: number): number {
  const text = blocks(doc)
  const px = FRAME_PX + text.reduce((sum, block) => sum + Math.ceil(block.length / CHARS_PER_LINE) * LINE_PX + BLOCK_PX, 0)
  return Math.max(minimum, Math.ceil(px / 50) * 50)
}
