/* Created by Payload; the handlers come from requests/restRoutes.ts, which queues the writing ones. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { restRoutes } from '../../../../requests/restRoutes.ts'

export const { GET, HEAD, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)
