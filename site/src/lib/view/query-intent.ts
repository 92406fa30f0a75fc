/**
 * Reads a question-like search ("hoe praat ik over stigma met mijn team",
 * "werkvorm 30 minuten") as what it asks for: the words that matter, a type
 * of content for intent words ("werkvorm", "film") and a duration filter for
 * a time ("30 minuten", "een half uur"). Pagefind matches every word of a
 * query, so a sentence full of "hoe", "ik" and "mijn" found nothing. The
 * search page tries the query as typed first where it is short, and always
 * offers the typed query back. Pure and free of zod: the browser runs it.
 */

/** Words of a question that carry no subject. */
const STOP_WORDS = new Set(
  `aan al alle als bij dat de deze die dit doe doen een en er hoe hoeveel ik in is je jij jullie kan kun kunnen me met mij
   mijn moet naar niet of om onze ons op over te tegen toe tot uit van voor waar wat we welke wie wij wil willen zijn zo
   zoek zoeken vind vinden iets goed goede graag praat praten bespreek bespreken gebruik gebruiken maken help helpen
   ideeën idee tips tip manier manieren aanpak aanpakken helpt werkt`.split(/\s+/).filter(Boolean),
)

/** Intent words and the content type (listing key `soort`) they ask for. */
const INTENT: Record<string, string> = {
  werkvorm: 'activities', werkvormen: 'activities', oefening: 'activities', oefeningen: 'activities', activiteit: 'activities', activiteiten: 'activities',
  film: 'fragments', films: 'fragments', filmpje: 'fragments', filmfragment: 'fragments', filmfragmenten: 'fragments', fragment: 'fragments', fragmenten: 'fragments', video: 'fragments',
  interventie: 'interventions', interventies: 'interventions', methode: 'interventions', methodes: 'interventions', methoden: 'interventions', methodiek: 'interventions', methodieken: 'interventions',
  casus: 'cases', casussen: 'cases', voorbeeld: 'cases',
  cijfer: 'evidence', cijfers: 'evidence', onderzoek: 'evidence', onderbouwing: 'evidence',
  handvat: 'guidance', handvatten: 'guidance',
}

/** Number words for times. */
const NUMBERS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, anderhalf: 1.5, half: 0.5 }

/** The duration bands (listing key `duur`, shortest first) and the longest time each holds, as `durationBandOf` in schemas. */
const BANDS: Array<[string, number]> = [['short', 30], ['session', 120], ['half-day', 240], ['long', Infinity]]

export type QueryReading = {
  /** The words to search for (may be empty: filters alone). */
  terms: string
  /** Filters read from the query: `soort` (content type) and `duur` (bands that fit in the time). */
  filters: Record<string, string[]>
  /** True when the reading differs from the query as typed. */
  changed: boolean
}

/** "30 minuten", "half uur", "kwartier", "1,5 uur", "twee uur" → minutes, and the words they took. */
function timeIn(words: string[]): { minutes: number; used: Set<number> } | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (word === 'kwartier') return { minutes: 15, used: new Set([i, ...(i > 0 && (words[i - 1] === 'een' || words[i - 1] === 'n') ? [i - 1] : [])]) }
    if (word === 'dagdeel' || word === 'middag' || word === 'ochtend') return { minutes: 240, used: new Set([i]) }
    const unit = /^(min|minuut|minuten|m|uur|u)$/.exec(words[i + 1] ?? '')?.[1]
    const joined = /^(\d+(?:[.,]\d+)?)(min|minuten|m|u|uur)$/.exec(word)
    const amount = joined ? Number(joined[1]!.replace(',', '.')) : /^\d+(?:[.,]\d+)?$/.test(word) ? Number(word.replace(',', '.')) : NUMBERS[word]
    const which = joined?.[2] ?? unit
    if (amount === undefined || !which) continue
    const used = new Set([i, ...(joined ? [] : [i + 1])])
    // "een half uur": the article goes too.
    if (word === 'half' && i > 0 && (words[i - 1] === 'een' || words[i - 1] === 'n')) used.add(i - 1)
    return { minutes: /^(u|uur)$/.test(which) ? amount * 60 : amount, used }
  }
  return undefined
}

/** The bands a session of `minutes` can hold: "at most", as the finder reads time. */
export function bandsFor(minutes: number): string[] {
  const index = BANDS.findIndex(([, max]) => minutes <= max)
  return BANDS.slice(0, index + 1).map(([band]) => band)
}

export function readQuery(query: string): QueryReading {
  const words = query.toLocaleLowerCase('nl').split(/[\s?!.,;:()"“”‘’]+/).filter(Boolean)
  const filters: Record<string, string[]> = {}
  const time = timeIn(words)
  if (time) filters.duur = bandsFor(time.minutes)
  const types = new Set<string>()
  const kept: string[] = []
  words.forEach((word, i) => {
    if (time?.used.has(i)) return
    const type = INTENT[word]
    if (type) types.add(type)
    else if (!STOP_WORDS.has(word)) kept.push(word)
  })
  if (types.size) filters.soort = [...types]
  const terms = kept.join(' ')
  return { terms, filters, changed: terms !== words.join(' ') || Object.keys(filters).length > 0 }
}

/**
 * Whether to search the reading before the query as typed: when the query
 * asks for a type or a time, or is a sentence (four words or more). A short
 * name such as "Wat doe jij?" is searched as typed first.
 */
export function readFirst(query: string, reading: QueryReading): boolean {
  if (!reading.changed) return false
  if (Object.keys(reading.filters).length > 0) return true
  return query.trim().split(/\s+/).length >= 4
}
