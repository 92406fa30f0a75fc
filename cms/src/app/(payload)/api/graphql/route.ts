/* Created by Payload; the POST handler is wrapped so a body that is no JSON is a 400 (requests/graphqlRoute.ts). */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlPost } from '../../../../requests/graphqlRoute.ts'
import { withoutCredentials } from '../../../../security/cors.ts'

export const POST = graphqlPost(config)

export const OPTIONS = withoutCredentials(REST_OPTIONS(config))
