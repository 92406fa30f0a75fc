/**
 * The click that loads a fragment's video (components/VideoConsent.astro):
 * before it, no request goes to Vimeo. Used by the item page and, on the
 * content it fetched, by the embed view (pages/embed/weergave.astro).
 */
export function startVideos(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-video]').forEach((box) => {
    const button = box.querySelector<HTMLButtonElement>('[data-video-load]')
    const src = box.dataset.embed
    if (!button || !src) return
    button.hidden = false
    button.addEventListener('click', () => {
      const frame = document.createElement('iframe')
      frame.src = src
      frame.title = box.dataset.title ?? 'Video'
      // Full screen through `allow` only: with allowFullscreen as well the browser warns in the console.
      frame.allow = 'autoplay; fullscreen; picture-in-picture'
      button.replaceWith(frame)
      frame.focus()
    })
  })
}
