/**
 * The accessibility rules every axe-core check in these tests applies: WCAG 2.1 A and AA, the legal floor, and the
 * AA rules WCAG 2.2 added (target size of at least 24 by 24 px), which the product aims for. One list, so a page
 * is never held to a lower standard than another.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
