/**
 * Where uploaded files live: on local disk (MEDIA_DIR) by default, or in an
 * S3-compatible bucket when S3_BUCKET is set, so several CMS instances share
 * them (@payloadcms/storage-s3). Files are still served through the CMS
 * (`/api/<collection>/file/<name>`), so its read access decides who gets a
 * file: an attachment of a draft never leaks from the bucket either.
 *
 * The plugin is always in the config, switched on by S3_BUCKET, and always
 * adds its `prefix` field: the database schema (and its migrations) is the
 * same with and without a bucket.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'

type Env = Record<string, string | undefined>

export type ObjectStorageSettings = {
  bucket: string
  endpoint?: string
  region: string
  accessKeyId?: string
  secretAccessKey?: string
  forcePathStyle: boolean
}

/** The bucket settings, or undefined for local disk. */
export function objectStorageSettings(env: Env = process.env): ObjectStorageSettings | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || undefined
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() || undefined
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('Zet S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY allebei, of geen van beide (dan gelden de gewone AWS-instellingen van de server).')
  }
  if (endpoint) {
    try {
      new URL(endpoint)
    } catch {
      throw new Error(`S3_ENDPOINT is geen geldige URL: "${endpoint}". Gebruik bijvoorbeeld https://s3.eu-central-1.example.net.`)
    }
  }
  return {
    bucket,
    endpoint,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId,
    secretAccessKey,
    // Most S3-compatible servers (MinIO, Ceph, s3rver) want the bucket in the path, not in the host name.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE.trim() === 'true' : Boolean(endpoint),
  }
}

/** True when uploads go to a bucket: a file missing on local disk says nothing then. */
export const usesObjectStorage = (env: Env = process.env) => objectStorageSettings(env) !== undefined

/** The storage plugin: off (local disk) without S3_BUCKET. */
export function objectStoragePlugin(env: Env = process.env): Plugin {
  const settings = objectStorageSettings(env)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    collections: { [COLLECTIONS.media]: true, [COLLECTIONS.attachments]: { prefix: COLLECTIONS.attachments } },
    bucket: settings?.bucket ?? 'niet-ingesteld',
    config: {
      region: settings?.region ?? 'us-east-1',
      ...(settings?.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings?.forcePathStyle ?? false,
      ...(settings?.accessKeyId && settings.secretAccessKey
        ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
        : {}),
    },
  })
}
