/**
 * The bare Payload baseline of `npm run bench:cms` (bench/cms.mjs): Payload's
 * blank template reduced to the REST API. Not part of the product; it uses
 * the repository's root node_modules and is never built by CI.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The packages live in the repository's root node_modules.
  turbopack: { root },
  outputFileTracingRoot: root,
  // A baseline only: its types are not worth minutes of `next build` on two cores.
  typescript: { ignoreBuildErrors: true },
  webpack: (config) => {
    config.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'] }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
