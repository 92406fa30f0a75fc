/**
 * The source documents the toolkit's content is taken from. Every content
 * document cites one of these by `id`, so a reader (and a PDF footer) can say
 * where a fact comes from.
 *
 * `publisher` is given only where the document itself names its publisher;
 * otherwise it is `null` and `attribution` says what the document does show
 * about who made it (facts from general knowledge are not source facts).
 */
export type SourceDocumentEntry = {
  /** Stable id, cited by `source.document`. */
  readonly id: string
  /** Title of the document as the toolkit cites it. */
  readonly title: string
  /** Publisher as the document names it; `null` when it names none. */
  readonly publisher: string | null
  /** What the document shows about who made it, when it does not name a publisher. */
  readonly attribution?: string
  /** Year of publication, when the document gives it. */
  readonly year: number | null
}

export const SOURCE_DOCUMENTS = [
  {
    id: 'monitor-2019',
    title:
      'Landelijke Monitor Ambulantisering en Hervorming in de GGZ 2019: contextmonitor stigmatisering in de GGZ',
    publisher: 'Trimbos-instituut',
    year: 2019,
  },
  {
    id: 'bij-nader-inzien-slides',
    title: 'Impactproductie voor destigmatisering in de ggz "Bij nader inzien": presentatie',
    publisher: null,
    attribution: 'De presentatie noemt geen maker; ze verwijst voor de vragen naar tools.ggzzonderstigma.nl.',
    year: null,
  },
  {
    id: 'bij-nader-inzien-guide',
    title: 'Impactproductie "Bij nader inzien": richtlijnen voor de gespreksleider',
    publisher: null,
    attribution: 'De richtlijnen noemen geen maker; ze eindigen met de link www.phrenos.nl/toolkit-destigmatisering.',
    year: null,
  },
  {
    id: 'self-stigma-tips',
    title: 'Tips tegen zelfstigma en de casus Jenny (e-learning Destigmatiserend werken)',
    publisher: null,
    attribution:
      'De tekst noemt geen maker; hij spreekt van "onze e-learning Destigmatiserend werken", die volgens de monitor (§3.3.2) door Samen Sterk zonder Stigma is ontwikkeld.',
    year: null,
  },
  {
    id: 'activity-empowerment',
    title: 'Activiteit "De rol van empowerment"',
    publisher: null,
    attribution: 'De tekst noemt geen maker.',
    year: null,
  },
] as const satisfies readonly SourceDocumentEntry[]

export type SourceDocument = SourceDocumentEntry & (typeof SOURCE_DOCUMENTS)[number]
export type SourceId = (typeof SOURCE_DOCUMENTS)[number]['id']

export const SOURCE_IDS = SOURCE_DOCUMENTS.map((source) => source.id) as [SourceId, ...SourceId[]]

/** The source documents as an editor chooses among them: each by its title. */
export const SOURCE_CHOICES = SOURCE_DOCUMENTS.map((source) => ({ value: source.id as SourceId, label: source.title }))

export function sourceById(id: SourceId): SourceDocument {
  const source = SOURCE_DOCUMENTS.find((candidate) => candidate.id === id)
  if (!source) throw new Error(`Unknown source document "${id}"`)
  return source
}

/**
 * How a source is credited in a citation line: "Trimbos-instituut (2019)",
 * or nothing when the document names no publisher and gives no year.
 */
export function creditOf(source: SourceDocumentEntry): string {
  const year = source.year ? `${source.year}` : ''
  if (source.publisher) return year ? `${source.publisher} (${year})` : source.publisher
  return year
}
