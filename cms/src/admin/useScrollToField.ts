'use client'
import { useEffect } from 'react'

/**
 * Takes the editor to the field a completeness link names (`#field-<path>`,
 * Payload's own field ids): the edit view is rendered after the page has
 * loaded, so the browser's own jump to the anchor finds nothing yet. Scrolls
 * the field into view and puts the cursor in it, on load and on every later
 * link in the same view.
 */
export function useScrollToField(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const go = (triesLeft = 40) => {
      const id = decodeURIComponent(window.location.hash.slice(1))
      if (!id.startsWith('field-')) return
      const field = document.getElementById(id)
      if (!field) {
        // The field may still be rendering; try for a few seconds.
        if (triesLeft > 0) timer = setTimeout(() => go(triesLeft - 1), 100)
        return
      }
      field.scrollIntoView({ block: 'center' })
      const input = field.matches('input, textarea, select') ? field : field.querySelector<HTMLElement>('input, textarea, select, [tabindex]')
      input?.focus({ preventScroll: true })
    }
    const onHash = () => go()
    go()
    window.addEventListener('hashchange', onHash)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('hashchange', onHash)
    }
  }, [])
}
