import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { treeSize } from '../tree-size.mjs'

describe('output bytes of a built site', () => {
  let dir
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('counts file sizes (not disk blocks), pages, and the bytes under each top folder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-tree-'))
    await mkdir(join(dir, 'pdf', 'fragments'), { recursive: true })
    await mkdir(join(dir, 'hoop'), { recursive: true })
    await writeFile(join(dir, 'index.html'), 'x'.repeat(10))
    await writeFile(join(dir, 'hoop', 'index.html'), 'x'.repeat(20))
    await writeFile(join(dir, 'pdf', 'fragments', 'hoop.pdf'), 'x'.repeat(300))
    expect(await treeSize(dir)).toEqual({ bytes: 330, pages: 2, files: 3, bytesUnder: { hoop: 20, pdf: 300 }, filesUnder: { hoop: 1, pdf: 1 } })
  })
})
