'use client'
/**
 * The notifications' labels in Dutch. Payload shows its notifications with
 * sonner and passes neither `containerAriaLabel` nor `closeButtonAriaLabel`
 * (ToastContainer in @payloadcms/ui 3.90; no config or translation key sets
 * them), so a screen reader said "Notifications alt+T" for the region and
 * "Close toast" for every close button. This provider, mounted once around
 * the admin, gives them their Dutch labels as they appear. React leaves the
 * labels alone afterwards: it only writes an attribute whose value it
 * renders differently. Take it out once Payload passes sonner's labels.
 */
import { useEffect, type ReactNode } from 'react'

/** sonner's English labels and their Dutch ones; the region's label ends with its hotkey ("alt+T"), which stays. */
const RELABEL: ReadonlyArray<{ selector: string; label: (current: string) => string }> = [
  { selector: 'section[aria-label^="Notifications"]', label: (current) => current.replace(/^Notifications/, 'Meldingen') },
  { selector: 'button[aria-label="Close toast"]', label: () => 'Melding sluiten' },
]

function relabel(): void {
  for (const { selector, label } of RELABEL) {
    for (const element of document.querySelectorAll(selector)) element.setAttribute('aria-label', label(element.getAttribute('aria-label') ?? ''))
  }
}

export function DutchToasts({ children }: { children?: ReactNode }) {
  useEffect(() => {
    relabel()
    const observer = new MutationObserver(relabel)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [])
  return children
}
