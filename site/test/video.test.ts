import { describe, expect, it } from 'vitest'
import { withBase } from '../src/lib/routes.ts'
import { vimeoEmbedUrl, vimeoId } from '../src/lib/view/video.ts'

describe('video links', () => {
  it('finds the Vimeo id', () => {
    expect(vimeoId('https://vimeo.com/372848030')).toBe('372848030')
    expect(vimeoId('https://player.vimeo.com/video/372848030?h=abc')).toBe('372848030')
    expect(vimeoId('https://vimeo.com/channels/staffpicks/372848030')).toBe('372848030')
    expect(vimeoId('https://example.com/372848030')).toBeUndefined()
    expect(vimeoId('geen link')).toBeUndefined()
  })

  it('embeds with do-not-track', () => {
    expect(vimeoEmbedUrl('https://vimeo.com/372848030')).toBe('https://player.vimeo.com/video/372848030?dnt=1&autoplay=1')
  })
})

describe('base path', () => {
  it('prefixes site paths', () => {
    expect(withBase('/zoeken/', '/')).toBe('/zoeken/')
    expect(withBase('/zoeken/', '/toolkit/')).toBe('/toolkit/zoeken/')
    expect(withBase('zoeken/', '/toolkit')).toBe('/toolkit/zoeken/')
  })
})
