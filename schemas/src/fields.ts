/**
 * What each field is, written once: its Dutch label, help text, limits and
 * the messages those limits give. The zod schemas take their limits and
 * messages from here (fieldTypes.ts: `int`, `requiredText`, `httpUrl`, …), the CMS builds
 * its fields' label, description, min/max and validation from here
 * (cms/src/fields/fieldMeta.ts), completeness names what is missing by these
 * labels, and the site's filters and PDFs use them too.
 *
 * Keys are paths inside one document, list rows left out: `steps.instruction`
 * is the instruction of any step.
 */
import type { ContentCollectionSlug } from './slugs.ts'
import { CONTENT_TYPES } from './contentTypes.ts'

export type FieldMeta = {
  /** The field's name as editors and readers see it. */
  readonly label: string
  /** Help under the field in the admin. */
  readonly help?: string
  /** Smallest number allowed. */
  readonly min?: number
  /** Largest number allowed. */
  readonly max?: number
  /** What a number counts, one and more, for messages: "1 minuut", "5 minuten". */
  readonly unit?: readonly [one: string, many: string]
  /** Longest text allowed, in characters. */
  readonly maxLength?: number
  /** A number that may have decimals (a percentage); other numbers are whole. */
  readonly decimals?: boolean
  /** `url`: an absolute http(s) link (see `httpUrl`); `slug`: a URL identifier (see `slugText`). */
  readonly format?: 'url' | 'slug'
  /** The values a choice field allows, each with the label editors see. */
  readonly options?: readonly { readonly value: string; readonly label: string }[]
}

/** One line: a title, a name, a label. The longest in the sources is under 200. */
export const LINE = 300
/**
 * A paragraph: a summary, a step, a quote. The longest in the sources is
 * about 700 characters; 10,000 (some 1,500 words, three printed pages) leaves
 * room for any real text and keeps a pasted document out.
 */
export const PARAGRAPH = 10_000
/** A link; browsers and servers handle up to about 2,000 characters reliably. */
export const URL_LENGTH = 2_000

/**
 * Years run up to next year: a method can be announced for next year, a
 * later year is a typing error. 1900 is before any work the sources cite.
 */
export const YEAR_RANGE = { min: 1900, max: new Date().getFullYear() + 1 } as const

const MINUTES = ['minuut', 'minuten'] as const
const line = (label: string, help?: string): FieldMeta => ({ label, help, maxLength: LINE })
const paragraph = (label: string, help?: string): FieldMeta => ({ label, help, maxLength: PARAGRAPH })
const link = (label: string, help?: string): FieldMeta => ({ label, help, maxLength: URL_LENGTH, format: 'url' })
const list = (label: string, help?: string, maxLength = PARAGRAPH): FieldMeta => ({ label, help, maxLength })
const plain = (label: string, help?: string): FieldMeta => ({ label, help })
const year = (label: string): FieldMeta => ({ label, ...YEAR_RANGE })

/** A minutes range (min and max), the parts named under the range's own label. */
function minutesRange<P extends string>(path: P, label: string, max: number, help?: string) {
  return {
    [path]: plain(label, help),
    [`${path}.min`]: { label: 'Minimaal (minuten)', min: 1, max, unit: MINUTES },
    [`${path}.max`]: { label: 'Maximaal (minuten)', min: 1, max, unit: MINUTES },
  } as Record<P | `${P}.min` | `${P}.max`, FieldMeta>
}

/**
 * The mark beside a text an editor may take word for word from the source
 * (an activity's goals, key messages, a step's suggested text; see
 * `verbatimMark`). One label and help for every such mark: unmarked text is
 * in our own words and is never shown as a quote.
 */
export const VERBATIM_MARK: FieldMeta = {
  label: 'Letterlijk overgenomen uit de bron',
  help: 'Alleen aanvinken als deze tekst woord voor woord uit de bron komt. De site zet hem dan tussen aanhalingstekens, met de regel dat hij letterlijk is overgenomen. Tekst in eigen woorden: niet aanvinken.',
}

/** A person the source quotes (see `quoteSchema`). */
const quotes = () => ({
  quotes: plain('Citaten', 'Letterlijk zoals in de bron, zonder de aanhalingstekens eromheen. Noem de spreker alleen bij zijn of haar rol.'),
  'quotes.text': paragraph('Citaat (letterlijk)'),
  'quotes.speaker': line('Spreker (rol)'),
  'quotes.setting': line('Waar gezegd (bijv. focusgroep)'),
  'quotes.location': line('Plaats in de bron'),
})

/**
 * The taxonomy tags every kind of content has (see `taxonomyTags`), named as
 * the site's filters and tag lists name them; the admin lets editors choose
 * more than one of each.
 */
const taxonomy = () => ({
  themes: plain('Thema'),
  stigmaTypes: plain('Soort stigma', 'Welke soorten stigma het aanpakt.'),
  audiences: plain('Doelgroep', 'Voor wie het is.'),
  settings: plain('Setting', 'In welke zorgsettings het past.'),
})

const related = (label = 'Gerelateerde interventies') => ({ relatedInterventions: plain(label) })

/**
 * The fields the CMS keeps of every uploaded file (attachments, images), in
 * Dutch: Payload's own labels are English ("MIME Type"), and the open data's
 * columns describe them too (`attachments.filesize`).
 */
export const UPLOAD_FIELDS = {
  url: plain('Downloadadres'),
  filename: plain('Bestandsnaam'),
  mimeType: plain('Bestandstype'),
  filesize: plain('Bestandsgrootte'),
} as const satisfies Record<string, FieldMeta>

/** An attachment's own fields (attachment.ts), as editors and readers see them. */
export const ATTACHMENT_FIELDS = {
  title: line('Titel', 'Wat lezers te zien krijgen, bijv. "Vragen bij fragment Hoop".'),
  kind: plain('Soort'),
  file: plain('Bestand'),
  ...UPLOAD_FIELDS,
} as const satisfies Record<string, FieldMeta>

/**
 * Files attached to a fragment, werkvorm or production (attachment.ts), and
 * the parts of each as the open data's columns name them ("Bijlagen › Titel").
 */
const attachments = () => ({
  attachments: plain('Bijlagen', "Vragenbladen, dia's en handouts om te downloaden (pdf, PowerPoint, Word, OpenDocument, PNG of JPEG). Lezers zien ze zodra dit item gepubliceerd is."),
  ...Object.fromEntries(Object.entries(ATTACHMENT_FIELDS).map(([key, meta]) => [`attachments.${key}`, meta])),
})

/**
 * The one name of the evidence level (the Dutch recognition scheme's
 * "erkenningsniveau"), in the admin, completeness, the site's filter and
 * detail page, and the PDFs.
 */
export const EVIDENCE_LEVEL_LABEL = 'Erkenningsniveau'

/** A URL identifier: lowercase words and digits joined by hyphens, "hoop-en-herstel". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Letters that lose no accent but are written otherwise in a slug ("IJ" decomposes by itself). */
const SLUG_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', þ: 'th' }

/** A slug made from a title: "Zelfstigma & één team" → "zelfstigma-een-team" (accents dropped), at most `maxLength` characters; '' when nothing is left. */
export function slugFrom(title: string, maxLength = LINE): string {
  const plain = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ßæøœłđþ]/g, (letter) => SLUG_LETTERS[letter]!)
  const words = plain.replace(/[^a-z0-9]+/g, '-')
  return words.replace(/^-+/, '').slice(0, maxLength).replace(/-+$/, '')
}

/**
 * The kinds of evidence: a table of the monitor, or a key finding with its
 * citation (the `kind` of `evidenceSchema`).
 */
export const EVIDENCE_KINDS = [
  { value: 'survey-table', label: 'Tabel uit een enquête' },
  { value: 'key-finding', label: 'Kernbevinding' },
] as const

/**
 * The fields every content collection has (`documentBase` and what the CMS
 * adds to every document), by path; `fieldMeta` finds them for any collection.
 */
export const SHARED_FIELDS = {
  slug: { label: 'Slug (webadres)', help: 'Kleine letters, cijfers en koppeltekens, bijv. "hoop-en-herstel". Bepaalt het webadres. Wijzig je het na publicatie, dan sturen het oude adres en de link naar de oude pdf bezoekers door naar de nieuwe.', maxLength: LINE, format: 'slug' },
  source: plain('Bron'),
  'source.document': plain('Brondocument'),
  'source.location': line('Plaats in de bron (paragraaf, tabel)'),
  editorNotes: list(
    'Toelichting voor de redactie',
    'Alleen voor de redactie, nooit op de site: wat de bronnen openlaten of waar ze elkaar tegenspreken. Wat nog ontbreekt, berekent het CMS zelf (zie Volledigheid).',
  ),
  sourcesSilent: plain(
    'Bronnen zeggen niets over',
    'Kies een veld als je het hebt uitgezocht en de bronnen er niets over zeggen. Het telt dan als compleet en de site toont er niets over. Leeg laten betekent: nog niet ingevuld.',
  ),
  completeness: plain('Volledigheid'),
  // Recorded by the CMS on each save, for the version history; editors only, never published.
  editedBy: plain('Bewerkt door', 'Wie deze versie opsloeg; het CMS vult dit zelf in.'),
} as const satisfies Record<string, FieldMeta>

/** Every content collection's fields, by path. */
export const FIELDS = {
  themes: {
    name: line('Naam'),
    description: paragraph('Omschrijving'),
    synonyms: list('Zoektermen', 'Andere woorden waarmee mensen naar dit thema zoeken (Engels, afkortingen, spellingvarianten). Alleen voor het zoeken; niet getoond.', LINE),
  },
  productions: {
    title: line('Titel'),
    summary: paragraph('Samenvatting'),
    // A production is a programme of scenes; 100 is far beyond any series.
    fragmentCount: { label: 'Aantal filmfragmenten', min: 1, max: 100, unit: ['fragment', 'fragmenten'] },
    // The guide speaks of 1 to 4 hours; a full day (8 hours) is the most one session can take.
    ...minutesRange('sessionMinutes', 'Duur van een bijeenkomst', 480),
    occasions: list('Waar in te zetten (vergadering, intervisie, …)', undefined, LINE),
    contents: list('Wat het pakket bevat'),
    sessionGuide: plain('Leidraad per fase'),
    'sessionGuide.title': line('Fase'),
    'sessionGuide.namedInSource': plain('Fase met naam en afbakening uit de bron', 'Uit: naam en afbakening zijn een indeling van de toolkit; de site zegt dat erbij.'),
    'sessionGuide.actions': list('Inhoud en acties'),
    tips: plain('Tips voor de gespreksleider'),
    'tips.title': line('Kop'),
    'tips.text': paragraph('Tip'),
    slideOutline: list('Opzet van de presentatie (dia-koppen)', undefined, LINE),
    websiteUrl: link('Website'),
    ...attachments(),
    ...taxonomy(),
    ...related(),
  },
  fragments: {
    production: plain('Impactproductie'),
    // Positions within one production; 100 is far beyond any series.
    number: { label: 'Nummer', min: 1, max: 100 },
    title: line('Titel'),
    // A fragment is a short scene (the known one runs 5 min 15 s); an hour is far more than any scene.
    durationSeconds: { label: 'Duur (seconden)', help: '5 min 15 s = 315', min: 1, max: 3_600, unit: ['seconde', 'seconden'] },
    videoUrl: link('Videolink (Vimeo)'),
    questionSheetUrl: link('Link naar de vragen (pdf) bij de bron'),
    description: paragraph('Korte beschrijving'),
    questions: plain('Vragen', 'Gespreksleiders doorlopen alle vier soorten vragen en daarna de opdracht.'),
    'questions.general': list('Algemene vragen'),
    'questions.practice': list('Vragen over de scène en de praktijk'),
    'questions.thematic': list('Thematische vragen'),
    'questions.stigma': list('Vragen over stigmatisering in de scène'),
    assignment: paragraph('Opdracht'),
    ...attachments(),
    ...taxonomy(),
  },
  activities: {
    title: line('Titel'),
    summary: paragraph('Samenvatting'),
    learningDomains: plain('Leerdomeinen', 'Waar de werkvorm aan werkt: kennis, houding, vaardigheden (in de bron: "Betreft").'),
    goals: list('Leerdoelen'),
    goalsVerbatim: VERBATIM_MARK,
    materials: plain('Materialen'),
    'materials.name': line('Materiaal'),
    'materials.optional': plain('Optioneel'),
    // A werkvorm is one part of a session; a full day (8 hours) is the most it can take.
    ...minutesRange('durationMinutes', 'Tijdsduur', 480),
    steps: plain('Stappen', 'De uitvoering, stap voor stap en in volgorde.'),
    'steps.instruction': paragraph('Wat de gespreksleider doet'),
    'steps.facilitatorRemark': paragraph('Opmerking voor de gespreksleider'),
    'steps.suggestedText': paragraph('Tekstsuggestie'),
    'steps.suggestedTextVerbatim': VERBATIM_MARK,
    keyMessages: list('Kernboodschappen'),
    keyMessagesVerbatim: VERBATIM_MARK,
    ...attachments(),
    ...taxonomy(),
    ...related(),
  },
  interventions: {
    name: line('Naam'),
    abbreviation: line('Afkorting'),
    alsoKnownAs: list('Ook bekend als', undefined, LINE),
    synonyms: list('Zoektermen', 'Andere woorden waarmee mensen naar deze interventie zoeken (vertalingen, gewone woorden). Alleen voor het zoeken; niet getoond.', LINE),
    aim: paragraph('Doel'),
    description: paragraph('Beschrijving'),
    formats: plain('Vorm'),
    duration: line('Duur', 'Zoals de bron die noemt, bijv. "2 uur" of "6 bijeenkomsten".'),
    // The whole programme, not one meeting: the longest kind (a course of 20 weekly
    // meetings of 2 hours, a 12-hour first-aid course) stays under 60 hours.
    durationMinutes: { label: 'Duur in minuten (voor het filter)', help: 'De hele methode bij elkaar; stuurt het duurfilter.', min: 1, max: 3_600, unit: MINUTES },
    provider: line('Aanbieder'),
    origin: line('Herkomst'),
    year: year('Jaar'),
    evidenceLevel: plain(EVIDENCE_LEVEL_LABEL, 'Niveau in het erkenningstraject. Leeg: nog niet uitgezocht. Zeggen de bronnen er niets over, kies het dan onder "Bronnen zeggen niets over".'),
    evidenceNote: paragraph('Wat de bronnen zeggen over effect'),
    familiarity: plain('Bekendheid onder hulpverleners (monitor, tabel 5.6)'),
    'familiarity.n': { label: 'Aantal (n)', min: 0, max: 1_000_000 },
    'familiarity.percent': { label: 'Percentage', min: 0, max: 100, decimals: true },
    'familiarity.evidence': plain('Tabel'),
    links: plain('Waar te vinden'),
    'links.label': line('Omschrijving'),
    'links.url': link('Link'),
    ...taxonomy(),
    ...related(),
    relatedEvidence: plain('Onderbouwing'),
  },
  evidence: {
    kind: { label: 'Soort', options: EVIDENCE_KINDS },
    title: line('Titel'),
    summary: paragraph('Samenvatting'),
    tableNumber: line('Tabelnummer'),
    population: plain('Populatie'),
    respondents: { label: 'Aantal respondenten (n)', min: 1, max: 1_000_000 },
    // Answers one respondent may give; no survey question offers more than 100.
    maxAnswers: { label: 'Maximaal aantal antwoorden', min: 1, max: 100 },
    multipleAnswers: plain('Meer antwoorden mogelijk'),
    question: paragraph('Vraag of tabeltitel'),
    figuresNote: paragraph('Opmerking bij de cijfers', 'Wat in de gedrukte cijfers niet klopt (bijv. een n die niet bij de percentages past), in eigen woorden. Wordt bij de tabel getoond; de cijfers blijven zoals gedrukt.'),
    rows: plain('Rijen'),
    'rows.label': paragraph('Antwoord'),
    'rows.n': { label: 'Aantal (n)', min: 0, max: 1_000_000 },
    'rows.percent': { label: '%', min: 0, max: 100, decimals: true },
    comparesWith: plain('Vergelijkbare tabel (andere populatie)'),
    statement: paragraph('Bevinding'),
    figure: line('Cijfer (zoals in de bron)'),
    points: list('Punten'),
    citation: plain('Bronvermelding'),
    'citation.authors': line('Auteurs'),
    'citation.year': year('Jaar'),
    'citation.title': line('Titel'),
    ...quotes(),
    ...taxonomy(),
    ...related(),
  },
  cases: {
    title: line('Titel'),
    person: line('Voornaam van de persoon'),
    summary: paragraph('Inleiding'),
    situation: plain('Situatie'),
    'situation.who': paragraph('Om wie gaat het?'),
    'situation.wants': paragraph('Wat wil diegene?'),
    'situation.happened': paragraph('Wat is er gebeurd?'),
    'situation.problems': paragraph('Welke problematiek speelt er?'),
    responses: plain('Reacties van hulpverleners'),
    'responses.response': paragraph('Reactie van de hulpverlener'),
    // The stigma ladder of the source has fewer than 10 rungs.
    'responses.ladderStep': { label: 'Trede op de stigma-ladder', min: 1, max: 10 },
    'responses.likelyReaction': paragraph('Mogelijke reactie van de persoon'),
    whereToFind: line('Waar te vinden'),
    ...taxonomy(),
  },
  guidance: {
    title: line('Titel'),
    intro: paragraph('Inleiding'),
    items: list('Punten'),
    ...quotes(),
    ...taxonomy(),
  },
} as const satisfies Record<ContentCollectionSlug, Record<string, FieldMeta>>

export type FieldPath<C extends ContentCollectionSlug> = keyof (typeof FIELDS)[C] & string

/**
 * What a refused publish says of a part left out entirely, in plain words
 * (zod's own, "verwacht object, ontving undefined", are for developers): the
 * source by what the editor does, anything else that it must be filled in.
 */
export function missingMessage(collection: ContentCollectionSlug, path: string): string {
  if (path === 'source' || path === 'source.document') return `Kies de bron waaruit ${CONTENT_TYPES[collection].demonstrative} komt.`
  return 'Vul dit in voordat je publiceert.'
}

/** The metadata of a field, the collection's own or one every collection shares, or undefined for a path that has none. */
export function fieldMeta(collection: ContentCollectionSlug, path: string): FieldMeta | undefined {
  return (FIELDS[collection] as Record<string, FieldMeta>)[path] ?? (SHARED_FIELDS as Record<string, FieldMeta>)[path]
}

/**
 * The label of a field as a reader finds it: a nested field under its
 * parent, "Situatie › Om wie gaat het?". A path with list positions (a zod
 * issue's, `['steps', 1, 'instruction']`) counts them from 1, as the CMS's
 * form does: "Stappen 2 › Instructie".
 */
export function fieldLabelOf(collection: ContentCollectionSlug, path: string | readonly PropertyKey[]): string {
  const parts: string[] = []
  const labels: string[] = []
  for (const key of typeof path === 'string' ? path.split('.') : path) {
    if (typeof key === 'number') {
      if (labels.length) labels[labels.length - 1] += ` ${key + 1}`
      continue
    }
    parts.push(String(key))
    labels.push(fieldMeta(collection, parts.join('.'))?.label ?? String(key))
  }
  return labels.join(' › ')
}
