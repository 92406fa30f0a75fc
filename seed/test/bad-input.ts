import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_DATA_DIR } from '../src/load.ts'

/** A copy of the real seed data in a temp dir, with one file changed by `mutate`. */
export function seedCopyWith(file: string, mutate: (records: any[]) => any[] | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-seed-'))
  const data = path.join(dir, 'data')
  fs.cpSync(DEFAULT_DATA_DIR, data, { recursive: true })
  const target = path.join(data, file)
  const changed = mutate(JSON.parse(fs.readFileSync(target, 'utf8')))
  fs.writeFileSync(target, typeof changed === 'string' ? changed : JSON.stringify(changed, null, 2))
  return data
}

/** The kinds of bad input an editor or developer can produce, each with where it must be reported. */
export const BAD_INPUTS = [
  {
    name: 'wrong type',
    file: 'fragments.json',
    mutate: (records: any[]) => records.map((r) => (r.slug === 'hoop' ? { ...r, durationSeconds: '5:15' } : r)),
    expected: /data\/fragments\.json, record 0 \("hoop"\), field "durationSeconds"/,
  },
  {
    name: 'missing field',
    file: 'activities.json',
    mutate: (records: any[]) => records.map(({ goals, ...rest }) => rest),
    expected: /data\/activities\.json, record 0 \("de-rol-van-empowerment"\), field "goals"/,
  },
  {
    name: 'unknown vocabulary value',
    file: 'interventions.json',
    mutate: (records: any[]) => records.map((r, i) => (i === 1 ? { ...r, audiences: ['marsmannetjes'] } : r)),
    expected: /data\/interventions\.json, record 1 \("[a-z0-9-]+"\), field "audiences\.0"/,
  },
  {
    name: 'duplicate slug',
    file: 'themes.json',
    mutate: (records: any[]) => [...records, { ...records[0] }],
    expected: /data\/themes\.json, record \d+ \("[a-z0-9-]+"\), field "slug": deze slug komt vaker voor in de collectie/,
  },
  {
    name: 'broken relation',
    file: 'fragments.json',
    mutate: (records: any[]) => records.map((r) => ({ ...r, production: 'bestaat-niet' })),
    expected: /data\/fragments\.json, record 0 \("hoop"\), field "production": verwijst naar "bestaat-niet"/,
  },
  {
    name: 'invalid JSON',
    file: 'cases.json',
    mutate: () => '[{ "slug": "jenny", ',
    expected: /data\/cases\.json: not valid JSON/,
  },
] as const
