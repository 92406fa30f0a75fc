import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { passwordProblem } from '@toolkit/schemas'

/**
 * beforeOperation (create, update, resetPassword): a new password follows the
 * rule in @toolkit/schemas (password.ts), whoever sets it — the first-user
 * form, an admin creating an account, the account page, a reset link, the
 * Local API. Payload's own check only asks for 3 characters and cannot be
 * configured, so this runs before it, with a Dutch message on the field.
 */
export const refuseShortPassword: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password !== 'string' || (operation === 'update' && password === '')) return args
  const problem = passwordProblem(password)
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', label: 'Wachtwoord', message: problem }] }, req.t)
  return args
}
