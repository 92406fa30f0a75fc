import { readFileSync } from 'node:fs'
import { launchBrowser } from '../lib/browser.ts'
const set = JSON.parse(readFileSync(new URL('./search-quality.json', import.meta.url), 'utf8'))
const browser = await launchBrowser()
const page = await browser.newPage()
await page.goto(`http://127.0.0.1:${process.env.P ?? 4399}/zoeken/`)
await page.locator('[data-search-ready]').waitFor({ timeout: 15000 })
let t1 = 0, t3 = 0
for (const { query, top3 } of set.queries) {
  await page.locator('#zoekterm').fill(query)
  await page.waitForFunction(() => !document.querySelector('[aria-busy]') && (document.querySelector('[data-search-status]')?.textContent ?? '').includes('”'), undefined, { timeout: 10000 }).catch(() => {})
  await page.waitForTimeout(350)
  const hrefs = await page.locator('.search-results h3 a').evaluateAll((as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  const ok1 = hrefs[0] === top3[0], ok3 = top3.every((p: string) => hrefs.slice(0, 3).includes(p))
  t1 += +ok1; t3 += +ok3
  if (!ok3 || process.env.V) console.log(`${ok3 ? 'ok ' : 'MISS'} ${query} → ${hrefs.join('  ')}`)
}
console.log(`top1 ${t1}/${set.queries.length}, top3 ${t3}/${set.queries.length}`)
await browser.close()
