/**
 * Checks what a REST or GraphQL request asks of a collection before Payload
 * touches the database: the body is a JSON object, ids, paging and `where`
 * are well-formed, public requests stay within the limits, and a client
 * cannot set the status to something unknown or forge timestamps. A problem
 * is a 400 that names the field or parameter; nothing is written.
 * The Local API (the seed, the snapshot endpoint) is trusted and unchecked.
 */
import { APIError, ValidationError, type CollectionBeforeOperationHook, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import { isEditorUser } from '../access/roles.ts'
import { MAX_PAGE, MAX_PUBLIC_DEPTH, MAX_PUBLIC_LIMIT } from './limits.ts'
import { fieldsProblem } from './data.ts'
import { formOnlyFields, formOnlyProblem } from './formFields.ts'
import { nulByteProblem } from './nulBytes.ts'
import { spendTime } from './timeBudget.ts'
import { whereProblem } from './where.ts'

const STATUSES = ['draft', 'published']
const WRITES = new Set(['create', 'update'])

function fail(req: PayloadRequest, collection: string, path: string, message: string): never {
  throw new ValidationError({ collection, errors: [{ path, message }], req }, req.t)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value)
}

/** A whole number within [min, max] given as a query string or number, or absent. */
function checkWholeNumber(req: PayloadRequest, collection: string, name: string, raw: unknown, min: number, max: number): void {
  if (raw === undefined || raw === '') return
  const value = Number(raw)
  if (typeof raw === 'object' || !Number.isInteger(value) || value < min || value > max) {
    const range = Number.isFinite(max) ? `van ${min} tot en met ${max}` : `vanaf ${min}`
    fail(req, collection, name, `${name} moet een geheel getal ${range} zijn (niet "${String(raw)}").`)
  }
}

function checkId(req: PayloadRequest, collection: string, id: unknown): void {
  if (id === undefined || id === null) return
  const idType = req.payload.db.defaultIDType
  // Payload has already read "abc" as NaN and "1;x" as 1: check what the client sent.
  const asSent = String(req.routeParams?.id ?? id)
  const valid = idType === 'number' ? /^\d+$/.test(asSent) : /^[a-f0-9]{24}$/i.test(asSent)
  if (!valid) throw new APIError(`Geen document met id "${asSent}" in ${collection}: dat is geen geldig id.`, 404, null, true)
}

async function checkData(req: PayloadRequest, config: SanitizedCollectionConfig, data: unknown): Promise<Record<string, unknown>> {
  const collection = config.slug
  if (!isPlainObject(data)) {
    throw new APIError('De inhoud van het verzoek moet een JSON-object met velden zijn, bijvoorbeeld {"title": "…"}.', 400, null, true)
  }
  if ('_status' in data && data._status !== undefined && !STATUSES.includes(data._status as string)) {
    fail(req, collection, '_status', `_status moet "draft" of "published" zijn (niet "${String(data._status)}").`)
  }
  // Payload keeps timestamps a client sends; they are the server's to set.
  const { createdAt: _created, updatedAt: _updated, ...rest } = data
  // Besides its data fields, a collection accepts the document's id and what
  // Payload's own admin form sends (password fields of auth collections).
  const accepted = new Set(['id', ...formOnlyFields(req, config).map((field) => field.name)])
  const problem = fieldsProblem(config.flattenedFields, rest, '', accepted) ?? (await formOnlyProblem(req, config, rest))
  if (problem) fail(req, collection, problem.path, problem.message)
  return rest
}

export const guardRequest: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  // A budgeted request (GraphQL) stops when it is out of time.
  spendTime()
  const slug = collection.slug
  const next = { ...args } as Record<string, unknown>
  if (WRITES.has(operation) && (operation === 'create' || 'data' in args)) next.data = await checkData(req, collection, (args as { data?: unknown }).data)
  const nul = nulByteProblem(next.data)
  if (nul) fail(req, slug, nul.path, nul.message)
  checkId(req, slug, (args as { id?: unknown }).id)

  // GraphQL passes its limit as an argument. Payload's own follow-up reads for
  // the same request (populating relations: currentDepth set, all at once) and
  // the CMS's trusted reads (overrideAccess) are not the client's to limit:
  // among them the read of the logged-in user while Payload checks the token,
  // before req.user is known (an admin's `?limit=250` would have made it fail
  // and the admin anonymous).
  const { limit, page, pagination, currentDepth, overrideAccess } = args as {
    limit?: unknown
    page?: unknown
    pagination?: unknown
    currentDepth?: unknown
    overrideAccess?: unknown
  }
  if (overrideAccess === true) return next as typeof args
  const clientAsked = currentDepth === undefined
  const query = (req.query ?? {}) as Record<string, unknown>
  // Decided after authentication: Payload sets req.user before it runs the client's operation.
  const trusted = isEditorUser(req.user as { roles?: ('admin' | 'editor')[] })
  checkWholeNumber(req, slug, 'limit', query.limit, trusted ? 0 : 1, trusted ? Number.POSITIVE_INFINITY : MAX_PUBLIC_LIMIT)
  checkWholeNumber(req, slug, 'page', query.page, 1, MAX_PAGE)
  checkWholeNumber(req, slug, 'depth', query.depth, 0, trusted ? req.payload.config.maxDepth : MAX_PUBLIC_DEPTH)
  if (!trusted && (query.pagination === 'false' || query.pagination === false)) {
    fail(req, slug, 'pagination', `Alles tegelijk opvragen kan niet; vraag pagina's van hoogstens ${MAX_PUBLIC_LIMIT} documenten (limit en page).`)
  }
  if (clientAsked && typeof page === 'number' && (page > MAX_PAGE || page < 1)) {
    fail(req, slug, 'page', `page moet een geheel getal van 1 tot en met ${MAX_PAGE} zijn.`)
  }
  if (!trusted && clientAsked && pagination === false) {
    fail(req, slug, 'pagination', `Alles tegelijk opvragen kan niet; vraag pagina's van hoogstens ${MAX_PUBLIC_LIMIT} documenten (limit en page).`)
  }
  if (!trusted && clientAsked && typeof limit === 'number' && (limit > MAX_PUBLIC_LIMIT || limit < 1)) {
    fail(req, slug, 'limit', `limit moet een geheel getal van 1 tot en met ${MAX_PUBLIC_LIMIT} zijn.`)
  }

  const problem = whereProblem((args as { where?: unknown }).where, collection.flattenedFields, req.payload.db.defaultIDType === 'number' ? 'number' : 'text')
  if (problem) fail(req, slug, problem.path, problem.message)
  return next as typeof args
}
