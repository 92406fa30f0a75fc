/**
 * Run by production.int.test.ts under NODE_ENV=production: boots Payload on
 * an empty database, which only works if the committed migrations create
 * every table, then writes and reads one document.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
const theme = await payload.create({ collection: 'themes', data: { slug: 'productie', name: 'Productie', _status: 'published' } })
const { totalDocs } = await payload.count({ collection: 'themes' })
console.log(`PROBE-OK ${theme.slug} ${totalDocs}`)
// Production hardening: the session cookie is Secure even on an http address.
const cookies = payload.collections.users?.config.auth.cookies
console.log(`PROBE-COOKIE secure=${cookies?.secure} sameSite=${cookies?.sameSite}`)
process.exit(0)
