/**
 * The source documents the toolkit's content is taken from. Every content
 * document cites one of these by `id`, so a reader (and a PDF footer) can say
 * where a fact comes from.
 */
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
    publisher: 'Kenniscentrum Phrenos',
    year: null,
  },
  {
    id: 'bij-nader-inzien-guide',
    title: 'Impactproductie "Bij nader inzien": richtlijnen voor de gespreksleider',
    publisher: 'Kenniscentrum Phrenos',
    year: null,
  },
  {
    id: 'self-stigma-tips',
    title: 'Tips tegen zelfstigma en de casus Jenny (e-learning Destigmatiserend werken)',
    publisher: 'Samen Sterk zonder Stigma',
    year: null,
  },
  {
    id: 'activity-empowerment',
    title: 'Activiteit "De rol van empowerment"',
    publisher: 'Kenniscentrum Phrenos',
    year: null,
  },
] as const

export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number]
export type SourceId = SourceDocument['id']

export const SOURCE_IDS = SOURCE_DOCUMENTS.map((source) => source.id) as [SourceId, ...SourceId[]]

export function sourceById(id: SourceId): SourceDocument {
  const source = SOURCE_DOCUMENTS.find((candidate) => candidate.id === id)
  if (!source) throw new Error(`Unknown source document "${id}"`)
  return source
}
