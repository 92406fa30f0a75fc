import { type CmsSettings, cmsSettings } from '../config/settings.ts'
import { servedOverHttps } from './origins.ts'

/**
 * Response headers for every CMS page and API route. The admin must never be
 * framed by another site (clickjacking: a hidden admin under a fake button);
 * nothing the CMS serves is meant to be embedded, the embeds live on the site.
 * The CSP holds only `frame-ancestors`: a full script policy would need
 * nonces for the inline scripts Next.js and the Payload admin emit.
 */
export function securityHeaders(settings: CmsSettings = cmsSettings()): { key: string; value: string }[] {
  const headers = [
    { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Reset links carry their token in the path; other sites never see a path.
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  ]
  // Only over https: HSTS on http://localhost would pin a developer's browser to https.
  if (servedOverHttps(settings)) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  return headers
}

/**
 * The `headers()` of next.config.mjs: the security headers on every path.
 * Next.js evaluates it at `next build`, so the https decision (HSTS) follows
 * PAYLOAD_PUBLIC_SERVER_URL / CMS_URL as set when the CMS is built.
 */
export async function headerRules(settings: CmsSettings = cmsSettings()) {
  return [{ source: '/:path*', headers: securityHeaders(settings) }]
}
