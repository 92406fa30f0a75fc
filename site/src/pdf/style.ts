/**
 * The PDFs' house style in one place: page geometry, colours and type sizes.
 * Calm and restrained: one dark teal for the toolkit's identity, the rest in
 * near-black and grey, so the sheets print well in black and white too.
 */

/** A4 in PostScript points. */
export const PAGE = { width: 595.28, height: 841.89 } as const

/**
 * Margins leave room for the header (toolkit name, document type) above and
 * the footer (source, version, page number) below; body text never enters them.
 */
export const MARGINS = { top: 86, bottom: 92, left: 62, right: 62 } as const

/** Width of the text column. */
export const COLUMN = PAGE.width - MARGINS.left - MARGINS.right

export const COLOURS = {
  /** Headings, header rule, bars: a calm dark teal (contrast 7.4:1 on white). */
  accent: '#0b5f6a',
  /** Tinted backgrounds of notices and table heads. */
  accentSoft: '#e6f0f1',
  ink: '#1b1b1b',
  /** Secondary text; still 7:1 on white. */
  muted: '#4a4a4a',
  line: '#b9c6c8',
} as const

/** Type sizes in points; body text at 10.5 pt reads well on paper. */
export const SIZES = {
  h1: 21,
  h2: 14.5,
  h3: 12,
  h4: 10.5,
  body: 10.5,
  small: 9,
  frame: 7.5,
} as const

/** Extra space between lines of running text. */
export const LINE_GAP = 2.5
