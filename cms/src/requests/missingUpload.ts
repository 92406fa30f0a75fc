/**
 * An upload collection's file request for a file that is not on disk (a
 * wrong name, or a file lost outside the CMS) answered 500: Payload's local
 * file handler treats it as a server fault. This upload handler runs first
 * and answers 404 in Dutch; for a file that exists it steps aside.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionConfig } from 'payload'

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

export function missingFileIs404(staticDir: string): UploadHandler {
  return (async (_req, { params }) => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    // Outside the folder: Payload refuses it with a 400 of its own.
    if (!file.startsWith(dir + path.sep)) return undefined
    const exists = await fs.stat(file).then(
      (stats) => stats.isFile(),
      () => false,
    )
    if (exists) return undefined
    return Response.json({ errors: [{ message: `Bestand "${params.filename}" bestaat niet.` }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
    // Payload's type says void or a Response; undefined (step aside) is what it checks for.
  }) as UploadHandler
}
