/**
 * The REST route handlers the app serves (app/(payload)/api/[...slug]/route.ts)
 * and the tests call: Payload's, with the writing methods queued
 * (oneWriteAtATime.ts).
 */
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { oneWriteAtATime } from './oneWriteAtATime.ts'

export function restRoutes(config: Promise<SanitizedConfig> | SanitizedConfig) {
  return {
    GET: REST_GET(config),
    POST: oneWriteAtATime(REST_POST(config)),
    DELETE: oneWriteAtATime(REST_DELETE(config)),
    PATCH: oneWriteAtATime(REST_PATCH(config)),
    PUT: oneWriteAtATime(REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}
