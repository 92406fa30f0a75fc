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
import { type CmsSettings, cmsSettings } from '../config/settings.ts'

export type ObjectStorageSettings = NonNullable<CmsSettings['storage']['s3']>

/** The bucket settings (S3_*, checked in config/environment.ts), or undefined for local disk. */
export function objectStorageSettings(settings: CmsSettings = cmsSettings()): ObjectStorageSettings | undefined {
  return settings.storage.s3
}

/** True when uploads go to a bucket: a file missing on local disk says nothing then. */
export const usesObjectStorage = (settings: CmsSettings = cmsSettings()) => objectStorageSettings(settings) !== undefined

/** The storage plugin: off (local disk) without S3_BUCKET. */
export function objectStoragePlugin(all: CmsSettings = cmsSettings()): Plugin {
  const settings = objectStorageSettings(all)
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
