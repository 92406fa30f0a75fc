/**
 * Geometry of the horizontal bar charts on evidence pages, computed at build
 * time and drawn as SVG without client JavaScript. Each answer gets its label
 * on one or more lines above its bar(s); one bar per series (population).
 */

export type ChartSeries = { key: string; label: string }
export type ChartRow = { label: string; values: Array<number | undefined> }

export type ChartBar = {
  series: string
  x: number
  y: number
  width: number
  height: number
  percent: number
  /** Where the printed value sits, right of the bar. */
  valueX: number
  valueY: number
}

export type ChartRowLayout = { lines: Array<{ text: string; y: number }>; bars: ChartBar[] }

export type ChartLayout = {
  width: number
  height: number
  fontSize: number
  domainMax: number
  rows: ChartRowLayout[]
}

export type ChartOptions = {
  width?: number
  fontSize?: number
  barHeight?: number
  /** Room right of the longest bar for its printed value. */
  valueSpace?: number
}

/** The upper end of the scale: the largest value rounded up to a multiple of 10, between 10 and 100. */
export function niceMax(values: ReadonlyArray<number | undefined>): number {
  const max = Math.max(0, ...values.filter((value): value is number => value !== undefined))
  return Math.min(100, Math.max(10, Math.ceil(max / 10) * 10))
}

/** Splits a label into lines of at most `maxChars` characters, breaking between words. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

export function layoutBarChart(rows: readonly ChartRow[], series: readonly ChartSeries[], options: ChartOptions = {}): ChartLayout {
  const width = options.width ?? 480
  const fontSize = options.fontSize ?? 15
  const barHeight = options.barHeight ?? 18
  const valueSpace = options.valueSpace ?? 56
  const lineHeight = Math.round(fontSize * 1.25)
  const barGap = 4
  const rowGap = 14
  const plotWidth = width - valueSpace
  const domainMax = niceMax(rows.flatMap((row) => row.values))
  const maxChars = Math.floor(width / (fontSize * 0.52))

  let y = 0
  const laidOut = rows.map((row) => {
    const lines = wrapLabel(row.label, maxChars).map((text) => {
      y += lineHeight
      return { text, y: y - Math.round(lineHeight * 0.25) }
    })
    y += 4
    const bars: ChartBar[] = []
    row.values.forEach((percent, i) => {
      if (percent === undefined) return
      const barWidth = (Math.min(percent, domainMax) / domainMax) * plotWidth
      bars.push({
        series: series[i]?.key ?? String(i),
        x: 0,
        y,
        width: round(barWidth),
        height: barHeight,
        percent,
        valueX: round(barWidth + 6),
        valueY: y + barHeight - Math.round((barHeight - fontSize * 0.8) / 2) - 1,
      })
      y += barHeight + barGap
    })
    y += rowGap - barGap
    return { lines, bars }
  })
  return { width, height: Math.max(y, 1), fontSize, domainMax, rows: laidOut }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
