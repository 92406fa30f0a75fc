/**
 * Where the site's evaluation forms send their answers: the CMS as browsers
 * reach it (CMS_PUBLIC_URL, else CMS_URL, else the local CMS; src/build/options.ts),
 * read at build time. The site itself stays static and sets no cookie.
 */
import { siteSettings } from '../build/options.ts'

export function evaluationEndpoint(env?: Record<string, string | undefined>): string {
  return `${siteSettings(env).cmsPublicUrl}/api/evaluatie`
}
