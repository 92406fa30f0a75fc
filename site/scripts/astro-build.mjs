#!/usr/bin/env node
/**
 * One `astro build` with the build options of scripts/build.mjs (JSON in
 * the first argument, checked by src/build/options.ts): Astro's own build
 * API with the site's configuration made from those options, so the
 * integrations get them as options, not through the environment.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'astro'
import { siteConfig } from '../src/site-config.ts'

// scripts/build.mjs starts this with NODE_ENV=production (React's production build, whoever asked for the build).

const root = fileURLToPath(new URL('..', import.meta.url))
try {
  await build({ ...siteConfig(JSON.parse(process.argv[2] ?? '{}')), root, configFile: false })
  // Astro's build can leave handles open (workers, watchers); the build is done.
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
