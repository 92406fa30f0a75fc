'use client'
/**
 * The admin's mends of Payload's own markup (DutchHardCoded.tsx,
 * AccessibleNames.tsx) run the same way: once when the provider mounts, then
 * after DOM changes, at most once a frame (an edit view changes many nodes at
 * a time: a list of steps, a drawer opening). A mend writes only what differs,
 * so its own writes end the round instead of looping.
 */
import { useEffect, type DependencyList } from 'react'

export function useMendInPage(mend: () => void, watch: MutationObserverInit, deps: DependencyList = []): void {
  useEffect(() => {
    mend()
    let frame = 0
    const observer = new MutationObserver(() => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0
          mend()
        })
    })
    observer.observe(document.body, { childList: true, subtree: true, ...watch })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
    // `mend` is the caller's; `deps` says when it changes.
  }, deps)
}
