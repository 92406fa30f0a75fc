/**
 * Two dates in Payload's own admin components that its config cannot reach,
 * made Dutch with a 24-hour clock like every other date in the admin
 * ("5 december 2026, 21:20", `admin.dateFormat` in payload.config.ts):
 *
 * - the date box of the schedule-publish drawer: Payload gives its date
 *   picker no display format there, so the picker falls back to its
 *   hard-coded "MMM d, yyy h:mm a" (12-hour clock); it gets the admin's
 *   `dateFormat`, as Payload's own date fields do;
 * - "Bewerkt sinds" in the lock dialog: formatted with a hard-coded
 *   `Intl.DateTimeFormat('en-US', { hour12: true })`; it gets Payload's own
 *   `formatDate` with the admin's `dateFormat` and the admin language's
 *   date-fns locale.
 *
 * Run by `npm install` (the root package's postinstall), so a fresh clone
 * and CI have it; running it again changes nothing. Each patch names the
 * exact text it replaces: when a Payload update changes that text, the
 * install stops here with the file to look at, instead of the admin quietly
 * going back to English dates.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const MARK = '/* toolkit: Dutch date (cms/scripts/patch-payload.mjs) */'

// The admin's browser code is Payload's bundle (`@payloadcms/ui` resolves to dist/exports/client),
// minified: the names (r = the drawer's dateFormat, zr = Payload's formatDate, E = useTranslation,
// z = useConfig, YY = the React compiler's cache) are those of @payloadcms/ui 3.90.2. The unbundled
// files below are what a deep import (`@payloadcms/ui/elements/...`) reads.
export const PATCHES = [
  {
    file: 'dist/exports/client/index.js',
    replace: [
      ['pickerAppearance:"dayAndTime",readOnly:F,timeFormat:o?.timeFormat', 'displayFormat:r,pickerAppearance:"dayAndTime",readOnly:F,timeFormat:o?.timeFormat'],
      [
        'JY=t=>t?new Intl.DateTimeFormat("en-US",{day:"numeric",hour:"numeric",hour12:!0,minute:"numeric",month:"short",year:"numeric"}).format(new Date(t)):""',
        `JY=(t,i18n,pattern)=>t?${MARK}zr({date:t,i18n,pattern}):""`,
      ],
      ['iC=t=>{let e=YY(33),', 'iC=t=>{let e=YY(35),'],
      ['{t:u}=E(),{clearRouteCache:d}', '{t:u,i18n:nlI18n}=E(),{config:{admin:{dateFormat:nlPattern}}}=z(),{clearRouteCache:d}'],
      ['e[16]!==i||e[17]!==l){', 'e[16]!==i||e[17]!==l||e[33]!==nlI18n||e[34]!==nlPattern){'],
      ['Pa("strong",{children:JY(i)})', 'Pa("strong",{children:JY(i,nlI18n,nlPattern)})'],
      ['e[17]=l,e[18]=g}else g=e[18]', 'e[17]=l,e[18]=g,e[33]=nlI18n,e[34]=nlPattern}else g=e[18]'],
    ],
  },
  {
    file: 'dist/elements/PublishButton/ScheduleDrawer/index.js',
    replace: [['        pickerAppearance: "dayAndTime",\n', `        ${MARK} displayFormat: dateFormat,\n        pickerAppearance: "dayAndTime",\n`]],
  },
  {
    file: 'dist/elements/DocumentLocked/index.js',
    replace: [
      [
        "import { useTranslation } from '../../providers/Translation/index.js';\n",
        "import { useTranslation } from '../../providers/Translation/index.js';\nimport { useConfig } from '../../providers/Config/index.js';\nimport { formatDate as formatWithPattern } from '../../utilities/formatDocTitle/formatDateTitle.js';\n",
      ],
      [
        "const formatDate = date => {\n  if (!date) {\n    return '';\n  }\n  return new Intl.DateTimeFormat('en-US', {\n    day: 'numeric',\n    hour: 'numeric',\n    hour12: true,\n    minute: 'numeric',\n    month: 'short',\n    year: 'numeric'\n  }).format(new Date(date));\n};",
        `${MARK}\nconst formatDate = (date, i18n, pattern) => {\n  if (!date) {\n    return '';\n  }\n  return formatWithPattern({ date, i18n, pattern });\n};`,
      ],
      ['  const $ = _c(33);\n', '  const $ = _c(35);\n  const { i18n } = useTranslation();\n  const { config: { admin: { dateFormat } } } = useConfig();\n'],
      ['  if ($[8] !== clearRouteCache || ', '  if ($[33] !== i18n || $[34] !== dateFormat || $[8] !== clearRouteCache || '],
      ['children: formatDate(updatedAt)', 'children: formatDate(updatedAt, i18n, dateFormat)'],
      ['    $[17] = user;\n    $[18] = t4;\n', '    $[17] = user;\n    $[18] = t4;\n    $[33] = i18n;\n    $[34] = dateFormat;\n'],
    ],
  },
]

/** Every installed copy of @payloadcms/ui: the hoisted one and any a workspace keeps of its own. */
function uiPackages(root) {
  return ['node_modules', 'cms/node_modules'].map((dir) => join(root, dir, '@payloadcms/ui')).filter((dir) => existsSync(join(dir, 'package.json')))
}

export function patchPayload(root) {
  const changed = []
  for (const pkg of uiPackages(root)) {
    for (const patch of PATCHES) {
      const path = join(pkg, patch.file)
      let text = readFileSync(path, 'utf8')
      if (text.includes(MARK)) continue
      for (const [from, to] of patch.replace) {
        if (text.split(from).length !== 2) {
          throw new Error(`${path}: de tekst om te vervangen staat er niet (precies één keer) in; is Payload bijgewerkt? Zie cms/scripts/patch-payload.mjs.\n${from}`)
        }
        text = text.replace(from, () => to)
      }
      writeFileSync(path, text)
      changed.push(path)
    }
  }
  return changed
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  for (const path of patchPayload(root)) console.log(`Payload aangepast (Nederlandse datum): ${path}`)
}
