/**
 * scripts/static-paths-once.mjs: the development server asks a route for its
 * static paths once, not in a new process on every request.
 */
import { describe, expect, it } from 'vitest'
import { askStaticPathsOnce, nextDevServer } from '../scripts/static-paths-once.mjs'

type Options = { pathname: string }

/** A stand-in for Next.js's DevServer that counts the asks (each one a child process in Next.js). */
function fakeDevServer(fail: (call: number) => boolean = () => false) {
  const asked: string[] = []
  class DevServer {
    async getStaticPaths({ pathname }: Options) {
      asked.push(pathname)
      await new Promise((resolve) => setTimeout(resolve, 5))
      if (fail(asked.length)) throw new Error('worker stopped')
      return { staticPaths: undefined, fallbackMode: 'blocking', pathname }
    }
  }
  askStaticPathsOnce(DevServer)
  return { server: new DevServer(), asked }
}

describe('static paths in development', () => {
  it('are asked once per route, however many requests come, also at the same time', async () => {
    const { server, asked } = fakeDevServer()
    const admin = { pathname: '/admin/[[...segments]]' }
    const answers = await Promise.all([server.getStaticPaths(admin), server.getStaticPaths(admin)])
    for (let request = 0; request < 20; request += 1) answers.push(await server.getStaticPaths(admin))
    await server.getStaticPaths({ pathname: '/api/[...slug]' })
    expect(asked).toEqual(['/admin/[[...segments]]', '/api/[...slug]'])
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1)
  })

  it('are asked again after an ask failed, so one failure is not kept', async () => {
    const { server, asked } = fakeDevServer((call) => call === 1)
    const admin = { pathname: '/admin/[[...segments]]' }
    await expect(server.getStaticPaths(admin)).rejects.toThrow('worker stopped')
    await expect(server.getStaticPaths(admin)).resolves.toMatchObject({ pathname: admin.pathname })
    await server.getStaticPaths(admin)
    expect(asked).toHaveLength(2)
  })

  it("fit Next.js's own development server, which still has the method", async () => {
    expect(typeof nextDevServer().prototype.getStaticPaths).toBe('function')
    expect(() => askStaticPathsOnce(class {})).toThrow(/remove scripts\/static-paths-once/)
  })
})
