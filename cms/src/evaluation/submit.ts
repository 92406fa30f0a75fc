/**
 * `POST /api/evaluatie`: an answer to an evaluation form on the site. The
 * public site stays static and sets no cookie; this endpoint takes the
 * answers from the site's own origin only, refuses spam (a filled honeypot,
 * a form sent faster than a person can fill it in) and floods (per sender,
 * in memory), and answers bad input with a 4xx that names the field, in
 * Dutch. It stores the answers and nothing about the sender.
 */
import type { Endpoint } from 'payload'
import { evaluationSubmissionSchema } from '@toolkit/schemas'
import { EVALUATIONS } from '../collections/Evaluations.ts'
import { type CmsSettings, cmsSettings } from '../config/settings.ts'
import { rateLimit, senderOf } from './rateLimit.ts'

/** Faster than this, no person filled in the form. */
export const MIN_FILL_MS = 3_000
/** Answers per sender per window. */
export const MAX_PER_WINDOW = 10
export const WINDOW_MS = 10 * 60_000
const MAX_BODY_BYTES = 8_000

const limiter = rateLimit(MAX_PER_WINDOW, WINDOW_MS)

/** The site's own origins: SITE_URL (the site this CMS updates) and the sites allowed to call the API (CORS_ORIGINS). */
function siteOrigins(settings: CmsSettings = cmsSettings()): string[] {
  const own = settings.site.configuredOrigin
  return [...(own ? [own] : []), ...settings.corsOrigins]
}

function answer(status: number, message: string, origin?: string, extra: Record<string, unknown> = {}): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
  if (origin) {
    headers['Access-Control-Allow-Origin'] = origin
    headers.Vary = 'Origin'
  }
  return Response.json({ message, ...extra }, { status, headers })
}

export const submitEvaluationEndpoint: Endpoint = {
  path: '/evaluatie',
  method: 'post',
  handler: async (req) => {
    const origin = req.headers.get('origin') ?? ''
    const allowed = siteOrigins()
    if (!origin || !(allowed.includes('*') || allowed.includes(origin))) {
      return answer(403, 'Evaluaties worden alleen aangenomen vanaf de website van de toolkit.')
    }
    if (!limiter.allow(senderOf(req.headers))) {
      return answer(429, 'Er zijn vanaf dit adres net veel evaluaties verstuurd. Probeer het over tien minuten opnieuw.', origin)
    }
    // The site sends text/plain (a simple request, no preflight); JSON is accepted as well.
    const text = req.text ? await req.text() : ''
    if (text.length > MAX_BODY_BYTES) return answer(413, 'De evaluatie is te groot om te versturen.', origin)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return answer(400, 'De evaluatie kon niet worden gelezen (geen geldige JSON).', origin)
    }
    const parsed = evaluationSubmissionSchema.safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      return answer(400, issue.message, origin, { field: issue.path.join('.') })
    }
    const data = parsed.data
    if (data.website) return answer(422, 'De evaluatie is niet opgeslagen: een veld dat leeg moet blijven (‘website’) is ingevuld.', origin, { field: 'website' })
    const elapsed = Date.now() - data.startedAt
    if (!(elapsed >= MIN_FILL_MS)) {
      return answer(422, 'De evaluatie is te snel verstuurd om door een mens te zijn ingevuld. Neem de tijd en verstuur haar opnieuw.', origin, { field: 'startedAt' })
    }
    await req.payload.create({
      collection: EVALUATIONS,
      overrideAccess: true,
      data: {
        kind: data.kind,
        target: data.target,
        useful: data.useful,
        ...(data.actionsClear ? { actionsClear: data.actionsClear } : {}),
        ...(data.willApply ? { willApply: data.willApply } : {}),
        ...(data.comment?.trim() ? { comment: data.comment.trim() } : {}),
      },
    })
    return answer(201, 'Dank je wel! Je evaluatie is opgeslagen.', origin)
  },
}
