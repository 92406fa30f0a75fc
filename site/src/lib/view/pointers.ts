/**
 * How the toolkit points to material that lives elsewhere, worded as far as
 * the sources go and no further (one definition for pages, PDFs and the
 * planner's run sheet):
 * - the slides (source 000) list per fragment "Link pdf met vragen" with an
 *   address; they say nothing of an assignment in it, nor who made it;
 * - the guide (source 002) ends with the address
 *   www.phrenos.nl/toolkit-destigmatisering and names no maker or publisher.
 */
export const QUESTION_PDF = {
  /** Label of the link itself. */
  label: 'Pdf met vragen (link uit de presentatie)',
  /** Before the link, when the toolkit has no questions of its own for the fragment. */
  intro: 'De presentatie bij de impactproductie verwijst voor de vragen bij dit fragment naar een pdf:',
  /** Beside the toolkit's own questions. */
  also: 'De presentatie verwijst voor de vragen ook naar een pdf:',
} as const

/** The production's website field: the address the guide ends with. */
export const GUIDE_ADDRESS = {
  intro: 'De richtlijnen voor de gespreksleider eindigen met deze link:',
  /** The guide gives the link no name, so it is named by where it comes from, as the slides' question PDFs are; the address follows it. */
  label: 'Website uit de richtlijnen',
} as const
