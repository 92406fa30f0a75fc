/** The toolkit's mark in the admin's navigation, in place of Payload's (admin.components.graphics.Icon). */
export function Icon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="25" height="25" role="img" aria-label="Toolkit destigmatisering">
      <rect width="32" height="32" rx="6" fill="#005a8c" />
      <path d="M9 16h14M16 9v14" stroke="#fff" strokeWidth="4" strokeLinecap="round" />
    </svg>
  )
}
