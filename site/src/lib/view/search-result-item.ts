/** One search result in the list: its type, its title as a link, and Pagefind's excerpt with the matches marked. */
import { languageRuns } from './lang.ts'

export type ResultItem = { url: string; title: string; type?: string; excerpt?: string }

export function resultItem(item: ResultItem): HTMLLIElement {
  const li = document.createElement('li')
  if (item.type) {
    const type = document.createElement('p')
    type.className = 'type'
    type.textContent = item.type
    li.append(type)
  }
  const heading = document.createElement('h3')
  const link = document.createElement('a')
  link.href = item.url
  // English names ("Beyond the label") are marked lang="en", as on the pages themselves.
  link.append(
    ...languageRuns(item.title).map((run) => {
      if (!run.lang) return document.createTextNode(run.text)
      const span = document.createElement('span')
      span.lang = run.lang
      span.textContent = run.text
      return span
    }),
  )
  heading.append(link)
  li.append(heading)
  if (item.excerpt) {
    const excerpt = document.createElement('p')
    // Pagefind escapes the page text and only adds <mark> around matches.
    excerpt.innerHTML = item.excerpt
    li.append(excerpt)
  }
  return li
}
