import { describe, expect, it } from 'vitest'
import { percentile, ratio } from '../stats.mjs'

describe('percentile (nearest rank)', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 20 - i)

  it('p95 of 20 samples is the 19th smallest: one slow query of twenty does not set it', () => {
    expect(percentile(twenty, 95)).toBe(19)
    expect(percentile(twenty, 50)).toBe(10)
    expect(percentile(twenty, 100)).toBe(20)
  })

  it('rounds the rank up: the p95 of 7 samples is the slowest, the p50 of 5 the middle one', () => {
    expect(percentile([7, 1, 6, 2, 5, 3, 4], 95)).toBe(7)
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3)
  })

  it('has no figure without samples', () => {
    expect(percentile([], 95)).toBeUndefined()
  })
})

describe('ratio', () => {
  it('divides and rounds, and has no figure without a baseline', () => {
    expect(ratio(1, 3)).toBe(0.33)
    expect(ratio(5, 0)).toBeNull()
    expect(ratio(undefined, 2)).toBeNull()
  })
})
