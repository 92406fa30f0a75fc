/**
 * MongoDB side of backup and restore, with the driver itself (no
 * mongodump on the machine): one file per collection, a document per line
 * in canonical Extended JSON, so every BSON type (ObjectId, Date) survives.
 */
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { BSON, MongoClient } from 'mongodb'

const SUFFIX = '.ejson.jsonl'
const BATCH = 500

async function withDatabase<T>(url: string, run: (db: ReturnType<MongoClient['db']>) => Promise<T>): Promise<T> {
  const client = new MongoClient(url)
  await client.connect()
  try {
    return await run(client.db())
  } finally {
    await client.close()
  }
}

export async function dumpMongo(url: string, folder: string): Promise<void> {
  await withDatabase(url, async (db) => {
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      if (name.startsWith('system.')) continue
      const out = fs.createWriteStream(path.join(folder, `${name}${SUFFIX}`))
      for await (const doc of db.collection(name).find({})) {
        if (!out.write(`${BSON.EJSON.stringify(doc, { relaxed: false })}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      }
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
    }
  })
}

export async function restoreMongo(folder: string, url: string): Promise<void> {
  const files = fs.readdirSync(folder).filter((file) => file.endsWith(SUFFIX))
  if (files.length === 0) throw new Error('De back-up bevat geen MongoDB-collecties.')
  await withDatabase(url, async (db) => {
    // The restored database holds exactly what the backup holds.
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      if (!name.startsWith('system.')) await db.collection(name).drop()
    }
    for (const file of files) {
      const collection = db.collection(file.slice(0, -SUFFIX.length))
      await db.createCollection(collection.collectionName).catch(() => {})
      let batch: BSON.Document[] = []
      const lines = readline.createInterface({ input: fs.createReadStream(path.join(folder, file)), crlfDelay: Infinity })
      for await (const line of lines) {
        if (!line.trim()) continue
        batch.push(BSON.EJSON.parse(line, { relaxed: false }) as BSON.Document)
        if (batch.length === BATCH) {
          await collection.insertMany(batch, { ordered: true })
          batch = []
        }
      }
      if (batch.length > 0) await collection.insertMany(batch, { ordered: true })
    }
  })
}
