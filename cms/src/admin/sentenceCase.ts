/**
 * Dutch capitalises the first word of a sentence and names, not every word:
 * "Vergelijk versies", not "Vergelijk Versies" (Payload's Dutch writes many
 * labels in English title case). A capitalised word after another word is
 * lowercased, unless a sentence or a quote starts there or it is a name
 * (`NAMES`); words with more capitals (API, URL, ID) stay as they are.
 */
const NAMES = new Set(['Payload'])

export function sentenceCase(text: string): string {
  return text.replace(/(?<=[^.!?:\s>"'‘“(] )[A-Z][a-zà-ÿ]+\b/g, (word) => (NAMES.has(word) ? word : word.toLowerCase()))
}
