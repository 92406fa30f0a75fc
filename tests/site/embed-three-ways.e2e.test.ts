/**
 * The three ways to embed, end to end, as an organisation would: the site is
 * built for its public address (SITE_URL) with an allowlist
 * (EMBED_ALLOWED_ORIGINS) and served by `npm run serve`; a host page on
 * another port pastes the snippets from the "Insluiten" panel, and an oEmbed
 * consumer from npm (@extractus/oembed-extractor) reads our responses.
 *
 * Unlike the other files this one builds its own site: the snippets hold the
 * build's public address, so the port must be known before the build.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extract, setProviderList } from '@extractus/oembed-extractor'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { REPO_ROOT } from './prepare-site.ts'
import { embedKinds, frameOf, hostPage, startHostServer, waitForContentHeight, type EmbedKind, type HostServer } from './embed-helpers.ts'
import { consoleProblems, useBrowser } from './helpers.ts'

const browser = useBrowser()
let host: HostServer
let site: string
let dist: string
let server: ChildProcess | undefined
let kinds: EmbedKind[]

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

function run(args: string[], env: NodeJS.ProcessEnv, until?: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk
      if (until?.test(output)) resolve(child)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => (code === 0 && !until ? resolve(child) : reject(new Error(`npm ${args.join(' ')} (${code}):\n${output}`))))
  })
}

beforeAll(async () => {
  await browser.start()
  host = await startHostServer()
  const port = await freePort()
  site = `http://127.0.0.1:${port}/`
  dist = await mkdtemp(join(tmpdir(), 'toolkit-embed-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_URL: site,
    SITE_BASE: '/',
    SITE_OUT_DIR: dist,
    EMBED_ALLOWED_ORIGINS: host.origin,
  }
  // The same content as the other tests: the snapshot file, else the CMS the global setup started, else the fixture.
  delete env.CMS_URL
  delete env.CONTENT_SNAPSHOT
  if (process.env.CONTENT_SNAPSHOT) env.CONTENT_SNAPSHOT = process.env.CONTENT_SNAPSHOT
  else if (inject('cmsUrl')) env.CMS_URL = inject('cmsUrl')
  else env.CONTENT_SNAPSHOT = join(REPO_ROOT, 'site/test/fixtures/dev-snapshot.json')
  await run(['run', 'build', '--workspace', 'site'], env)
  server = await run(['run', 'serve', '--workspace', 'site'], { ...env, PORT: String(port), HOST: '127.0.0.1', SITE_DIST: dist }, /Site: http/)
  const page = await browser.open('about:blank')
  kinds = await embedKinds(page, site)
  await page.context().close()
})

afterAll(async () => {
  await browser.stop()
  await host?.close()
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  if (dist) await rm(dist, { recursive: true, force: true })
})

/** The snippets of the "Insluiten" panel of a page: script tag, iframe, oEmbed link. */
async function snippetsOf(pagePath: string) {
  const page = await browser.open(pagePath, site)
  const value = (id: string) => page.locator(`#${id}`).inputValue()
  const snippets = { script: await value('insluiten-script'), iframe: await value('insluiten-iframe'), link: await value('insluiten-oembed') }
  await page.context().close()
  return snippets
}

const pageOf = (kind: EmbedKind) => kind.path.replace('/embed', '')

describe('three ways to embed, from `npm run serve` onto a page on another port', () => {
  it('1. the plain iframe snippet', async () => {
    const { iframe } = await snippetsOf(pageOf(kinds[0]!))
    expect(iframe).toMatch(new RegExp(`^<iframe src="${site}embed/`))
    const page = await browser.open('about:blank')
    const problems = consoleProblems(page)
    await page.goto(host.page('/iframe.html', hostPage(iframe)))
    const frame = await frameOf(page.locator('iframe'))
    expect(await frame.locator('h1').count()).toBe(1)
    // Nothing in the host's console (such as "Allow attribute will take precedence over 'allowfullscreen'").
    expect(problems).toEqual([])
    expect(await page.locator('iframe').getAttribute('title')).toMatch(/\(Toolkit destigmatisering\)$/)
  })

  it('2. the one-line script tag, which sizes the iframe to its content', async () => {
    const { script } = await snippetsOf(pageOf(kinds[0]!))
    expect(script).toMatch(new RegExp(`^<script src="${site}embed\\.js" data-toolkit="/embed/[^"]+" data-title="[^"]+" async></script>$`))
    const page = await browser.open(host.page('/script.html', hostPage(script)))
    const { frame } = await waitForContentHeight(page.locator('iframe'))
    expect(frame).toBeGreaterThan(200)
  })

  it('3. oEmbed: the consumer library finds our endpoint by discovery and parses each kind', async () => {
    setProviderList([]) // no registered providers: the library has to use the discovery link
    for (const kind of kinds.filter((entry) => !entry.path.includes('?'))) {
      const { link } = await snippetsOf(pageOf(kind))
      const data = await extract(link)
      expect(data, link).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Toolkit destigmatisering', provider_url: site, method: 'auto-discovery' })
      expect(data.html, link).toContain(`src="${site}embed${new URL(link).pathname}"`)
      expect(Number.isInteger(data.width) && Number.isInteger(data.height), link).toBe(true)
      expect(data.title, link).toMatch(/\S/)
      expect(Number(data.cache_age)).toBeGreaterThan(0)
    }
  })

  it('3. oEmbed: the standard endpoint /oembed?url=… as a registered provider, and its html works on a host page', async () => {
    setProviderList([{ provider_name: 'Toolkit destigmatisering', provider_url: site, endpoints: [{ schemes: [`${site}*`], url: `${site}oembed` }] }])
    // The library assumes https provider endpoints; this test server speaks http.
    const fetcher = (url: string | URL | Request) => fetch(String(url).replace(/^https:/, 'http:'))
    const { link } = await snippetsOf(pageOf(kinds[2]!))
    const data = await extract(link, { maxwidth: 500 }, fetcher as typeof fetch)
    expect(data).toMatchObject({ type: 'rich', method: 'provider-api', width: 500 })
    const staticFile = JSON.parse(await readFile(join(dist, 'oembed', ...new URL(link).pathname.split('/').filter(Boolean)) + '.json', 'utf8'))
    expect(data.title).toBe(staticFile.title)
    const listing = await extract(`${site}interventies/?thema=${new URL(kinds[5]!.path, site).searchParams.get('thema')}`, {}, fetcher as typeof fetch)
    expect(listing.html).toContain(`/embed/interventies/?thema=`)

    const page = await browser.open(host.page('/oembed.html', hostPage(String(data.html))))
    const frame = await frameOf(page.locator('iframe'))
    expect(await frame.locator('h1').textContent()).toBe(data.title)
    expect((await fetch(`${site}oembed?url=${encodeURIComponent(link)}&format=xml`)).status).toBe(501)
    expect((await fetch(`${site}oembed?url=${encodeURIComponent(`${site}bestaat/niet/`)}`)).status).toBe(404)
  })
})

describe('allowlist set at build (EMBED_ALLOWED_ORIGINS)', () => {
  it('is sent by the server and written to dist/_headers', async () => {
    const expected = `frame-ancestors 'self' ${host.origin};`
    const response = await fetch(new URL(kinds[0]!.path.slice(1), site))
    expect(response.headers.get('content-security-policy')).toContain(expected)
    expect(await readFile(join(dist, '_headers'), 'utf8')).toContain(`/embed/*\n  Content-Security-Policy: ${expected}`)
  })

  it('an origin that is not on the list cannot frame the embed view', async () => {
    const body = `<iframe title="Niet toegestaan" src="${new URL(kinds[0]!.path.slice(1), site)}"></iframe>`
    const page = await browser.open(`${host.thirdOrigin}${new URL(host.page('/vreemd.html', hostPage(body))).pathname}`)
    await page.waitForLoadState('load')
    const frame = await (await page.locator('iframe').elementHandle())!.contentFrame()
    // Not even the view itself loads (an allowed frame has it at once, before it fetches its item).
    expect(await frame!.locator('[data-item-view], h1').count()).toBe(0)
  })
})
