/**
 * The public never reads an editor's note: builds the whole site from the
 * seed (pages, embeds, oEmbed, PDFs) and searches every page's text and every
 * PDF's text for the seed's editor notes and for phrases that only an editor's
 * to-do list would use (DOMAIN.md: "never an editor's note about the sources").
 */
import { QUESTION_PDF } from '../src/lib/view/pointers.ts'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const SITE_DIR = fileURLToPath(new URL('..', import.meta.url))
const SEED_DIR = fileURLToPath(new URL('../../seed/data/', import.meta.url))

/** Phrases of editorial meta text about the sources or about what is missing. */
const EDITORIAL_PHRASES = [
  /niet in de bronnen/i,
  /beschrijven de bronnen/i,
  /de bronnen (zeggen|geven|noemen|beschrijven) (niets|geen|niet)/i,
  /staat niet in de bron/i,
  /ontbre(ekt|ken) (nog )?in de bronnen/i,
  /nog niet beschikbaar/i,
  /nog niet (ingevoerd|in de toolkit)/i,
]

/** Every editor note in the seed data. */
async function seedEditorNotes(): Promise<string[]> {
  const notes: string[] = []
  for (const file of (await readdir(SEED_DIR)).filter((name) => name.endsWith('.json'))) {
    const docs = JSON.parse(await readFile(join(SEED_DIR, file), 'utf8')) as { editorNotes?: string[] }[]
    for (const doc of docs) notes.push(...(doc.editorNotes ?? []))
  }
  return notes
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: SITE_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (${code}):\n${output}`))))
  })
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

/** The readable text of an HTML page or JSON file: tags out, entities decoded, spaces collapsed. */
function textOf(source: string): string {
  return source
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

async function pdfText(file: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)))
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

/** Every public text of a built site: HTML pages (embeds included), JSON (oEmbed, the planner's data) and PDFs. */
async function publicTexts(dist: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  for (const file of await filesUnder(dist)) {
    const name = relative(dist, file)
    if (name.startsWith('pagefind/') || name.startsWith('_astro/')) continue
    if (file.endsWith('.html')) texts.set(name, textOf(await readFile(file, 'utf8')))
    else if (file.endsWith('.json')) texts.set(name, textOf(JSON.parse(await readFile(file, 'utf8')).html ?? '') + ' ' + (await readFile(file, 'utf8')))
    else if (file.endsWith('.pdf')) texts.set(name, await pdfText(file))
  }
  return texts
}

/** Which public files hold a note or an editorial phrase. */
function leaks(texts: Map<string, string>, notes: string[]): string[] {
  const found: string[] = []
  for (const [name, text] of texts) {
    for (const note of notes) if (text.includes(note.replace(/\s+/g, ' '))) found.push(`${name}: "${note}"`)
    for (const phrase of EDITORIAL_PHRASES) {
      const match = text.match(phrase)
      if (match) found.push(`${name}: …${text.slice(Math.max(0, match.index! - 60), match.index! + 80)}…`)
    }
  }
  return found
}

// A full build of the seed site: minutes on a busy machine.
describe('the site built from the seed', { timeout: 600_000 }, () => {
  let dir: string
  let dist: string
  let texts: Map<string, string>
  let notes: string[]

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolkit-no-editor-notes-'))
    dist = join(dir, 'dist')
    const snapshot = join(dir, 'seed-snapshot.json')
    await run(['scripts/snapshot-from-seed.mjs', snapshot], {})
    await run(['scripts/build.mjs'], { CONTENT_SNAPSHOT: snapshot, SITE_OUT_DIR: dist, SITE_URL: 'https://toolkit.test' })
    texts = await publicTexts(dist)
    notes = await seedEditorNotes()
  }, 600_000)
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('has editor notes to look for, and pages, embeds, oEmbed and PDFs to look in', () => {
    expect(notes.length).toBeGreaterThan(20)
    const names = [...texts.keys()]
    expect(names).toContain('filmfragmenten/hoop/index.html')
    expect(names.some((name) => name.startsWith('embed/') && name.endsWith('.html'))).toBe(true)
    expect(names.some((name) => name.startsWith('oembed/') && name.endsWith('.json'))).toBe(true)
    // The planner's catalogue and the files of texts it loads as items enter a plan.
    expect(names.some((name) => name.startsWith('plannen/gegevens/catalogus-'))).toBe(true)
    expect(names.filter((name) => name.startsWith('plannen/onderdelen/')).length).toBeGreaterThan(10)
    expect(names.filter((name) => name.endsWith('.pdf')).length).toBeGreaterThan(10)
  })

  it('shows no editor note and no editorial remark about the sources anywhere', () => {
    expect(leaks(texts, notes)).toEqual([])
  })

  it('has no editor note or editorial remark in the scripts that render text in the browser (islands)', async () => {
    const scripts = (await filesUnder(join(dist, '_astro'))).filter((file) => file.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    const texts = new Map<string, string>()
    for (const file of scripts) texts.set(relative(dist, file), (await readFile(file, 'utf8')).replace(/\s+/g, ' '))
    expect(leaks(texts, notes)).toEqual([])
  })

  it('points to the pdf with questions the slides link, where fragment 7 has no questions of its own (no maker, no assignment: source 000 says only "Link pdf met vragen")', () => {
    const page = texts.get('filmfragmenten/hoop/index.html')!
    expect(page).toContain(QUESTION_PDF.intro)
    expect(page).not.toContain('bij de maker')
    const pdf = [...texts].find(([name]) => name.endsWith('.pdf') && name.includes('hoop'))
    expect(pdf?.[1]).toContain(QUESTION_PDF.intro)
  })

  it('would notice a leak: the search finds a planted note and a planted phrase', () => {
    const planted = new Map([['planted/index.html', textOf(`<p>${notes[0]}</p><p class="gaps">Nog niet beschikbaar</p>`)]])
    expect(leaks(planted, notes)).toHaveLength(2)
  })
})
