#!/usr/bin/env node
/**
 * The CMS's HTTP server: Next.js (dev or production) behind a few lines that
 * record who is really on the other end of the socket.
 *
 * Next.js keeps an X-Forwarded-For that a client sends and only fills it from
 * the socket when it is missing, so without this anyone could claim any
 * address (and spend another address's login allowance). Here the socket's
 * address replaces whatever a client put in the peer header, and
 * src/auth/clientAddress.ts trusts X-Forwarded-For only as far as PROXY_HOPS
 * proxies of our own (none unless configured).
 *
 * Started by serve.mjs with the mode (`dev`, `start`) as its argument, the
 * port and host in the environment.
 */
import http from 'node:http'
import next from 'next'
import { cmsSettings } from '../src/config/settings.ts'
import { recordPeer } from '../src/auth/peerHeader.mjs'
import { refuseUnknownMethod } from '../src/security/methods.mjs'
import { askStaticPathsOnce, nextDevServer } from './static-paths-once.mjs'

const dev = process.argv[2] !== 'start'
const { port, host } = cmsSettings().cms
if (dev) askStaticPathsOnce(nextDevServer())
// Development listens on this machine only (a fresh CMS lets the first visitor create the admin);
// production on every interface unless HOST says otherwise.
const hostname = host || (dev ? '127.0.0.1' : undefined)
const app = next({ dev, dir: process.cwd(), port, hostname: hostname ?? 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  if (refuseUnknownMethod(req, res)) return
  recordPeer(req)
  handle(req, res)
})
// An idle kept-alive socket is closed after 65 s instead of Node's 5 s. A client that reuses a socket at the moment
// the server closes it gets ECONNRESET; clients and proxies that keep sockets for up to a minute (load balancers,
// HTTP libraries; it broke a browser test's request after a 5-second pause) then close theirs first.
server.keepAliveTimeout = 65_000
// Hot reloading in development talks over a WebSocket.
const upgrade = app.getUpgradeHandler?.()
if (upgrade) {
  server.on('upgrade', (req, socket, head) => {
    recordPeer(req)
    upgrade(req, socket, head)
  })
}
// A port that is taken must stop the CMS at once: Next.js's development server catches uncaught
// errors and would keep the process alive without listening (npm start then waits for nothing).
server.on('error', (error) => {
  console.error(`Het CMS kan niet luisteren op poort ${port}: ${error.message}`)
  process.exit(1)
})
server.listen(port, hostname, () => {
  const shown = hostname && hostname !== '0.0.0.0' && hostname !== '::' ? hostname : 'alle adressen'
  console.log(`CMS luistert op poort ${port} (${shown}).`)
})
// SIGINT and SIGTERM keep their default: stop at once (each SQLite write is its own transaction).
