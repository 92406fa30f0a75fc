/**
 * The toolkit's logo on the admin's login and account pages, in place of
 * Payload's (admin.components.graphics.Logo): the site's mark (site/public/favicon.svg) and name.
 * Each line has a fixed `textLength`, so it fits whatever font the browser
 * falls back to (Atkinson Hyperlegible is not loaded in the admin).
 */
export function Logo() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 48" width="320" height="48" style={{ maxWidth: '100%', height: 'auto' }} role="img" aria-labelledby="toolkit-logo-title">
      <title id="toolkit-logo-title">Toolkit destigmatisering in de ggz</title>
      <rect width="48" height="48" rx="9" fill="#005a8c" />
      <path d="M13.5 24h21M24 13.5v21" stroke="#fff" strokeWidth="6" strokeLinecap="round" />
      <text x="60" y="22" textLength="250" lengthAdjust="spacingAndGlyphs" fontFamily="Atkinson Hyperlegible, system-ui, sans-serif" fontSize="19" fontWeight="700" fill="currentColor">Toolkit destigmatisering</text>
      <text x="60" y="42" fontFamily="Atkinson Hyperlegible, system-ui, sans-serif" fontSize="14" fill="currentColor">in de ggz · beheer</text>
    </svg>
  )
}
