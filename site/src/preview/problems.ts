/**
 * What keeps a draft from its page, as the editor reads it in the CMS: the
 * field by the label of its form field and a left-out part in plain words,
 * from the schemas' one definition of both (`fieldLabelOf`,
 * `missingMessage`, which the CMS's refusal of a publish uses too). zod's
 * own "Ongeldige invoer: verwacht object, ontving undefined" and English
 * field keys are for developers.
 */
import { CONTENT_COLLECTIONS, fieldLabelOf, missingMessage, type ContentCollectionSlug } from '@toolkit/schemas'
import type { ContentProblem } from '../lib/content/load.ts'

const isCollection = (name: string | undefined): name is ContentCollectionSlug => CONTENT_COLLECTIONS.includes(name as ContentCollectionSlug)

/** One line per problem: "Bron: Kies de bron waaruit deze werkvorm komt." */
export function problemLine(problem: ContentProblem): string {
  const { collection, path } = problem
  if (!isCollection(collection) || !path?.length) return problem.field ? `${problem.field}: ${problem.message}` : problem.message
  const message = problem.missing ? missingMessage(collection, path.filter((key) => typeof key === 'string').join('.')) : problem.message
  return `${fieldLabelOf(collection, path)}: ${message}`
}
