/**
 * Payload skips all field validation when a draft is saved, so a draft could
 * hold a 10 MB text, a number where a list belongs or a relation to nothing.
 * With `versions.drafts.validate` on, this wrapper lets drafts stay
 * incomplete (required fields and minimum rows are checked on publish only,
 * where the zod schema decides what a complete document is) while every other
 * check runs on every save: types, lengths, allowed values, and whether a
 * related document exists (the database would refuse it halfway through a
 * write otherwise).
 */
import { validations, type Field, type FieldAffectingData, type Validate } from 'payload'
import { schemaIssueAt } from '../hooks/schemaIssues.ts'
import { refusedMarkAt } from './refusedMarks.ts'

type AnyValidate = Validate<unknown, object, object, object>
type Options = Parameters<AnyValidate>[1] & { data?: { _status?: string }; relationTo?: unknown; required?: boolean }

const isDraft = (options: Options) => options.data?._status !== 'published'

/** The ids of a relationship value: an id, a list of ids, or populated documents. */
function idsOf(value: unknown): (string | number)[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return list
    .map((item) => (item && typeof item === 'object' && 'id' in item ? (item as { id: string | number }).id : item))
    .filter((id): id is string | number => typeof id === 'string' || typeof id === 'number')
}

async function missingRelations(value: unknown, options: Options): Promise<string | true> {
  const ids = [...new Set(idsOf(value))]
  if (ids.length === 0 || typeof options.relationTo !== 'string') return true
  const { payload } = options.req
  const { docs } = await payload.find({
    collection: options.relationTo as never,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    draft: true,
    req: options.req,
    select: {},
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  const missing = ids.filter((id) => !found.has(String(id)))
  return missing.length === 0 || `Bestaat niet in ${options.relationTo}: ${missing.join(', ')}.`
}

/** Where `target` sits in `root`: the keys down to it, or undefined. */
function placeOf(root: unknown, target: unknown, at: (string | number)[] = []): (string | number)[] | undefined {
  if (root === target) return at
  if (!root || typeof root !== 'object' || !target) return undefined
  for (const [key, value] of Object.entries(root)) {
    const found = value && typeof value === 'object' ? placeOf(value, target, [...at, Array.isArray(root) ? Number(key) : key]) : undefined
    if (found) return found
  }
  return undefined
}

/** The field's answer by the draft rules (publish = false) or the publish rules, with its path for the schema's check. */
type Check = (value: unknown, options: Options, path: (string | number)[] | undefined, publish: boolean) => Promise<string | true>

function withDraftRules(field: FieldAffectingData, staticPath: (string | number)[] | null): AnyValidate {
  const own = 'validate' in field ? (field.validate as AnyValidate | undefined) : undefined
  const standard = (validations as unknown as Record<string, AnyValidate | undefined>)[field.type]
  const base: AnyValidate = own ?? ((value, options) => (standard ? standard(value, { ...field, ...options } as never) : true))
  const check: Check = async (value, options, path, publish) => {
    const result = await base(value, (publish ? options : { ...options, required: false, minRows: undefined }) as never)
    // Payload's own message for a malformed id is English only.
    if (typeof result === 'string' && result.startsWith('This relationship field has the following invalid relationships')) {
      return `Ongeldige verwijzing: ${idsOf(value).join(', ') || JSON.stringify(value)} is geen id van een document.`
    }
    if (result !== true) return result
    // The shared schema's check of this field, so a server error stays on the field (hooks/schemaIssues.ts).
    const schema = schemaIssueAt({ ...(options as Parameters<typeof schemaIssueAt>[0]), path, publish })
    if (schema !== true) return schema
    if (field.type === 'relationship' || field.type === 'upload') return missingRelations(value, { ...field, ...options } as Options)
    return true
  }
  return async (value, options) => {
    // Payload's form-state check passes no path; outside lists a field's place is fixed, in a list
    // row it is where the row (siblingData) sits in the document.
    const given = (options as { path?: (string | number)[] }).path
    const row = given || staticPath ? undefined : placeOf((options as Options).data, (options as { siblingData?: unknown }).siblingData)
    const path = given ?? staticPath ?? (row && [...row, field.name as string])
    const publish = !isDraft(options as Options)
    const answer = await check(value, options as Options, path, publish)
    if (answer !== true || publish) return answer
    // Valid for a draft, but the form may still show this value refused by a publish (refusedMarks.ts):
    // the mark stays while the publish rules refuse the value for the reason it shows, so a list
    // refused as empty stays marked until a row is added. A mark of another reason goes.
    const mark = path && refusedMarkAt((options as Options).req, path)
    if (!mark) return true
    // The schema's reason first: Payload's own row count check would answer in other words.
    const shown = (reason: string | true): reason is string => typeof reason === 'string' && mark.endsWith(reason)
    const schema = schemaIssueAt({ ...(options as Parameters<typeof schemaIssueAt>[0]), path, publish: true })
    if (shown(schema)) return schema
    const rules = await check(value, options as Options, path, true)
    return shown(rules) ? rules : true
  }
}

/**
 * The fields, each (nested ones too) validated on every save as described
 * above. `prefix` is the path of the fields' parent; null inside a list,
 * where a field's place depends on its row.
 */
export function checkDraftsToo(fields: Field[], prefix: string[] | null = []): Field[] {
  return fields.map((field) => {
    const named = 'name' in field && field.name ? prefix && [...prefix, field.name] : prefix
    const inner = field.type === 'array' || field.type === 'blocks' ? null : named
    const nested = 'fields' in field && Array.isArray(field.fields) ? { fields: checkDraftsToo(field.fields, inner) } : {}
    const tabs =
      field.type === 'tabs'
        ? { tabs: field.tabs.map((tab) => ({ ...tab, fields: checkDraftsToo(tab.fields, 'name' in tab && tab.name ? prefix && [...prefix, tab.name] : prefix) })) }
        : {}
    if (!('name' in field) || field.type === 'ui' || ('virtual' in field && field.virtual)) return { ...field, ...nested, ...tabs } as Field
    return { ...field, ...nested, ...tabs, validate: withDraftRules(field as FieldAffectingData, named) } as Field
  })
}
