/**
 * The open-data files (/open-data/): what a spreadsheet user and a re-user
 * of the JSON rely on. CSVs open in Excel with the right accents (UTF-8 BOM),
 * never run a formula, join lists predictably, and hold no editor notes; the
 * JSON validates against the JSON Schema the site publishes beside it.
 */
import { parse } from 'csv-parse/sync'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, OPEN_DATA_SCHEMA_VERSION } from '@toolkit/schemas'
import { indexContent } from '../src/lib/content/index.ts'
import { parseSnapshot } from '../src/lib/content/load.ts'
import { openDataFiles } from '../src/lib/open-data/files.ts'
import { columnLabel } from '../src/lib/open-data/descriptions.ts'
import { rawFixture } from './helpers.ts'

const SCHEMA_URL = 'https://toolkit.example/open-data/toolkit.schema.json'
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

function filesFor(mutate: (raw: any) => void = () => {}) {
  const raw = rawFixture()
  mutate(raw)
  return openDataFiles(indexContent(parseSnapshot(raw, 'fixture')), SCHEMA_URL)
}

/** A CSV read back as a re-user's parser (and Excel, with `;`) reads it: rows of named cells. */
function readCsv(bytes: Uint8Array): Record<string, string>[] {
  return parse(Buffer.from(bytes), { bom: true, columns: true, delimiter: ';' })
}

const csvOf = (files: ReturnType<typeof filesFor>, collection: string) => files.csv.find((file) => file.collection === collection)!

describe('open data: CSV per collection', () => {
  it('has one file per content collection, each starting with a UTF-8 BOM and a header of field names', () => {
    const files = filesFor()
    expect(files.csv.map((file) => file.collection)).toEqual([...CONTENT_COLLECTIONS])
    for (const file of files.csv) {
      expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(decode(file.body).slice(1).split('\r\n')[0]).toBe(file.columns.join(';'))
    }
    expect(csvOf(files, 'fragments').columns).toEqual(expect.arrayContaining(['slug', 'title', 'durationSeconds', 'questions.general', 'updatedAt']))
  })

  it('keeps accents as UTF-8, one row per document', () => {
    const files = filesFor((raw) => (raw.collections.activities[0].title = 'Cliënt, naaste én hulpverlener'))
    const rows = readCsv(csvOf(files, 'activities').body)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.title).toBe('Cliënt, naaste én hulpverlener')
  })

  it('neutralises every cell a spreadsheet would run as a formula (= + - @ tab CR)', () => {
    const starts = ['=HYPERLINK("https://x.example")', '+31 6', '-1+1', '@SUM(A1)', '\tverborgen', '\rterug']
    const files = filesFor((raw) => {
      raw.collections.interventions.slice(0, starts.length).forEach((doc: any, i: number) => (doc.aim = starts[i]))
    })
    const aims = readCsv(csvOf(files, 'interventions').body).map((row) => row.aim)
    for (const start of starts.slice(0, 4)) expect(aims).toContain(`'${start}`)
    // Text fields are trimmed by the schema, so a leading tab or CR cannot reach a cell at all.
    for (const aim of aims) expect(aim).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('joins a list of values with " | " and lines the fields of a list of records up by position', () => {
    const files = filesFor((raw) => {
      const activity = raw.collections.activities[0]
      activity.goals = ['Eerste doel', 'Tweede doel']
      activity.steps = [{ instruction: 'Stap een', facilitatorRemark: 'Let op' }, { instruction: 'Stap twee' }, { instruction: 'Stap drie', facilitatorRemark: 'Afronden' }]
    })
    const [row] = readCsv(csvOf(files, 'activities').body)
    expect(row!.goals).toBe('Eerste doel | Tweede doel')
    expect(row!['steps.instruction']).toBe('Stap een | Stap twee | Stap drie')
    expect(row!['steps.facilitatorRemark']).toBe('Let op |  | Afronden')
    expect(row!['durationMinutes.min']).toBe('20')
  })

  it('never holds editor notes, neither as a column nor as text', () => {
    const secret = 'Interne notitie: bron nog navragen'
    const files = filesFor((raw) => {
      for (const collection of CONTENT_COLLECTIONS) for (const doc of raw.collections[collection]) doc.editorNotes = [secret]
    })
    for (const file of [...files.csv, files.json]) expect(decode(file.body)).not.toContain(secret)
    for (const file of files.csv) expect(file.columns.some((column) => column.startsWith('editorNotes'))).toBe(false)
  })
})

describe('open data: what each column means (the page\'s "Betekenis")', () => {
  it('names every part of every column in Dutch, never by its key ("Bijlagen › filesize")', () => {
    const untranslated: string[] = []
    for (const file of filesFor().csv) {
      for (const column of file.columns) {
        const keys = column.split('.')
        const parts = columnLabel(file.collection, column).split(' › ')
        // A part without a label falls back to its key: that is what a reader must never see.
        if (parts.length !== keys.length || parts.some((part, i) => part === keys[i])) untranslated.push(`${file.collection}: ${column} → ${parts.join(' › ')}`)
      }
    }
    expect(untranslated).toEqual([])
  })
})

describe('open data: the JSON file and its schema', () => {
  const validator = (schemaBytes: Uint8Array) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    return ajv.compile(JSON.parse(decode(schemaBytes)))
  }

  it('validates against the JSON Schema published beside it, and a broken file does not', () => {
    const files = filesFor()
    const schema = JSON.parse(decode(files.schema.body))
    expect(schema.$id).toBe(SCHEMA_URL)
    const validate = validator(files.schema.body)
    const data = JSON.parse(decode(files.json.body))
    expect(data.schemaVersion).toBe(OPEN_DATA_SCHEMA_VERSION)
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)

    const broken = structuredClone(data)
    broken.collections.fragments[0].durationSeconds = 'vijf minuten'
    expect(validate(broken)).toBe(false)
    expect(validate({ ...data, schemaVersion: OPEN_DATA_SCHEMA_VERSION + 1 })).toBe(false)
  })

  it('holds every published document and the same content version as the pages', () => {
    const raw = rawFixture()
    const data = JSON.parse(decode(filesFor().json.body))
    expect(data.contentVersion).toBe(raw.contentVersion)
    for (const collection of CONTENT_COLLECTIONS) {
      expect(data.collections[collection].map((doc: any) => doc.slug)).toEqual(raw.collections[collection].map((doc: any) => doc.slug))
    }
  })

  it('names publisher and licence only when editors set them', () => {
    expect(JSON.parse(decode(filesFor().json.body)).openData).toBeUndefined()
    const set = filesFor((raw) => (raw.openData = { publisher: 'Uitgever X', licence: 'Licentie Y' }))
    const data = JSON.parse(decode(set.json.body))
    expect(data.openData).toEqual({ publisher: 'Uitgever X', licence: 'Licentie Y' })
    expect(validator(set.schema.body)(data)).toBe(true)
  })
})
