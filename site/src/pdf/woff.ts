/**
 * WOFF 1.0 → plain TrueType (SFNT), once per thread. fontkit can read WOFF,
 * but inflates its tables with a pure-JavaScript zlib on every document,
 * which cost more than the rest of rendering together; Node's zlib unpacks
 * the whole font once in well under a millisecond.
 * Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, 20-byte table entries).
 */
import { inflateSync } from 'node:zlib'

const WOFF_SIGNATURE = 0x774f4646 // 'wOFF'

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) return woff
  const flavor = woff.readUInt32BE(4)
  const tableCount = woff.readUInt16BE(12)
  const tables = Array.from({ length: tableCount }, (_, i) => {
    const entry = 44 + i * 20
    const offset = woff.readUInt32BE(entry + 4)
    const compressedLength = woff.readUInt32BE(entry + 8)
    const length = woff.readUInt32BE(entry + 12)
    const raw = woff.subarray(offset, offset + compressedLength)
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressedLength < length ? inflateSync(raw) : raw,
    }
  })

  // SFNT: offset table, table directory, then the tables, each padded to 4 bytes.
  const searchPower = Math.floor(Math.log2(tableCount))
  const header = Buffer.alloc(12 + tableCount * 16)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(tableCount, 4)
  header.writeUInt16BE(2 ** searchPower * 16, 6)
  header.writeUInt16BE(searchPower, 8)
  header.writeUInt16BE(tableCount * 16 - 2 ** searchPower * 16, 10)
  const parts: Buffer[] = [header]
  let offset = header.length
  tables.forEach((table, i) => {
    const entry = 12 + i * 16
    header.writeUInt32BE(table.tag, entry)
    header.writeUInt32BE(table.checksum, entry + 4)
    header.writeUInt32BE(offset, entry + 8)
    header.writeUInt32BE(table.data.length, entry + 12)
    const padding = (4 - (table.data.length % 4)) % 4
    parts.push(table.data, Buffer.alloc(padding))
    offset += table.data.length + padding
  })
  return Buffer.concat(parts)
}
