/**
 * Links taken from content are rendered only when they are absolute http(s)
 * links, by the content model's one rule (`httpUrl` in @toolkit/schemas).
 * The CMS already refuses anything else, drafts included, and the loader
 * validates every snapshot; this keeps a `javascript:` or broken address out
 * of an `href` even if one ever got past both (the draft preview renders the
 * same templates).
 */
import { httpUrl } from '@toolkit/schemas'

const isHttpUrl = httpUrl()

/** The address when it is an absolute http(s) link, otherwise undefined (render no link). */
export function safeHref(url: string | null | undefined): string | undefined {
  return typeof url === 'string' && isHttpUrl.safeParse(url).success ? url : undefined
}
