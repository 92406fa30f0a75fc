import type { CollectionConfig } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'
import { admins, adminsField, adminsOrSelf } from '../access/predicates.ts'
import { adminsSelfOrLockHolders, ownOrAdminField } from '../access/lockHolders.ts'
import { adminsOrFirstUser, firstUserIsAdmin, makeFirstUserAdmin } from '../hooks/makeFirstUserAdmin.ts'
import { ROLES } from '../access/roles.ts'
import { equalLoginTiming } from '../auth/equalLoginTiming.ts'
import { guardFirstAccount, setupTokenField } from '../auth/firstAccount.ts'
import { forgetSuccessfulLogin, rateLimitLogin } from '../auth/rateLimitLogin.ts'
import { currentPasswordField, requireCurrentPassword } from '../auth/requireCurrentPassword.ts'
import { resetPasswordEmail } from '../auth/resetPasswordEmail.ts'
import { secureCookies } from '../security/origins.ts'
import { guardRequest } from '../requests/guardRequest.ts'
import { refuseShortPassword } from '../hooks/refuseShortPassword.ts'

/**
 * CMS accounts. Only admins manage users; nobody reads users anonymously.
 * Logins and reset requests are throttled, never locked (auth/rateLimitLogin.ts),
 * and a password or email change needs the current password (auth/requireCurrentPassword.ts).
 */
export const Users: CollectionConfig = {
  slug: COLLECTIONS.users,
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  auth: {
    // No lock: anyone could lock a person out with wrong passwords; auth/rateLimitLogin.ts throttles
    // instead. A count that is never reached keeps Payload's lock columns (0 would drop them: a migration).
    maxLoginAttempts: Number.MAX_SAFE_INTEGER,
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
    forgotPassword: resetPasswordEmail,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], description: 'Accounts van redacteuren en beheerders. Alleen beheerders maken accounts aan.' },
  access: {
    // Editors also see who holds a document lock, so the lock dialog can name them (access/lockHolders.ts).
    read: adminsSelfOrLockHolders,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    unlock: admins,
  },
  hooks: {
    // The address limit runs first, so a blocked request costs no hashing.
    // The first account only from this computer or with the set-up code (auth/firstAccount.ts).
    beforeOperation: [guardFirstAccount, guardRequest, rateLimitLogin, equalLoginTiming, requireCurrentPassword, refuseShortPassword],
    afterLogin: [forgetSuccessfulLogin],
    beforeValidate: [makeFirstUserAdmin],
  },
  fields: [
    { name: 'name', label: 'Naam', type: 'text' },
    {
      name: 'roles',
      label: 'Rollen',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: firstUserIsAdmin,
      options: ROLES.map((role) => ({ ...role })),
      saveToJWT: true,
      // Not on the first-account screen (nobody is logged in): that account always becomes admin
      // (makeFirstUserAdmin), so a required "Rollen" there would ask for a choice that is ignored.
      admin: { condition: (_data, _siblingData, { user }) => Boolean(user) },
      access: { create: adminsOrFirstUser, update: adminsField, read: ownOrAdminField },
    },
    currentPasswordField,
    setupTokenField,
  ],
}
