import { describe, expect, it } from 'vitest'
import { layoutBarChart, niceMax, wrapLabel } from '../src/lib/view/chart.ts'

describe('chart scale', () => {
  it('rounds the largest value up to a multiple of 10, between 10 and 100', () => {
    expect(niceMax([45, 17, 8])).toBe(50)
    expect(niceMax([56])).toBe(60)
    expect(niceMax([60])).toBe(60)
    expect(niceMax([3])).toBe(10)
    expect(niceMax([0])).toBe(10)
    expect(niceMax([100])).toBe(100)
    expect(niceMax([55, undefined])).toBe(60)
  })
})

describe('label wrapping', () => {
  it('breaks between words within the limit', () => {
    expect(wrapLabel('Terughoudend zijn met psychiatrische labels', 20)).toEqual(['Terughoudend zijn', 'met psychiatrische', 'labels'])
  })

  it('keeps a single long word whole', () => {
    expect(wrapLabel('Ervaringsdeskundigheidsbevordering', 10)).toEqual(['Ervaringsdeskundigheidsbevordering'])
  })
})

describe('bar layout', () => {
  const series = [
    { key: 'clients', label: 'Cliënten' },
    { key: 'professionals', label: 'Hulpverleners' },
  ]

  it('scales bar widths to the plot width and keeps proportions', () => {
    const layout = layoutBarChart(
      [
        { label: 'A', values: [45] },
        { label: 'B', values: [15] },
      ],
      [series[0]!],
      { width: 556, valueSpace: 56 },
    )
    expect(layout.domainMax).toBe(50)
    const [a, b] = layout.rows.map((row) => row.bars[0]!)
    expect(a!.width).toBe(450)
    expect(b!.width).toBe(150)
    expect(a!.valueX).toBe(456)
    expect(layout.width).toBe(556)
  })

  it('stacks rows without overlap and fits the height', () => {
    const layout = layoutBarChart(
      [
        { label: 'Een heel lang antwoord dat zeker over meerdere regels moet worden verdeeld omdat het niet past', values: [20, 30] },
        { label: 'Kort', values: [10, undefined] },
      ],
      series,
    )
    const [first, second] = layout.rows
    expect(first!.lines.length).toBeGreaterThan(1)
    expect(first!.bars.map((bar) => bar.series)).toEqual(['clients', 'professionals'])
    expect(second!.bars).toHaveLength(1)
    const lastOfFirst = first!.bars.at(-1)!
    expect(second!.lines[0]!.y).toBeGreaterThan(lastOfFirst.y + lastOfFirst.height)
    const lastBar = second!.bars[0]!
    expect(layout.height).toBeGreaterThanOrEqual(lastBar.y + lastBar.height)
  })
})
