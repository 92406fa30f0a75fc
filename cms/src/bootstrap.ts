import type { Payload } from 'payload'
import { COLLECTIONS, passwordProblem } from '@toolkit/schemas'
import { setupToken } from './auth/firstAccount.ts'
import { type CmsSettings, cmsSettings } from './config/settings.ts'
import { importSeed } from './seed/importSeed.ts'

/**
 * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when that account
 * does not exist yet. There is no default password: without these variables
 * the first admin signs up on Payload's first-user screen.
 */
async function ensureAdmin(payload: Payload, settings: CmsSettings): Promise<void> {
  const { adminEmail: email, adminPassword: password } = settings.accounts
  const { totalDocs: users } = await payload.count({ collection: COLLECTIONS.users, overrideAccess: true })
  if (!email || !password) {
    if (users === 0) {
      payload.logger.info('Nog geen beheerder: maak het eerste account aan op /admin (of zet ADMIN_EMAIL en ADMIN_PASSWORD).')
      // From another computer the first account needs this code (auth/firstAccount.ts).
      payload.logger.info(`Installatiecode voor het eerste account vanaf een andere computer: ${setupToken(settings)}`)
    }
    return
  }
  const { totalDocs } = await payload.count({ collection: COLLECTIONS.users, where: { email: { equals: email } }, overrideAccess: true })
  if (totalDocs > 0) return
  // The same rule as every account (Users collection), said before anything is created.
  const problem = passwordProblem(password)
  if (problem) throw new Error(`ADMIN_PASSWORD: ${problem}`)
  await payload.create({ collection: COLLECTIONS.users, data: { email, password, roles: ['admin'] }, overrideAccess: true })
  payload.logger.info(`Beheerder ${email} aangemaakt.`)
}

/** Seeds an empty database once, so a fresh `npm start` shows the toolkit. */
async function seedIfEmpty(payload: Payload, settings: CmsSettings): Promise<void> {
  if (!settings.accounts.seedOnStart) return
  const { totalDocs } = await payload.count({ collection: COLLECTIONS.themes, overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Lege database: de toolkit wordt gevuld met de inhoud uit seed/ …')
  const started = Date.now()
  await importSeed(payload, { log: (line) => payload.logger.info(line) })
  payload.logger.info(`Inhoud geladen in ${((Date.now() - started) / 1000).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s.`)
}

/** False in the jobs runner (scripts/run-jobs.ts): the server it runs beside creates the first admin and seeds, once. */
let bootstrapsHere = true

/** Called by the jobs runner before Payload starts: its `onInit` (plugins' included) runs, this bootstrap does not. */
export function leaveBootstrapToTheServer(): void {
  bootstrapsHere = false
}

export async function bootstrap(payload: Payload, settings: CmsSettings = cmsSettings()): Promise<void> {
  if (!bootstrapsHere) return
  await ensureAdmin(payload, settings)
  await seedIfEmpty(payload, settings)
}
