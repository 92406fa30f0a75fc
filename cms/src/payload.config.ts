import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { nl } from '@payloadcms/translations/languages/nl'
import { COLLECTIONS } from '@toolkit/schemas'
import { bootstrap } from './bootstrap.ts'
import { Activities } from './collections/Activities.ts'
import { Cases } from './collections/Cases.ts'
import { Evidence } from './collections/Evidence.ts'
import { Fragments } from './collections/Fragments.ts'
import { Guidance } from './collections/Guidance.ts'
import { Interventions } from './collections/Interventions.ts'
import { Media } from './collections/Media.ts'
import { Productions } from './collections/Productions.ts'
import { Themes } from './collections/Themes.ts'
import { Users } from './collections/Users.ts'
import { databaseAdapter } from './database.ts'
import { snapshotEndpoint } from './endpoints/snapshot.ts'
import { answerDatabaseBusy } from './hooks/answerDatabaseBusy.ts'
import { resolveSecret } from './secret.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: COLLECTIONS.users,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Toolkit destigmatisering' },
  },
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl' },
  collections: [Productions, Fragments, Activities, Interventions, Evidence, Cases, Guidance, Themes, Media, Users],
  endpoints: [snapshotEndpoint],
  secret: resolveSecret(process.env, path.resolve(dirname, '..', 'data')),
  db: databaseAdapter(),
  telemetry: false,
  graphQL: { disablePlaygroundInProduction: true },
  cors: (process.env.CORS_ORIGINS ?? 'http://localhost:4321').split(',').map((origin) => origin.trim()),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  hooks: { afterError: [answerDatabaseBusy] },
  onInit: (payload) => bootstrap(payload),
})
