/**
 * Query parameters Payload reads as JSON (`?where={…}`, `?data={…}`): it
 * calls JSON.parse on them unguarded, so `?where=abc` was a 500. Checked here
 * first; the bracket form (`where[title][equals]=…`) never arrives as text.
 */
const JSON_PARAMS = ['where', 'data'] as const

/** A Dutch 400 message naming the parameter, or undefined when all are well-formed. */
export function jsonParamProblem(url: URL): { parameter: string; message: string } | undefined {
  for (const parameter of JSON_PARAMS) {
    const value = url.searchParams.get(parameter)
    if (value === null || value === '') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      parsed = undefined
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return {
        parameter,
        message: `${parameter} moet een JSON-object zijn, bijvoorbeeld ${parameter}={"slug":{"equals":"hoop"}}, of in de vorm ${parameter}[slug][equals]=hoop (niet "${value.slice(0, 60)}").`,
      }
    }
  }
  return undefined
}
