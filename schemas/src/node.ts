/**
 * The parts of the content model that need Node (node:crypto, node:fs), kept
 * out of the main entry so the browser bundles of the site never load them:
 * the snapshot wrapper and the draft-preview token.
 */
import './locale.ts'
export * from './snapshotFile.ts'
export * from './previewToken.ts'
