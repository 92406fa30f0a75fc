#!/usr/bin/env node
/**
 * Writes a snapshot file of N SYNTHETIC documents (bench/snapshots.mjs) for
 * building the site at scale:
 *
 *   node bench/make-snapshot.mjs 10000 /tmp/snap-10k.json
 *   CONTENT_SNAPSHOT=/tmp/snap-10k.json npm run build -w site
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadSeed } from '@toolkit/seed'
import { syntheticSnapshot } from './snapshots.mjs'

const [size, out] = [Number(process.argv[2]), process.argv[3]]
if (!Number.isInteger(size) || size < 100 || !out) {
  console.error('Gebruik: node bench/make-snapshot.mjs <aantal documenten, minstens 100> <uitvoerbestand.json>')
  process.exit(2)
}
const snapshot = syntheticSnapshot(loadSeed(), size)
writeFileSync(resolve(out), JSON.stringify(snapshot))
const total = Object.values(snapshot.collections).reduce((sum, docs) => sum + docs.length, 0)
console.log(`${total} synthetische documenten geschreven naar ${resolve(out)}`)
