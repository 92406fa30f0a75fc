/**
 * Source fidelity: the seed data must carry facts over from the source
 * documents exactly (DOMAIN.md, rules for content). This test reads the
 * source texts itself and checks the data against them, independently of how
 * the data was written:
 *
 * - every survey table in evidence.json: its caption, its rows (label, n and
 *   percent, in source order) and the number of "n (pct)" pairs in the
 *   table's block of the monitor;
 * - respondents, maxAnswers and multipleAnswers against the monitor;
 * - every intervention's familiarity against the matching row of table 5.6;
 * - key-finding figures and citations against their source document, and
 *   slide findings against the slide their location names;
 * - every verbatim field (`VERBATIM_FIELDS`: quotes, table captions and row
 *   labels) and every text the editor marked verbatim
 *   (`MARKED_VERBATIM_FIELDS`: the activity's goals, suggested texts and key
 *   messages when their mark is set) word for word against the document its
 *   record cites;
 * - every other text, unmarked goals too, shares no run of 12 or more words
 *   with that document (own words), leaving out what it marks as a quote with
 *   quotation marks.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, MARKED_VERBATIM_FIELDS, VERBATIM_FIELDS, verbatimMarkOf } from '@toolkit/schemas'

const seedsDir = join(import.meta.dirname, '../../../shared/seeds')
const dataDir = join(import.meta.dirname, '../data')

function sourceFile(prefix: string | undefined): string {
  const name = prefix && readdirSync(seedsDir).find((file) => file.startsWith(prefix) && file.endsWith('.txt'))
  if (!name) throw new Error(`No source file with prefix ${prefix} in ${seedsDir}`)
  return readFileSync(join(seedsDir, name), 'utf8')
}

const monitor = sourceFile('001_')

/** Which source file each source id of the content model refers to. */
const SOURCE_FILES: Record<string, string> = {
  'bij-nader-inzien-slides': '000_',
  'monitor-2019': '001_',
  'bij-nader-inzien-guide': '002_',
  'self-stigma-tips': '003_',
  'activity-empowerment': '004_',
}

function readData<T = any>(collection: string): T[] {
  return JSON.parse(readFileSync(join(dataDir, `${collection}.json`), 'utf8'))
}

/** Join words hyphenated across a line break, then collapse all whitespace. */
function normalise(text: string): string {
  return text
    .replace(/(\p{Ll})-[ \t]*\n\s*(?=\p{Ll})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/** "n (pct)" at the end of a chunk of text; the monitor prints e.g. "42 ( 9)". */
const PAIR_AT_END = /(\d+)\s*\(\s*(\d+)\s*\)\s*$/
const PAIR_GLOBAL = /(\d+)\s*\(\s*(\d+)\s*\)/g

type SourceRow = { label: string; n: number; percent: number }
type SourceTable = { caption: string; block: string; rows: SourceRow[] }

function endsWithPair(chunk: string): RegExpMatchArray | null {
  const match = chunk.match(PAIR_AT_END)
  return match && Number(match[2]) <= 100 ? match : null
}

/**
 * Finds table `number` in the monitor: its caption (from "Tabel x.y" to the
 * "n (%)" header) and its block of rows, which runs until the first chunk of
 * text (chunks are separated by blank lines) that is neither a row nor a
 * wrapped label whose numbers follow in the next chunk.
 */
function findTable(number: string): SourceTable {
  // Try every occurrence of "Tabel x.y"; only the caption runs into the "n (%)" header without passing another "Tabel".
  const caption = new RegExp(`Tabel ${number.replace('.', '\\.')}\\s+([\\s\\S]*?)\\n\\s*n \\(%\\)\\s*\\n`, 'y')
  const matches: RegExpExecArray[] = []
  for (let at = monitor.indexOf(`Tabel ${number}`); at !== -1; at = monitor.indexOf(`Tabel ${number}`, at + 1)) {
    caption.lastIndex = at
    const match = caption.exec(monitor)
    if (match && !/\bTabel\s/.test(match[1] ?? '')) matches.push(match)
  }
  const match = matches[0]
  if (!match || matches.length !== 1) throw new Error(`Expected one caption for table ${number}, found ${matches.length}`)
  const start = match.index + match[0].length
  // Chunks are separated by blank lines; a line that ends in "n (pct)" also closes its chunk
  // (a page break can glue the next paragraph onto a table's last row).
  const chunks = monitor
    .slice(start)
    .split(/\n[ \t]*\n/)
    .flatMap((chunk) => {
      const pieces: string[] = []
      let current: string[] = []
      for (const line of chunk.split('\n')) {
        current.push(line)
        if (endsWithPair(line)) {
          pieces.push(current.join('\n'))
          current = []
        }
      }
      if (current.length > 0) pieces.push(current.join('\n'))
      return pieces
    })
  const blockChunks: string[] = []
  for (const [i, chunk] of chunks.entries()) {
    if (chunk.trim() === '') {
      blockChunks.push(chunk)
      continue
    }
    const next = chunks.slice(i + 1).find((candidate) => candidate.trim() !== '') ?? ''
    const nextIsLonePair = /^\s*\d+\s*\(\s*\d+\s*\)\s*$/.test(next)
    if (endsWithPair(chunk) || nextIsLonePair) blockChunks.push(chunk)
    else break
  }
  const block = blockChunks.join('\n\n')
  const rows: SourceRow[] = []
  let pending = ''
  for (const chunk of blockChunks) {
    if (chunk.trim() === '') continue
    const pair = endsWithPair(chunk)
    if (!pair) {
      pending += `${chunk}\n`
      continue
    }
    const label = normalise(pending + chunk.slice(0, pair.index))
    rows.push({ label, n: Number(pair[1]), percent: Number(pair[2]) })
    pending = ''
  }
  return { caption: normalise(match[1] ?? ''), block, rows }
}

const evidence = readData('evidence')
const surveyTables = evidence.filter((item) => item.kind === 'survey-table')
const keyFindings = evidence.filter((item) => item.kind === 'key-finding')
const interventions = readData('interventions')

const TABLES_IN_MONITOR = ['4.1', '4.2', '4.3', '4.4', '4.5', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7']

describe('survey tables match the monitor', () => {
  it('has every survey table of the monitor exactly once', () => {
    const numbers = surveyTables.map((table) => table.tableNumber).sort()
    expect(numbers).toEqual([...TABLES_IN_MONITOR].sort())
  })

  it('takes the respondent counts from §4.1.1 and §5.1', () => {
    const clients = Number(monitor.match(/waarvan er (\d+) de vragen\s+hebben beantwoord/)?.[1])
    const professionals = Number(monitor.match(/In totaal hebben (\d+)\s+hulpverleners de enquête ingevuld/)?.[1])
    expect(clients).toBe(628)
    expect(professionals).toBe(471)
    for (const table of surveyTables) {
      expect(table.respondents, table.slug).toBe(table.population === 'clients' ? clients : professionals)
      expect(table.population, table.slug).toBe(table.tableNumber.startsWith('4.') ? 'clients' : 'professionals')
    }
  })

  for (const table of surveyTables) {
    describe(`tabel ${table.tableNumber} (${table.slug})`, () => {
      const source = findTable(table.tableNumber)

      it('has the caption as printed', () => {
        expect(normalise(table.question)).toBe(source.caption)
      })

      it('has maxAnswers and multipleAnswers as the caption says', () => {
        const max = source.caption.match(/\((?:max\.|maximaal) (\d+) antwoorden mogelijk\)/)
        expect(table.maxAnswers, 'maxAnswers').toBe(max ? Number(max[1]) : undefined)
        if (max) expect(table.multipleAnswers).toBe(Number(max[1]) > 1)
        else if (/meer antwoorden mogelijk/.test(source.caption)) expect(table.multipleAnswers).toBe(true)
        else {
          // Caption is silent: more than one answer is allowed only if the percentages add up to more than 100.
          const total = source.rows.reduce((sum, row) => sum + row.percent, 0)
          expect(table.multipleAnswers).toBe(total > 100)
        }
      })

      it('has as many rows as the block has "n (pct)" pairs', () => {
        const pairs = [...source.block.matchAll(PAIR_GLOBAL)].filter((pair) => Number(pair[2]) <= 100)
        expect(source.rows.length).toBe(pairs.length)
        expect(table.rows.length).toBe(pairs.length)
      })

      it('has every row as printed, in source order', () => {
        expect(table.rows.map((row: SourceRow) => ({ ...row, label: normalise(row.label) }))).toEqual(source.rows)
      })

      it('prints each row as "label n (pct)" in the source block', () => {
        const block = normalise(source.block).replace(/\(\s*(\d+)\s*\)/g, '($1)')
        for (const row of table.rows) {
          expect(block, row.label).toContain(`${normalise(row.label)} ${row.n} (${row.percent})`)
        }
      })
    })
  }

  it('links tables that asked both populations the same thing, both ways', () => {
    for (const table of surveyTables.filter((candidate) => candidate.comparesWith)) {
      const other = surveyTables.find((candidate) => candidate.slug === table.comparesWith)
      expect(other, table.slug).toBeDefined()
      expect(other.comparesWith, other.slug).toBe(table.slug)
      expect(other.population).not.toBe(table.population)
    }
  })
})

describe('familiarity of interventions matches table 5.6', () => {
  const table56 = findTable('5.6')
  const table56Slug = surveyTables.find((table) => table.tableNumber === '5.6')?.slug
  const NOT_A_METHOD = /^(Anders|Ik ken geen instrument of methodiek)$/

  function rowsFor(intervention: any): SourceRow[] {
    const names = [intervention.name, ...(intervention.alsoKnownAs ?? [])].map((name: string) => name.toLowerCase())
    return table56.rows.filter((row) => {
      const label = row.label.toLowerCase()
      return (
        names.some((name) => label.includes(name)) ||
        (intervention.abbreviation && label.includes(`(${intervention.abbreviation.toLowerCase()})`))
      )
    })
  }

  for (const intervention of interventions) {
    it(`${intervention.slug}`, () => {
      const rows = rowsFor(intervention)
      expect(rows.length, 'matching rows of table 5.6').toBeLessThanOrEqual(1)
      const row = rows[0]
      if (!row) {
        expect(intervention.familiarity, 'no row in table 5.6, so no familiarity').toBeUndefined()
        return
      }
      expect(intervention.familiarity, `row "${row.label}"`).toBeDefined()
      expect(intervention.familiarity.n).toBe(row.n)
      expect(intervention.familiarity.percent).toBe(row.percent)
      expect(intervention.familiarity.evidence).toBe(table56Slug)
    })
  }

  it('gives every method in table 5.6 an intervention', () => {
    for (const row of table56.rows.filter((candidate) => !NOT_A_METHOD.test(candidate.label))) {
      const claimedBy = interventions.filter((intervention) => rowsFor(intervention).includes(row))
      expect(claimedBy.map((intervention) => intervention.slug), row.label).toHaveLength(1)
    }
  })
})

describe('key findings quote their source exactly', () => {
  for (const finding of keyFindings) {
    const text = normalise(sourceFile(SOURCE_FILES[finding.source.document]))

    if (finding.figure) {
      it(`${finding.slug}: figure "${finding.figure}"`, () => {
        expect(text).toContain(normalise(finding.figure))
      })
    }

    if (finding.citation) {
      it(`${finding.slug}: citation ${finding.citation.authors} (${finding.citation.year})`, () => {
        const authors = finding.citation.authors.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        expect(text).toMatch(new RegExp(`${authors}[ ,(]{1,3}${finding.citation.year}`))
      })
    }
  }
})

/**
 * Every string at a dotted path, through lists ("steps.suggestedText"); with
 * `markedOnly`, only those whose verbatim mark beside them is set.
 */
function valuesAt(node: unknown, path: string[], markedOnly = false): string[] {
  if (Array.isArray(node)) return node.flatMap((item) => valuesAt(item, path, markedOnly))
  if (path.length === 0) return typeof node === 'string' ? [node] : []
  if (node === null || typeof node !== 'object') return []
  const [key, ...rest] = path as [string, ...string[]]
  const holder = node as Record<string, unknown>
  if (markedOnly && rest.length === 0 && holder[verbatimMarkOf(key)] !== true) return []
  return valuesAt(holder[key], rest, markedOnly)
}

const sourceOf = (record: any): string => normalise(sourceFile(SOURCE_FILES[record.source.document]))

describe('verbatim fields are word for word in the source they cite', () => {
  for (const collection of CONTENT_COLLECTIONS) {
    for (const record of readData(collection)) {
      const paths = [...VERBATIM_FIELDS[collection].map((path) => [path, false] as const), ...MARKED_VERBATIM_FIELDS[collection].map((path) => [path, true] as const)]
      for (const [path, markedOnly] of paths) {
        const values = valuesAt(record, path.split('.'), markedOnly)
        if (values.length === 0) continue
        it(`${collection}/${record.slug}: ${path}`, () => {
          const text = sourceOf(record)
          for (const value of values) expect(text, value).toContain(normalise(value))
        })
      }
    }
  }

  it('quotes the client of the self-stigma tips and the clients, professionals and an expert of the monitor', () => {
    const quotes = CONTENT_COLLECTIONS.flatMap((collection) =>
      readData(collection).flatMap((record) => (record.quotes ?? []).map((quote: any) => ({ ...quote, document: record.source.document }))),
    )
    expect(quotes.filter((quote) => quote.document === 'self-stigma-tips').map((quote) => quote.speaker)).toEqual(['Cliënt'])
    const monitorSpeakers = new Set(quotes.filter((quote) => quote.document === 'monitor-2019').map((quote) => quote.speaker))
    expect([...monitorSpeakers].sort()).toEqual(['Cliënt', 'Geïnterviewde expert', 'Hulpverlener'])
    expect(quotes.filter((quote) => quote.document === 'monitor-2019')).toHaveLength(9)
  })
})

/** Fields that are not prose: identifiers, links, vocabularies, editor-only notes, verbatim fields. */
const NOT_PROSE = new Set([
  'slug', 'source', 'editorNotes', 'kind', 'url', 'videoUrl', 'questionSheetUrl', 'websiteUrl', 'themes', 'stigmaTypes',
  'audiences', 'settings', 'formats', 'learningDomains', 'population', 'evidenceLevel', 'relatedInterventions',
  'relatedEvidence', 'comparesWith', 'production', 'tableNumber', 'citation', 'familiarity',
])

/** Every prose string of a record, with its path. */
function proseOf(node: unknown, collection: string, path: string[] = []): Array<[string, string]> {
  const dotted = path.join('.')
  if (VERBATIM_FIELDS[collection as keyof typeof VERBATIM_FIELDS].includes(dotted)) return []
  if (typeof node === 'string') return [[dotted, node]]
  if (Array.isArray(node)) return node.flatMap((item) => proseOf(item, collection, path))
  if (node === null || typeof node !== 'object') return []
  const marked = MARKED_VERBATIM_FIELDS[collection as keyof typeof MARKED_VERBATIM_FIELDS]
  const holder = node as Record<string, unknown>
  const skip = (key: string) =>
    (path.length === 0 && NOT_PROSE.has(key)) || (marked.includes([...path, key].join('.')) && holder[verbatimMarkOf(key)] === true)
  return Object.entries(node).flatMap(([key, value]) => (skip(key) ? [] : proseOf(value, collection, [...path, key])))
}

const words = (text: string): string[] => normalise(text).toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? []

/** The longest run of words `text` shares with `source`, leaving out what `text` marks as a quote. */
function longestSharedRun(text: string, sourceGrams: (n: number) => Set<string>): number {
  const unquoted = text.replace(/‘[^’]*’|“[^”]*”|"[^"]*"|'[^']*'/g, ' | ')
  let longest = 0
  for (const part of unquoted.split('|')) {
    const partWords = words(part)
    for (let n = longest + 1; n <= partWords.length; n++) {
      const grams = sourceGrams(n)
      let found = false
      for (let i = 0; i + n <= partWords.length && !found; i++) found = grams.has(partWords.slice(i, i + n).join(' '))
      if (!found) break
      longest = n
    }
  }
  return longest
}

describe('everything that is not verbatim is in our own words', () => {
  const MAX_SHARED_WORDS = 11
  const gramCache = new Map<string, Map<number, Set<string>>>()
  const gramsOf = (document: string) => (n: number): Set<string> => {
    const byLength = gramCache.get(document) ?? new Map<number, Set<string>>()
    gramCache.set(document, byLength)
    let grams = byLength.get(n)
    if (!grams) {
      const sourceWords = words(sourceFile(SOURCE_FILES[document]))
      grams = new Set(sourceWords.slice(0, sourceWords.length - n + 1).map((_, i) => sourceWords.slice(i, i + n).join(' ')))
      byLength.set(n, grams)
    }
    return grams
  }

  for (const collection of CONTENT_COLLECTIONS) {
    for (const record of readData(collection)) {
      if (!record.source) continue
      it(`${collection}/${record.slug}`, () => {
        for (const [path, text] of proseOf(record, collection)) {
          expect(longestSharedRun(text, gramsOf(record.source.document)), `${path}: ${text}`).toBeLessThanOrEqual(MAX_SHARED_WORDS)
        }
      })
    }
  }
})

describe('slide findings stand under the slide their location names', () => {
  const slides = normalise(sourceFile('000_'))
  /** A slide heading in the presentation: two or more words in capitals. */
  const HEADING = /(?:\p{Lu}[\p{Lu}“”"]+\s+)+\p{Lu}[\p{Lu}“”"]+/gu

  for (const finding of keyFindings.filter((item) => item.source.document === 'bij-nader-inzien-slides' && item.figure)) {
    it(`${finding.slug}: ${finding.source.location}`, () => {
      const slide = finding.source.location.match(/deel '(.+)'/)?.[1]
      expect(slide, 'location names the slide').toBeDefined()
      const start = slides.indexOf(slide.toUpperCase())
      expect(start, `heading "${slide}"`).toBeGreaterThan(-1)
      HEADING.lastIndex = start + slide.length
      const next = HEADING.exec(slides)?.index ?? slides.length
      expect(slides.slice(start, next)).toContain(finding.figure)
    })
  }
})
