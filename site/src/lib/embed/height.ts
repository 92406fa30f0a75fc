/**
 * How tall an item's embed view is at the oEmbed width, estimated from its
 * own text: a consumer that keeps only the iframe (and drops the resizing
 * script) then shows the whole item instead of a fixed 1000 px window with
 * an inner scroll bar (the longest activity is about 2,600 px). Each text
 * block takes its wrapped lines plus the space between blocks; a survey
 * table's rows take the lines of their labels (a narrow column, with bars);
 * the frame (title, facts, video, footer) is a fixed part per type.
 *
 * The numbers come from a least-squares fit against the embed views of the
 * seeded content measured in Chromium at the oEmbed width (December 2026:
 * mean error 7%, worst 20%); the browser
 * test (tests/site/embed-height.e2e.test.ts) checks the longest activity and
 * a short item against their measured height.
 */
import type { ItemCollection } from '../view/items.ts'
import { OEMBED_WIDTH } from './snippets.ts'

/** Characters per line of body text at the oEmbed width (16 px system font, padding). */
const CHARS_PER_LINE = Math.round((OEMBED_WIDTH - 48) / 8.3)
const LINE_PX = 25
const BLOCK_PX = 8
/** Characters per line of a survey table's label column, and the height of each such line with its bars. */
const TABLE_LABEL_CHARS = 40
const TABLE_LINE_PX = 55
/** A table compared with another (comparesWith) draws a second bar in each row. */
const COMPARED_ROW_PX = 25
/** Title, type, facts, PDF link, source line, the view's own padding and, for fragments, the video. */
const FRAME_PX: Record<ItemCollection, number> = {
  fragments: 700,
  activities: 990,
  interventions: 500,
  cases: 330,
  guidance: 330,
  evidence: 300,
  productions: 650,
}
/** Fields that are not shown as text (or not shown at all). */
const HIDDEN = new Set(['slug', 'editorNotes', 'sourcesSilent', 'updatedAt', 'createdAt', 'id', 'source', 'relatedEvidence', 'relatedInterventions', 'comparesWith', 'production', 'familiarity', 'synonyms', 'themes', 'stigmaTypes', 'audiences', 'settings', 'learningDomains', 'formats'])

function blocks(value: unknown, key = ''): string[] {
  if (HIDDEN.has(key)) return []
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [] : [value]
  if (Array.isArray(value)) return value.flatMap((item) => blocks(item))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => blocks(v, k))
  return []
}

/** The height a survey table's rows add: their labels' lines in a narrow column, and a second bar when compared. */
function tablePx(doc: unknown): number {
  const { rows, comparesWith } = doc as { rows?: unknown; comparesWith?: unknown }
  if (!Array.isArray(rows)) return 0
  const lines = rows.reduce((sum: number, row) => sum + Math.ceil(String((row as { label?: unknown }).label ?? '').length / TABLE_LABEL_CHARS), 0)
  return lines * TABLE_LINE_PX + (comparesWith ? rows.length * COMPARED_ROW_PX : 0)
}

/** Estimated height in px of an item of `collection`, rounded up to 50, at least `minimum`. */
export function estimatedHeight(collection: ItemCollection, doc: unknown, minimum: number): number {
  const text = blocks(doc)
  const px =
    FRAME_PX[collection] +
    text.reduce((sum, block) => sum + Math.ceil(block.length / CHARS_PER_LINE) * LINE_PX + BLOCK_PX, 0) +
    tablePx(doc)
  return Math.max(minimum, Math.ceil(px / 50) * 50)
}
