/**
 * Tagged layout primitives on top of pdfkit. Every piece of content goes
 * through here, so it lands in the structure tree (Document > Sect, H1–H4,
 * P, L > LI > Lbl + LBody, Table, Figure, Link) in reading order; decoration
 * is drawn as artifacts. Page breaks happen only between blocks (`keepSpace`)
 * or inside running text, which pdfkit wraps onto a new page itself.
 */
import type { FontFace } from './fonts.ts'
import { COLOURS, COLUMN, LINE_GAP, MARGINS, PAGE, SIZES } from './style.ts'

type Struct = PDFKit.PDFStructureElement

type TextStyle = { font: FontFace; size: number; colour: string; before: number; after: number }

export const STYLES = {
  h1: { font: 'bold', size: SIZES.h1, colour: COLOURS.accent, before: 0, after: 6 },
  h2: { font: 'bold', size: SIZES.h2, colour: COLOURS.accent, before: 14, after: 5 },
  h3: { font: 'bold', size: SIZES.h3, colour: COLOURS.ink, before: 10, after: 4 },
  h4: { font: 'bold', size: SIZES.h4, colour: COLOURS.ink, before: 6, after: 3 },
  kicker: { font: 'bold', size: SIZES.small, colour: COLOURS.muted, before: 0, after: 4 },
  lead: { font: 'regular', size: SIZES.h3, colour: COLOURS.ink, before: 0, after: 8 },
  figure: { font: 'bold', size: SIZES.h1 + 5, colour: COLOURS.accent, before: 4, after: 4 },
  body: { font: 'regular', size: SIZES.body, colour: COLOURS.ink, before: 0, after: 6 },
  label: { font: 'bold', size: SIZES.body, colour: COLOURS.ink, before: 0, after: 2 },
  quote: { font: 'italic', size: SIZES.body, colour: COLOURS.ink, before: 0, after: 6 },
  small: { font: 'regular', size: SIZES.small, colour: COLOURS.muted, before: 0, after: 4 },
  link: { font: 'regular', size: SIZES.body, colour: COLOURS.accent, before: 0, after: 6 },
} as const satisfies Record<string, TextStyle>

export type StyleName = keyof typeof STYLES

/** Bookmarks are made for headings that ask for one; deeper ones nest under the last shallower one. */
type HeadingOptions = { bookmark?: boolean }

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument
  private readonly containers: Struct[]
  private readonly bookmarks = new Map<number, PDFKit.PDFOutline>()
  /** Left edge and width of the current text column (lists and notices indent it). */
  x: number = MARGINS.left
  width: number = COLUMN

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc
    const root = doc.struct('Document')
    doc.addStructure(root)
    this.containers = [root]
  }

  private get current(): Struct {
    return this.containers.at(-1)!
  }

  /** Lowest y body content may reach on a page. */
  get bottom(): number {
    return PAGE.height - MARGINS.bottom
  }

  /** Starts a new page unless `height` points still fit, so a block is not split across pages. */
  keepSpace(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > MARGINS.top + 1) this.doc.addPage()
  }

  /** Vertical space between blocks; never pushes content past the bottom margin. */
  space(points: number): void {
    if (this.doc.y + points > this.bottom) this.doc.addPage()
    else this.doc.y += points
  }

  /** Height of one line in a style, including the line gap. */
  lineHeight(style: StyleName): number {
    const { font, size } = STYLES[style]
    return this.doc.font(font).fontSize(size).currentLineHeight(true) + LINE_GAP
  }

  /** Height `text` takes in a style at a width (default: the current column). */
  heightOf(text: string, style: StyleName, width = this.width): number {
    const { font, size } = STYLES[style]
    return this.doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: LINE_GAP })
  }

  /** Adds a structure element whose content `draw` puts on the page. */
  leaf(type: string, draw: () => void, options: Record<string, unknown> = {}): void {
    this.current.add(this.doc.struct(type, options, draw))
  }

  /**
   * Adds a structure element and fills it with the blocks `fill` adds.
   * `attributes` become its /A dictionary (e.g. a list's numbering).
   */
  group(type: string, fill: () => void, options: Record<string, unknown> = {}, attributes?: Record<string, unknown>): void {
    const element = this.doc.struct(type, options)
    if (attributes) (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = attributes
    this.current.add(element)
    this.containers.push(element)
    try {
      fill()
    } finally {
      this.containers.pop()
      element.end()
    }
  }

  /** Sets font, size and colour of a style, for drawing inside a leaf. */
  use(style: StyleName): PDFKit.PDFDocument {
    const { font, size, colour } = STYLES[style]
    return this.doc.font(font).fontSize(size).fillColor(colour)
  }

  /** Draws wrapped text at the current position inside a leaf (no structure of its own). */
  draw(text: string, style: StyleName, options: PDFKit.Mixins.TextOptions = {}): void {
    this.use(style).text(text, this.x, this.doc.y, { width: this.width, lineGap: LINE_GAP, ...options })
  }

  /** A block of text as one structure element (P by default). */
  text(text: string, style: StyleName = 'body', type = 'P'): void {
    const { before, after } = STYLES[style]
    if (before) this.space(before)
    // A label ("Opmerking voor de gespreksleider") goes to the next page with the first lines of what it labels.
    this.keepSpace(style === 'label' ? this.heightOf(text, style) + this.lineHeight('body') * 2 : this.lineHeight(style) * 2)
    this.leaf(type, () => this.draw(text, style))
    this.space(after)
  }

  paragraph(text: string, style: StyleName = 'body'): void {
    this.text(text, style, 'P')
  }

  /** A heading H1–H4, kept together with the lines that follow it. */
  heading(level: 1 | 2 | 3 | 4, text: string, options: HeadingOptions = {}): void {
    const style = `h${level}` as const
    this.space(STYLES[style].before)
    this.keepSpace(this.heightOf(text, style) + this.lineHeight('body') * 3)
    if (options.bookmark) this.bookmark(level, text)
    this.leaf(`H${level}`, () => this.draw(text, style))
    this.space(STYLES[style].after)
  }

  /** An outline entry pointing at the current position. */
  private bookmark(level: number, title: string): void {
    let parent: PDFKit.PDFOutline = this.doc.outline
    for (let shallower = level - 1; shallower >= 1; shallower--) {
      const candidate = this.bookmarks.get(shallower)
      if (candidate) {
        parent = candidate
        break
      }
    }
    // pdfkit measures `left` and `top` from the right and bottom edge of the page.
    const options = { top: this.doc.y - 6, left: PAGE.width } as { expanded?: boolean }
    const item = parent.addItem(title, options)
    this.bookmarks.set(level, item)
    for (const deeper of [...this.bookmarks.keys()]) if (deeper > level) this.bookmarks.delete(deeper)
  }

  /** A section (Sect) of the document: a heading and its blocks. */
  section(level: 2 | 3 | 4, title: string, fill: () => void, options: HeadingOptions = { bookmark: true }): void {
    this.group('Sect', () => {
      this.heading(level, title, options)
      fill()
    })
  }

  /** Runs `fill` with the text column moved right by `by` points. */
  indented(by: number, fill: () => void): void {
    this.x += by
    this.width -= by
    try {
      fill()
    } finally {
      this.x -= by
      this.width += by
    }
  }

  /**
   * A list (L > LI > Lbl + LBody). Items are text, or a function that adds
   * blocks to the item's body. Labels are numbers or bullets, or given per item.
   */
  list(items: Array<string | (() => void)>, options: { numbered?: boolean; labels?: string[]; labelWidth?: number } = {}): void {
    const labelWidth = options.labelWidth ?? (options.numbered ? 20 : 14)
    const numbering = options.labels ? 'None' : options.numbered ? 'Decimal' : 'Disc'
    this.group(
      'L',
      () => {
        items.forEach((item, index) => {
          const label = options.labels?.[index] ?? (options.numbered ? `${index + 1}.` : '•')
          this.listItem(label, labelWidth, item)
        })
      },
      {},
      { O: 'List', ListNumbering: numbering },
    )
    this.space(2)
  }

  private listItem(label: string, labelWidth: number, body: string | (() => void)): void {
    this.keepSpace(this.lineHeight('body') * 2)
    this.group('LI', () => {
      const top = this.doc.y
      const page = this.doc.page
      this.leaf('Lbl', () => this.use('body').text(label, this.x, top, { width: labelWidth - 4, lineGap: LINE_GAP }))
      const labelBottom = this.doc.y
      this.doc.y = top
      this.indented(labelWidth, () => {
        if (typeof body === 'string') this.leaf('LBody', () => this.draw(body, 'body'))
        else this.group('LBody', body)
      })
      // A label longer than its body (rare) must not be overprinted by the next item.
      if (this.doc.page === page) this.doc.y = Math.max(this.doc.y, labelBottom)
      this.space(3)
    })
  }

  /** Label–value pairs (Duur, Voor wie…) as a list with the label as Lbl. */
  facts(pairs: Array<[label: string, value: string]>, labelWidth = 120): void {
    const shown = pairs.filter(([, value]) => value.trim() !== '')
    if (shown.length === 0) return
    this.group('L', () => {
      for (const [label, value] of shown) {
        this.keepSpace(this.lineHeight('body') * 2)
        this.group('LI', () => {
          const top = this.doc.y
          const page = this.doc.page
          this.leaf('Lbl', () => this.use('label').text(label, this.x, top, { width: labelWidth - 8, lineGap: LINE_GAP }))
          const labelBottom = this.doc.y
          this.doc.y = top
          this.indented(labelWidth, () => this.leaf('LBody', () => this.draw(value, 'body')))
          if (this.doc.page === page) this.doc.y = Math.max(this.doc.y, labelBottom)
          this.space(3)
        })
      }
    }, {}, { O: 'List', ListNumbering: 'None' })
    this.space(6)
  }

  /** A link whose visible text is the address itself, so it also works on paper. */
  link(url: string, style: StyleName = 'link'): void {
    this.keepSpace(this.lineHeight(style) * 2)
    this.group('P', () => {
      this.leaf('Link', () => this.draw(url, style, { link: url, underline: true }))
    })
    this.space(STYLES[style].after)
  }

  /** Draws decoration (backgrounds, rules) as an artifact, outside the structure tree. */
  decoration(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' } as PDFKit.Mixins.MarkingOptions)
    this.doc.save()
    draw()
    this.doc.restore()
    this.doc.endMarkedContent()
  }

  /** A Figure with alternative text; `draw` paints it in the box at (x, y). */
  figure(alt: string, height: number, draw: (x: number, y: number) => void, width = this.width): void {
    this.keepSpace(height)
    const x = this.x
    const y = this.doc.y
    const options = { alt, bbox: [x, y, x + width, y + height], placement: 'Block' }
    this.leaf('Figure', () => draw(x, y), options)
    this.doc.y = y + height
  }
}
