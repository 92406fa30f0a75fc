/** One problem in the seed data, located by file, record and field. */
export type SeedProblem = {
  /** Path of the data file, relative to the seed package (e.g. "data/fragments.json"). */
  file: string
  /** Index of the record in the file's array, when the problem is in one record. */
  record?: number
  /** Slug of that record, when it has one. */
  slug?: string
  /** Dotted path of the field inside the record, e.g. "questions.general.0". */
  field?: string
  message: string
}

export function describeProblem(problem: SeedProblem): string {
  const where = [problem.file]
  if (problem.record !== undefined) {
    where.push(`record ${problem.record}${problem.slug ? ` ("${problem.slug}")` : ''}`)
  }
  if (problem.field) where.push(`field "${problem.field}"`)
  return `${where.join(', ')}: ${problem.message}`
}

/** Thrown before anything is written when the seed data is invalid. */
export class SeedValidationError extends Error {
  readonly problems: SeedProblem[]

  constructor(problems: SeedProblem[]) {
    const list = problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n')
    super(`The seed data is invalid; nothing was imported. ${problems.length} problem(s):\n${list}`)
    this.name = 'SeedValidationError'
    this.problems = problems
  }
}
