/**
 * The toolkit's content model, shared by seed, CMS and site. Imports only zod.
 * Every field is documented where it is defined.
 */
// First: Dutch messages for every zod check, in every package that imports the schemas.
import './locale.ts'
export * from './locale.ts'
export * from './slugs.ts'
export * from './vocabularies.ts'
export * from './sources.ts'
export * from './fields.ts'
export * from './password.ts'
export * from './common.ts'
export * from './theme.ts'
export * from './production.ts'
export * from './fragment.ts'
export * from './activity.ts'
export * from './intervention.ts'
export * from './evidence.ts'
export * from './case.ts'
export * from './guidance.ts'
export * from './registry.ts'
export * from './routes.ts'
export * from './integrity.ts'
export * from './snapshot.ts'
export * from './completeness.ts'
export * from './verbatim.ts'
export * from './openData.ts'
export * from './coverage.ts'
