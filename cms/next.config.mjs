import { withPayload } from '@payloadcms/next/withPayload'
// TypeScript loaded by Node itself (type stripping): the CMS's one settings module, before any bundler runs.
import { cmsSettings } from './src/config/settings.ts'
import { headerRules } from './src/security/headers.ts'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared workspace packages ship TypeScript source.
  transpilePackages: ['@toolkit/schemas', '@toolkit/seed'],
  poweredByHeader: false,
  // `next dev` allows one server per build folder: a second CMS in this
  // checkout (the e2e tests beside `npm start`) gets a folder of its own.
  distDir: cmsSettings().nextDistDir,
  devIndicators: false,
  // Anti-framing, nosniff, referrer and HSTS headers on the admin and the API.
  headers: () => headerRules(),
  webpack: (config) => {
    config.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'] }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
