import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest, type TextField } from 'payload'
import { beforePasswordCheck, passwordCheckSucceeded } from './rateLimitLogin.ts'
import { verifyPassword } from './passwordHash.ts'

/**
 * Changing a password or an email address asks for the current password of
 * whoever is logged in: a user changing their own, an admin changing someone
 * else's (the admin's own password, so a stolen admin session cannot take
 * over accounts). Someone who forgot their password uses the reset link.
 * Server code without a user (seed, ADMIN_EMAIL, scripts) is not asked.
 */
export const CURRENT_PASSWORD = 'currentPassword'

/** Virtual: shown on the account and user forms, never stored. */
export const currentPasswordField: TextField = {
  name: CURRENT_PASSWORD,
  label: 'Huidig wachtwoord',
  type: 'text',
  virtual: true,
  admin: {
    description: 'Alleen nodig als je een wachtwoord of e-mailadres wijzigt: vul je eigen huidige wachtwoord in.',
    condition: (_data, _siblingData, { operation }) => operation === 'update',
    components: { Field: '/components/CurrentPasswordField#CurrentPasswordField' },
  },
}

type UserData = { email?: unknown; password?: unknown; [CURRENT_PASSWORD]?: unknown }

const invalid = (req: PayloadRequest, message: string) =>
  new ValidationError({ collection: 'users', errors: [{ path: CURRENT_PASSWORD, label: 'Huidig wachtwoord', message }] }, req.t)

/** beforeOperation (update): checks `currentPassword` when the password or email changes. */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const { data, id } = args as { data?: UserData; id?: number | string }
  if (!data) return args
  const given = data[CURRENT_PASSWORD]
  delete data[CURRENT_PASSWORD]
  if (!req.user) return args

  const changesPassword = typeof data.password === 'string' && data.password !== ''
  // A bulk update (where, no id) cannot be checked against one account: refused for these two fields.
  if (id === undefined && (changesPassword || typeof data.email === 'string')) {
    throw invalid(req, 'Wijzig een wachtwoord of e-mailadres per gebruiker, niet voor meerdere tegelijk.')
  }
  let changesEmail = false
  if (typeof data.email === 'string' && id !== undefined) {
    const target = await req.payload.db.findOne<{ id: number | string; email?: string }>({ collection: collection.slug, where: { id: { equals: id } } })
    changesEmail = Boolean(target) && target?.email?.toLowerCase() !== data.email.toLowerCase().trim()
  }
  if (!changesPassword && !changesEmail) return args

  if (typeof given !== 'string' || given === '') {
    throw invalid(req, 'Vul je huidige wachtwoord in om een wachtwoord of e-mailadres te wijzigen.')
  }
  await beforePasswordCheck(req, req.user.email)
  const actor = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({ collection: collection.slug, where: { id: { equals: req.user.id } } })
  if (!actor || !(await verifyPassword(given, actor))) throw invalid(req, 'Het huidige wachtwoord klopt niet.')
  await passwordCheckSucceeded(req, req.user.email)
  return args
}
