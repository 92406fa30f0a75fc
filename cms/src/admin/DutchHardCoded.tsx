'use client'
/**
 * Dutch where Payload hard-codes English that no config or translation key
 * reaches (@payloadcms/ui 3.90). This provider, mounted once around the
 * admin, mends each as it appears:
 *
 * - the notifications: Payload shows them with sonner and passes neither
 *   `containerAriaLabel` nor `closeButtonAriaLabel`, so a screen reader said
 *   "Notifications alt+T" for the region and "Close toast" for every close
 *   button;
 * - the lock dialog's date ("Bewerkt sinds Dec 6, 2026, 4:45 PM"): its
 *   DocumentLocked formats with `Intl.DateTimeFormat('en-US')`; here it gets
 *   the admin's one pattern in Amsterdam time, as every other date
 *   (admin/dutch.ts);
 * - the button that opens a chosen item of a relationship field in a drawer:
 *   its label is `Edit ${title}`, not a translation;
 * - the notifications after a bulk upload: its FormsManager writes
 *   "Successfully saved 2 files" and "Failed to save 1 files" itself;
 * - the date picker's "Time" column and its "Selected date: …"
 *   announcement (react-datepicker, bundled inside Payload's date fields);
 * - the list's search box: Payload joins the searchable fields' labels into
 *   its placeholder in title case ("Zoeken op Slug (webadres) Of Naam");
 *   here it reads as Dutch writes it (sentenceCase.ts);
 * - the live preview's size menu: its last size is "Responsive", a label
 *   Payload adds itself (LivePreviewProvider), not a translation.
 *
 * React leaves a mended attribute or text alone afterwards: it only writes a
 * value it renders differently (then this mends it again). Text is changed in
 * React's own text node, never replaced. Take a mend out once Payload offers
 * the setting.
 */
import { useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import type { I18nClient } from '@payloadcms/translations'
import type { ReactNode } from 'react'
import { DATE_FORMAT, TIMEZONE } from './dutch.ts'
import { useMendInPage } from './mendInPage.ts'
import { sentenceCase } from './sentenceCase.ts'

/** Attributes Payload writes in English (or English-shaped) and the Dutch ones: `aria-label` unless said otherwise. */
const LABELS: ReadonlyArray<{ selector: string; attribute?: string; label: (current: string) => string }> = [
  // sonner's labels; the region's label ends with its hotkey ("alt+T"), which stays.
  { selector: 'section[aria-label^="Notifications"]', label: (current) => current.replace(/^Notifications/, 'Meldingen') },
  { selector: 'button[aria-label="Close toast"]', label: () => 'Melding sluiten' },
  // A chosen item in a relationship field ("Empowerment" among a werkvorm's themes) opens in a drawer: "Edit Empowerment".
  { selector: '.relationship--multi-value-label__drawer-toggler[aria-label^="Edit "]', label: (current) => current.replace(/^Edit /, 'Bewerk ') },
  // "Zoeken op {{label}}" with the fields' labels and Payload's "Of" put in (its ListControls).
  { selector: '.search-filter__input[placeholder]', attribute: 'placeholder', label: (current) => sentenceCase(current.replace(/ Of /g, ' of ')) },
]

/** What the live preview's size menu calls the size that fills the space beside the form. */
export const FILLING_SIZE = 'Passend'

const TOAST_TITLE = '[data-sonner-toast] [data-title]'

/** What react-datepicker (inside Payload's date fields) announces after a choice: "Selected date: …". */
const CHOSEN: Record<string, string> = { date: 'datum', time: 'tijd', month: 'maand', year: 'jaar', quarter: 'kwartaal' }

/** Texts Payload (or a component inside it) writes in English, where they appear, and the Dutch ones. */
const TEXTS: ReadonlyArray<{ selector: string; english: RegExp; dutch: (match: RegExpMatchArray) => string }> = [
  { selector: TOAST_TITLE, english: /^Successfully saved (\d+) files?$/, dutch: ([, count]) => `${count === '1' ? '1 bestand' : `${count} bestanden`} opgeslagen.` },
  {
    selector: TOAST_TITLE,
    english: /^Failed to save (\d+) files?$/,
    // Payload keeps the refused files in the drawer; it shows the reason on the file only when nothing was saved.
    dutch: ([, count]) => `${count === '1' ? '1 bestand is' : `${count} bestanden zijn`} niet opgeslagen; ${count === '1' ? 'het staat' : 'ze staan'} nog in de lijst.`,
  },
  // The date picker's time column (the schedule drawer): Payload passes no `timeCaption`.
  { selector: '.react-datepicker-time__header', english: /^Time$/, dutch: () => 'Tijd' },
  { selector: '.react-datepicker__aria-live', english: /^Selected (date|time|month|year|quarter): (.*)$/s, dutch: ([, what, value]) => `Gekozen ${CHOSEN[what!]}: ${value}` },
  // The live preview's size: on its button, and in the menu it opens.
  { selector: '.live-preview-toolbar-controls__breakpoint span, .popup-button-list__button', english: /^Responsive$/, dutch: () => FILLING_SIZE },
]

/** The lock dialog's date, as DocumentLocked writes it: "Dec 6, 2026, 4:45 PM" (the browser's own time zone). */
const LOCK_DATE = '.document-locked__content p strong'
const EN_US_DATE = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M$/

function mend(i18n: I18nClient): void {
  for (const { selector, attribute = 'aria-label', label } of LABELS) {
    for (const element of document.querySelectorAll(selector)) {
      const current = element.getAttribute(attribute) ?? ''
      // Set only when it changes: every write is a DOM change the mends would be run again for.
      const dutch = label(current)
      if (dutch !== current) element.setAttribute(attribute, dutch)
    }
  }
  for (const { selector, english, dutch } of TEXTS) {
    for (const element of document.querySelectorAll(selector)) {
      const text = element.firstChild
      if (text?.nodeType !== Node.TEXT_NODE) continue
      const match = (text.nodeValue ?? '').match(english)
      if (match) text.nodeValue = dutch(match)
    }
  }
  // Payload's formatter needs the date locale, which the admin loads after it starts (until then it says "Laden...").
  if (!i18n.dateFNS) return
  for (const strong of document.querySelectorAll(LOCK_DATE)) {
    const text = strong.firstChild
    // Intl puts a narrow no-break space before AM/PM, which Date does not read.
    const written = text?.nodeType === Node.TEXT_NODE ? (text.nodeValue ?? '').replace(/[\u202f\u00a0]/g, ' ').trim() : ''
    if (!EN_US_DATE.test(written)) continue
    const date = new Date(written)
    if (!Number.isNaN(date.getTime())) text!.nodeValue = formatDate({ date, i18n, pattern: DATE_FORMAT, timezone: TIMEZONE })
  }
}

export function DutchHardCoded({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  useMendInPage(() => mend(i18n as unknown as I18nClient), { characterData: true }, [i18n, i18n.dateFNS])
  return children
}
