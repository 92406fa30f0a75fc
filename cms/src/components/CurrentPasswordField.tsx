'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The `currentPassword` input: a masked password box that the browser may
 * fill in, and optional on the form (the server asks for it only when the
 * password or email changes).
 */
export const CurrentPasswordField: TextFieldClientComponent = (props) => (
  <PasswordField {...props} autoComplete="current-password" validate={() => true} />
)
