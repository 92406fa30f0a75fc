/**
 * What one public request may ask of the database. Editors and admins are
 * trusted (the admin asks for `limit=0` to select everything it deletes);
 * anonymous visitors get pages of at most MAX_PUBLIC_LIMIT documents, at
 * most MAX_PUBLIC_DEPTH levels of related documents. GraphQL queries cost at
 * most MAX_GRAPHQL_COMPLEXITY (payload.config.ts).
 */
export const MAX_PUBLIC_LIMIT = 100
export const MAX_PUBLIC_DEPTH = 3
export const MAX_GRAPHQL_COMPLEXITY = 500
/** Beyond this, page × limit overflows the database's offset; nobody pages that far. */
export const MAX_PAGE = 1_000_000
