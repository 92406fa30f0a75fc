import type { ServerProps } from 'payload'
import { initialsOf } from './initials.ts'

/**
 * The account button in the admin's header: the editor's initials on the
 * toolkit's colour, instead of Payload's Gravatar image, which asks
 * gravatar.com for every editor (a request to another party with a hash of the address).
 */
export function Avatar({ user }: ServerProps) {
  const person = user as { name?: string | null; email?: string | null } | undefined
  const initials = initialsOf(person)
  return (
    // The link around it is named "Account AB" (admin/AccessibleNames.tsx), so its visible initials are part of its name.
    <span
      className="toolkit-avatar"
      title={person?.name || person?.email || undefined}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 25,
        height: 25,
        borderRadius: '50%',
        background: '#005a8c',
        color: '#fff',
        font: '600 11px/1 system-ui, sans-serif',
        letterSpacing: '0.02em',
      }}
    >
      {initials}
    </span>
  )
}
