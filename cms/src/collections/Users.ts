import type { CollectionConfig } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'
import { admins, adminsField, adminsOrSelf } from '../access/predicates.ts'
import { adminsOrFirstUser, firstUserIsAdmin, makeFirstUserAdmin } from '../hooks/makeFirstUserAdmin.ts'
import { ROLES } from '../access/roles.ts'

/** CMS accounts. Only admins manage users; nobody reads users anonymously. */
export const Users: CollectionConfig = {
  slug: COLLECTIONS.users,
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'roles'] },
  access: {
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    unlock: admins,
  },
  hooks: { beforeValidate: [makeFirstUserAdmin] },
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
      access: { create: adminsOrFirstUser, update: adminsField },
    },
  ],
}
