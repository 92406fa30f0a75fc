/**
 * Runs `work` on every item with at most `atOnce` of them under way: enough
 * to keep the disk busy, few enough for open files (a site of 10,000
 * documents has tens of thousands of files to link or write). Returns the
 * results in the items' order.
 */
export async function eachAtOnce<T, R>(items: readonly T[], atOnce: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker))
  return results
}
