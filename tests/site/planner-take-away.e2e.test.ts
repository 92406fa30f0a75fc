/**
 * What a facilitator takes away from the session planner, in a real browser:
 * the PDF run sheet and the calendar file, read back; the printed run sheet,
 * and print waiting for the texts of every part.
 */
import { readFile } from 'node:fs/promises'
import ICAL from 'ical.js'
import { getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { detailGroup } from '../../site/src/lib/planner/detail-groups.ts'
import { planSelfStigma, status, usePlannerBrowser } from './planner-helpers.ts'

const { openPlanner } = usePlannerBrowser()

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const pages: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages.join(' ').replace(/\s+/g, ' ')
}

describe('session planner: run sheet, calendar file and print', () => {
  it('downloads a PDF run sheet with timings, materials, the question sheet, the action-point template and tips', async () => {
    const page = await openPlanner()
    await planSelfStigma(page)
    // By keyboard: the button keeps focus while the PDF is made and after (a disabled button once dropped it to the page).
    const button = page.getByRole('button', { name: 'Download pdf (draaiboek)' })
    await button.focus()
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toBe('draaiboek-90-minuten.pdf')
    await expect.poll(() => page.locator('.planner-status').textContent()).toBe('De pdf met het draaiboek is gedownload.')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Download pdf (draaiboek)')
    const bytes = new Uint8Array(await readFile((await download.path())!))
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-')
    const text = await pdfText(bytes)
    for (const expected of [
      'Teambijeenkomst over zelfstigma',
      'Toolkit destigmatisering',
      '0:50–1:10',
      'De rol van empowerment',
      'Flip-over met stiften',
      'https://tools.ggzzonderstigma.nl/overzicht-activiteiten-bni/',
      'Actiepunt',
      'Wat gaan we doen',
      'Wie',
      'Wanneer',
      'Vertel dat de scènes geïmproviseerd zijn',
      'Houd het gesprek bij (de)stigmatisering',
      'pagina 1 van',
    ]) {
      expect(text, expected).toContain(expected)
    }
    // Editors' notes never reach the run sheet.
    expect(text).not.toContain('staan niet in de bronnen')
    expect(await status(page).textContent()).toBe('De pdf met het draaiboek is gedownload.')
  })

  it('downloads a calendar file with the session (named as the run sheet on screen) and the follow-ups the guide asks for', async () => {
    const page = await openPlanner('?thema=hoop')
    const title = (await page.locator('#planner-sheet-title').textContent())!.replace(/^Draaiboek: /, '')
    expect(title).toBe('Teambijeenkomst over hoop')
    await page.getByLabel('Datum (optioneel)').fill('2026-12-07')
    await page.getByLabel('Begintijd (optioneel)').fill('13:30')
    await expect.poll(() => page.url()).toContain('start=13:30')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Agenda-bestand (.ics)' }).click()])
    const text = await readFile((await download.path())!, 'utf8')
    // What strict clients ask: lines of at most 75 octets, the start in Dutch time with its zone.
    expect(Math.max(...text.split('\r\n').map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20261207T133000')
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam')
    // When the file was made, in UTC as RFC 5545 asks, whatever zone the browser is in.
    expect(text.match(/^DTSTAMP:.*$/gm)?.every((line) => /^DTSTAMP:\d{8}T\d{6}Z\r?$/.test(line))).toBe(true)
    const calendar = new ICAL.Component(ICAL.parse(text))
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    const dates = events.map((event) => [event.summary, event.startDate.toString(), event.endDate.toString()])
    expect(dates).toEqual([
      [title, '2026-12-07T13:30:00', '2026-12-07T15:00:00'],
      ['Evaluatie actiepunten destigmatisering (1 van 4)', '2027-03-08T13:30:00', '2027-03-08T14:30:00'],
      ['Opvolgingsbijeenkomst destigmatisering (2 van 4)', '2027-06-07T13:30:00', '2027-06-07T14:30:00'],
      ['Opvolgingsbijeenkomst destigmatisering (3 van 4)', '2027-09-06T13:30:00', '2027-09-06T14:30:00'],
      ['Opvolgingsbijeenkomst destigmatisering (4 van 4)', '2027-12-06T13:30:00', '2027-12-06T14:30:00'],
    ])
    // The first follow-up lies within the 6 months the guide asks for.
    const first = events[1]!.startDate.toJSDate().getTime() - events[0]!.startDate.toJSDate().getTime()
    expect(first).toBeLessThanOrEqual(183 * 24 * 3600 * 1000)
    expect(events[0]!.description).toContain('13:30–13:40 Opening')
  })

  it('prints only once the texts of every part are there', async () => {
    const page = await openPlanner()
    // What the page held when the print dialog was asked for.
    await page.evaluate(() => {
      const record = window as unknown as { printed: string[] }
      record.printed = []
      window.print = () => record.printed.push(document.querySelector('.plan-part-theory')?.textContent ?? '')
    })
    const add = page.getByLabel('Kerncijfer toevoegen')
    const slug = (await add.locator('option').evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value))).find(Boolean)!
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(new RegExp(`/plannen/onderdelen/onderbouwing/${detailGroup(slug)}\\.json$`), async (route) => {
      await held
      await route.continue()
    })
    await add.selectOption(slug)
    await page.locator('.add-field', { has: add }).getByRole('button', { name: 'Toevoegen' }).click()
    await page.locator('.plan-part-theory .part-loading').waitFor()
    await page.getByRole('button', { name: 'Printen' }).click()
    await expect.poll(() => status(page).textContent()).toBe('De onderdelen worden geladen; daarna opent het printvenster.')
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual([])
    const loaded = page.waitForResponse((response) => response.url().includes(`/onderbouwing/${detailGroup(slug)}.json`))
    release()
    const { statement } = ((await (await loaded).json()) as Record<string, { statement: string }>)[slug]!
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed.length)).toBe(1)
    expect((await page.evaluate(() => (window as unknown as { printed: string[] }).printed))[0]).toContain(statement)
  })

  it('prints a run sheet that runs on its own: settings, the plan’s address and QR code, the activity’s steps, boxes to tick, each link once', async () => {
    const page = await openPlanner('?tijd=90&thema=zelfstigma&datum=2030-03-04&start=09:30')
    await page.emulateMedia({ media: 'print' })
    // The planner writes its defaults (group, size) into the address once it has loaded: compare once both agree.
    await expect.poll(async () => (await page.locator('.plan-address .plan-url').textContent()) === page.url()).toBe(true)
    const address = page.url()
    expect(address).toContain('datum=2030-03-04')
    expect(await page.locator('.print-address').textContent()).toBe(address)
    await expect.poll(() => page.locator('.plan-address svg path').count()).toBe(1)
    expect(await page.locator('.plan-address').isVisible()).toBe(true)
    expect(await page.locator('.planner-facts').innerText()).toMatch(/Thema’s\s+Zelfstigma/)
    const printed = await page.locator('main').innerText()
    expect(printed).toContain('Uitvoering')
    expect(printed).toContain('Laat de dia “Model uit de herstelbeweging” uit de PowerPoint zien')
    expect(printed).toContain('Opmerking voor de gespreksleider:')
    // Each address once: no second copy after a link whose text is already its address.
    const after = await page.locator('.run-sheet a[href^="http"]').evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content))
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((content) => content === 'none' || content === 'normal')).toBe(true)
    for (const url of ['https://vimeo.com/372848030', 'https://tools.ggzzonderstigma.nl/overzicht-activiteiten-bni/']) {
      expect(printed.split(url).length - 1, url).toBe(1)
    }
    // Materials get an empty box drawn in CSS, not a glyph the font may lack.
    const boxes = await page.locator('.checklist li').evaluateAll((items) => items.map((item) => {
      const style = getComputedStyle(item, '::before')
      return { content: style.content, border: style.borderTopStyle, width: parseFloat(style.width) }
    }))
    expect(boxes.length).toBeGreaterThanOrEqual(6)
    for (const box of boxes) expect(box).toMatchObject({ content: '""', border: 'solid' })
    for (const box of boxes) expect(box.width).toBeGreaterThan(5)
  })
})
