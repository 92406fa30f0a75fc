import { startProduct } from '/work/main/tests/lib/start-product.ts'
import { writeFileSync } from 'node:fs'
const p = await startProduct()
writeFileSync('/tmp/dbg-product.json', JSON.stringify(p))
console.log('READY', JSON.stringify(p))
process.on('SIGTERM', async () => { await p.stop(); process.exit(0) })
setInterval(() => {}, 1e6)
