/**
 * Where each part of the product listens by default (`npm start`): the CMS,
 * the static site and the draft-preview server. The settings of every
 * package (cms/src/config/environment.ts, site/src/build/options.ts, the
 * start scripts in scripts/lib/) take their defaults from here, so moving a
 * default port is one edit. Plain values, no dependencies: the start
 * scripts import this file directly.
 */
export const DEFAULT_PORTS = { cms: 3000, site: 4321, preview: 4322 } as const

/** The address of a port on this machine. */
export const localAddress = (port: number | string): string => `http://localhost:${port}`

/** The default addresses of the three servers. */
export const DEFAULT_ADDRESSES = {
  cms: localAddress(DEFAULT_PORTS.cms),
  site: localAddress(DEFAULT_PORTS.site),
  preview: localAddress(DEFAULT_PORTS.preview),
} as const
