/**
 * Where a missing field lives in the admin: Payload's edit view gives each
 * field the id `field-<path>` with dots as `__` (`situation.who` →
 * `#field-situation__who`), so a link can take the editor to the field.
 */
export function fieldAnchor(path: string): string {
  return `#field-${path.replace(/\./g, '__')}`
}

/** The edit view of a document, scrolled to one of its fields. */
export function fieldHref(adminRoute: string, collection: string, id: string | number, path: string): string {
  return `${adminRoute}/collections/${collection}/${id}${fieldAnchor(path)}`
}
