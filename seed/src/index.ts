/** The toolkit's seed content and its validation; the CMS writes it through the Local API. */
export { loadSeed, validateSeed, DEFAULT_DATA_DIR, type SeedData } from './load.ts'
export { loadSnapshotFile } from './snapshotFile.ts'
export { SeedValidationError, describeProblem, type SeedProblem } from './errors.ts'
