/**
 * The toolkit's logo on the admin's login and account pages, in place of
 * Payload's (admin.components.graphics.Logo): the site's mark (site/public/favicon.svg) and name.
 */
export function Logo() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 48" width="300" height="48" role="img" aria-labelledby="toolkit-logo-title">
      <title id="toolkit-logo-title">Toolkit destigmatisering in de ggz</title>
      <rect width="48" height="48" rx="9" fill="#005a8c" />
      <path d="M13.5 24h21M24 13.5v21" stroke="#fff" strokeWidth="6" strokeLinecap="round" />
      <text x="60" y="22" fontFamily="Atkinson Hyperlegible, system-ui, sans-serif" fontSize="19" fontWeight="700" fill="currentColor">Toolkit destigmatisering</text>
      <text x="60" y="42" fontFamily="Atkinson Hyperlegible, system-ui, sans-serif" fontSize="14" fill="currentColor">in de ggz · beheer</text>
    </svg>
  )
}
