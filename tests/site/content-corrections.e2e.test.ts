/**
 * The corrections of issue 18 (a line-by-line reading against the sources),
 * each on the built pages a reader sees, each with the source line it was
 * traced to (files in /work/shared/seeds/):
 * 1. 002 l. 115 gives only the address www.phrenos.nl/toolkit-destigmatisering;
 *    no source names Phrenos as source, maker or publisher.
 * 2. 002 l. 34–36: "Bepaal voor jezelf hoeveel tijd ieder onderdeel kost".
 * 3. 003 l. 3–7: the list is what self-stigma does, not what you can do.
 * 4. 001 l. 618: "Harris e.a. (2019) beschrijven recent een training" — the
 *    year of the description, not of the training.
 * 5. 001 table 4.3 prints no n; 610 and 325 are the toolkit's own arithmetic.
 * 6. 000 l. 83: "Link pdf met vragen" — no maker, no assignment.
 * 7. 004 l. 5–9, 76–87: goals and key messages are word for word: quotes.
 *    001 l. 1232–1237: the reasons for wanting support.
 * 8. No source assesses an evidence level; empty attributes hidden; one
 *    summary per method; 001 l. 1579 misspells "Competitive".
 * 9. Newly covered: 001 §1 (l. 24–29), §5.2 (l. 990–1058), §5.5 (l. 1207–1220),
 *    §6.4 (l. 1570–1589).
 */
import { getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { urlOf, useBrowser } from './helpers.ts'

/** The text of a PDF the site serves, whitespace collapsed. */
async function pdfTextOf(path: string): Promise<string> {
  const response = await fetch(urlOf(path))
  expect(response.status, path).toBe(200)
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()))
  const pages: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages.join(' ').replace(/\s+/g, ' ')
}

/** The page's visible text, tags and scripts removed, whitespace collapsed. */
async function textOf(path: string): Promise<string> {
  const response = await fetch(urlOf(path))
  expect(response.status, path).toBe(200)
  const html = await response.text()
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
}

const INTERVENTIONS = [
  'beyond-the-label', 'honest-open-proud', 'coral', 'wrap', 'nect', 'comet', 'cgt-gericht-op-zelfstigma', 'act-gericht-op-zelfstigma',
  'mental-health-first-aid', 'fotovoice', 'mensenbieb', 'dialoogdag', 'e-learning-destigmatiserend-werken', 'wat-doe-jij', 'its-just-us',
  'psycho-educatie-zelfstigma', 'voorlichting-door-ervaringsdeskundigen', 'bij-nader-inzien', 'generieke-module-destigmatisering',
]

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

describe('content corrections of issue 18', () => {
  it('1. names no maker or publisher the sources do not name: footer, production page, links', async () => {
    const home = await textOf('/')
    expect(home).not.toContain('Phrenos')
    expect(home).toContain('Trimbos-instituut')
    const production = await textOf('/impactproducties/bij-nader-inzien/')
    expect(production).not.toContain('bij de maker')
    expect(production).toContain('De richtlijnen voor de gespreksleider eindigen met deze link: https://www.phrenos.nl/toolkit-destigmatisering')
    const intervention = await textOf('/interventies/bij-nader-inzien/')
    expect(intervention).not.toContain('(Phrenos)')
  })

  it('2. the planner says which part is the toolkit’s proposal', async () => {
    const planner = await textOf('/plannen/')
    expect(planner).toContain('De blokken met een tijd per onderdeel zijn een voorstel van de toolkit; de leidraad zegt: ‘Bepaal voor jezelf hoeveel tijd ieder onderdeel kost.’')
    expect(planner).not.toContain('in de stappen van de handleiding')
  })

  it('3. the effects of self-stigma are not headed "Wat je kunt doen", and the source line names a place, not half a sentence', async () => {
    const page = await textOf('/handvatten/wat-zelfstigma-doet/')
    expect(page).not.toContain('Wat je kunt doen')
    expect(page).not.toContain('Zelfstigma zorgt er onder andere voor dat iemand.')
    expect(page).toContain('inleiding, gevolgen van zelfstigma')
  })

  it('4. "It’s just us" shows no year of its own', async () => {
    const page = await textOf('/interventies/its-just-us/')
    expect(page).not.toMatch(/Jaar 2019/)
    expect(page).toContain('Harris e.a. (2019)')
  })

  it('5. table 4.3 is not labelled "n = 628", and our own arithmetic says so', async () => {
    const table = await textOf('/onderbouwing/tabel-4-3-vormen-van-stigmatisering-in-de-ggz/')
    expect(table).not.toContain('n = 628')
    expect(table).toContain('Eigen berekening van de toolkit, geen cijfer uit de monitor')
    const next = await textOf('/onderbouwing/tabel-4-4-gevolgen-van-stigmatisering-in-de-hulpverlening/')
    expect(next).toContain('Eigen berekening van de toolkit, geen cijfer uit de monitor: de percentages passen bij een groep van ongeveer 325 mensen')
  })

  it('6. the fragment points to the pdf with questions the slides link, as the slides say', async () => {
    const page = await textOf('/filmfragmenten/hoop/')
    expect(page).not.toContain('vragenblad bij de maker')
    // Worded for a fragment without questions of the toolkit's own, or beside them (the publish-cycle test gives "Hoop" questions).
    expect(page).toMatch(
      /De presentatie (bij de impactproductie verwijst voor de vragen bij dit fragment|verwijst voor de vragen ook) naar een pdf: https:\/\/tools\.ggzzonderstigma\.nl\/overzicht-activiteiten-bni\//,
    )
  })

  it('7. the activity’s goals and key messages are marked as quotes; the home page gives the reasons it announces', async () => {
    const page = await textOf('/werkvormen/de-rol-van-empowerment/')
    expect(page).toContain('“Inzicht verwerven in de betekenis en waarde van empowerment bij en ondanks publiek en zelfstigma.”')
    expect(page).toContain('“Empowerment vormt de positieve tegenpool van publiek stigma en zelfstigmatisering.”')
    expect(page).toContain('Letterlijk overgenomen uit de beschrijving van de activiteit.')
    const home = await textOf('/')
    expect(home).not.toContain('Zij geven daarvoor deze redenen.')
  })

  it('8. no "Onbekend" evidence level, no empty "Vorm", one summary per method, "Competitive" spelt right', async () => {
    const aims = new Map<string, string>()
    for (const slug of INTERVENTIONS) {
      const page = await textOf(`/interventies/${slug}/`)
      expect(page, slug).not.toContain('Onbekend')
      const html = await (await fetch(urlOf(`/interventies/${slug}/`))).text()
      // No attribute without a value (six showed an empty "Vorm").
      expect(html, slug).not.toMatch(/<dd[^>]*>\s*<\/dd>/)
      const lead = /<p class="lead">([^<]*)<\/p>/.exec(html)?.[1]
      if (lead) aims.set(slug, lead)
    }
    const counts = new Map<string, number>()
    for (const aim of aims.values()) counts.set(aim, (counts.get(aim) ?? 0) + 1)
    expect([...counts].filter(([aim, count]) => count > 1 && !aim.startsWith('Zelfstigma verminderen'))).toEqual([])
    const comet = await textOf('/interventies/comet/')
    expect(comet).toContain('Competitive Memory Training')
    expect(comet).not.toContain('Competetive')
    // The embed view shows the page's article as the browser draws it (site/src/lib/embed/item-view.ts).
    const embed = await browser.open('/embed/interventies/wrap/')
    expect(await embed.locator('main h1').textContent()).toContain('WRAP')
    expect(await embed.locator('main').innerText()).not.toContain('Onbekend')
    expect(await embed.locator('main dd').evaluateAll((values) => values.filter((value) => !value.textContent?.trim()).length)).toBe(0)
    await embed.context().close()
  })

  it('9. covers what clinicians asked for: the professional as subject, agent and object, the family’s roles, reasons for and against telling, who answered', async () => {
    const roles = await textOf('/onderbouwing/hulpverlener-als-subject-agent-en-object/')
    expect(roles).toContain('stigma by association')
    expect(roles).toContain('Bron: ')
    const family = await textOf('/onderbouwing/familie-als-subject-object-en-actor/')
    expect(family).toContain('Actor: het familielid dat stigma helpt verminderen.')
    const telling = await textOf('/onderbouwing/redenen-om-eigen-klachten-wel-of-niet-te-vertellen/')
    expect(telling).toContain('Niet aan cliënten: het kan tegen hen gebruikt worden (chantage)')
    expect(telling).toMatch(/§5\.5/)
    const who = await textOf('/onderbouwing/wie-zijn-de-ondervraagde-hulpverleners/')
    expect(who).toContain('Gemiddeld werken ze 14 jaar in de ggz, van 1 tot 45 jaar.')
    // Editors' notes stay in the CMS.
    expect(family).not.toContain('andersom')
  })

  it('10. source lines and links read as sentences for a clinician: no title said twice, no slug, no editor\'s wording (page and PDF)', async () => {
    const intervention = await textOf('/interventies/bij-nader-inzien/')
    const sheet = await pdfTextOf('/pdf/interventions/bij-nader-inzien.pdf')
    for (const [name, text] of [['page', intervention], ['pdf', sheet]] as const) {
      expect(text, name).not.toMatch(/richtlijnen voor de gespreksleider ?, Richtlijnen voor de gespreksleider/)
      // The page's title is a <cite>: its end leaves a space in the text read here.
      expect(text, name).toMatch(/richtlijnen voor de gespreksleider ?, opening, 'De methodiek bevat' en 'Tips bij gebruik'\./)
      expect(text, name).not.toContain('Link waarmee de richtlijnen eindigen')
      expect(text, name).toContain('Website uit de richtlijnen (www.phrenos.nl/toolkit-destigmatisering)')
    }
    const jenny = await textOf('/casussen/jenny/')
    expect(jenny).not.toContain("casus 'jenny'")
    expect(jenny).toContain("alinea over deze casus en 'Nog 2 casussen in de e-learning'.")
  })
})

describe('printing a page that points elsewhere', () => {

  it('prints a link that shows its own address once (the print style adds the address after other links)', async () => {
    for (const [path, url] of [
      ['/filmfragmenten/hoop/', 'https://tools.ggzzonderstigma.nl/overzicht-activiteiten-bni/'],
      ['/impactproducties/bij-nader-inzien/', 'https://www.phrenos.nl/toolkit-destigmatisering'],
    ] as const) {
      const page = await browser.open(path)
      await page.emulateMedia({ media: 'print' })
      const printed = await page.locator('main').innerText()
      const after = await page.locator(`main a[href="${url}"]`).first().evaluate((link) => getComputedStyle(link, '::after').content)
      expect(after, path).toBe('none')
      expect(printed.split(url).length - 1, path).toBeGreaterThanOrEqual(1)
    }
  })
})
