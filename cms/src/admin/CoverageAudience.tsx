'use client'
import { Button, SelectInput } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useState } from 'react'
import { COVERAGE_HEADINGS } from '@toolkit/schemas'

/** The choice for every audience; the view reads an unknown `doelgroep` as none. */
const ALL = 'alle'

type Props = {
  /** "Doelgroep", the form's field label. */
  label: string
  /** The audiences (AUDIENCES), as the form's "Doelgroep" field lists them. */
  options: { value: string; label: string }[]
  /** The audience shown now, if any. */
  value?: string
}

/**
 * The gap map's audience choice in the admin's own controls (Payload's
 * SelectInput and Button, as every form in the admin): the map changes when
 * the editor presses "Toon", not on choosing, so a keyboard user can look
 * through the list without leaving the page.
 */
export function CoverageAudience({ label, options, value }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const [chosen, setChosen] = useState(value ?? ALL)
  return (
    <form
      className="coverage-audience"
      style={{ display: 'flex', gap: 'var(--base)', alignItems: 'flex-end', flexWrap: 'wrap' }}
      onSubmit={(event) => {
        event.preventDefault()
        router.push(chosen === ALL ? pathname : `${pathname}?doelgroep=${encodeURIComponent(chosen)}`)
      }}
    >
      <SelectInput
        name="doelgroep"
        path="doelgroep"
        label={label}
        style={{ minWidth: '16rem', marginBottom: 0 }}
        isClearable={false}
        options={[{ value: ALL, label: COVERAGE_HEADINGS.allAudiences }, ...options]}
        value={chosen}
        onChange={(option) => {
          const picked = Array.isArray(option) ? option[0] : option
          setChosen(picked ? String(picked.value) : ALL)
        }}
      />
      <Button type="submit" buttonStyle="secondary" size="medium" margin={false}>
        Toon
      </Button>
    </form>
  )
}
