/**
 * The planner's data in the browser: the catalogue, fetched once as its own
 * (hashed, cached) file while the page already shows the default plan, and
 * the texts of the items in the plan, fetched as items enter the plan from
 * the small file of the item's group (lib/planner/detail-groups.ts). Both
 * report loading and failure, so the island can say so in Dutch and offer to
 * try again; an item its group no longer holds (removed since the page was
 * made) is told apart, since trying again would not bring it back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { detailGroup } from '../../lib/planner/detail-groups.ts'
import { detailKey, type DetailRef } from '../../lib/planner/details.ts'
import { unpackIndex, type PackedIndex } from '../../lib/planner/packed.ts'
import type { DetailKind, PlannerCatalog, PlannerDetails, PlannerIndex, PlannerShell } from '../../lib/planner/types.ts'

/** Longer than this and a request counts as failed: a reader can try again rather than wait for ever. */
const TIMEOUT_MS = 30_000

export type CatalogStatus = 'loading' | 'ready' | 'failed'

/** Why an item's texts are not there: its group's file could not be fetched, or the file no longer holds the item. */
export type DetailFailure = 'unreachable' | 'gone'

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as T
}

export function usePlannerData(options: {
  shell: PlannerShell
  seed: { index: PlannerIndex; details: PlannerDetails }
  indexUrl: string
  detailsUrls: Record<DetailKind, string>
}) {
  const { shell, seed, indexUrl, detailsUrls } = options
  const [index, setIndex] = useState<PlannerIndex>(seed.index)
  const [status, setStatus] = useState<CatalogStatus>('loading')
  const [attempt, setAttempt] = useState(0)
  const [details, setDetails] = useState<PlannerDetails>(seed.details)
  const [failed, setFailed] = useState<ReadonlyMap<string, DetailFailure>>(() => new Map())
  // The latest details and the requests in flight, read by `load` outside React's render.
  const latest = useRef(details)
  const inFlight = useRef(new Map<string, Promise<true | DetailFailure>>())
  // Items of one group added together share one request for its file.
  const groupsInFlight = useRef(new Map<string, Promise<Record<string, unknown>>>())
  const catalog: PlannerCatalog = useMemo(() => ({ ...shell, ...index }), [shell, index])

  useEffect(() => {
    let current = true
    setStatus('loading')
    fetchJson<PackedIndex>(indexUrl)
      .then((packed) => {
        if (!current) return
        setIndex(unpackIndex(packed))
        setStatus('ready')
      })
      .catch(() => {
        if (current) setStatus('failed')
      })
    return () => {
      current = false
    }
  }, [indexUrl, attempt])

  /** Fetches what is not loaded yet; resolves to the details when all of them are there, else to why one is not. */
  const load = useCallback(
    async (refs: DetailRef[]): Promise<PlannerDetails | DetailFailure> => {
      const results = await Promise.all(
        refs.map((ref) => {
          if (ref.slug in latest.current[ref.kind]) return true as const
          const key = detailKey(ref)
          let request = inFlight.current.get(key)
          if (!request) {
            const url = detailsUrls[ref.kind].replace('{group}', detailGroup(ref.slug))
            let group = groupsInFlight.current.get(url)
            if (!group) {
              group = fetchJson<Record<string, unknown>>(url).finally(() => groupsInFlight.current.delete(url))
              groupsInFlight.current.set(url, group)
            }
            const fail = (why: DetailFailure) => {
              setFailed((before) => new Map(before).set(key, why))
              return why
            }
            request = group
              .then((texts) => {
                if (!Object.hasOwn(texts, ref.slug)) return fail('gone')
                // The group's other items are kept too: one added later needs no request.
                latest.current = { ...latest.current, [ref.kind]: { ...texts, ...latest.current[ref.kind] } }
                setDetails(latest.current)
                // Loaded after all (printing asks again): no longer failed.
                setFailed((before) => {
                  if (!before.has(key)) return before
                  const after = new Map(before)
                  after.delete(key)
                  return after
                })
                return true as const
              })
              .catch(() => fail('unreachable'))
              .finally(() => inFlight.current.delete(key))
            inFlight.current.set(key, request)
          }
          return request
        }),
      )
      const failures = results.filter((result) => result !== true)
      if (failures.length === 0) return latest.current
      return failures.includes('gone') ? 'gone' : 'unreachable'
    },
    [detailsUrls],
  )

  return {
    catalog,
    status,
    details,
    /** Keys (`detailKey`) of the texts that are not there, with why. */
    failed,
    load,
    /** Try the catalogue again. */
    retryCatalog: useCallback(() => setAttempt((n) => n + 1), []),
    /** Try the texts that could not be fetched again (the island asks for what is still missing); what is gone stays so. */
    retryDetails: useCallback(() => setFailed((before) => new Map([...before].filter(([, why]) => why === 'gone'))), []),
  }
}
