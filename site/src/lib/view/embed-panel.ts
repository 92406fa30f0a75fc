/**
 * The "Insluiten" panel in the browser (components/EmbedPanel.astro): the
 * snippets follow a listing's filters, each gets a copy button that says in
 * a status region what happened and where to paste it (each snippet's
 * `data-paste`, from EmbedPanel.astro), and a preview loads the real loader script
 * only when asked.
 */
export function startEmbedPanel(panel: HTMLElement) {
  const status = panel.querySelector<HTMLElement>('[data-copy-status]')!
  const embedPath = panel.dataset.embedPath!
  const fields = [...panel.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]')]

  // A listing's filters live in the address (Listing.astro); the snippets carry them along.
  const filters = () => (panel.hasAttribute('data-follow-filters') ? location.search : '')
  const refresh = () => {
    const query = filters()
    const inAttribute = query.replace(/&/g, '&amp;').replace(/"/g, '%22')
    for (const field of fields) {
      // The snippet as built: the textarea's own text, not repeated in an attribute.
      const snippet = field.defaultValue
      // The oEmbed link is a plain address; the others are HTML with the embed path in an attribute.
      field.value = field.id === 'insluiten-oembed' ? snippet + query : snippet.split(`${embedPath}"`).join(`${embedPath}${inAttribute}"`)
    }
  }
  panel.addEventListener('toggle', refresh)
  document.addEventListener('change', refresh)
  // Back and Forward change a listing's filters without a change event.
  window.addEventListener('popstate', refresh)

  const announce = (text: string) => {
    // Emptied first, so the same message twice is announced twice.
    status.textContent = ''
    setTimeout(() => (status.textContent = text), 50)
  }
  // Copy buttons and the preview need JavaScript, so the script makes them: no markup for them on every page.
  const newButton = (text: string, className = '') => {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = className
    button.textContent = text
    return button
  }
  for (const field of fields) {
    const label = field.labels?.[0]?.textContent ?? ''
    const button = newButton(`Kopieer ${label.charAt(0).toLowerCase()}${label.slice(1)}`, 'secondary')
    field.after(button)
    button.addEventListener('click', async () => {
      refresh()
      let copied = false
      try {
        await navigator.clipboard.writeText(field.value)
        copied = true
      } catch {
        field.select()
        copied = document.execCommand('copy')
      }
      announce(copied
        ? `${label} gekopieerd. ${field.dataset.paste}`
        : 'Kopiëren lukte niet. De code is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).')
    })
  }

  // The preview is the real thing: the loader script inserts the iframe and sizes it.
  const previewButton = newButton('Voorbeeld tonen')
  const previewBox = document.createElement('div')
  panel.append(previewButton, previewBox)
  previewButton.addEventListener('click', () => {
    const loader = document.createElement('script')
    loader.src = panel.dataset.loader!
    loader.dataset.toolkit = `${embedPath}${filters()}`
    loader.dataset.title = `Voorbeeld: ${panel.dataset.title}`
    loader.async = true
    previewBox.replaceChildren(loader)
    previewButton.textContent = 'Voorbeeld vernieuwen'
    announce('Voorbeeld geladen, onder deze knop.')
  })
}
