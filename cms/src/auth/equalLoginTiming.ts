import type { CollectionBeforeOperationHook } from 'payload'
import { hashForNothing } from './passwordHash.ts'

/**
 * beforeOperation (login): makes a login for an unknown or locked email cost
 * the same password hash as a wrong password for a known one. Without it the
 * answer came ~10× faster for unknown addresses, which tells an attacker
 * which emails have an account.
 */
export const equalLoginTiming: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  const user = email ? await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({ collection: collection.slug, where: { email: { equals: email } } }) : null
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  // Payload answers these before it hashes anything.
  if (!user || locked) await hashForNothing(password)
  return args
}
