/**
 * Options of an embed view, set by the embedding site in the query string:
 * `?modus=donker&accent=%23b8004f&beschrijving=nee`. The page is static, so
 * its script applies them in the browser (src/layouts/EmbedLayout.astro).
 * Pure functions without imports: the browser script uses them as they are.
 *
 * The accent colour ends up in a CSS custom property, so only strict hex
 * (#rgb or #rrggbb) is accepted: nothing else can reach the stylesheet.
 */

/** Query keys; none of them collides with a filter key of the listings (filters.ts). */
export const OPTION_KEYS = { mode: 'modus', accent: 'accent', description: 'beschrijving' } as const

/** licht (default), donker, or auto: follow the reader's system setting. */
export type EmbedMode = 'licht' | 'donker' | 'auto'

export type EmbedOptions = {
  mode: EmbedMode
  /** `#rrggbb`, lowercase; undefined: the toolkit's own colour. */
  accent?: string
  hideDescription: boolean
}

const MODES: readonly EmbedMode[] = ['licht', 'donker', 'auto']
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

/** `#abc`, `abc`, `#aabbcc` or `aabbcc` → `#aabbcc`; anything else → undefined. */
export function parseAccent(value: string | null | undefined): string | undefined {
  const match = value?.trim().match(HEX)
  if (!match) return undefined
  const digits = match[1]!.toLowerCase()
  return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`
}

/** The options in a query string; unknown or invalid values fall back to the defaults. */
export function parseEmbedOptions(query: string | URLSearchParams): EmbedOptions {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const mode = params.get(OPTION_KEYS.mode) as EmbedMode | null
  return {
    mode: mode && MODES.includes(mode) ? mode : 'licht',
    accent: parseAccent(params.get(OPTION_KEYS.accent)),
    hideDescription: ['nee', 'verbergen'].includes(params.get(OPTION_KEYS.description) ?? ''),
  }
}

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number]
}

/** Relative luminance (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function mix(hex: string, toward: number, amount: number): string {
  return `#${channels(hex)
    .map((value) => Math.round(value + (toward - value) * amount).toString(16).padStart(2, '0'))
    .join('')}`
}

/**
 * The accent as close to the chosen colour as the text allows: links and
 * buttons use it, so it is darkened (on a light background) or lightened (on
 * a dark one) until it reaches 4.5:1 (WCAG AA). A host's brand colour that is
 * too pale never makes the embed unreadable.
 */
export function readableAccent(accent: string, background: string, minimum = 4.5): string {
  const toward = luminance(background) > 0.5 ? 0 : 255
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mix(accent, toward, step / 20)
    if (contrastRatio(candidate, background) >= minimum) return candidate
  }
  return toward === 0 ? '#000000' : '#ffffff'
}

/** Text colour on an accent-coloured button: white or near-black, whichever reads better. */
export function textOnAccent(accent: string): string {
  return contrastRatio(accent, '#ffffff') >= contrastRatio(accent, '#111111') ? '#ffffff' : '#111111'
}
