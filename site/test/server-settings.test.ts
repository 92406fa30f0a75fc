import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { serverSettings } from '../src/build/options.ts'

const run = promisify(execFile)
const siteDir = fileURLToPath(new URL('..', import.meta.url))

describe('the servers take their settings from the site’s one settings module', () => {
  it('has every default once: ports 4321 and 4322, the root path, the CMS on :3000', () => {
    const settings = serverSettings({})
    expect(settings).toMatchObject({ port: 4321, previewPort: 4322, base: '/', distDir: undefined, host: undefined })
    expect(settings.cmsUrl).toBe('http://localhost:3000')
    expect(settings.cmsPublicUrl).toBe('http://localhost:3000')
  })

  it('takes the CMS address editors reach for framing previews, without a trailing slash', () => {
    const settings = serverSettings({ CMS_URL: 'http://cms:3000/', CMS_PUBLIC_URL: 'https://cms.example.nl/' })
    expect(settings.cmsUrl).toBe('http://cms:3000')
    expect(settings.cmsPublicUrl).toBe('https://cms.example.nl')
    expect(serverSettings({ PORT: '0' }).port).toBe(0)
  })

  it('refuses a port that is not one, naming the variable in Dutch', () => {
    expect(() => serverSettings({ PORT: 'vierduizend' })).toThrow(/PORT: is geen poortnummer \(niet "vierduizend"\)/)
    expect(() => serverSettings({ PREVIEW_PORT: '70000' })).toThrow(/PREVIEW_PORT: is geen poortnummer/)
  })

  it('stops the static server at start with that message', async () => {
    const started = run(process.execPath, ['scripts/serve.mjs'], { cwd: siteDir, env: { ...process.env, PORT: 'vierduizend' } })
    await expect(started).rejects.toMatchObject({ stderr: expect.stringMatching(/Ongeldige instelling: PORT: is geen poortnummer/) })
  })
})
