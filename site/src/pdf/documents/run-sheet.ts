/**
 * The run sheet (draaiboek) of a planned session, drawn with the same writer,
 * blocks and page frame as every other PDF of the toolkit: timings, one
 * materials list, per fragment its questions or where to find them, the
 * action-point template and the guide's tips. It draws only what the
 * planner's description (`RunSheet`) holds.
 */
import { SESSION_EVALUATION_READERS } from '@toolkit/schemas/evaluation-texts'
import { quotedIf, VERBATIM_NOTE } from '../../lib/view/quote.ts'
import type { RunSheet, SheetPart, Tip } from '../../lib/planner/describe.ts'
import { attachmentSection, pageLink, titleBlock } from '../blocks.ts'
import { COLOURS, LINE_GAP } from '../style.ts'
import type { PdfWriter } from '../writer.ts'

export type RunSheetMeta = {
  /** Address of the plan on the site (with its URL parameters), for the link and QR code. */
  planUrl: string
  /** The participants' evaluation form of this session (link and QR code), when the site has one. */
  evaluationUrl?: string
}

export function renderRunSheet(w: PdfWriter, sheet: RunSheet, meta: RunSheetMeta): void {
  titleBlock(w, sheet.title, 'Draaiboek · teambijeenkomst', `Een plan van ${sheet.total} minuten volgens de leidraad bij de impactproductie. De tijden per onderdeel zijn een voorstel van de toolkit.`)
  w.facts(sheet.facts)
  if (sheet.notices.length) w.section(2, 'Let op', () => w.list(sheet.notices))

  w.section(2, 'Tijdschema', () => {
    w.list(
      sheet.parts.map((part) => `${part.title} (${part.minutes} min)`),
      { labels: sheet.parts.map((part) => `${part.start}–${part.end}`), labelWidth: 80 },
    )
    w.paragraph(`Totaal: ${sheet.total} minuten.`, 'label')
  })

  w.section(2, '1. Praktische voorbereiding', () => {
    w.paragraph('Af te vinken vóór de bijeenkomst; niet in de tijd meegeteld.', 'small')
    checklist(w, sheet.preparation.checklist)
    w.section(3, 'Materialen', () => {
      if (sheet.preparation.materials.length) checklist(w, sheet.preparation.materials)
      else w.paragraph('De gekozen onderdelen noemen geen materialen.', 'small')
    })
    attachmentSection(w, sheet.preparation.attachments, 3)
    tips(w, sheet.preparation.tips)
  })

  w.section(2, '2. De bijeenkomst', () => {
    for (const part of sheet.parts) partSection(w, part, sheet)
  })

  if (meta.evaluationUrl) pageLink(w, meta.evaluationUrl, 'Evaluatie voor de deelnemers (anoniem, drie vragen):', SESSION_EVALUATION_READERS)

  w.section(2, '3. Opvolging', () => {
    w.list(sheet.followUp.steps)
    if (sheet.followUp.dates.length) {
      w.section(3, 'Voorgestelde data', () => w.list(sheet.followUp.dates))
    }
  })
  if (sheet.tips.length) w.section(2, 'Meer tips voor de gespreksleider', () => tips(w, sheet.tips, false))
  pageLink(w, meta.planUrl, 'Dit plan op de website (aan te passen):')
}

function partSection(w: PdfWriter, part: SheetPart, sheet: RunSheet): void {
  w.section(3, `${part.start}–${part.end} · ${part.title} (${part.minutes} min)`, () => {
    if (part.reason) w.paragraph(part.reason, 'small')
    if (part.summary) w.paragraph(part.summary)
    if (part.goals?.length) {
      w.paragraph('Leerdoelen', 'label')
      if (part.goalsVerbatim) w.paragraph(VERBATIM_NOTE, 'small')
      w.list(part.goals.map((goal) => quotedIf(part.goalsVerbatim, goal)))
    }
    if (part.steps.length) w.list(part.steps)
    if (part.figures?.length) {
      for (const figure of part.figures) {
        w.group('Div', () => {
          if (figure.figure) w.paragraph(figure.figure, 'figure')
          w.paragraph(figure.title, 'label')
          w.paragraph(figure.statement)
          if (figure.points.length) w.list(figure.points)
          w.paragraph(`Bron: ${figure.citation}`, 'small')
        })
      }
    }
    if (part.kind === 'fragment') {
      for (const group of part.questions ?? []) w.section(4, group.label, () => w.list(group.items, { numbered: true }), { bookmark: false })
      if (part.assignment) w.section(4, 'Opdracht', () => w.paragraph(part.assignment!), { bookmark: false })
      if (part.questionSheet) {
        w.paragraph(part.questionSheet.text)
        w.link(part.questionSheet.url)
      }
      if (part.videoUrl) {
        w.paragraph('Film:', 'label')
        w.link(part.videoUrl)
      }
    }
    if (part.activitySteps?.length) {
      const steps = part.activitySteps
      w.section(4, 'Uitvoering', () => {
        w.list(
          steps.map((step) => () => {
            w.paragraph(step.instruction)
            if (step.suggestedText) w.paragraph(`Tekstsuggestie: ${quotedIf(step.suggestedTextVerbatim, step.suggestedText)}`, step.suggestedTextVerbatim ? 'quote' : undefined)
            if (step.facilitatorRemark) w.paragraph(`Opmerking voor de gespreksleider: ${step.facilitatorRemark}`, 'small')
          }),
          { numbered: true },
        )
      }, { bookmark: false })
    }
    if (part.materials?.length) {
      w.paragraph('Materialen', 'label')
      w.list(part.materials)
    }
    if (part.keyMessages?.length) {
      w.paragraph('Kernboodschappen', 'label')
      if (part.keyMessagesVerbatim) w.paragraph(VERBATIM_NOTE, 'small')
      w.list(part.keyMessages.map((message) => quotedIf(part.keyMessagesVerbatim, message)))
    }
    attachmentSection(w, part.attachments, 4)
    if (part.kind === 'actions') actionTemplate(w, sheet.actionTemplate, sheet.actionRows)
    tips(w, part.tips)
  }, { bookmark: true })
}

/**
 * A list to tick off by hand. The box is drawn, not typed: the embedded font
 * has no U+2610, and pdfkit printed its "missing glyph" box, which looks ticked.
 */
function checklist(w: PdfWriter, items: string[]): void {
  const box = 8
  const indent = 16
  w.group(
    'L',
    () => {
      for (const item of items) {
        w.keepSpace(w.lineHeight('body') * 2)
        w.group('LI', () => {
          const top = w.doc.y
          const left = w.x
          w.decoration(() => {
            w.doc.rect(left + 0.5, top + 2, box, box).lineWidth(0.8).strokeColor(COLOURS.ink).stroke()
          })
          w.indented(indent, () => w.leaf('LBody', () => w.draw(item, 'body')))
          w.space(3)
        })
      }
    },
    {},
    { O: 'List', ListNumbering: 'None' },
  )
  w.space(2)
}

/** The action-point template: a table with a header row and one empty row per action point to fill in by hand. */
function actionTemplate(w: PdfWriter, columns: string[], rows: number): void {
  const rowHeight = 46
  const headerHeight = w.lineHeight('label') + 8
  const widths = [0.26, 0.38, 0.18, 0.18].map((share) => share * w.width)
  w.keepSpace(headerHeight + rowHeight * rows + 20)
  w.paragraph(rows === 1 ? 'Eén actiepunt' : `Actiepunten (top ${rows})`, 'label')
  const left = w.x
  w.group('Table', () => {
    const drawRow = (cells: string[], header: boolean) => {
      const top = w.doc.y
      const height = header ? headerHeight : rowHeight
      w.decoration(() => {
        if (header) w.doc.rect(left, top, w.width, height).fill(COLOURS.accentSoft)
        let x = left
        for (const width of widths) {
          w.doc.rect(x, top, width, height).lineWidth(0.5).strokeColor(COLOURS.line).stroke()
          x += width
        }
      })
      w.group('TR', () => {
        let x = left
        cells.forEach((cell, i) => {
          w.leaf(header ? 'TH' : 'TD', () => {
            w.use(header ? 'label' : 'body').text(cell, x + 4, top + 4, { width: widths[i]! - 8, lineGap: LINE_GAP })
          })
          x += widths[i]!
        })
      })
      w.doc.y = top + height
    }
    drawRow(columns, true)
    for (let row = 1; row <= rows; row++) drawRow([`${row}.`, '', '', ''], false)
  })
  w.doc.x = left
  w.space(8)
}

function tips(w: PdfWriter, list: Tip[], labelled = true): void {
  for (const tip of list) {
    w.group('Div', () => {
      w.paragraph(labelled ? `Tip: ${tip.title}` : tip.title, 'label')
      w.paragraph(tip.text)
    })
  }
}
