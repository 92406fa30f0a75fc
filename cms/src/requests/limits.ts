/**
 * What one public request may ask of the database. Editors and admins are
 * trusted (the admin asks for `limit=0` to select everything it deletes);
 * anonymous visitors get pages of at most MAX_PUBLIC_LIMIT documents, at
 * most MAX_PUBLIC_DEPTH levels of related documents. GraphQL queries cost at
 * most MAX_GRAPHQL_COMPLEXITY (payload.config.ts), read at most
 * MAX_GRAPHQL_DOCUMENTS documents, MAX_GRAPHQL_FIELDS fields and
 * MAX_GRAPHQL_DEPTH levels, counted before they run (graphqlBudget.ts), and
 * stop after GRAPHQL_TIME_BUDGET_MS (timeBudget.ts). These hold for everyone:
 * the admin does not use GraphQL.
 */
export const MAX_PUBLIC_LIMIT = 100
export const MAX_PUBLIC_DEPTH = 3
export const MAX_GRAPHQL_COMPLEXITY = 500
/** Five full public pages: what a legitimate page needs, about a second of work at most. */
export const MAX_GRAPHQL_DOCUMENTS = 500
export const MAX_GRAPHQL_FIELDS = 50_000
export const MAX_GRAPHQL_DEPTH = 12
export const GRAPHQL_TIME_BUDGET_MS = 3_000
/** Beyond this, page × limit overflows the database's offset; nobody pages that far. */
export const MAX_PAGE = 1_000_000
