/**
 * The plan's own address and its QR code, for the printout (print only): a
 * printed run sheet leads back to the plan with its settings. The QR code is
 * drawn as SVG squares from the same `qrcode` library the PDFs use; it is
 * loaded after the page, so it is not part of the page's first script.
 */
import { useEffect, useState } from 'react'

type Modules = { size: number; data: ArrayLike<number> }

/** One SVG path of the dark modules, a rectangle per run in a row. */
function pathOf(modules: Modules): string {
  const parts: string[] = []
  for (let row = 0; row < modules.size; row++) {
    let start = -1
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.data[row * modules.size + col] === 1
      if (dark && start < 0) start = col
      if (!dark && start >= 0) {
        parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`)
        start = -1
      }
    }
  }
  return parts.join('')
}

export function PlanAddress({ url, heading = 'Dit plan online (met deze instellingen, aan te passen):', note, className = 'plan-address print-only' }: { url: string; heading?: string; /** A sentence under the link. */ note?: string; className?: string }) {
  const [modules, setModules] = useState<Modules | null>(null)
  useEffect(() => {
    let current = true
    void import('qrcode').then(({ default: QRCode }) => {
      if (current) setModules(QRCode.create(url, { errorCorrectionLevel: 'M' }).modules)
    })
    return () => {
      current = false
    }
  }, [url])
  return (
    <div className={className}>
      {modules && (
        <svg className="plan-qr print-only" viewBox={`-2 -2 ${modules.size + 4} ${modules.size + 4}`} role="img" aria-label={`QR-code met de link: ${url}`}>
          <rect x="-2" y="-2" width={modules.size + 4} height={modules.size + 4} fill="#fff" />
          <path d={pathOf(modules)} fill="#000" />
        </svg>
      )}
      <p>
        <strong>{heading}</strong>
        <br />
        {className.includes('print-only') ? <span className="plan-url">{url}</span> : <a className="plan-url" href={url}>{url}</a>}
      </p>
      {note && <p className="plan-address-note">{note}</p>}
    </div>
  )
}
