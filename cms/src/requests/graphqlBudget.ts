/**
 * What one GraphQL request may cost, counted before it runs.
 *
 * The complexity limit (payload.config.ts) gives every field the same small
 * price, so 250 aliases of `Evidences(limit: 100) { totalDocs }` stayed under
 * it while asking the database for 25,000 documents. This validation rule
 * walks the query as graphql-js parsed it, through aliases, inline fragments
 * and named fragments, and multiplies like the server will: a list query
 * reads `limit` documents (Payload's default 10), a relation reads one
 * document per parent, any other list is guessed at LIST_ESTIMATE items.
 * A query over the document, field or depth budget (limits.ts) is refused
 * with a 400 before anything is read. Which types are documents comes from the
 * schema itself: the types the root query fetches by `id`.
 */
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'
import { MAX_GRAPHQL_DEPTH, MAX_GRAPHQL_DOCUMENTS, MAX_GRAPHQL_FIELDS } from './limits.ts'

/** Items assumed in a list whose length the query does not say (arrays, hasMany relations). */
export const LIST_ESTIMATE = 10
/** Payload's page size when a list query gives no limit. */
const DEFAULT_LIMIT = 10

export type GraphqlCost = { documents: number; fields: number; depth: number }

const documentTypesBySchema = new WeakMap<GraphQLSchema, Set<string>>()

/** The object types the root query fetches by id: one document each. */
function documentTypes(schema: GraphQLSchema): Set<string> {
  let names = documentTypesBySchema.get(schema)
  if (!names) {
    names = new Set()
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      const type = getNamedType(field.type)
      if (isObjectType(type) && field.args.some((arg) => arg.name === 'id')) names.add(type.name)
    }
    documentTypesBySchema.set(schema, names)
  }
  return names
}

function isDocument(type: GraphQLNamedType, documents: Set<string>): boolean {
  if (isUnionType(type)) return type.getTypes().every((member) => documents.has(member.name))
  return documents.has(type.name)
}

/** The page size a list query asks for; limit 0 or pagination false count as the whole budget. */
function pageSize(node: FieldNode, variables: Record<string, unknown>): number {
  const argument = (name: string): unknown => {
    const value = node.arguments?.find((arg) => arg.name.value === name)?.value
    if (!value) return undefined
    if (value.kind === Kind.VARIABLE) return variables[value.name.value]
    if (value.kind === Kind.INT) return Number(value.value)
    if (value.kind === Kind.BOOLEAN) return value.value
    return undefined
  }
  const limit = argument('limit')
  if (argument('pagination') === false || limit === 0) return MAX_GRAPHQL_DOCUMENTS
  return typeof limit === 'number' && Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_LIMIT
}

export class FragmentCycleError extends Error {}

/**
 * The cost of one operation's selections. `page` is the page size of the
 * list query just above (its `docs` field holds that many documents).
 */
export function operationCost(
  context: Pick<ValidationContext, 'getSchema' | 'getFragment'>,
  selectionSet: SelectionSetNode,
  rootType: GraphQLCompositeType,
  variables: Record<string, unknown> = {},
): GraphqlCost {
  const schema = context.getSchema()
  const documents = documentTypes(schema)
  const cost: GraphqlCost = { documents: 0, fields: 0, depth: 0 }

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, times: number, depth: number, page: number | undefined, fragments: readonly string[]) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        if (fragments.includes(name)) throw new FragmentCycleError(name)
        const fragment = context.getFragment(name)
        const type = fragment && schema.getType(fragment.typeCondition.name.value)
        if (fragment && type && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) walk(fragment.selectionSet, type, times, depth, page, [...fragments, name])
        continue
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent
        if (type && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) walk(selection.selectionSet, type, times, depth, page, fragments)
        continue
      }
      cost.fields += times
      cost.depth = Math.max(cost.depth, depth + 1)
      if (selection.name.value.startsWith('__') || isUnionType(parent)) continue
      const definition = parent.getFields()[selection.name.value]
      if (!definition || !selection.selectionSet) continue
      const type = getNamedType(definition.type)
      if (!(isObjectType(type) || isInterfaceType(type) || isUnionType(type))) continue
      const isList = isListType(getNullableType(definition.type))
      let childTimes = times
      let childPage: number | undefined
      if (definition.args.some((arg) => arg.name === 'limit')) {
        // A list query: the database reads its page even when only totalDocs is asked.
        childPage = pageSize(selection, variables)
        cost.documents += times * childPage
      } else if (page !== undefined && isList && selection.name.value === 'docs') {
        childTimes = times * page
      } else if (isDocument(type, documents)) {
        childTimes = times * (isList ? LIST_ESTIMATE : 1)
        cost.documents += childTimes
      } else if (isList) {
        childTimes = times * LIST_ESTIMATE
      }
      walk(selection.selectionSet, type, childTimes, depth + 1, childPage, fragments)
    }
  }
  walk(selectionSet, rootType, 1, 0, undefined, [])
  return cost
}

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_EXPENSIVE' } })

/** The validation rule (Payload's graphQL.validationRules); variables come from the request. */
export function graphqlBudget(variables: Record<string, unknown> = {}) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const schema = context.getSchema()
      const root = node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'query' ? schema.getQueryType() : schema.getSubscriptionType()
      if (!root) return
      let cost: GraphqlCost
      try {
        cost = operationCost(context, node.selectionSet, root, variables)
      } catch (error) {
        if (error instanceof FragmentCycleError) {
          context.reportError(refuse(`Fragment "${error.message}" verwijst (via andere fragmenten) naar zichzelf; dat kan niet.`))
          return
        }
        throw error
      }
      if (cost.documents > MAX_GRAPHQL_DOCUMENTS) {
        context.reportError(
          refuse(
            `Deze vraag leest ongeveer ${cost.documents} documenten; per verzoek mogen dat er hoogstens ${MAX_GRAPHQL_DOCUMENTS} zijn. Vraag minder lijsten tegelijk of kleinere pagina's (limit).`,
          ),
        )
      } else if (cost.fields > MAX_GRAPHQL_FIELDS) {
        context.reportError(refuse(`Deze vraag levert ongeveer ${cost.fields} velden op; per verzoek mogen dat er hoogstens ${MAX_GRAPHQL_FIELDS} zijn.`))
      } else if (cost.depth > MAX_GRAPHQL_DEPTH) {
        context.reportError(refuse(`Deze vraag is ${cost.depth} niveaus diep; hoogstens ${MAX_GRAPHQL_DEPTH} mag.`))
      }
    },
  })
}
