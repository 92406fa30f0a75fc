/** The id of the document a version belongs to: Payload gives `parent` as an id, or populated when depth allows. */
export function parentIdOf(version: { parent?: unknown }): string | number {
  const parent = version.parent as string | number | { id: string | number }
  return typeof parent === 'object' && parent !== null ? parent.id : parent
}
