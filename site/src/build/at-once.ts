/**
 * Runs `work` on every item with at most `atOnce` of them under way: enough
 * to keep the disk busy, few enough for open files (a site of 10,000
 * documents has tens of thousands of files to link or write).
 */
export async function eachAtOnce<T>(items: readonly T[], atOnce: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker))
}
