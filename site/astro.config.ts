import { defineConfig } from 'astro/config'
import { siteConfig } from './src/site-config.ts'

/** Static build of the toolkit site (src/site-config.ts); scripts/build.mjs builds with options through scripts/astro-build.mjs. */
export default defineConfig(siteConfig())
