/**
 * English names in Dutch text ("Beyond the label", "Diagnostic
 * overshadowing") get `lang="en"`, so screen readers pronounce them as
 * English (WCAG 3.1.2). The content has no language field per name, so runs
 * of English words are recognised from a list of the words these method and
 * theme names use; loanwords common in Dutch (empowerment, training, open)
 * only count next to another English word.
 */

/** Words that are English and not Dutch. */
const ENGLISH = new Set(
  `a about action aid and acceptance behavioural behavioral beyond by coming commitment competitive conceal cognitive
  diagnostic disclosure enhancement first for health honest human it it's just label library mental memory narrative
  of on or out overshadowing proud recovery reveal self stigma-free the therapy to us wellness with`.split(/\s+/),
)
/** Also Dutch (or used as Dutch): English only beside a word from ENGLISH. */
const SHARED = new Set(['open', 'plan', 'training', 'programme', 'program', 'empowerment', 'team', 'photovoice', 'e-learning'])

export type TextRun = { text: string; lang?: 'en' }

const normal = (word: string) => word.toLocaleLowerCase('en').replace(/’/g, "'").replace(/^[^\p{L}]+|[^\p{L}']+$/gu, '')

/** The text split into runs, English runs marked: "Beyond the label" → [{ text: "Beyond the label", lang: "en" }]. */
export function languageRuns(text: string): TextRun[] {
  const tokens = text.split(/(\s+)/)
  const english = tokens.map((token) => (token.trim() ? token === '&' || ENGLISH.has(normal(token)) : false))
  const shared = tokens.map((token) => (token.trim() ? SHARED.has(normal(token)) : false))
  // A shared word is English when it stands in a run of English words.
  const isEnglish = tokens.map((token, i) => {
    if (!token.trim()) return false
    if (english[i]) return true
    if (!shared[i]) return false
    const prev = tokens.slice(0, i).findLastIndex((t) => t.trim())
    const next = tokens.findIndex((t, j) => j > i && t.trim())
    return (prev >= 0 && english[prev]) || (next >= 0 && english[next])
  })
  const runs: TextRun[] = []
  let i = 0
  while (i < tokens.length) {
    if (!isEnglish[i]) {
      let j = i
      let chunk = ''
      while (j < tokens.length && !isEnglish[j]) chunk += tokens[j++]
      runs.push({ text: chunk })
      i = j
      continue
    }
    let j = i
    let chunk = ''
    let words = 0
    while (j < tokens.length && (isEnglish[j] || (!tokens[j]!.trim() && isEnglish[j + 1]))) {
      if (tokens[j]!.trim()) words += 1
      chunk += tokens[j++]
    }
    // One lone function word ("of", "a", "to") is not an English name.
    const marked = words >= 2 || (words === 1 && !['a', 'of', 'or', 'to', 'on', 'by', 'us', 'it', 'for', 'with', 'and', 'the', 'self', 'about'].includes(normal(chunk)))
    runs.push(marked ? { text: chunk, lang: 'en' } : { text: chunk })
    i = j
  }
  // Merge neighbouring unmarked runs.
  return runs.reduce<TextRun[]>((out, run) => {
    const last = out.at(-1)
    if (last && !last.lang && !run.lang) last.text += run.text
    else out.push({ ...run })
    return out
  }, [])
}

/** The language of a whole name when it is entirely English, else undefined. */
export function languageOf(text: string): 'en' | undefined {
  const runs = languageRuns(text)
  return runs.length === 1 && runs[0]!.lang === 'en' ? 'en' : undefined
}
