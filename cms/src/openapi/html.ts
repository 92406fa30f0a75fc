/**
 * The OpenAPI document as a page people read (GET /api/docs): rendered on
 * request from the same document the endpoint serves, so the page and the
 * machine-readable document cannot disagree. Plain HTML without scripts.
 */
type Schema = Record<string, any>
type Doc = Record<string, any>

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** Inline code in descriptions (`where[slug][equals]=hoop`) as <code>. */
const prose = (text: unknown) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>')

/** A schema in a few words: `geheel getal, 1 tot en met 100, standaard 10`. */
function typeText(schema: Schema | undefined): string {
  if (!schema) return ''
  if (schema.$ref) return String(schema.$ref).split('/').at(-1)!
  if (schema.anyOf) return schema.anyOf.map(typeText).filter((text: string) => text !== 'null').join(' of ') + (schema.anyOf.some((s: Schema) => s.type === 'null') ? ' (of leeg)' : '')
  const parts: string[] = []
  const names: Record<string, string> = { integer: 'geheel getal', number: 'getal', string: 'tekst', boolean: 'ja/nee', object: 'object', array: 'lijst', null: 'null' }
  if (schema.type === 'array') parts.push(`lijst van ${typeText(schema.items) || 'waarden'}`)
  else if (schema.type) parts.push(names[schema.type] ?? schema.type)
  if (schema.format === 'date-time') parts.push('datum en tijd (ISO 8601)')
  if (schema.enum) parts.push(schema.enum.length > 12 ? `een van ${schema.enum.length} waarden` : `een van: ${schema.enum.join(', ')}`)
  if (schema.const !== undefined) parts.push(`altijd ${schema.const}`)
  if (schema.minimum !== undefined && schema.maximum !== undefined) parts.push(`${schema.minimum} tot en met ${schema.maximum}`)
  else if (schema.minimum !== undefined) parts.push(`vanaf ${schema.minimum}`)
  if (schema.default !== undefined) parts.push(`standaard ${schema.default}`)
  return parts.join(', ')
}

function fieldsTable(schema: Schema, caption: string): string {
  const properties = Object.entries<Schema>(schema.properties ?? {})
  if (properties.length === 0) return ''
  const required = new Set<string>(schema.required ?? [])
  const rows = properties
    .map(([name, property]) => {
      const inner = property.anyOf?.find((option: Schema) => option.type !== 'null') ?? property
      const nested = inner.type === 'object' && inner.properties ? inner : inner.type === 'array' && inner.items?.properties ? inner.items : undefined
      return `<tr><th scope="row"><code>${escape(name)}</code>${required.has(name) ? '' : ' <span class="optional">(kan leeg zijn)</span>'}</th><td>${escape(typeText(property))}</td><td>${prose(property.description ?? inner.description ?? '')}${
        nested ? `<details><summary>Velden van ${escape(name)}</summary>${fieldsTable(nested, `Velden van ${name}`)}</details>` : ''
      }</td></tr>`
    })
    .join('')
  return `<table><caption>${escape(caption)}</caption><thead><tr><th scope="col">Veld</th><th scope="col">Soort waarde</th><th scope="col">Betekenis</th></tr></thead><tbody>${rows}</tbody></table>`
}

function operationHtml(path: string, operation: Doc, server: string, schemas: Record<string, Schema>): string {
  const parameters = (operation.parameters ?? []) as Schema[]
  const parameterTable = parameters.length
    ? `<table><caption>Parameters</caption><thead><tr><th scope="col">Naam</th><th scope="col">Waar</th><th scope="col">Soort waarde</th><th scope="col">Betekenis</th></tr></thead><tbody>${parameters
        .map((p) => `<tr><th scope="row"><code>${escape(p.name)}</code>${p.required ? ' (verplicht)' : ''}</th><td>${p.in === 'path' ? 'in het pad' : 'in de query'}</td><td>${escape(typeText(p.schema))}</td><td>${prose(p.description ?? '')}</td></tr>`)
        .join('')}</tbody></table>`
    : ''
  const responses = Object.entries<Schema>(operation.responses ?? {})
    .map(([status, response]) => {
      const schema = response.content?.['application/json']?.schema
      return `<li><strong>${escape(status)}</strong>: ${prose(response.description)}${schema ? ` (${escape(typeText(schema))})` : ''}</li>`
    })
    .join('')
  const ok = operation.responses?.['200']?.content?.['application/json']?.schema as Schema | undefined
  const documentRef = ok?.$ref ?? ok?.properties?.docs?.items?.$ref
  const documentSchema = documentRef ? schemas[String(documentRef).split('/').at(-1)!] : undefined
  return `<section class="operation" id="${escape(operation.operationId)}">
<h3><span class="method">GET</span> <code>${escape(path)}</code></h3>
<p>${prose(operation.summary)}${operation.description ? `. ${prose(operation.description)}` : ''}</p>
<p class="address">Adres: <code>${escape(server)}${escape(path)}</code></p>
${parameterTable}
<h4>Antwoorden</h4><ul>${responses}</ul>
${documentSchema && documentRef && !String(documentRef).endsWith('/Snapshot') ? `<details><summary>Velden van een document</summary>${fieldsTable(documentSchema, `Velden van ${String(documentRef).split('/').at(-1)}`)}</details>` : ''}
</section>`
}

export function openApiHtml(document: Doc, jsonUrl: string): string {
  const server = document.servers?.[0]?.url ?? ''
  const byTag = new Map<string, string[]>()
  for (const [path, item] of Object.entries<Doc>(document.paths)) {
    const operation = item.get
    const tag = operation.tags?.[0] ?? 'Overig'
    const html = operationHtml(path, operation, item.servers?.[0]?.url ?? server, document.components?.schemas ?? {})
    byTag.set(tag, [...(byTag.get(tag) ?? []), html])
  }
  const anchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  const sections = [...byTag].map(([tag, operations]) => `<section aria-labelledby="${anchor(tag)}"><h2 id="${anchor(tag)}">${escape(tag)}</h2>${operations.join('\n')}</section>`).join('\n')
  const toc = [...byTag.keys()].map((tag) => `<li><a href="#${anchor(tag)}">${escape(tag)}</a></li>`).join('')
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; color: #1d2327; margin: 0 auto; max-width: 60rem; padding: 1rem; }
code { font-family: ui-monospace, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; }
caption { text-align: left; font-weight: 600; }
th, td { border: 1px solid #c3c4c7; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f1; }
.operation { border-top: 1px solid #c3c4c7; margin-top: 1.5rem; }
.method { background: #1d4f91; color: #fff; padding: 0 0.4rem; border-radius: 3px; font-size: 0.85em; }
.optional { font-weight: 400; color: #50575e; font-size: 0.9em; }
a { color: #1d4f91; }
@media (max-width: 40rem) { table, thead, tbody, tr, th, td, caption { display: block; } thead { position: absolute; left: -9999px; } td, th { border: 0; padding: 0.15rem 0; } tr { border-bottom: 1px solid #c3c4c7; padding: 0.4rem 0; } }
</style>
</head>
<body>
<main>
<h1>${escape(document.info.title)}</h1>
<p>${prose(document.info.description)}</p>
<p>Basisadres: <code>${escape(server)}</code>. Het document zelf (OpenAPI ${escape(document.openapi)}), om code uit te maken of verzoeken mee te controleren: <a href="${escape(jsonUrl)}">openapi.json</a>.</p>
<nav aria-label="Onderdelen"><ul>${toc}</ul></nav>
${sections}
</main>
</body>
</html>`
}
