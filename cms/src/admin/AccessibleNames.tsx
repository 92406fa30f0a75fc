'use client'
/**
 * Names for the admin's controls that Payload (@payloadcms/ui 3.90) leaves
 * unnamed or named unlike what they show, found by axe-core on the
 * dashboard, a list and an edit view (tests/cms/admin-accessibility): a
 * screen reader said "button" for each row's "⋯" menu and drag handle, and
 * nothing for a choice box whose label points at its wrapper instead of its
 * input. This provider, mounted once around the admin, mends each as it
 * appears; admin/accessible.css does the same for the grey text that was too
 * light to read (2.81:1).
 *
 * It runs as admin/DutchHardCoded.tsx does (admin/mendInPage.ts): an
 * attribute is only written when it differs, so React's own renders and these
 * mends never loop. Take a mend out
 * once Payload names the control itself.
 */
import type { ReactNode } from 'react'
import { useMendInPage } from './mendInPage.ts'
import './accessible.css'

/** The number (from 1) of the array row an element sits in ("Stap 2"), from the row's id `<field>-row-<index>`. */
function rowNumber(element: Element): number | undefined {
  const index = element.closest('[id*="-row-"]')?.id.match(/-row-(\d+)$/)?.[1]
  return index === undefined ? undefined : Number(index) + 1
}

/**
 * Icon-only menu buttons ("⋯", the arrow beside publish), by where they sit; the first match names the button. One that
 * matches none stays unnamed, so the admin's axe test finds a new one instead of a vague name hiding it.
 */
const MENU_BUTTONS: ReadonlyArray<{ within: string; name: (button: Element) => string }> = [
  { within: '.collapsible__actions', name: (button) => (rowNumber(button) ? `Acties voor rij ${rowNumber(button)}` : 'Acties voor deze rij') },
  { within: '.clipboard-action__popup', name: () => 'Kopiëren of plakken' },
  { within: '.form-submit', name: () => 'Meer manieren om te publiceren' },
  { within: '.doc-controls', name: () => 'Meer acties voor dit document' },
]

/** Controls named by their own text once Payload's `aria-label` (which leaves part of that text out) is gone. */
const NAMED_BY_TEXT = [
  // "Nieuw aanmaken" was announced as "Werkvorm aanmaken"; the list's heading says which collection.
  '.list-create-new-doc__create-new-button[aria-label]',
  // The "Versies 3" tab was announced as "Versies".
  '.doc-tab[aria-label]',
]

/** Named inputs without a visible label: the live preview's width and height. */
const INPUT_NAMES: Record<string, string> = { 'live-preview-width': 'Breedte van de voorbeeldweergave', 'live-preview-height': 'Hoogte van de voorbeeldweergave' }

function set(element: Element, attribute: string, value: string): void {
  if (element.getAttribute(attribute) !== value) element.setAttribute(attribute, value)
}

function mend(): void {
  for (const button of document.querySelectorAll('.popup-button')) {
    if (button.textContent?.trim() || button.getAttribute('aria-label')) continue
    const menu = MENU_BUTTONS.find(({ within }) => button.closest(within))
    if (menu) set(button, 'aria-label', menu.name(button))
  }
  // The handle that drags an array row (steps, materials) into another place.
  for (const handle of document.querySelectorAll('.collapsible__drag[role="button"]')) {
    const row = rowNumber(handle)
    set(handle, 'aria-label', row ? `Rij ${row} verslepen` : 'Rij verslepen')
  }
  // The account button shows the editor's initials (admin/Avatar.tsx); its name "Account" now says them too (WCAG 2.5.3).
  for (const account of document.querySelectorAll('.app-header__account')) {
    const initials = account.textContent?.trim()
    // Not "Account (EB)": a name tool (and axe) compares words, and "(EB)" is not the word "EB".
    if (initials) set(account, 'aria-label', `Account ${initials}`)
  }
  for (const element of document.querySelectorAll(NAMED_BY_TEXT.join(', '))) element.removeAttribute('aria-label')
  // The document tabs are a list without list items (links and the current tab straight in a <ul>).
  for (const list of document.querySelectorAll('ul.doc-tabs__tabs')) set(list, 'role', 'none')
  // A choice box (react-select): Payload's <label for> names the wrapper, not the input a screen reader lands on.
  for (const input of document.querySelectorAll('.field-type input[id^="react-select-"]:not([aria-labelledby])')) {
    const field = input.closest('.field-type')
    const label = field?.querySelector(':scope > .field-label, :scope > * > .field-label')
    if (!field?.id || !label) continue
    set(label, 'id', `${field.id}-label`)
    set(input, 'aria-labelledby', label.id)
  }
  // A choice box's arrow and clear buttons are hidden from screen readers; reached with Tab they were unnamed stops (the
  // box opens with ↓ and clears with Backspace).
  for (const button of document.querySelectorAll('.dropdown-indicator[aria-hidden="true"], .clear-indicator[aria-hidden="true"]')) set(button, 'tabindex', '-1')
  // A chosen item in a choice box is a sortable "button" holding the buttons that open and remove it: a group instead, so
  // those stay reachable and named (dnd-kit keeps its keyboard sorting on the element).
  for (const chip of document.querySelectorAll('.rs__multi-value[role="button"], .rs__multi-value[role="group"]')) {
    set(chip, 'role', 'group')
    const name = chip.textContent?.trim()
    if (name) set(chip, 'aria-label', name)
  }
  // The list's checkboxes: Payload's CheckboxInput writes an empty aria-label over the one it is given.
  for (const box of document.querySelectorAll('.select-all input[type="checkbox"]')) {
    box.removeAttribute('aria-labelledby')
    set(box, 'aria-label', 'Alle rijen selecteren')
  }
  for (const box of document.querySelectorAll('.select-row input[type="checkbox"]')) {
    // The row's title (its useAsTitle column, whichever place it has), else its first column.
    const row = box.closest('tr')
    const title = (row?.querySelector('td.cell-title, td.cell-name, td.cell-email') ?? row?.querySelector('td:not(.cell-_select)'))?.textContent?.trim()
    set(box, 'aria-label', title ? `Selecteer “${title}”` : 'Rij selecteren')
  }
  // The breadcrumb's choice box that switches the dashboard's view.
  for (const input of document.querySelectorAll('.dashboard-breadcrumb-select input[id^="react-select-"]')) set(input, 'aria-label', 'Weergave kiezen')
  for (const [name, label] of Object.entries(INPUT_NAMES)) {
    for (const input of document.querySelectorAll(`input[name="${name}"]:not([aria-label])`)) set(input, 'aria-label', label)
  }
}

export function AccessibleNames({ children }: { children?: ReactNode }) {
  // Attributes too: React writes an aria-label back when it renders the control again.
  useMendInPage(mend, { attributes: true, attributeFilter: ['aria-label', 'aria-labelledby', 'role'] })
  return children
}
