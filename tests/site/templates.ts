/** One page of every page template, for checks that must hold everywhere (axe-core, reflow, print). */
import type { Page } from 'playwright-core'
import { cardLink, itemViewShown } from './helpers.ts'

export type Template = { name: string; path: string; from?: 'list'; pick?: string; waitFor?: string }

export const TEMPLATES: Template[] = [
  { name: 'home', path: '/' },
  { name: 'vind een methode (alle inhoud, met filters)', path: '/overzicht/?thema=zelfstigma&duur=short' },
  { name: 'lijst filmfragmenten', path: '/filmfragmenten/' },
  { name: 'filmfragment', path: '/filmfragmenten/', from: 'list', pick: 'Hoop' },
  { name: 'lijst werkvormen', path: '/werkvormen/' },
  { name: 'werkvorm', path: '/werkvormen/', from: 'list' },
  { name: 'lijst interventies', path: '/interventies/' },
  { name: 'interventie', path: '/interventies/', from: 'list', pick: 'HOP' },
  { name: 'lijst casussen', path: '/casussen/' },
  { name: 'casus', path: '/casussen/', from: 'list' },
  { name: 'lijst handvatten', path: '/handvatten/' },
  { name: 'handvatten', path: '/handvatten/', from: 'list' },
  { name: 'lijst onderbouwing', path: '/onderbouwing/' },
  { name: 'enquêtetabel met vergelijking', path: '/onderbouwing/', from: 'list', pick: 'Tabel 4.5' },
  { name: 'bevinding', path: '/onderbouwing/', from: 'list', pick: 'Kerncijfer' },
  { name: 'lijst impactproducties', path: '/impactproducties/' },
  { name: 'impactproductie', path: '/impactproducties/', from: 'list' },
  { name: 'lijst thema’s', path: '/themas/' },
  { name: 'thema', path: '/themas/', from: 'list', pick: 'Zelfstigma' },
  { name: 'stigma in de ggz', path: '/stigma/' },
  { name: 'zoeken met resultaten', path: '/zoeken/?q=hoop&soort=fragments', waitFor: '.search-results li' },
  { name: 'zoeken zonder resultaten', path: '/zoeken/?q=kruimelpad', waitFor: '[data-search-empty]:not([hidden])' },
  { name: 'niet gevonden', path: '/bestaat-niet/' },
  { name: 'ingesloten enquêtetabel', path: '/embed/onderbouwing/tabel-4-5-wat-helpt-volgens-clienten/' },
  { name: 'ingesloten lijst', path: '/embed/interventies/' },
]

/** Goes to the template's page on `page` (through its listing when it is a detail page). */
export async function gotoTemplate(page: Page, template: Template, url: (path: string) => string): Promise<void> {
  await page.goto(url(template.path))
  if (template.from === 'list') await page.goto(await cardLink(page, template.pick))
  if (template.waitFor) await page.locator(template.waitFor).first().waitFor({ timeout: 15_000 })
  await itemViewShown(page)
}
