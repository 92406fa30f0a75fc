import { launchBrowser } from '../lib/browser.ts'
const base = `http://127.0.0.1:4398`
const browser = await launchBrowser()
// transfer of the search page for the first search
{
  const context = await browser.newContext({ locale: 'nl-NL' })
  const page = await context.newPage()
  const sizes: Promise<number>[] = []
  const files: string[] = []
  page.on('requestfinished', (r) => { sizes.push(r.sizes().then((s) => { files.push(`${(s.responseBodySize/1024).toFixed(1)} ${r.url().replace(base, '')}`); return s.responseBodySize + s.responseHeadersSize })) })
  await page.goto(`${base}/zoeken/?q=zelfstigma`)
  await page.locator('.search-results li').first().waitFor({ timeout: 15000 })
  await page.waitForLoadState('networkidle')
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0)
  console.log('search transfer KB', (total / 1024).toFixed(1)); console.log(files.join('\n'))
  await context.close()
}
// reflow at 320
const paths = ['/', '/overzicht/', '/zoeken/?q=hoop', '/filmfragmenten/', '/filmfragmenten/hoop/', '/werkvormen/de-rol-van-empowerment/', '/interventies/', '/interventies/honest-open-proud/', '/casussen/jenny/', '/handvatten/stigmatisering-uitbannen/', '/onderbouwing/', '/onderbouwing/tabel-4-5-wat-helpt-volgens-clienten/', '/onderbouwing/tabel-5-6-bekendheid-methodieken/', '/impactproducties/bij-nader-inzien/', '/themas/', '/themas/zelfstigma/', '/stigma/', '/plannen/', '/bestaat-niet/']
const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
const page = await context.newPage()
for (const path of paths) {
  await page.goto(base + path)
  await page.waitForTimeout(300)
  const r = await page.evaluate(() => {
    const doc = document.documentElement
    const wide = [...document.querySelectorAll('body *')].filter((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.right > doc.clientWidth + 1 && getComputedStyle(el).position !== 'fixed' && !el.closest('.visually-hidden') }).slice(0, 4).map((el) => `${el.tagName}.${el.className}`)
    return { sw: doc.scrollWidth, cw: doc.clientWidth, wide }
  })
  console.log(path, r.sw > r.cw ? 'OVERFLOW' : 'ok', r.sw, r.cw, r.wide.join(' '))
}
await browser.close()
