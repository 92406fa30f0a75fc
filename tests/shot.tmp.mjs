import chromium from '@sparticuz/chromium'
import { chromium as pw } from 'playwright-core'
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
const t = Date.now()
await page.goto(process.argv[2], { waitUntil: 'networkidle', timeout: 120000 })
console.log('loaded in', Date.now() - t, 'ms', await page.title())
await page.screenshot({ path: process.argv[3] })
await browser.close()
