/** Video links: the privacy-friendly embed address of a Vimeo video, loaded only after a click. */

/** The numeric id of a vimeo.com or player.vimeo.com link, or undefined. */
export function vimeoId(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (!/(^|\.)vimeo\.com$/.test(parsed.hostname)) return undefined
  return parsed.pathname.match(/(?:^|\/)(\d{6,})(?:\/|$)/)?.[1]
}

/** Player address with "do not track" on, so Vimeo sets no tracking cookies. */
export function vimeoEmbedUrl(url: string): string | undefined {
  const id = vimeoId(url)
  return id ? `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` : undefined
}
