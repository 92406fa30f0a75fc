/**
 * What scripts/build.mjs tells one `astro build` about the build around it,
 * as options of the site's integrations (site-config.ts), checked once
 * here: the live site and its state to build on, where the new state and
 * the summary go, and whether the index is left to the script. A plain
 * `astro build` gives none of them: a full build without state that makes
 * its own index.
 */
import { z } from 'zod'

export const buildOptionsSchema = z.strictObject({
  /** The live site and its build state; without them the build is full (src/integrations/incremental.ts). */
  previous: z.strictObject({ output: z.string().min(1), state: z.string().min(1).optional() }).optional(),
  /** Render every page, keeping the previous build's hashed files for browsers that hold its pages (SITE_FULL_BUILD). */
  full: z.boolean().default(false),
  /** Where to write the state for the next build. */
  nextState: z.string().min(1).optional(),
  /** Where to write this build's summary (phases, counts) as JSON, for the script's report. */
  summaryFile: z.string().min(1).optional(),
  /** The script builds the search index itself once the pages are live. */
  deferIndex: z.boolean().default(false),
})

export type BuildOptions = z.output<typeof buildOptionsSchema>
export type BuildOptionsInput = z.input<typeof buildOptionsSchema>

/** The options, checked; a wrong one names its field. */
export function buildOptions(input: unknown = {}): BuildOptions {
  const parsed = buildOptionsSchema.safeParse(input)
  if (!parsed.success) {
    throw new Error(`Ongeldige bouwopties: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(geheel)'}: ${issue.message}`).join('; ')}`)
  }
  return parsed.data
}
