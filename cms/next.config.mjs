import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared workspace packages ship TypeScript source.
  transpilePackages: ['@toolkit/schemas', '@toolkit/seed'],
  poweredByHeader: false,
  devIndicators: false,
  webpack: (config) => {
    config.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'] }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
