/**
 * Who may create the first account (and so become admin) on a CMS without
 * one. Until then anyone who reached the port could claim the admin. Now the
 * first account comes from this computer (a loopback address; the CMS's
 * server records the socket, auth/clientAddress.ts), or from anywhere with
 * the set-up code the CMS prints at start (SETUP_TOKEN, or a random one per
 * process). Later accounts are created by admins, as before.
 */
import crypto from 'node:crypto'
import { APIError, type CollectionBeforeOperationHook, type TextField } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'
import { type CmsSettings, cmsSettings } from '../config/settings.ts'
import { clientAddress } from './clientAddress.ts'

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

// One code per process, even if Next.js loads this module in more than one bundle.
const holder = globalThis as unknown as { __toolkitSetupToken?: string }

/** The set-up code: SETUP_TOKEN, or one made up when the process starts. */
export function setupToken(settings: CmsSettings = cmsSettings()): string {
  const configured = settings.accounts.setupToken
  if (configured) return configured
  holder.__toolkitSetupToken ??= crypto.randomBytes(12).toString('base64url')
  return holder.__toolkitSetupToken
}

function sameCode(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given.trim())
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

/** On the create-first-user form only (nobody is logged in there); never stored. */
export const setupTokenField: TextField = {
  name: 'setupToken',
  label: 'Installatiecode',
  type: 'text',
  virtual: true,
  admin: {
    condition: (_data, _siblingData, { user }) => !user,
    description: 'Alleen nodig als je niet op de computer van het CMS zelf werkt: de code staat in de uitvoer van het CMS bij het starten.',
  },
  access: { read: () => false, update: () => false },
}

/** beforeOperation (users): the first account only from this computer or with the set-up code. */
export const guardFirstAccount: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local') return args
  const { totalDocs } = await req.payload.count({ collection: COLLECTIONS.users, overrideAccess: true, req })
  if (totalDocs > 0) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const { setupToken: given, ...rest } = data
  if (!LOOPBACK.has(clientAddress(req)) && !sameCode(given, setupToken())) {
    throw new APIError(
      'Het eerste account kan alleen op de computer van het CMS zelf worden aangemaakt, of met de installatiecode die het CMS bij het starten toont (veld Installatiecode).',
      403,
      null,
      true,
    )
  }
  return { ...args, data: rest }
}
