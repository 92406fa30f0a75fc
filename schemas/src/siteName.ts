/**
 * The toolkit's name, as its pages, embeds, oEmbed answers, PDFs and the
 * admin's window titles give it. Its own entry point (`@toolkit/schemas/site-name`),
 * so the browser scripts that need it load nothing else.
 */
export const SITE_NAME = 'Toolkit destigmatisering'

/** A page's document title: "Hoop · Toolkit destigmatisering", or the name alone for the page titled with it (home). */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_NAME}`
}
