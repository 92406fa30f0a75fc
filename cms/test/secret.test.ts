import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cmsSettings } from '../src/config/settings.ts'
import { SecretError, resolveSecret } from '../src/secret.ts'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-secret-'))

describe('PAYLOAD_SECRET', () => {
  it('production refuses to start without a secret', () => {
    expect(() => resolveSecret(cmsSettings({ NODE_ENV: 'production' }), tmp())).toThrow(SecretError)
  })

  it.each(['secret', 'YOUR_SECRET_HERE', 'changeme', 'kort'])('production refuses the default or weak secret %j', (value) => {
    expect(() => resolveSecret(cmsSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: value }), tmp())).toThrow(/PAYLOAD_SECRET/)
  })

  it('production accepts a real secret', () => {
    const secret = 'a'.repeat(16) + '0123456789abcdef0123'
    expect(resolveSecret(cmsSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }), tmp())).toBe(secret)
  })

  it('development generates a secret once and keeps it', () => {
    const dir = tmp()
    const first = resolveSecret(cmsSettings({ NODE_ENV: 'development' }), dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(cmsSettings({ NODE_ENV: 'development' }), dir)).toBe(first)
    expect(fs.statSync(path.join(dir, '.payload-secret')).mode & 0o077).toBe(0)
  })
})
