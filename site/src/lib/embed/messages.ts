/**
 * The messages between an embed view and the page around it (public/embed.js
 * or the preview on a detail page). The loader greets the iframe; the embed
 * view answers only a greeting that comes from its own parent, and from then
 * on posts its height to that origin alone. Heights and titles are all that
 * is ever sent. public/embed.js cannot import this file: keep both in step.
 */

/** Loader → embed view: "I am your parent; tell me your size." */
export const HELLO = 'toolkit-embed:hello'

/** Embed view → parent: `{ type, height, title }`. */
export const SIZE = 'toolkit-embed:size'

export type SizeMessage = { type: typeof SIZE; height: number; title: string }

/** A size message with a sane height; anything else is ignored. */
export function isSizeMessage(data: unknown): data is SizeMessage {
  const message = data as Partial<SizeMessage> | null
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === SIZE &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height > 0 &&
    message.height < 100_000
  )
}
