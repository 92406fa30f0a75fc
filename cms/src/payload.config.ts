import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { nl } from '@payloadcms/translations/languages/nl'
import { COLLECTIONS } from '@toolkit/schemas'
import { brandAdmin, brandAdminComponents } from './admin/brand.ts'
import { completenessAdminComponents } from './admin/completeness.ts'
import { coverageAdminComponents } from './admin/coverage.ts'
import { adminTimezones, DATE_FORMAT } from './admin/dutch.ts'
import { dutchTranslations } from './admin/translations.ts'
import { livePreview } from './admin/livePreview.ts'
import { bootstrap } from './bootstrap.ts'
import { cmsSettings } from './config/settings.ts'
import { Activities } from './collections/Activities.ts'
import { Attachments } from './collections/Attachments.ts'
import { fileTooLarge, uploadLimits } from './attachments/uploadLimits.ts'
import { objectStoragePlugin } from './storage/objectStorage.ts'
import { Cases } from './collections/Cases.ts'
import { Evidence } from './collections/Evidence.ts'
import { Fragments } from './collections/Fragments.ts'
import { Guidance } from './collections/Guidance.ts'
import { Interventions } from './collections/Interventions.ts'
import { Media } from './collections/Media.ts'
import { Productions } from './collections/Productions.ts'
import { Themes } from './collections/Themes.ts'
import { Users } from './collections/Users.ts'
import { Evaluations } from './collections/Evaluations.ts'
import { submitEvaluationEndpoint } from './evaluation/submit.ts'
import { evaluationCsvEndpoint, evaluationResultsEndpoint } from './evaluation/results.ts'
import { evaluationAdminComponents } from './evaluation/admin.ts'
import { OpenData } from './globals/OpenData.ts'
import { SITE_NAME } from '@toolkit/schemas/site-name'
import { databaseAdapter } from './database.ts'
import { emailAdapter } from './email.ts'
import { healthEndpoint } from './endpoints/health.ts'
import { apiDocsEndpoint, openApiEndpoint } from './endpoints/openapi.ts'
import { snapshotEndpoint } from './endpoints/snapshot.ts'
import { previewDraftEndpoint, previewLinkEndpoint } from './preview/endpoints.ts'
import { previewSecret } from './preview/settings.ts'
import { siteUpdateJobs } from './publishing/jobs.ts'
import { answerDatabaseErrors } from './hooks/answerDatabaseErrors.ts'
import { dutchErrorMessages } from './hooks/dutchErrorMessages.ts'
import { withPublicReadInvalidation } from './hooks/invalidatePublicReads.ts'
import { graphqlBudget } from './requests/graphqlBudget.ts'
import { MAX_GRAPHQL_COMPLEXITY } from './requests/limits.ts'
import { resolveSecret } from './secret.ts'
import { cmsServerUrl, corsOrigins, csrfOrigins } from './security/origins.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Read once as the config loads: a wrong variable stops the CMS here, with its name (config/environment.ts).
const settings = cmsSettings()
// Production refuses to start without a real preview secret, as it does for PAYLOAD_SECRET below.
previewSecret(settings)

export default buildConfig({
  admin: {
    user: COLLECTIONS.users,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ` · ${SITE_NAME}` },
    components: {
      ...completenessAdminComponents,
      ...brandAdminComponents,
      // The overviews for editors: "Volledigheid" and the gap map "Dekking".
      afterNavLinks: [...completenessAdminComponents.afterNavLinks!, ...coverageAdminComponents.afterNavLinks, ...evaluationAdminComponents.afterNavLinks],
      views: { ...completenessAdminComponents.views, ...coverageAdminComponents.views, ...evaluationAdminComponents.views },
      beforeDashboard: ['/admin/SiteUpdateStatus#SiteUpdateStatus'],
      // The 12-character password rule in the browser, before a form sends (admin/PasswordLength.tsx); Dutch
      // where Payload hard-codes English (admin/DutchHardCoded.tsx); names for its unnamed controls (admin/AccessibleNames.tsx).
      providers: ['/admin/PasswordLength#PasswordLength', '/admin/DutchHardCoded#DutchHardCoded', '/admin/AccessibleNames#AccessibleNames'],
    },
    ...brandAdmin,
    // Dutch dates, a 24-hour clock and Amsterdam time (admin/dutch.ts).
    dateFormat: DATE_FORMAT,
    timezones: adminTimezones,
    // The draft on the site's template beside the edit form (admin/livePreview.ts).
    livePreview,
  },
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl', translations: { nl: dutchTranslations } },
  // Any change makes cached public reads be read again (requests/publicReadCache.ts).
  collections: [Productions, Fragments, Activities, Interventions, Evidence, Cases, Guidance, Themes, Media, Attachments, Users, Evaluations].map(withPublicReadInvalidation),
  globals: [OpenData],
  endpoints: [snapshotEndpoint, healthEndpoint, previewLinkEndpoint, previewDraftEndpoint, openApiEndpoint, apiDocsEndpoint, submitEvaluationEndpoint, evaluationResultsEndpoint, evaluationCsvEndpoint],
  secret: resolveSecret(settings, path.resolve(dirname, '..', 'data')),
  db: databaseAdapter(settings.database.url),
  telemetry: false,
  // A wrong password is an expected answer, not a server fault: one line in the log instead of an error with its stack
  // (a locked account, LockedAuth, stays an error).
  loggingLevels: { AuthenticationError: 'info' },
  // A query may cost at most this much (aliases and nested lists add up); see requests/limits.ts.
  // Documents, fields and depth are budgeted before a query runs (requests/graphqlBudget.ts).
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: MAX_GRAPHQL_COMPLEXITY,
    validationRules: (args) => [graphqlBudget((args.variableValues ?? {}) as Record<string, unknown>)],
  },
  // Links in mail and the admin's API calls use this address; it is also trusted for the session cookie.
  serverURL: cmsServerUrl(settings),
  cors: corsOrigins(settings),
  // The session cookie counts only on requests from these origins (see security/origins.ts).
  csrf: csrfOrigins(settings),
  email: emailAdapter(settings),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  // Database conditions as 503/409; Payload's English upload and validation messages in Dutch.
  hooks: { afterError: [answerDatabaseErrors, dutchErrorMessages, fileTooLarge] },
  // Uploads stop at the attachment size limit, refused in Dutch (attachments/uploadLimits.ts).
  upload: uploadLimits,
  // Site updates after publishing and scheduled publications (publishing/jobs.ts).
  jobs: siteUpdateJobs,
  // Uploads on local disk, or in an S3-compatible bucket when S3_BUCKET is set (storage/objectStorage.ts).
  plugins: [objectStoragePlugin(settings)],
  onInit: (payload) => bootstrap(payload),
})
