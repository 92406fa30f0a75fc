import type { PayloadRequest } from 'payload'

/** The roles a CMS user can have. Admins also manage users; editors manage content. */
export const ROLES = [
  { value: 'admin', label: 'Beheerder' },
  { value: 'editor', label: 'Redacteur' },
] as const

export type Role = (typeof ROLES)[number]['value']

type UserLike = { roles?: Role[] | null } | null | undefined

export function hasRole(user: UserLike, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

export function isAdminUser(user: UserLike): boolean {
  return hasRole(user, 'admin')
}

/** Admins can do everything editors can. */
export function isEditorUser(user: UserLike): boolean {
  return hasRole(user, 'editor') || isAdminUser(user)
}

export const userOf = (req: PayloadRequest): UserLike => req.user as UserLike
