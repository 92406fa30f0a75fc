/**
 * Every controlled vocabulary of the content model, defined once. Each entry
 * has a stable `value` (stored in the database, used in URLs and filters) and
 * the Dutch `label` shown to editors and readers. The CMS builds its select
 * options from these lists; the site builds its filters from them.
 */

export type VocabularyEntry<V extends string = string> = {
  readonly value: V
  readonly label: string
}

function vocabulary<const V extends string>(entries: readonly VocabularyEntry<V>[]) {
  return entries
}

/** Kinds of stigma a method addresses (DOMAIN.md, taxonomy). */
export const STIGMA_TYPES = vocabulary([
  { value: 'public', label: 'Publiek stigma' },
  { value: 'self', label: 'Zelfstigma' },
  { value: 'structural', label: 'Structureel stigma' },
  { value: 'associative', label: 'Stigma door associatie' },
  { value: 'label-avoidance', label: 'Labelvermijding' },
])

/** Who a method or text is for. */
export const AUDIENCES = vocabulary([
  { value: 'professionals', label: 'Hulpverleners' },
  { value: 'clients', label: 'Cliënten' },
  { value: 'family', label: 'Naasten en familie' },
  { value: 'teams', label: 'Teams' },
  { value: 'organisations', label: 'Organisaties' },
  { value: 'students', label: 'Studenten en professionals in opleiding' },
  { value: 'public', label: 'Breed publiek' },
])

/** Care settings a method fits. */
export const SETTINGS = vocabulary([
  { value: 'ambulatory', label: 'Ambulante zorg' },
  { value: 'clinical', label: 'Klinische zorg' },
  { value: 'sheltered-housing', label: 'Beschermd wonen' },
  { value: 'addiction-care', label: 'Verslavingszorg' },
])

/** What an activity works on (the source's "Betreft"). */
export const LEARNING_DOMAINS = vocabulary([
  { value: 'knowledge', label: 'Kennis' },
  { value: 'attitude', label: 'Houding' },
  { value: 'skills', label: 'Vaardigheden' },
])

/** The form in which a method is delivered. */
export const FORMATS = vocabulary([
  { value: 'toolkit', label: 'Toolkit' },
  { value: 'training', label: 'Training' },
  { value: 'e-learning', label: 'E-learning' },
  { value: 'workshop', label: 'Workshop' },
  { value: 'decision-aid', label: 'Keuzehulp' },
  { value: 'therapy', label: 'Therapie of behandeling' },
  { value: 'peer-group', label: 'Groep met ervaringsgenoten' },
  { value: 'self-management', label: 'Zelfmanagement' },
  { value: 'contact', label: 'Ontmoeting en contact' },
  { value: 'dialogue', label: 'Dialoogbijeenkomst' },
  { value: 'film', label: 'Film en impactproductie' },
  { value: 'course', label: 'Cursus' },
  { value: 'psychoeducation', label: 'Psycho-educatie' },
])

/**
 * Evidence levels (erkenningsniveaus) of the Dutch recognition scheme for
 * interventions (erkenningstraject), plus "not assessed" when a source says
 * the method has no rating. There is no "unknown": a field not yet looked up
 * stays empty, and "the sources say nothing" is recorded per document
 * (`sourcesSilent`), so the site shows nothing rather than "Onbekend".
 */
export const EVIDENCE_LEVELS = vocabulary([
  { value: 'not-assessed', label: 'Niet beoordeeld' },
  { value: 'well-described', label: 'Goed beschreven' },
  { value: 'well-founded', label: 'Goed onderbouwd' },
  { value: 'effective-first', label: 'Effectief volgens eerste aanwijzingen' },
  { value: 'effective-good', label: 'Effectief volgens goede aanwijzingen' },
  { value: 'effective-strong', label: 'Effectief volgens sterke aanwijzingen' },
])

/** The four kinds of discussion questions that come with every film fragment. */
export const QUESTION_KINDS = vocabulary([
  { value: 'general', label: 'Algemene vragen' },
  { value: 'practice', label: 'Vragen over de scène en de praktijk' },
  { value: 'thematic', label: 'Thematische vragen' },
  { value: 'stigma', label: 'Vragen over stigmatisering in de scène' },
])

/** Survey populations of the 2019 monitor. */
export const POPULATIONS = vocabulary([
  { value: 'clients', label: 'Cliënten (panel Psychisch Gezien)' },
  { value: 'professionals', label: 'Hulpverleners' },
])

/** Duration bands used by filters; derived from minutes, never stored. */
export const DURATION_BANDS = vocabulary([
  { value: 'short', label: 'Tot 30 minuten' },
  { value: 'session', label: '30 minuten tot 2 uur' },
  { value: 'half-day', label: '2 tot 4 uur' },
  { value: 'long', label: 'Langer of meerdere bijeenkomsten' },
])

export type StigmaType = (typeof STIGMA_TYPES)[number]['value']
export type Audience = (typeof AUDIENCES)[number]['value']
export type Setting = (typeof SETTINGS)[number]['value']
export type LearningDomain = (typeof LEARNING_DOMAINS)[number]['value']
export type Format = (typeof FORMATS)[number]['value']
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]['value']
export type QuestionKind = (typeof QUESTION_KINDS)[number]['value']
export type Population = (typeof POPULATIONS)[number]['value']
export type DurationBand = (typeof DURATION_BANDS)[number]['value']

/** The stored values of a vocabulary, as the tuple `z.enum` needs. */
export function valuesOf<V extends string>(entries: readonly VocabularyEntry<V>[]): [V, ...V[]] {
  const values = entries.map((entry) => entry.value)
  if (values.length === 0) throw new Error('A vocabulary needs at least one entry')
  return values as [V, ...V[]]
}

/** The Dutch label of a stored value; the value itself if it is unknown. */
export function labelOf<V extends string>(entries: readonly VocabularyEntry<V>[], value: V): string {
  return entries.find((entry) => entry.value === value)?.label ?? value
}

/** Which band a duration in minutes falls in (upper bounds inclusive). */
export function durationBandOf(maxMinutes: number): DurationBand {
  if (maxMinutes <= 30) return 'short'
  if (maxMinutes <= 120) return 'session'
  if (maxMinutes <= 240) return 'half-day'
  return 'long'
}
