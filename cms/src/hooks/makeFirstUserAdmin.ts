import type { CollectionBeforeValidateHook, FieldAccess } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'
import { isAdminUser } from '../access/roles.ts'

async function noUsersYet(req: Parameters<FieldAccess>[0]['req']): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: COLLECTIONS.users, overrideAccess: true, req })
  return totalDocs === 0
}

/** The very first account (Payload's first-user screen, or ADMIN_EMAIL) becomes admin. */
export const makeFirstUserAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation === 'create' && data && (await noUsersYet(req))) {
    return { ...data, roles: ['admin'] }
  }
  return data
}

/** Only admins set roles, except on the first account, which has nobody to ask. */
export const adminsOrFirstUser: FieldAccess = async ({ req }) =>
  isAdminUser(req.user as { roles?: ('admin' | 'editor')[] }) || (await noUsersYet(req))

/** Default roles: admin for the first account (so the first-user screen says so), editor after. */
export const firstUserIsAdmin = async ({ req }: { req: Parameters<FieldAccess>[0]['req'] }) =>
  (await noUsersYet(req)) ? ['admin'] : ['editor']
