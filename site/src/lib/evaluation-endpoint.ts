/**
 * Where the site's evaluation forms send their answers: the CMS as browsers
 * reach it (CMS_PUBLIC_URL, else CMS_URL, else the local CMS), read at build
 * time. The site itself stays static and sets no cookie.
 */
export function evaluationEndpoint(env: Record<string, string | undefined> = process.env): string {
  const cms = (env.CMS_PUBLIC_URL || env.CMS_URL || 'http://localhost:3000').replace(/\/+$/, '')
  return `${cms}/api/evaluatie`
}
