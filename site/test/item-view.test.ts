/**
 * The address of an item's embed view and the page it shows
 * (src/lib/embed/item-view.ts). What the view shows of that page is checked
 * in a browser (tests/site/embed-page.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { ITEM_VIEW_PATH, itemPageOf } from '../src/lib/embed/item-view.ts'

describe('the page an embed address shows', () => {
  it('is the item page of the same section and slug, under the base path, with or without the final slash', () => {
    expect(itemPageOf('/embed/werkvormen/de-rol-van-empowerment/')).toBe('/werkvormen/de-rol-van-empowerment/')
    expect(itemPageOf('/embed/interventies/wrap')).toBe('/interventies/wrap/')
    expect(itemPageOf('/toolkit/embed/casussen/x-1/', '/toolkit/')).toBe('/toolkit/casussen/x-1/')
    expect(itemPageOf('/toolkit/embed/casussen/x-1/', '/toolkit')).toBe('/toolkit/casussen/x-1/')
  })

  it('is none for a listing, the view itself, deeper paths, another base or anything that is not a slug', () => {
    for (const [path, base] of [
      ['/embed/werkvormen/', '/'],
      [ITEM_VIEW_PATH, '/'],
      ['/embed/werkvormen/x/y/', '/'],
      ['/embed/werkvormen/x/', '/toolkit/'],
      ['/werkvormen/x/', '/'],
      ['/embed/werkvormen/%2F%2Fevil.example/', '/'],
      ['/embed/werkvormen/../admin/', '/'],
    ]) {
      expect(itemPageOf(path!, base), `${path} under ${base}`).toBeUndefined()
    }
  })
})
